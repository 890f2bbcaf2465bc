// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRandomness} from "./interfaces/IRandomness.sol";

/// @title PrevrandaoRandomness
/// @notice Randomness from the prevrandao of a block that did not exist when the value was asked
/// for. Meant for a devnet and small deployments; production can replace it (IRandomness) with a
/// VRF or a beacon.
/// @dev Rules:
/// - `request()` fixes a target block `block.number + delayBlocks` (delayBlocks >= 1, so the
///   target is always a future block).
/// - Anyone may `reveal(id)` in a block B with target <= B < target + 256. The value is
///   keccak256(abi.encode(prevrandao of B, id, blockhash(target))). It is never a bare blockhash:
///   blockhash(target) is 0 when B == target and after 256 blocks, and a block producer can
///   withhold a block to change it; the prevrandao of B is mixed in every time.
/// - If nobody reveals within those 256 blocks, a `reveal` call at a later block does not fail
///   and does not produce a value: it sets a new target `block.number + delayBlocks`, emits
///   RandomnessRetargeted and returns (false, 0). The request therefore never gets stuck.
/// - Caveat: whoever reveals chooses the block B among the window's blocks. Interested parties
///   (the disputer, any juror, a keeper) should reveal at the first possible block; a party that
///   waits gains nothing if someone else reveals first. A deployment needing more should use a
///   VRF behind IRandomness.
contract PrevrandaoRandomness is IRandomness {
    /// @dev blockhash is only available for the 256 most recent blocks.
    uint256 public constant REVEAL_WINDOW = 256;

    struct Request {
        uint64 targetBlock;
        bool revealed;
        bytes32 value;
    }

    /// @notice Blocks between a request (or retarget) and its target block.
    uint64 public immutable delayBlocks;

    /// @notice Number of requests made; ids run from 1 to requestCount.
    uint256 public requestCount;

    mapping(uint256 requestId => Request) private _requests;

    /// @notice A value was asked for; it can be revealed from `targetBlock` on.
    event RandomnessRequested(uint256 indexed requestId, address indexed requester, uint64 targetBlock);
    /// @notice The value of a request was fixed in block `revealBlock`.
    event RandomnessRevealed(uint256 indexed requestId, bytes32 value, uint64 revealBlock, address revealer);
    /// @notice Nobody revealed in time: the request now waits for `newTargetBlock`.
    event RandomnessRetargeted(uint256 indexed requestId, uint64 oldTargetBlock, uint64 newTargetBlock);

    error ZeroDelay();
    error UnknownRequest(uint256 requestId);
    error AlreadyRevealed(uint256 requestId);
    error TooEarly(uint256 requestId, uint64 targetBlock);

    /// @param delayBlocks_ Blocks between a request and its target block (at least 1).
    constructor(uint64 delayBlocks_) {
        if (delayBlocks_ == 0) revert ZeroDelay();
        delayBlocks = delayBlocks_;
    }

    /// @notice Ask for a value that nobody knows yet. Anyone may ask.
    /// @return requestId The id to reveal and read the value with.
    function request() external returns (uint256 requestId) {
        requestId = ++requestCount;
        uint64 target = uint64(block.number) + delayBlocks;
        _requests[requestId].targetBlock = target;
        emit RandomnessRequested(requestId, msg.sender, target);
    }

    /// @notice Fix the value of a request. Callable by anyone from its target block for 256
    /// blocks; after that the call sets a new target block instead (see the contract notes).
    /// @param requestId The request to reveal.
    /// @return revealed True when the value was fixed by this call; false when it retargeted.
    /// @return value The value (zero when retargeted).
    function reveal(uint256 requestId) external returns (bool revealed, bytes32 value) {
        Request storage r = _requests[requestId];
        uint64 target = r.targetBlock;
        if (target == 0) revert UnknownRequest(requestId);
        if (r.revealed) revert AlreadyRevealed(requestId);
        if (block.number < target) revert TooEarly(requestId, target);
        if (block.number >= uint256(target) + REVEAL_WINDOW) {
            uint64 newTarget = uint64(block.number) + delayBlocks;
            r.targetBlock = newTarget;
            emit RandomnessRetargeted(requestId, target, newTarget);
            return (false, bytes32(0));
        }
        value = keccak256(abi.encode(block.prevrandao, requestId, blockhash(target)));
        r.revealed = true;
        r.value = value;
        emit RandomnessRevealed(requestId, value, uint64(block.number), msg.sender);
        return (true, value);
    }

    /// @inheritdoc IRandomness
    function valueOf(uint256 requestId) external view returns (bool ready, bytes32 value) {
        Request storage r = _requests[requestId];
        return (r.revealed, r.value);
    }

    /// @notice The block from which `requestId` can be revealed (0 for an unknown request).
    function targetBlockOf(uint256 requestId) external view returns (uint64) {
        return _requests[requestId].targetBlock;
    }
}
