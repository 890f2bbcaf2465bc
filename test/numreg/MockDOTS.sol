// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @dev Stand-in for the DOTS token in NumberRegistry tests: a plain OpenZeppelin ERC20 with open minting.
contract MockDOTS is ERC20 {
    constructor() ERC20("DOTS", "DOTS") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
