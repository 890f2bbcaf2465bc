// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IRewardToken} from "./interfaces/IRewardToken.sol";

/// @title RewardToken
/// @notice The DOTS ERC-20 with EIP-2612 permit. Its supply is a genesis allocation, minted once in
/// the constructor and at most GENESIS_CAP, plus whatever the reward claim logic mints: the
/// immutable `minter` (CDRAnchor) is the only address that can ever mint, and nobody can change
/// it (the token has no admin). So totalSupply() == genesisSupply() + the rewards claims paid.
///
/// The token also keeps the claim ledger: how much of each operator's rewards an account has
/// claimed in total (CDRAnchor checks the proofs and the operator's cap, then calls `claimMint`).
/// @dev Gas: an account's balance and what it has claimed from the first operator it claimed from
/// share one storage slot, so a first claim creates one slot instead of two (whole-transaction gas
/// of a first claim below Uniswap's MerkleDistributor, issue 13). Claims from further operators go
/// to a mapping. Balances are uint128: every balance is at most the supply, and `claimMint` keeps
/// the supply below 2^128.
contract RewardToken is ERC20, ERC20Permit, IRewardToken {
    using SafeCast for uint256;

    /// @notice The most the genesis allocation may hold: 100 million DOTS.
    uint256 public constant GENESIS_CAP = 100_000_000e18;

    /// @inheritdoc IRewardToken
    address public immutable minter;

    /// @notice Sum of the genesis allocation minted in the constructor.
    uint256 private immutable _genesisSupply;

    /// @dev An account in one slot: its balance, the first ledger (operator index) it claimed
    /// from (0: none yet) and its cumulative claims from that ledger.
    struct Account {
        uint128 balance;
        uint24 homeLedger;
        uint104 homeClaimed;
    }

    uint256 private _supply;
    mapping(address account => Account) private _accounts;
    mapping(uint256 ledger => mapping(address account => uint256 amount)) private _claimedOther;

    /// @notice The genesis holders and amounts differ in length.
    error GenesisLengthMismatch(uint256 holders, uint256 amounts);
    /// @notice The genesis allocation exceeds GENESIS_CAP.
    error GenesisCapExceeded(uint256 total, uint256 cap);
    /// @notice The zero address was given where an account is required.
    error ZeroAddress();
    /// @notice `caller` is not the minter.
    error NotMinter(address caller);
    /// @notice The ledger id is 0 or above 2^24 - 1.
    error InvalidLedger(uint256 ledger);
    /// @notice `cumulativeAmount` is not above what the account already claimed from the ledger.
    error NothingToClaim(uint256 cumulativeAmount, uint256 claimed);
    /// @notice A claim would bring what the ledger paid to `paid`, above its cap `rewardsTotal`.
    error ExceedsDeclaredTotal(uint256 paid, uint256 rewardsTotal);
    /// @notice The supply would reach 2^128.
    error SupplyOverflow(uint256 supply);

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
            total += genesisAmounts[i];
            if (total > GENESIS_CAP) revert GenesisCapExceeded(total, GENESIS_CAP);
            _mint(genesisHolders[i], genesisAmounts[i]);
        }
        _genesisSupply = total;
    }

    /// @notice The genesis allocation; totalSupply() - genesisSupply() is what claims minted.
    function genesisSupply() external view returns (uint256) {
        return _genesisSupply;
    }

    /// @inheritdoc IERC20
    function totalSupply() public view override(ERC20, IERC20) returns (uint256) {
        return _supply;
    }

    /// @inheritdoc IERC20
    function balanceOf(address account) public view override(ERC20, IERC20) returns (uint256) {
        return _accounts[account].balance;
    }

    /// @inheritdoc IRewardToken
    function claimedOf(uint256 ledger, address account) external view returns (uint256) {
        Account storage a = _accounts[account];
        if (ledger != 0 && a.homeLedger == ledger) return a.homeClaimed;
        return _claimedOther[ledger][account];
    }

    /// @inheritdoc IRewardToken
    function claimMint(uint256 ledger, address account, uint256 cumulativeAmount, uint256 paid, uint256 cap)
        external
        returns (uint256 amount)
    {
        if (msg.sender != minter) revert NotMinter(msg.sender);
        if (ledger == 0 || ledger > type(uint24).max) revert InvalidLedger(ledger);
        if (account == address(0)) revert ERC20InvalidReceiver(address(0));
        uint256 supply = _supply;
        Account memory a = _accounts[account];
        uint256 home = a.homeLedger;
        uint256 already;
        if (home == 0 || home == ledger) {
            already = a.homeClaimed;
        } else {
            already = _claimedOther[ledger][account];
        }
        if (cumulativeAmount <= already) revert NothingToClaim(cumulativeAmount, already);
        amount = cumulativeAmount - already;
        if (paid + amount > cap) revert ExceedsDeclaredTotal(paid + amount, cap);
        uint256 newSupply = supply + amount;
        if (newSupply > type(uint128).max) revert SupplyOverflow(newSupply);
        _supply = newSupply;
        // forge-lint: disable-next-line(unsafe-typecast) -- balance + amount <= new supply < 2^128
        a.balance = uint128(a.balance + amount);
        if (home == 0 || home == ledger) {
            // forge-lint: disable-next-line(unsafe-typecast) -- checked against uint24 max above
            a.homeLedger = uint24(ledger);
            a.homeClaimed = cumulativeAmount.toUint104(); // <= the ledger's cap, a uint96 in CDRAnchor
        } else {
            _claimedOther[ledger][account] = cumulativeAmount;
        }
        _accounts[account] = a;
        emit Transfer(address(0), account, amount);
    }

    /// @dev ERC20's balance bookkeeping on the packed account slots (OpenZeppelin's own balances
    /// and supply stay unused). Same checks and events as ERC20._update. The balance is the low
    /// 128 bits of an account's slot, so adding to or subtracting from the whole slot word changes
    /// only the balance as long as it stays within [0, 2^128), which the checks guarantee: one
    /// SLOAD and one SSTORE per side.
    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0)) {
            uint256 newSupply = _supply + value;
            if (newSupply > type(uint128).max) revert SupplyOverflow(newSupply);
            _supply = newSupply;
        } else {
            Account storage f = _accounts[from];
            uint256 word;
            assembly ("memory-safe") {
                word := sload(f.slot)
            }
            uint256 fromBalance = word & type(uint128).max;
            if (fromBalance < value) revert ERC20InsufficientBalance(from, fromBalance, value);
            assembly ("memory-safe") {
                sstore(f.slot, sub(word, value)) // value <= the balance: no borrow from the high bits
            }
        }
        if (to == address(0)) {
            unchecked {
                _supply -= value; // value <= a balance <= the supply
            }
        } else {
            Account storage t = _accounts[to];
            assembly ("memory-safe") {
                // balance + value <= supply < 2^128: no carry into the high bits
                sstore(t.slot, add(sload(t.slot), value))
            }
        }
        emit Transfer(from, to, value);
    }
}
