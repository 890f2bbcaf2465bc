// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice What DisputeVoting (and off-chain code) needs from NumberRegistry.
/// A number's node is keccak256(bytes(e164)). A registration is identified by (node, epoch):
/// the epoch advances whenever a registration ends (release, lapse, forced release).
interface INumberRegistry {
    /// @notice Owner of a live number (claimed, not expired past its grace period), else address(0).
    function ownerOf(string calldata e164) external view returns (address);

    /// @notice Owner of a live number by node, else address(0).
    function ownerOfNode(bytes32 node) external view returns (address);

    /// @notice Bind a new dispute to the live registration of `node`: until the dispute ends
    /// (forceRelease or releaseHold) the owner can neither release nor transfer it, and if it
    /// lapses its deposit is escrowed for the dispute. Only DISPUTE_ROLE. Reverts when the number
    /// is not live.
    /// @return owner The registration's owner.
    /// @return epoch The registration's epoch.
    function holdForDispute(bytes32 node) external returns (address owner, uint32 epoch);

    /// @notice End a hold with an upheld outcome: if registration `epoch` of `owner` is still
    /// current, release the number (owner and records cleared at once) and send its deposit to
    /// `depositRecipient`; if it lapsed while held, send the escrowed deposit there; otherwise do
    /// nothing. Only DISPUTE_ROLE, for a registration it holds.
    /// @return applied True when a deposit (or the number) was taken.
    function forceRelease(bytes32 node, uint32 epoch, address owner, address depositRecipient)
        external
        returns (bool applied);

    /// @notice End a hold without an outcome on the number (the dispute was rejected). When the
    /// last hold of a registration that lapsed while held ends, its escrowed deposit goes back to
    /// its owner. Only DISPUTE_ROLE, for a registration it holds.
    function releaseHold(bytes32 node, uint32 epoch) external;
}
