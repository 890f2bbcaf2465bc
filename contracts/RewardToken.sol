// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IRewardToken} from "./interfaces/IRewardToken.sol";

/// @title RewardToken
/// @notice The DOTS ERC-20 with EIP-2612 permit. Its supply is a fixed genesis allocation plus
/// whatever the reward claim logic (the holder of MINTER_ROLE, CDRAnchor) mints for claims.
contract RewardToken is ERC20, ERC20Permit, AccessControl, IRewardToken {
    /// @notice Role allowed to mint: granted to CDRAnchor, whose reward claims are the only source
    /// of new supply.
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @notice Sum of the genesis allocation minted in the constructor.
    uint256 private immutable _genesisSupply;

    /// @notice The genesis holders and amounts differ in length.
    error GenesisLengthMismatch(uint256 holders, uint256 amounts);
    /// @notice The zero address was given where an account is required.
    error ZeroAddress();

    /// @param admin Receives DEFAULT_ADMIN_ROLE (grants MINTER_ROLE to CDRAnchor at deployment).
    /// @param genesisHolders Accounts of the fixed genesis allocation.
    /// @param genesisAmounts Amount minted to each genesis holder (same order).
    constructor(address admin, address[] memory genesisHolders, uint256[] memory genesisAmounts)
        ERC20("DOTS", "DOTS")
        ERC20Permit("DOTS")
    {
        if (admin == address(0)) revert ZeroAddress();
        if (genesisHolders.length != genesisAmounts.length) {
            revert GenesisLengthMismatch(genesisHolders.length, genesisAmounts.length);
        }
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        uint256 total;
        for (uint256 i = 0; i < genesisHolders.length; ++i) {
            _mint(genesisHolders[i], genesisAmounts[i]);
            total += genesisAmounts[i];
        }
        _genesisSupply = total;
    }

    /// @notice The fixed genesis allocation; totalSupply() - genesisSupply() is what claims minted.
    function genesisSupply() external view returns (uint256) {
        return _genesisSupply;
    }

    /// @inheritdoc IRewardToken
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }
}
