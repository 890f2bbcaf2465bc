// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {RewardToken} from "../contracts/RewardToken.sol";
import {StealthRegistry} from "../contracts/StealthRegistry.sol";
import {StealthSweeper} from "../contracts/StealthSweeper.sol";

contract StealthSweeperTest is Test {
    RewardToken internal token;
    StealthSweeper internal sweeper;
    uint256 internal stealthKey = 0x5eed;
    address internal stealth;
    address internal owner = makeAddr("owner");
    address internal relayer = makeAddr("relayer");
    address internal thief = makeAddr("thief");

    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    function setUp() public {
        stealth = vm.addr(stealthKey);
        address[] memory holders = new address[](1);
        uint256[] memory amounts = new uint256[](1);
        (holders[0], amounts[0]) = (stealth, 100e18);
        token = new RewardToken(address(this), holders, amounts);
        sweeper = new StealthSweeper(IERC20(address(token)));
    }

    function _permit(uint256 key, address from, uint256 value) internal view returns (StealthSweeper.Permit memory p) {
        p.value = value;
        p.deadline = block.timestamp + 1 hours;
        bytes32 h = keccak256(abi.encode(PERMIT_TYPEHASH, from, address(sweeper), value, token.nonces(from), p.deadline));
        (p.v, p.r, p.s) = vm.sign(key, keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), h)));
    }

    function _sweep(address to, uint256 fee, address rel) internal view returns (StealthSweeper.Sweep memory s) {
        s = StealthSweeper.Sweep({from: stealth, to: to, fee: fee, relayer: rel, deadline: block.timestamp + 1 hours});
    }

    function _sign(uint256 key, StealthSweeper.Sweep memory s) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 ss) = vm.sign(key, sweeper.sweepDigest(s, sweeper.nonces(s.from)));
        return abi.encodePacked(r, ss, v);
    }

    function test_sweep_paysDestinationAndFee() public {
        StealthSweeper.Sweep memory s = _sweep(owner, 1e18, relayer);
        bytes memory sig = _sign(stealthKey, s);
        StealthSweeper.Permit memory p = _permit(stealthKey, stealth, type(uint256).max);
        vm.expectEmit(address(sweeper));
        emit StealthSweeper.Swept(stealth, owner, relayer, 99e18, 1e18, 0);
        vm.prank(relayer);
        assertEq(sweeper.sweep(s, sig, p), 99e18);
        assertEq(token.balanceOf(owner), 99e18);
        assertEq(token.balanceOf(relayer), 1e18);
        assertEq(token.balanceOf(stealth), 0);
        assertEq(sweeper.nonces(stealth), 1);
    }

    /// Attack: the relayer swaps the destination for its own address.
    function test_attack_redirect() public {
        StealthSweeper.Sweep memory s = _sweep(owner, 0, address(0));
        bytes memory sig = _sign(stealthKey, s);
        StealthSweeper.Permit memory p = _permit(stealthKey, stealth, type(uint256).max);
        s.to = thief;
        vm.prank(thief);
        vm.expectRevert(StealthSweeper.InvalidSweepSignature.selector);
        sweeper.sweep(s, sig, p);
        // Nor by raising its fee to the whole balance.
        s.to = owner;
        s.fee = 100e18;
        vm.prank(thief);
        vm.expectRevert(StealthSweeper.InvalidSweepSignature.selector);
        sweeper.sweep(s, sig, p);
        assertEq(token.balanceOf(thief), 0);
    }

    /// Attack: a relayer replays an old Sweep after the stealth address received more.
    function test_attack_replay() public {
        StealthSweeper.Sweep memory s = _sweep(owner, 1e18, address(0));
        bytes memory sig = _sign(stealthKey, s);
        StealthSweeper.Permit memory p = _permit(stealthKey, stealth, type(uint256).max);
        vm.prank(relayer);
        sweeper.sweep(s, sig, p);
        token.claimMint(1, stealth, 50e18, 0, type(uint256).max); // the next epoch's claim (this test is the minter)
        vm.prank(relayer);
        vm.expectRevert(StealthSweeper.InvalidSweepSignature.selector);
        sweeper.sweep(s, sig, p);
        assertEq(token.balanceOf(stealth), 50e18);
    }

    /// Attack: a Sweep signed by another key for the stealth address (wrong signer).
    function test_attack_wrongSigner() public {
        StealthSweeper.Sweep memory s = _sweep(thief, 0, address(0));
        bytes memory sig = _sign(0xbad, s);
        StealthSweeper.Permit memory p = _permit(0xbad, stealth, type(uint256).max);
        vm.prank(thief);
        vm.expectRevert(StealthSweeper.InvalidSweepSignature.selector);
        sweeper.sweep(s, sig, p);
        // A malformed signature is the same error, not a panic.
        vm.expectRevert(StealthSweeper.InvalidSweepSignature.selector);
        sweeper.sweep(s, hex"1234", p);
    }

    /// Attack: the thief's own valid Sweep (for its own address) with the victim's permit: the
    /// permit is for the victim, the Sweep swept is the thief's, so the victim's DOTS stay.
    function test_attack_permitOfAnother() public {
        uint256 thiefKey = 0x7417;
        address thiefStealth = vm.addr(thiefKey);
        StealthSweeper.Permit memory victimPermit = _permit(stealthKey, stealth, type(uint256).max);
        StealthSweeper.Sweep memory s =
            StealthSweeper.Sweep({from: thiefStealth, to: thief, fee: 0, relayer: address(0), deadline: block.timestamp + 1});
        (uint8 v, bytes32 r, bytes32 ss) = vm.sign(thiefKey, sweeper.sweepDigest(s, 0));
        sweeper.sweep(s, abi.encodePacked(r, ss, v), victimPermit);
        assertEq(token.balanceOf(stealth), 100e18);
        assertEq(token.balanceOf(thief), 0);
    }

    function test_onlyNamedRelayer() public {
        StealthSweeper.Sweep memory s = _sweep(owner, 1e18, relayer);
        bytes memory sig = _sign(stealthKey, s);
        StealthSweeper.Permit memory p = _permit(stealthKey, stealth, type(uint256).max);
        vm.prank(thief);
        vm.expectRevert(abi.encodeWithSelector(StealthSweeper.WrongRelayer.selector, relayer, thief));
        sweeper.sweep(s, sig, p);
    }

    function test_expired() public {
        StealthSweeper.Sweep memory s = _sweep(owner, 0, address(0));
        bytes memory sig = _sign(stealthKey, s);
        StealthSweeper.Permit memory p = _permit(stealthKey, stealth, type(uint256).max);
        vm.warp(s.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(StealthSweeper.SweepExpired.selector, s.deadline));
        sweeper.sweep(s, sig, p);
    }

    /// Griefing: someone sends the permit first; the sweep still goes through on its allowance.
    function test_permitFrontRun() public {
        StealthSweeper.Sweep memory s = _sweep(owner, 0, address(0));
        bytes memory sig = _sign(stealthKey, s);
        StealthSweeper.Permit memory p = _permit(stealthKey, stealth, type(uint256).max);
        vm.prank(thief);
        token.permit(stealth, address(sweeper), p.value, p.deadline, p.v, p.r, p.s);
        vm.prank(relayer);
        sweeper.sweep(s, sig, p);
        assertEq(token.balanceOf(owner), 100e18);
    }

    /// Without a permit (or an allowance) nothing moves.
    function test_noAllowance() public {
        StealthSweeper.Sweep memory s = _sweep(owner, 0, address(0));
        bytes memory sig = _sign(stealthKey, s);
        StealthSweeper.Permit memory p = _permit(0xbad, stealth, type(uint256).max);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(sweeper), 0, 100e18)
        );
        sweeper.sweep(s, sig, p);
    }

    function test_feeAboveBalance() public {
        StealthSweeper.Sweep memory s = _sweep(owner, 101e18, address(0));
        bytes memory sig = _sign(stealthKey, s);
        StealthSweeper.Permit memory p = _permit(stealthKey, stealth, type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(StealthSweeper.FeeExceedsBalance.selector, 101e18, 100e18));
        sweeper.sweep(s, sig, p);
    }

    function test_zeroAddresses() public {
        vm.expectRevert(StealthSweeper.ZeroAddress.selector);
        new StealthSweeper(IERC20(address(0)));
        StealthSweeper.Sweep memory s = _sweep(address(0), 0, address(0));
        StealthSweeper.Permit memory p;
        vm.expectRevert(StealthSweeper.ZeroAddress.selector);
        sweeper.sweep(s, "", p);
    }

    /// Fuzz: whatever the relayer changes in a signed Sweep, it fails.
    function testFuzz_tamper(address to, uint256 fee, address rel, uint256 deadline) public {
        StealthSweeper.Sweep memory s = _sweep(owner, 1e18, address(0));
        bytes memory sig = _sign(stealthKey, s);
        StealthSweeper.Permit memory p = _permit(stealthKey, stealth, type(uint256).max);
        vm.assume(to != address(0) && deadline >= block.timestamp);
        vm.assume(to != s.to || fee != s.fee || rel != s.relayer || deadline != s.deadline);
        (s.to, s.fee, s.relayer, s.deadline) = (to, fee, rel, deadline);
        vm.prank(rel);
        vm.expectRevert(StealthSweeper.InvalidSweepSignature.selector);
        sweeper.sweep(s, sig, p);
    }
}

contract StealthRegistryTest is Test {
    StealthRegistry internal reg;
    uint256 internal ownerKey = 0xa11ce;
    address internal owner;
    bytes internal meta;

    function setUp() public {
        reg = new StealthRegistry();
        owner = vm.addr(ownerKey);
        meta = abi.encodePacked(bytes1(0x02), bytes32(uint256(1)), bytes1(0x03), bytes32(uint256(2)));
    }

    function _sig(uint256 key, bytes memory m, uint256 nonce) internal view returns (bytes memory) {
        bytes32 h = keccak256(abi.encode(reg.ERC6538REGISTRY_ENTRY_TYPE_HASH(), 1, keccak256(m), nonce));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, keccak256(abi.encodePacked("\x19\x01", reg.DOMAIN_SEPARATOR(), h)));
        return abi.encodePacked(r, s, v);
    }

    function test_registerAndWithdraw() public {
        vm.expectEmit(address(reg));
        emit StealthRegistry.StealthMetaAddressSet(owner, 1, meta);
        vm.prank(owner);
        reg.registerKeys(1, meta);
        assertEq(reg.stealthMetaAddressOf(owner, 1), meta);
        vm.prank(owner);
        reg.registerKeys(1, "");
        assertEq(reg.stealthMetaAddressOf(owner, 1).length, 0);
    }

    function test_rejectsBadInput() public {
        vm.expectRevert(abi.encodeWithSelector(StealthRegistry.UnsupportedScheme.selector, 2));
        reg.registerKeys(2, meta);
        vm.expectRevert(abi.encodeWithSelector(StealthRegistry.InvalidMetaAddress.selector, 65));
        reg.registerKeys(1, new bytes(65));
        vm.expectRevert(abi.encodeWithSelector(StealthRegistry.InvalidMetaAddress.selector, 66));
        reg.registerKeys(1, new bytes(66));
    }

    function test_onBehalf_onceAndOnlyBySigner() public {
        bytes memory sig = _sig(ownerKey, meta, 0);
        reg.registerKeysOnBehalf(owner, 1, sig, meta);
        assertEq(reg.stealthMetaAddressOf(owner, 1), meta);
        assertEq(reg.nonceOf(owner), 1);
        // Replay (e.g. after the owner withdrew): refused.
        vm.prank(owner);
        reg.registerKeys(1, "");
        vm.expectRevert(StealthRegistry.InvalidSignature.selector);
        reg.registerKeysOnBehalf(owner, 1, sig, meta);
        // Wrong signer: an attacker registers its own keys for the owner.
        bytes memory evil = abi.encodePacked(bytes1(0x02), bytes32(uint256(9)), bytes1(0x02), bytes32(uint256(9)));
        bytes memory evilSig = _sig(0xbad, evil, 1);
        vm.expectRevert(StealthRegistry.InvalidSignature.selector);
        reg.registerKeysOnBehalf(owner, 1, evilSig, evil);
        // A signature over other bytes does not register these.
        bytes memory otherSig = _sig(ownerKey, meta, 1);
        vm.expectRevert(StealthRegistry.InvalidSignature.selector);
        reg.registerKeysOnBehalf(owner, 1, otherSig, evil);
        assertEq(reg.stealthMetaAddressOf(owner, 1).length, 0);
    }

    function test_incrementNonce_revokes() public {
        bytes memory sig = _sig(ownerKey, meta, 0);
        vm.expectEmit(address(reg));
        emit StealthRegistry.NonceIncremented(owner, 1);
        vm.prank(owner);
        reg.incrementNonce();
        vm.expectRevert(StealthRegistry.InvalidSignature.selector);
        reg.registerKeysOnBehalf(owner, 1, sig, meta);
    }
}
