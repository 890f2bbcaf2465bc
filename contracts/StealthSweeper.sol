// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title StealthSweeper
/// @notice Moves DOTS out of a stealth address that holds no ETH. A relayer (anyone) sends the
/// stealth key's two signatures: RewardToken's EIP-2612 permit for this contract, and an EIP-712
/// Sweep that names the destination, the relayer's fee (in DOTS), who may relay, a nonce and a
/// deadline. The sweep moves the stealth address's whole balance: `fee` to the relayer, the rest
/// to `to`. The relayer cannot change `to` or `fee` (the Sweep signature would not match), replay
/// a Sweep (nonce), or use someone else's permit (the Sweep's signer is the address swept).
/// Claims need no help: CDRAnchor lets anyone claim for an account, so the relayer claims for
/// the stealth address first, then sweeps.
contract StealthSweeper is EIP712 {
    using SafeERC20 for IERC20;

    /// @notice The EIP-712 type the stealth key signs.
    bytes32 public constant SWEEP_TYPEHASH =
        keccak256("Sweep(address from,address to,uint256 fee,address relayer,uint256 nonce,uint256 deadline)");

    /// @notice The token swept (RewardToken).
    IERC20 public immutable token;

    /// @notice The next Sweep nonce of each stealth address.
    mapping(address from => uint256) public nonces;

    /// @notice A stealth address's balance left for `to` (fee to `relayer`).
    event Swept(address indexed from, address indexed to, address indexed relayer, uint256 amount, uint256 fee, uint256 nonce);

    /// @notice The Sweep's deadline has passed.
    error SweepExpired(uint256 deadline);
    /// @notice The Sweep signature is not `from`'s over these fields and its current nonce.
    error InvalidSweepSignature();
    /// @notice The Sweep names another relayer.
    error WrongRelayer(address relayer, address sender);
    /// @notice The balance does not cover the fee.
    error FeeExceedsBalance(uint256 fee, uint256 balance);
    /// @notice Zero address where an account is required.
    error ZeroAddress();

    /// @notice A Sweep authorisation (signed by the stealth key).
    struct Sweep {
        address from; // the stealth address
        address to; // where its DOTS go
        uint256 fee; // DOTS for the relayer
        address relayer; // who may send it (zero: anyone)
        uint256 deadline;
    }

    /// @notice A permit signature of RewardToken (value, deadline, v, r, s).
    struct Permit {
        uint256 value;
        uint256 deadline;
        uint8 v;
        bytes32 r;
        bytes32 s;
    }

    /// @param token_ RewardToken (ERC-20 with EIP-2612 permit).
    constructor(IERC20 token_) EIP712("DOTS StealthSweeper", "1") {
        if (address(token_) == address(0)) revert ZeroAddress();
        token = token_;
    }

    /// @notice Sweep `s.from`'s whole balance: `s.fee` to the sender, the rest to `s.to`.
    /// @param s The Sweep the stealth key signed.
    /// @param sig The stealth key's EIP-712 signature of `s` with its current nonce.
    /// @param p The stealth key's permit of this contract on RewardToken. When the permit was
    /// already used (for example someone copied it from the mempool and sent it first), the sweep
    /// goes on with the allowance it left.
    /// @return amount What `s.to` received.
    function sweep(Sweep calldata s, bytes calldata sig, Permit calldata p) external returns (uint256 amount) {
        if (s.to == address(0) || s.from == address(0)) revert ZeroAddress();
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp > s.deadline) revert SweepExpired(s.deadline);
        if (s.relayer != address(0) && s.relayer != msg.sender) revert WrongRelayer(s.relayer, msg.sender);
        uint256 nonce = nonces[s.from];
        bytes32 digest = _hashTypedDataV4(
            keccak256(abi.encode(SWEEP_TYPEHASH, s.from, s.to, s.fee, s.relayer, nonce, s.deadline))
        );
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, sig);
        if (err != ECDSA.RecoverError.NoError || signer != s.from) revert InvalidSweepSignature();
        nonces[s.from] = nonce + 1;

        uint256 balance = token.balanceOf(s.from);
        if (s.fee > balance) revert FeeExceedsBalance(s.fee, balance);
        amount = balance - s.fee;
        emit Swept(s.from, s.to, msg.sender, amount, s.fee, nonce);

        // A permit that fails (already used) is fine as long as its allowance is there: the
        // transfers below revert otherwise.
        try IERC20Permit(address(token)).permit(s.from, address(this), p.value, p.deadline, p.v, p.r, p.s) {} catch {}
        if (amount != 0) token.safeTransferFrom(s.from, s.to, amount);
        if (s.fee != 0) token.safeTransferFrom(s.from, msg.sender, s.fee);
    }

    /// @notice The EIP-712 domain separator of Sweeps.
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    /// @notice The digest the stealth key signs for `s` with nonce `nonce`.
    function sweepDigest(Sweep calldata s, uint256 nonce) external view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(SWEEP_TYPEHASH, s.from, s.to, s.fee, s.relayer, nonce, s.deadline)));
    }
}
