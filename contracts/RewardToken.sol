// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {IRewardToken} from "./interfaces/IRewardToken.sol";

/// @title RewardToken
/// @notice The DOTS ERC-20 with EIP-2612 permit. Its supply is a genesis allocation, minted once in
/// the constructor and at most GENESIS_CAP, plus whatever the reward claim logic mints: the
/// immutable `minter` (CDRAnchor) is the only address that can ever mint, and nobody can change
/// it (the token has no admin). So totalSupply() == genesisSupply() + the rewards claims paid.
contract RewardToken is ERC20, ERC20Permit, IRewardToken {
    /// @notice The most the genesis allocation may hold: 100 million DOTS.
    uint256 public constant GENESIS_CAP = 100_000_000e18;

    /// @inheritdoc IRewardToken
    address public immutable minter;

    /// @notice Sum of the genesis allocation minted in the constructor.
    uint256 private immutable _genesisSupply;

    /// @notice The genesis holders and amounts differ in length.
    error GenesisLengthMismatch(uint256 holders, uint256 amounts);
    /// @notice The genesis allocation exceeds GENESIS_CAP.
    error GenesisCapExceeded(uint256 total, uint256 cap);
    /// @notice The zero address was given where an account is required.
    error ZeroAddress();
    /// @notice `caller` is not the minter.
    error NotMinter(address caller);

    /// @param minter_ The only address that may mint: CDRAnchor (deploy this token with
    /// CDRAnchor's predicted address; CDRAnchor's constructor checks it).
    /// @param genesisHolders Accounts of the genesis allocation (bonds, juror stakes, deposits).
    /// @param genesisAmounts Amount minted to each genesis holder (same order); the sum is at most
    /// GENESIS_CAP.
    constructor(address minter_, address[] memory genesisHolders, uint256[] memory genesisAmounts)
        ERC20("DOTS", "DOTS")
        ERC20Permit("DOTS")
    {
        if (minter_ == address(0)) revert ZeroAddress();
        if (genesisHolders.length != genesisAmounts.length) {
            revert GenesisLengthMismatch(genesisHolders.length, genesisAmounts.length);
        }
        minter = minter_;
        uint256 total;
        for (uint256 i = 0; i < genesisHolders.length; ++i) {
            _mint(genesisHolders[i], genesisAmounts[i]);
            total += genesisAmounts[i];
        }
        if (total > GENESIS_CAP) revert GenesisCapExceeded(total, GENESIS_CAP);
        _genesisSupply = total;
    }

    /// @notice The genesis allocation; totalSupply() - genesisSupply() is what claims minted.
    function genesisSupply() external view returns (uint256) {
        return _genesisSupply;
    }

    /// @inheritdoc IRewardToken
    function mint(address to, uint256 amount) external {
        if (msg.sender != minter) revert NotMinter(msg.sender);
        _mint(to, amount);
    }
}
