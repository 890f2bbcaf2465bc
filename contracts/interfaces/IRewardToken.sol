// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice The DOTS ERC-20 as the other contracts see it. Only its immutable minter (CDRAnchor's
/// reward claims) can mint, and only through `claimMint`, which also keeps the claim ledger.
interface IRewardToken is IERC20 {
    /// @notice Record that `account` has now claimed `cumulativeAmount` in total from ledger
    /// `ledger` (CDRAnchor: the operator's index, from 1) and mint it the difference to what it
    /// had claimed. Reverts unless the caller is the minter, with NothingToClaim unless
    /// `cumulativeAmount` is above what was claimed, and with ExceedsDeclaredTotal if `paid` (what
    /// the ledger paid so far) plus the difference is above `cap`.
    /// @return amount The amount minted.
    function claimMint(uint256 ledger, address account, uint256 cumulativeAmount, uint256 paid, uint256 cap)
        external
        returns (uint256 amount);

    /// @notice What `account` has claimed from ledger `ledger` in total.
    function claimedOf(uint256 ledger, address account) external view returns (uint256);

    /// @notice The only address that may mint, fixed at deployment (CDRAnchor).
    function minter() external view returns (address);
}
