// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice A replaceable randomness source for juror draws. On a devnet it is the
/// prevrandao of a future block; in production it can be a VRF or a beacon.
interface IRandomness {
    /// @notice Ask for a random value that is not known yet. Returns a request id.
    function request() external returns (uint256 requestId);

    /// @notice The value for a request once it is available; `ready` is false before.
    function valueOf(uint256 requestId) external view returns (bool ready, bytes32 value);
}
