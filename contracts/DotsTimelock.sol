// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title DotsTimelock
/// @notice OpenZeppelin's TimelockController, unchanged, as the admin and governor of DOTS's
/// contracts after `dots deploy` (issue 13): every parameter change and role grant waits
/// `minDelay` (9 days by default, longer than the unbonding delay plus a challenge window), so an
/// operator, juror or number owner who disagrees can exit before it applies. It administers
/// itself (no extra admin).
contract DotsTimelock is TimelockController {
    /// @param minDelay Seconds every operation waits between scheduling and execution.
    /// @param proposers May schedule (and cancel) operations.
    /// @param executors May execute ready operations (address(0) in the list: anyone).
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors)
        TimelockController(minDelay, proposers, executors, address(0))
    {}
}
