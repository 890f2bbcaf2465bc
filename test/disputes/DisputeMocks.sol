// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ICDRAnchor} from "../../contracts/interfaces/ICDRAnchor.sol";
import {INumberRegistry} from "../../contracts/interfaces/INumberRegistry.sol";
import {IRandomness} from "../../contracts/interfaces/IRandomness.sol";

/// @notice Plain ERC-20 standing in for RewardToken in DisputeVoting's tests.
contract MockDots is ERC20 {
    constructor() ERC20("DOTS", "DOTS") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}

/// @notice CDRAnchor stand-in: batch states and operators set by the test; invalidation and
/// suspension pay `slashAmount` (held by this mock) to the recipient, like the real slash.
contract MockAnchor is ICDRAnchor {
    IERC20 public immutable token;
    address public dispute;
    uint256 public slashAmount;
    bool public failNext;
    mapping(uint256 => BatchState) public states;
    mapping(address => bool) public active;
    uint256 public invalidations;
    uint256 public suspensions;
    mapping(uint256 => uint256) public freezes;
    uint256 public totalFreezes;
    bool public failUnfreeze;
    bool public burnInvalidate; // invalidateBatch uses up all the gas it is given
    bool public burnUnfreeze; // unfreezeBatch uses up all the gas it is given

    error OnlyDispute();
    error NotPending();
    error NotActive();
    error Forced();

    constructor(IERC20 token_) {
        token = token_;
    }

    function setDispute(address d) external {
        dispute = d;
    }

    function setSlashAmount(uint256 a) external {
        slashAmount = a;
    }

    function setFail(bool f) external {
        failNext = f;
    }

    function setFailUnfreeze(bool f) external {
        failUnfreeze = f;
    }

    function setBurn(bool invalidate, bool unfreeze) external {
        burnInvalidate = invalidate;
        burnUnfreeze = unfreeze;
    }

    function _burn() private view {
        uint256 x;
        while (gasleft() > 0) {
            x = uint256(keccak256(abi.encode(x)));
        }
    }

    function setBatch(uint256 id, BatchState s) external {
        states[id] = s;
    }

    function setOperator(address op, bool a) external {
        active[op] = a;
    }

    function batchState(uint256 batchId) external view returns (BatchState) {
        return states[batchId];
    }

    function isActiveOperator(address operator) external view returns (bool) {
        return active[operator];
    }

    function invalidateBatch(uint256 batchId, address slashRecipient) external returns (uint256 slashed) {
        if (msg.sender != dispute) revert OnlyDispute();
        if (burnInvalidate) _burn();
        if (failNext) revert Forced();
        if (states[batchId] != BatchState.Pending) revert NotPending();
        states[batchId] = BatchState.Invalidated;
        invalidations++;
        slashed = _slash(slashRecipient);
    }

    /// @dev Like CDRAnchor: only a Pending batch, counted per batch.
    function freezeBatch(uint256 batchId) external {
        if (msg.sender != dispute) revert OnlyDispute();
        if (states[batchId] != BatchState.Pending) revert NotPending();
        freezes[batchId]++;
        totalFreezes++;
    }

    function unfreezeBatch(uint256 batchId) external {
        if (msg.sender != dispute) revert OnlyDispute();
        if (burnUnfreeze) _burn();
        if (failUnfreeze) revert Forced();
        freezes[batchId]--; // underflow panics: an unfreeze without its freeze is a bug
        totalFreezes--;
    }

    function suspendOperator(address operator, address slashRecipient) external returns (uint256 slashed) {
        if (msg.sender != dispute) revert OnlyDispute();
        if (failNext) revert Forced();
        if (!active[operator]) revert NotActive();
        active[operator] = false;
        suspensions++;
        slashed = _slash(slashRecipient);
    }

    function _slash(address to) private returns (uint256 slashed) {
        slashed = slashAmount;
        uint256 bal = token.balanceOf(address(this));
        if (slashed > bal) slashed = bal;
        if (slashed > 0) token.transfer(to, slashed);
    }
}

/// @notice NumberRegistry stand-in: owners set by the test; a hold records (owner, epoch) like
/// the real registry; forceRelease pays the deposit only for the held registration.
contract MockRegistry is INumberRegistry {
    IERC20 public immutable token;
    address public dispute;
    mapping(bytes32 => address) public owners;
    mapping(bytes32 => uint256) public deposits;
    mapping(bytes32 => uint32) public epochs;
    mapping(bytes32 => mapping(uint32 => uint256)) public holds;
    uint256 public totalHolds;
    bool public failRelease;

    error OnlyDispute();
    error NotOwned();
    error NoHold();
    error Forced();

    constructor(IERC20 token_) {
        token = token_;
    }

    function setDispute(address d) external {
        dispute = d;
    }

    function setFailRelease(bool f) external {
        failRelease = f;
    }

    /// @dev A new registration (new epoch) when the owner changes.
    function setOwner(bytes32 node, address owner, uint256 deposit) external {
        if (owners[node] != owner) ++epochs[node];
        owners[node] = owner;
        deposits[node] = deposit;
    }

    function ownerOf(string calldata e164) external view returns (address) {
        return owners[keccak256(bytes(e164))];
    }

    function ownerOfNode(bytes32 node) external view returns (address) {
        return owners[node];
    }

    function holdForDispute(bytes32 node) external returns (address owner, uint32 epoch) {
        if (msg.sender != dispute) revert OnlyDispute();
        if (owners[node] == address(0)) revert NotOwned();
        holds[node][epochs[node]]++;
        totalHolds++;
        return (owners[node], epochs[node]);
    }

    function forceRelease(bytes32 node, uint32 epoch, address owner, address depositRecipient)
        external
        returns (bool applied)
    {
        if (msg.sender != dispute) revert OnlyDispute();
        if (failRelease) revert Forced();
        if (holds[node][epoch] == 0) revert NoHold();
        holds[node][epoch]--;
        totalHolds--;
        if (epochs[node] != epoch || owners[node] != owner || owner == address(0)) return false;
        owners[node] = address(0);
        ++epochs[node];
        uint256 dep = deposits[node];
        deposits[node] = 0;
        if (dep > 0) token.transfer(depositRecipient, dep);
        return true;
    }

    function releaseHold(bytes32 node, uint32 epoch) external {
        if (msg.sender != dispute) revert OnlyDispute();
        if (failRelease) revert Forced();
        if (holds[node][epoch] == 0) revert NoHold();
        holds[node][epoch]--;
        totalHolds--;
    }
}

/// @notice Randomness whose values the test sets (or, in auto mode, derived from a salt the
/// test sets, for every request made so far).
contract MockRandomness is IRandomness {
    uint256 public count;
    mapping(uint256 => bytes32) public values;
    mapping(uint256 => bool) public readyOf;
    bool public autoReady;
    bytes32 public salt;

    function setAuto(bool on, bytes32 salt_) external {
        autoReady = on;
        salt = salt_;
    }

    function request() external returns (uint256) {
        return ++count;
    }

    function set(uint256 id, bytes32 value) external {
        values[id] = value;
        readyOf[id] = true;
    }

    function valueOf(uint256 id) external view returns (bool, bytes32) {
        if (autoReady && id > 0 && id <= count) return (true, keccak256(abi.encode(salt, id)));
        return (readyOf[id], values[id]);
    }
}
