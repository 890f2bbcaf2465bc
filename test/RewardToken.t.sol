// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {RewardToken} from "../contracts/RewardToken.sol";

contract RewardTokenTest is Test {
    RewardToken internal token;
    address internal admin = makeAddr("admin");
    address internal minter = makeAddr("minter");
    address internal stranger = makeAddr("stranger");
    address internal holderA = makeAddr("holderA");
    address internal holderB = makeAddr("holderB");

    function setUp() public {
        address[] memory holders = new address[](2);
        uint256[] memory amounts = new uint256[](2);
        (holders[0], holders[1]) = (holderA, holderB);
        (amounts[0], amounts[1]) = (600e18, 400e18);
        token = new RewardToken(minter, holders, amounts);
    }

    function test_metadataAndGenesis() public view {
        assertEq(token.name(), "DOTS");
        assertEq(token.symbol(), "DOTS");
        assertEq(token.decimals(), 18);
        assertEq(token.balanceOf(holderA), 600e18);
        assertEq(token.balanceOf(holderB), 400e18);
        assertEq(token.totalSupply(), 1000e18);
        assertEq(token.genesisSupply(), 1000e18);
        assertEq(token.minter(), minter);
        assertEq(token.GENESIS_CAP(), 100_000_000e18);
    }

    function test_constructor_reverts() public {
        address[] memory holders = new address[](2);
        uint256[] memory amounts = new uint256[](1);
        vm.expectRevert(abi.encodeWithSelector(RewardToken.GenesisLengthMismatch.selector, 2, 1));
        new RewardToken(admin, holders, amounts);
        vm.expectRevert(RewardToken.ZeroAddress.selector);
        new RewardToken(address(0), new address[](0), new uint256[](0));
        // the genesis allocation is capped
        address[] memory one = new address[](1);
        uint256[] memory over = new uint256[](1);
        one[0] = holderA;
        over[0] = 100_000_000e18 + 1;
        vm.expectRevert(abi.encodeWithSelector(RewardToken.GenesisCapExceeded.selector, over[0], 100_000_000e18));
        new RewardToken(minter, one, over);
        over[0] = 100_000_000e18;
        assertEq(new RewardToken(minter, one, over).totalSupply(), 100_000_000e18);
        // a zero genesis holder is refused by ERC20
        amounts = new uint256[](2);
        amounts[0] = 1;
        vm.expectRevert();
        new RewardToken(admin, holders, amounts);
    }

    function test_emptyGenesis() public {
        RewardToken t = new RewardToken(minter, new address[](0), new uint256[](0));
        assertEq(t.totalSupply(), 0);
        assertEq(t.genesisSupply(), 0);
    }

    uint256 internal constant CAP = type(uint104).max;

    /// @dev Mints as the minter: `cum` claimed in total from `ledger`, nothing paid before.
    function _claim(uint256 ledger, address to, uint256 cum) internal returns (uint256) {
        vm.prank(minter);
        return token.claimMint(ledger, to, cum, 0, CAP);
    }

    function test_mint_byMinter() public {
        vm.expectEmit(address(token));
        emit IERC20.Transfer(address(0), stranger, 5e18);
        assertEq(_claim(1, stranger, 5e18), 5e18);
        assertEq(token.balanceOf(stranger), 5e18);
        assertEq(token.claimedOf(1, stranger), 5e18);
        assertEq(token.totalSupply(), 1005e18);
        assertEq(token.genesisSupply(), 1000e18);
    }

    function test_mint_strangerAndAdminRefused() public {
        address[3] memory who = [stranger, admin, holderA];
        for (uint256 i = 0; i < who.length; ++i) {
            vm.prank(who[i]);
            vm.expectRevert(abi.encodeWithSelector(RewardToken.NotMinter.selector, who[i]));
            token.claimMint(1, who[i], 1, 0, CAP);
        }
        assertEq(token.totalSupply(), 1000e18);
    }

    /// @dev The ledger pays the difference to what was claimed, per ledger, and never twice.
    function test_claimMint_ledgers() public {
        assertEq(_claim(1, holderA, 5e18), 5e18); // home ledger 1, next to the genesis balance
        assertEq(_claim(1, holderA, 7e18), 2e18);
        assertEq(_claim(2, holderA, 3e18), 3e18); // a second ledger: its own record
        assertEq(_claim(3, holderA, 1e18), 1e18);
        assertEq(_claim(2, holderA, 4e18), 1e18);
        assertEq(token.claimedOf(1, holderA), 7e18);
        assertEq(token.claimedOf(2, holderA), 4e18);
        assertEq(token.claimedOf(3, holderA), 1e18);
        assertEq(token.claimedOf(4, holderA), 0);
        assertEq(token.claimedOf(0, holderA), 0);
        assertEq(token.balanceOf(holderA), 600e18 + 12e18);
        assertEq(token.totalSupply(), 1012e18);
        vm.startPrank(minter);
        vm.expectRevert(abi.encodeWithSelector(RewardToken.NothingToClaim.selector, 7e18, 7e18));
        token.claimMint(1, holderA, 7e18, 0, CAP);
        vm.expectRevert(abi.encodeWithSelector(RewardToken.NothingToClaim.selector, 3e18, 4e18));
        token.claimMint(2, holderA, 3e18, 0, CAP);
        vm.expectRevert(abi.encodeWithSelector(RewardToken.InvalidLedger.selector, 0));
        token.claimMint(0, holderA, 9e18, 0, CAP);
        vm.expectRevert(abi.encodeWithSelector(RewardToken.InvalidLedger.selector, 1 << 24));
        token.claimMint(1 << 24, holderA, 9e18, 0, CAP);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        token.claimMint(1, address(0), 9e18, 0, CAP);
        // the cap: paid so far plus this claim's difference
        vm.expectRevert(abi.encodeWithSelector(RewardToken.ExceedsDeclaredTotal.selector, 10e18 + 2e18, 11e18));
        token.claimMint(1, holderA, 9e18, 10e18, 11e18);
        assertEq(token.claimMint(1, holderA, 9e18, 9e18, 11e18), 2e18);
        // a cumulative amount beyond 2^104 cannot be recorded (CDRAnchor's caps are uint96)
        vm.expectRevert();
        token.claimMint(5, stranger, uint256(1) << 104, 0, type(uint256).max);
        vm.stopPrank();
        assertEq(token.totalSupply(), 1014e18);
    }

    /// @dev Transfers move balances and leave the claim ledger where it is.
    function test_transfersKeepTheLedger() public {
        _claim(1, stranger, 5e18);
        vm.prank(stranger);
        assertTrue(token.transfer(holderB, 4e18));
        vm.prank(holderB);
        assertTrue(token.transfer(stranger, 1e18));
        assertEq(token.balanceOf(stranger), 2e18);
        assertEq(token.balanceOf(holderB), 403e18);
        assertEq(token.claimedOf(1, stranger), 5e18);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, stranger, 2e18, 3e18));
        token.transfer(holderB, 3e18);
        assertEq(_claim(1, stranger, 6e18), 1e18);
        assertEq(token.balanceOf(stranger), 3e18);
        assertEq(token.totalSupply(), 1006e18);
    }

    /// @dev Balances and supply stay consistent whatever mix of claims and transfers.
    function testFuzz_claimsAndTransfers(uint96 a, uint96 b, uint96 t, uint8 ledger) public {
        uint256 l = uint256(ledger) + 1;
        _claim(l, stranger, uint256(a) + 1);
        _claim(l + 1, stranger, uint256(b) + 1);
        uint256 bal = uint256(a) + b + 2;
        assertEq(token.balanceOf(stranger), bal);
        uint256 amt = bound(t, 0, bal);
        vm.prank(stranger);
        assertTrue(token.transfer(holderA, amt));
        assertEq(token.balanceOf(stranger) + token.balanceOf(holderA) + token.balanceOf(holderB), token.totalSupply());
        assertEq(token.claimedOf(l, stranger), uint256(a) + 1);
        assertEq(token.claimedOf(l + 1, stranger), uint256(b) + 1);
    }

    /// @dev There is no role to grant: the minter cannot be changed by anyone (issue 13, item 14).
    function test_noAdminPowers() public {
        address[2] memory who = [stranger, admin];
        for (uint256 i = 0; i < who.length; ++i) {
            vm.prank(who[i]);
            (bool ok,) = address(token).call(abi.encodeWithSignature("grantRole(bytes32,address)", bytes32(0), who[i]));
            assertFalse(ok);
        }
        assertEq(token.minter(), minter);
    }

    function testFuzz_mint_supplyIsGenesisPlusMinted(address to, uint96 a, uint96 b) public {
        vm.assume(to != address(0));
        vm.assume(a > 0 && b > 0);
        vm.startPrank(minter);
        token.claimMint(1, to, a, 0, CAP);
        token.claimMint(2, to, b, 0, CAP);
        vm.stopPrank();
        assertEq(token.totalSupply(), token.genesisSupply() + uint256(a) + b);
    }

    bytes32 private constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    function _permitDigest(address owner, address spender, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
    }

    function test_permit_andReplayRefused() public {
        (address owner, uint256 key) = makeAddrAndKey("permit-owner");
        _claim(1, owner, 10e18);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, _permitDigest(owner, stranger, 3e18, 0, deadline));
        token.permit(owner, stranger, 3e18, deadline, v, r, s);
        assertEq(token.allowance(owner, stranger), 3e18);
        assertEq(token.nonces(owner), 1);
        vm.prank(stranger);
        token.transferFrom(owner, stranger, 3e18);
        assertEq(token.balanceOf(stranger), 3e18);
        // replaying the same signature fails (nonce used)
        vm.expectRevert();
        token.permit(owner, stranger, 3e18, deadline, v, r, s);
    }

    function test_permit_expiredAndOtherChainRefused() public {
        (address owner, uint256 key) = makeAddrAndKey("permit-owner");
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, _permitDigest(owner, stranger, 1, 0, deadline));
        uint256 chain = block.chainid;
        vm.chainId(chain + 1);
        vm.expectRevert();
        token.permit(owner, stranger, 1, deadline, v, r, s);
        vm.chainId(chain);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        token.permit(owner, stranger, 1, deadline, v, r, s);
    }
}
