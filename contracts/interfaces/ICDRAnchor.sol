// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice What DisputeVoting (and off-chain code) needs from CDRAnchor.
interface ICDRAnchor {
    enum BatchState {
        None,
        Pending,
        Final,
        Invalidated
    }

    /// @notice State of a batch now (Pending until its challenge window ends and no dispute
    /// freezes it, then Final).
    function batchState(uint256 batchId) external view returns (BatchState);

    /// @notice True when `operator` is registered, bonded at least the minimum, and not suspended.
    function isActiveOperator(address operator) external view returns (bool);

    /// @notice Invalidate a pending batch (and every later pending batch of the same operator,
    /// which chained on it) and slash `slashBps` of the operator's bond to `slashRecipient`.
    /// Only DISPUTE_ROLE (DisputeVoting). Returns the amount slashed.
    function invalidateBatch(uint256 batchId, address slashRecipient) external returns (uint256 slashed);

    /// @notice Freeze a pending batch while a dispute on it is open: it and every later batch of
    /// its operator stay Pending (not final, not claimable) until unfrozen. Only DISPUTE_ROLE.
    function freezeBatch(uint256 batchId) external;

    /// @notice Release one freeze of `batchId`'s operator (the dispute on `batchId` ended). Only
    /// DISPUTE_ROLE.
    function unfreezeBatch(uint256 batchId) external;

    /// @notice Suspend an operator (it can no longer anchor) and slash `slashBps` of its bond
    /// to `slashRecipient`. Only DISPUTE_ROLE. Returns the amount slashed.
    function suspendOperator(address operator, address slashRecipient) external returns (uint256 slashed);
}
