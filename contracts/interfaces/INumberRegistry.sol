// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice What DisputeVoting (and off-chain code) needs from NumberRegistry.
/// A number's node is keccak256(bytes(e164)).
interface INumberRegistry {
    /// @notice Owner of a live number (claimed, not expired past its grace period), else address(0).
    function ownerOf(string calldata e164) external view returns (address);

    /// @notice Owner of a live number by node, else address(0).
    function ownerOfNode(bytes32 node) external view returns (address);

    /// @notice Release a number as the outcome of an upheld dispute: clears its owner and
    /// every record at once; the deposit goes to `depositRecipient`. Only DISPUTE_ROLE.
    function forceRelease(bytes32 node, address depositRecipient) external;
}
