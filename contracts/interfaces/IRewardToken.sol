// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice The DOTS ERC-20 as the other contracts see it. Only its immutable minter (CDRAnchor's
/// reward claims) can mint.
interface IRewardToken is IERC20 {
    /// @notice Mint `amount` to `to`. Reverts unless the caller is the minter.
    function mint(address to, uint256 amount) external;

    /// @notice The only address that may mint, fixed at deployment (CDRAnchor).
    function minter() external view returns (address);
}
