// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Hashes} from "@openzeppelin/contracts/utils/cryptography/Hashes.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {CDRAnchor} from "../contracts/CDRAnchor.sol";
import {RewardToken} from "../contracts/RewardToken.sol";
import {ICDRAnchor} from "../contracts/interfaces/ICDRAnchor.sol";
import {CDRLeaf} from "../contracts/libraries/CDRLeaf.sol";

/// @notice A sorted-pair Merkle tree (the hashing OpenZeppelin's MerkleProof verifies): odd nodes
/// are promoted to the next level.
library TestMerkle {
    function root(bytes32[] memory leaves) internal pure returns (bytes32) {
        bytes32[] memory level = leaves;
        while (level.length > 1) level = _up(level);
        return level[0];
    }

    function proof(bytes32[] memory leaves, uint256 index) internal pure returns (bytes32[] memory p) {
        bytes32[] memory tmp = new bytes32[](64);
        uint256 n;
        bytes32[] memory level = leaves;
        while (level.length > 1) {
            uint256 sib = index ^ 1;
            if (sib < level.length) tmp[n++] = level[sib];
            level = _up(level);
            index /= 2;
        }
        p = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            p[i] = tmp[i];
        }
    }

    function _up(bytes32[] memory level) private pure returns (bytes32[] memory next) {
        next = new bytes32[]((level.length + 1) / 2);
        for (uint256 i = 0; i < next.length; ++i) {
            next[i] =
                2 * i + 1 < level.length ? Hashes.commutativeKeccak256(level[2 * i], level[2 * i + 1]) : level[2 * i];
        }
    }
}

/// @notice Deployment and helpers shared by the CDRAnchor tests.
abstract contract CDRAnchorBase is Test {
    RewardToken internal token;
    CDRAnchor internal anchorC;

    address internal admin = makeAddr("admin");
    address internal dispute = makeAddr("dispute");
    address internal stranger = makeAddr("stranger");
    address internal op1 = makeAddr("op1");
    address internal op2 = makeAddr("op2");
    address internal payout1 = makeAddr("payout1");
    address internal payout2 = makeAddr("payout2");
    address internal treasury = makeAddr("treasury");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    uint256 internal constant GENESIS_EACH = 1_000_000e18;
    uint256 internal constant MIN_BOND = 1000e18;
    bytes internal constant CID = hex"01551220c3c4733ec8affd06cf9e9ff50ffc6bcd2ec85a6170004bb709669c31de94391a"; // CIDv1 raw sha2-256

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        address[] memory holders = new address[](3);
        uint256[] memory amounts = new uint256[](3);
        holders[0] = op1;
        holders[1] = op2;
        holders[2] = treasury;
        for (uint256 i = 0; i < 3; ++i) {
            amounts[i] = GENESIS_EACH;
        }
        // the token's immutable minter is the CDRAnchor deployed right after it
        token = new RewardToken(vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1), holders, amounts);
        anchorC = new CDRAnchor(admin, address(token));
        vm.startPrank(admin);
        anchorC.grantRole(anchorC.DISPUTE_ROLE(), dispute);
        vm.stopPrank();
        vm.prank(op1);
        token.approve(address(anchorC), type(uint256).max);
        vm.prank(op2);
        token.approve(address(anchorC), type(uint256).max);
    }

    function _register(address op, address payout, uint256 bond) internal {
        vm.prank(op);
        anchorC.registerOperator(bond, payout, "sip:op.example.net");
    }

    function _root(uint256 n) internal pure returns (bytes32) {
        return keccak256(abi.encode("cdr-root", n));
    }

    /// @dev Anchor the operator's next `count` CDRs with `billable` seconds and a rewards root.
    function _anchor(address op, uint64 count, uint64 billable, bytes32 rewardsRoot, uint256 rewardsTotal)
        internal
        returns (uint256 id)
    {
        uint64 first = anchorC.operatorInfo(op).lastSeq + 1;
        vm.prank(op);
        id = anchorC.anchor(_root(first), CID, count, billable, first, first + count - 1, rewardsRoot, rewardsTotal);
    }

    function _anchorSimple(address op) internal returns (uint256) {
        return _anchor(op, 10, 0, bytes32(0), anchorC.operatorInfo(op).rewardsTotal);
    }

    function _rewardLeaves(address[] memory accounts, uint256[] memory amounts)
        internal
        pure
        returns (bytes32[] memory leaves)
    {
        leaves = new bytes32[](accounts.length);
        for (uint256 i = 0; i < accounts.length; ++i) {
            leaves[i] = CDRLeaf.rewardHash(accounts[i], amounts[i]);
        }
    }

    function _pair(address a, uint256 x, address b, uint256 y)
        internal
        pure
        returns (address[] memory accounts, uint256[] memory amounts)
    {
        accounts = new address[](2);
        amounts = new uint256[](2);
        (accounts[0], accounts[1], amounts[0], amounts[1]) = (a, b, x, y);
    }

    function _window() internal view returns (uint256) {
        return anchorC.challengeWindow();
    }

    function _rewardBatch(uint256 x, uint256 y, uint256 total) internal returns (uint256 id, bytes32[] memory leaves) {
        (address[] memory acc, uint256[] memory amt) = _pair(alice, x, bob, y);
        leaves = _rewardLeaves(acc, amt);
        uint64 secs = uint64(total / 1e15) + 1;
        uint64 count = secs / 4 hours + 10;
        id = _anchor(op1, count, secs, TestMerkle.root(leaves), total);
        vm.warp(block.timestamp + _window());
    }
}

contract CDRAnchorTest is CDRAnchorBase {
    // ------------------------------------------------------------ construction and parameters

    function test_constructor_defaultsAndRoles() public view {
        assertEq(address(anchorC.token()), address(token));
        assertEq(anchorC.minBond(), 1000e18);
        assertEq(anchorC.unbondingDelay(), 7 days);
        assertEq(anchorC.challengeWindow(), 1 hours);
        assertEq(anchorC.slashBps(), 5000);
        assertEq(anchorC.rewardRate(), 1e15);
        (uint16 a, uint16 b, uint16 c, uint16 d) = anchorC.rewardSplit();
        assertEq(uint256(a) + b + c + d, 10_000);
        assertEq(a, 2500);
        assertEq(d, 2500);
        assertEq(anchorC.minBillableSeconds(), 6);
        assertEq(anchorC.dailyCapSeconds(), 14_400);
        assertEq(anchorC.maxCallSeconds(), 4 hours);
        assertEq(anchorC.maxDailySeconds(), 100_000_000);
        assertEq(anchorC.batchCount(), 0);
        assertTrue(anchorC.hasRole(anchorC.DEFAULT_ADMIN_ROLE(), admin));
        assertTrue(anchorC.hasRole(anchorC.GOVERNOR_ROLE(), admin));
        assertTrue(anchorC.hasRole(anchorC.DISPUTE_ROLE(), dispute));
        assertFalse(anchorC.hasRole(anchorC.DISPUTE_ROLE(), admin));
        CDRAnchor.Parameters memory p = anchorC.parameters();
        assertEq(p.minBond, 1000e18);
        assertEq(p.rewardRate, 1e15);
        assertEq(p.splitCalleeOwner, 2500);
    }

    function test_constructor_zeroAddressReverts() public {
        vm.expectRevert(CDRAnchor.ZeroAddress.selector);
        new CDRAnchor(address(0), address(token));
        vm.expectRevert(CDRAnchor.ZeroAddress.selector);
        new CDRAnchor(admin, address(0));
    }

    function test_constructor_refusesTokenWithOtherMinter() public {
        // the token's minter is anchorC, not the new contract
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.TokenMinterMismatch.selector, address(anchorC)));
        new CDRAnchor(admin, address(token));
    }

    function test_constructor_emitsParameters() public {
        RewardToken t =
            new RewardToken(vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1), new address[](0), new uint256[](0));
        vm.recordLogs();
        new CDRAnchor(admin, address(t));
        assertEq(vm.getRecordedLogs()[2].topics[0], CDRAnchor.ParametersSet.selector);
    }

    function test_setters_updateAndEmit() public {
        vm.startPrank(admin);
        vm.expectEmit(address(anchorC));
        CDRAnchor.Parameters memory p = anchorC.parameters();
        p.minBond = 5e18;
        emit CDRAnchor.ParametersSet(p);
        anchorC.setMinBond(5e18);
        anchorC.setUnbondingDelay(3 days);
        anchorC.setChallengeWindow(30 minutes);
        anchorC.setSlashBps(10_000);
        anchorC.setRewardRate(7);
        anchorC.setRewardSplit(4000, 3000, 2000, 1000);
        anchorC.setMinBillableSeconds(10);
        anchorC.setDailyCapSeconds(3600);
        anchorC.setMaxCallSeconds(7200);
        anchorC.setMaxDailySeconds(1e12);
        vm.stopPrank();
        p = anchorC.parameters();
        assertEq(anchorC.maxCallSeconds(), 7200);
        assertEq(p.maxDailySeconds, 1e12);
        assertEq(anchorC.maxDailySeconds(), 1e12);
        assertEq(p.minBond, 5e18);
        assertEq(anchorC.minBond(), 5e18);
        assertEq(anchorC.unbondingDelay(), 3 days);
        assertEq(anchorC.challengeWindow(), 30 minutes);
        assertEq(anchorC.slashBps(), 10_000);
        assertEq(anchorC.rewardRate(), 7);
        (uint16 a, uint16 b, uint16 c, uint16 d) = anchorC.rewardSplit();
        assertEq(abi.encode(a, b, c, d), abi.encode(uint16(4000), uint16(3000), uint16(2000), uint16(1000)));
        assertEq(anchorC.minBillableSeconds(), 10);
        assertEq(anchorC.dailyCapSeconds(), 3600);
        assertEq(p.unbondingDelay, 3 days);
        assertEq(p.challengeWindow, 30 minutes);
        assertEq(p.slashBps, 10_000);
        assertEq(p.splitOrigOperator, 4000);
        assertEq(p.minBillableSeconds, 10);
        assertEq(p.dailyCapSeconds, 3600);
    }

    function test_setters_boundsRevert() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.InvalidBps.selector, 10_001));
        anchorC.setSlashBps(10_001);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.InvalidSplit.selector, 9999));
        anchorC.setRewardSplit(2500, 2500, 2500, 2499);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.InvalidSplit.selector, 10_001));
        anchorC.setRewardSplit(10_000, 0, 0, 1);
        uint64 big = uint64(type(uint32).max) + 1;
        vm.expectRevert(
            abi.encodeWithSelector(CDRAnchor.ValueTooLarge.selector, uint64(type(uint24).max) + 1, type(uint24).max)
        );
        anchorC.setChallengeWindow(uint64(type(uint24).max) + 1);
        anchorC.setChallengeWindow(type(uint24).max);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.ValueTooLarge.selector, big, type(uint32).max));
        anchorC.setUnbondingDelay(big);
        uint256 tooBig = uint256(type(uint96).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(SafeCast.SafeCastOverflowedUintDowncast.selector, 96, tooBig));
        anchorC.setMinBond(tooBig);
        vm.expectRevert(abi.encodeWithSelector(SafeCast.SafeCastOverflowedUintDowncast.selector, 96, tooBig));
        anchorC.setRewardRate(tooBig);
        vm.stopPrank();
    }

    function _expectUnauthorized(address who, bytes32 role) internal {
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, who, role));
    }

    function test_privileged_strangerRefused() public {
        bytes32 gov = anchorC.GOVERNOR_ROLE();
        bytes32 dis = anchorC.DISPUTE_ROLE();
        _register(op1, payout1, MIN_BOND);
        uint256 id = _anchorSimple(op1);
        address[3] memory notGov = [stranger, dispute, op1];
        for (uint256 i = 0; i < notGov.length; ++i) {
            address who = notGov[i];
            vm.startPrank(who);
            _expectUnauthorized(who, gov);
            anchorC.setMinBond(1);
            _expectUnauthorized(who, gov);
            anchorC.setUnbondingDelay(1);
            _expectUnauthorized(who, gov);
            anchorC.setChallengeWindow(1);
            _expectUnauthorized(who, gov);
            anchorC.setSlashBps(1);
            _expectUnauthorized(who, gov);
            anchorC.setRewardRate(1);
            _expectUnauthorized(who, gov);
            anchorC.setRewardSplit(10_000, 0, 0, 0);
            _expectUnauthorized(who, gov);
            anchorC.setMinBillableSeconds(1);
            _expectUnauthorized(who, gov);
            anchorC.setDailyCapSeconds(1);
            _expectUnauthorized(who, gov);
            anchorC.setMaxCallSeconds(1);
            _expectUnauthorized(who, gov);
            anchorC.setMaxDailySeconds(1);
            vm.stopPrank();
        }
        address[3] memory notDispute = [stranger, admin, op1];
        for (uint256 i = 0; i < notDispute.length; ++i) {
            address who = notDispute[i];
            vm.startPrank(who);
            _expectUnauthorized(who, dis);
            anchorC.invalidateBatch(id, who);
            _expectUnauthorized(who, dis);
            anchorC.suspendOperator(op1, who);
            _expectUnauthorized(who, dis);
            anchorC.freezeBatch(id);
            _expectUnauthorized(who, dis);
            anchorC.unfreezeBatch(id);
            vm.stopPrank();
        }
        bytes32 adminRole = anchorC.DEFAULT_ADMIN_ROLE();
        vm.prank(stranger);
        _expectUnauthorized(stranger, adminRole);
        anchorC.grantRole(dis, stranger);
        assertEq(uint256(anchorC.batchState(id)), uint256(ICDRAnchor.BatchState.Pending));
    }

    // ------------------------------------------------------------ operators

    function test_register_success() public {
        uint256 before = token.balanceOf(op1);
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.OperatorRegistered(op1, payout1, 1500e18, "sip:op1.example.net");
        vm.prank(op1);
        anchorC.registerOperator(1500e18, payout1, "sip:op1.example.net");
        assertEq(token.balanceOf(op1), before - 1500e18);
        assertEq(token.balanceOf(address(anchorC)), 1500e18);
        CDRAnchor.OperatorInfo memory info = anchorC.operatorInfo(op1);
        assertEq(uint256(info.status), uint256(CDRAnchor.Status.Registered));
        assertTrue(info.active);
        assertEq(info.payout, payout1);
        assertEq(info.bond, 1500e18);
        assertEq(info.lastSeq, 0);
        assertEq(info.lastBatchId, 0);
        assertEq(anchorC.operatorMetadata(op1), "sip:op1.example.net");
        assertTrue(anchorC.isActiveOperator(op1));
        assertFalse(anchorC.isActiveOperator(op2));
    }

    function test_register_reverts() public {
        vm.startPrank(op1);
        vm.expectRevert(CDRAnchor.ZeroAddress.selector);
        anchorC.registerOperator(MIN_BOND, address(0), "");
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.BondBelowMinimum.selector, MIN_BOND - 1, MIN_BOND));
        anchorC.registerOperator(MIN_BOND - 1, payout1, "");
        anchorC.registerOperator(MIN_BOND, payout1, "");
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.AlreadyRegistered.selector, op1));
        anchorC.registerOperator(MIN_BOND, payout1, "");
        vm.stopPrank();
        // no allowance
        vm.prank(treasury);
        vm.expectRevert();
        anchorC.registerOperator(MIN_BOND, treasury, "");
        assertEq(uint256(anchorC.operatorInfo(treasury).status), 0);
    }

    function test_addBond() public {
        _register(op1, payout1, MIN_BOND);
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.BondAdded(op1, 5e18, MIN_BOND + 5e18);
        vm.prank(op1);
        anchorC.addBond(5e18);
        assertEq(anchorC.operatorInfo(op1).bond, MIN_BOND + 5e18);
        assertEq(token.balanceOf(address(anchorC)), MIN_BOND + 5e18);
        vm.prank(op1);
        vm.expectRevert(CDRAnchor.ZeroAmount.selector);
        anchorC.addBond(0);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.NotRegistered.selector, stranger));
        anchorC.addBond(1);
    }

    function test_unbond_requestAndWithdraw() public {
        _register(op1, payout1, 3000e18);
        uint64 due = uint64(block.timestamp + 7 days);
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.UnbondRequested(op1, 1000e18, 2000e18, 1000e18, due);
        vm.prank(op1);
        anchorC.requestUnbond(1000e18);
        CDRAnchor.OperatorInfo memory info = anchorC.operatorInfo(op1);
        assertEq(info.bond, 2000e18);
        assertEq(info.unbonding, 1000e18);
        assertEq(info.unbondAt, due);

        vm.warp(due - 1);
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.UnbondingNotDue.selector, due));
        anchorC.withdrawUnbonded();

        vm.warp(due);
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.BondWithdrawn(op1, payout1, 1000e18);
        vm.prank(op1);
        anchorC.withdrawUnbonded();
        assertEq(token.balanceOf(payout1), 1000e18);
        assertEq(anchorC.operatorInfo(op1).unbonding, 0);
        assertEq(token.balanceOf(address(anchorC)), 2000e18);

        vm.prank(op1);
        vm.expectRevert(CDRAnchor.NothingToWithdraw.selector);
        anchorC.withdrawUnbonded();
    }

    function test_unbond_laterRequestRestartsDelay() public {
        _register(op1, payout1, 3000e18);
        vm.prank(op1);
        anchorC.requestUnbond(100e18);
        vm.warp(block.timestamp + 6 days);
        vm.prank(op1);
        anchorC.requestUnbond(100e18);
        uint64 due = uint64(block.timestamp + 7 days);
        assertEq(anchorC.operatorInfo(op1).unbondAt, due);
        assertEq(anchorC.operatorInfo(op1).unbonding, 200e18);
        vm.warp(due - 1);
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.UnbondingNotDue.selector, due));
        anchorC.withdrawUnbonded();
    }

    function test_unbond_reverts() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.NotRegistered.selector, stranger));
        anchorC.requestUnbond(1);
        _register(op1, payout1, MIN_BOND);
        vm.startPrank(op1);
        vm.expectRevert(CDRAnchor.ZeroAmount.selector);
        anchorC.requestUnbond(0);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.InsufficientBond.selector, MIN_BOND + 1, MIN_BOND));
        anchorC.requestUnbond(MIN_BOND + 1);
        // unbonding below the minimum makes the operator inactive
        anchorC.requestUnbond(1);
        vm.stopPrank();
        assertFalse(anchorC.isActiveOperator(op1));
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.OperatorNotActive.selector, op1));
        anchorC.anchor(_root(1), CID, 1, 0, 1, 1, bytes32(0), 0);
    }

    function test_setPayoutAndMetadata() public {
        _register(op1, payout1, MIN_BOND);
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.PayoutSet(op1, payout2);
        vm.prank(op1);
        anchorC.setPayout(payout2);
        assertEq(anchorC.operatorInfo(op1).payout, payout2);
        vm.prank(op1);
        vm.expectRevert(CDRAnchor.ZeroAddress.selector);
        anchorC.setPayout(address(0));
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.NotRegistered.selector, stranger));
        anchorC.setPayout(payout2);

        vm.expectEmit(address(anchorC));
        emit CDRAnchor.MetadataSet(op1, "sip:new.example.net");
        vm.prank(op1);
        anchorC.setMetadata("sip:new.example.net");
        assertEq(anchorC.operatorMetadata(op1), "sip:new.example.net");
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.NotRegistered.selector, stranger));
        anchorC.setMetadata("x");
    }

    // ------------------------------------------------------------ anchoring

    function test_anchor_success() public {
        _register(op1, payout1, MIN_BOND);
        bytes32 rr = keccak256("rewards");
        uint64 finalAt = uint64(block.timestamp + 1 hours);
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.BatchAnchored(1, op1, _root(1), CID, 100, 5000, 1, 100, rr, 5e18, 0, finalAt);
        vm.prank(op1);
        uint256 id = anchorC.anchor(_root(1), CID, 100, 5000, 1, 100, rr, 5e18);
        assertEq(id, 1);
        assertEq(anchorC.batchCount(), 1);
        CDRAnchor.BatchInfo memory b = anchorC.batch(1);
        assertEq(b.operator, op1);
        assertEq(b.cdrRoot, _root(1));
        assertEq(b.rewardsRoot, rr);
        assertEq(b.rewardsTotal, 5e18);
        assertEq(b.cdrCount, 100);
        assertEq(b.firstSeq, 1);
        assertEq(b.lastSeq, 100);
        assertEq(b.prevBatchId, 0);
        assertEq(b.prevRoot, bytes32(0));
        assertEq(b.freezes, 0);
        assertEq(b.finalAt, finalAt);
        assertEq(uint256(b.state), uint256(ICDRAnchor.BatchState.Pending));
        CDRAnchor.OperatorInfo memory info = anchorC.operatorInfo(op1);
        assertEq(info.lastSeq, 100);
        assertEq(info.lastBatchId, 1);
        assertEq(info.lastRoot, _root(1));
        assertEq(info.rewardsTotal, 5e18);
        assertEq(info.daySeconds, 5000);
        assertEq(info.day, block.timestamp / 1 days);

        // second batch chains on the first; ids are global across operators
        _register(op2, payout2, MIN_BOND);
        assertEq(_anchorSimple(op2), 2);
        vm.prank(op1);
        uint256 id3 = anchorC.anchor(_root(101), CID, 5, 10, 101, 105, rr, 5e18 + 10e15);
        assertEq(id3, 3);
        b = anchorC.batch(3);
        assertEq(b.prevBatchId, 1);
        assertEq(b.prevRoot, _root(1));
        assertEq(b.firstSeq, 101);
        assertEq(b.cdrCount, 5);
        assertEq(anchorC.operatorInfo(op1).daySeconds, 5010);
    }

    function test_anchor_stateByTime() public {
        _register(op1, payout1, MIN_BOND);
        uint256 id = _anchorSimple(op1);
        uint256 finalAt = block.timestamp + _window();
        vm.warp(finalAt - 1);
        assertEq(uint256(anchorC.batchState(id)), uint256(ICDRAnchor.BatchState.Pending));
        vm.warp(finalAt);
        assertEq(uint256(anchorC.batchState(id)), uint256(ICDRAnchor.BatchState.Final));
        assertEq(uint256(anchorC.batchState(id + 1)), uint256(ICDRAnchor.BatchState.None));
        assertEq(uint256(anchorC.batchState(0)), uint256(ICDRAnchor.BatchState.None));
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.UnknownBatch.selector, 9));
        anchorC.batch(9);
    }

    function test_anchor_finalityFollowsChainWhenWindowShrinks() public {
        _register(op1, payout1, MIN_BOND);
        uint256 a = _anchorSimple(op1);
        uint256 aFinal = anchorC.batch(a).finalAt;
        vm.prank(admin);
        anchorC.setChallengeWindow(0);
        vm.warp(block.timestamp + 10);
        uint256 b = _anchorSimple(op1);
        assertEq(anchorC.batch(b).finalAt, aFinal);
        assertEq(uint256(anchorC.batchState(b)), uint256(ICDRAnchor.BatchState.Pending));
        vm.warp(aFinal + 1);
        uint256 c = _anchorSimple(op1);
        assertEq(anchorC.batch(c).finalAt, block.timestamp);
        assertEq(uint256(anchorC.batchState(c)), uint256(ICDRAnchor.BatchState.Final));
    }

    function test_anchor_reverts() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.OperatorNotActive.selector, stranger));
        anchorC.anchor(_root(1), CID, 1, 0, 1, 1, bytes32(0), 0);

        _register(op1, payout1, MIN_BOND);
        vm.startPrank(op1);
        vm.expectRevert(CDRAnchor.ZeroRoot.selector);
        anchorC.anchor(bytes32(0), CID, 1, 0, 1, 1, bytes32(0), 0);
        vm.expectRevert(CDRAnchor.EmptyCid.selector);
        anchorC.anchor(_root(1), "", 1, 0, 1, 1, bytes32(0), 0);
        vm.expectRevert(CDRAnchor.ZeroCount.selector);
        anchorC.anchor(_root(1), CID, 0, 0, 1, 0, bytes32(0), 0);
        uint64 huge = uint64(type(uint48).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.ValueTooLarge.selector, huge, type(uint48).max));
        anchorC.anchor(_root(1), CID, huge, 0, 1, huge, bytes32(0), 0);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.BillableTooLarge.selector, 2 * 4 hours + 1, 2 * 4 hours));
        anchorC.anchor(_root(1), CID, 2, 2 * 4 hours + 1, 1, 2, bytes32(0), 0);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.SeqRangeMismatch.selector, 1, 10, 9));
        anchorC.anchor(_root(1), CID, 9, 0, 1, 10, bytes32(0), 0);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.SeqRangeMismatch.selector, 5, 4, 1));
        anchorC.anchor(_root(1), CID, 1, 0, 5, 4, bytes32(0), 0);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.SeqGap.selector, 1, 0));
        anchorC.anchor(_root(1), CID, 1, 0, 0, 0, bytes32(0), 0);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.SeqGap.selector, 1, 2));
        anchorC.anchor(_root(1), CID, 1, 0, 2, 2, bytes32(0), 0);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.RewardsGrowthTooLarge.selector, 1e15 * 10 + 1, 1e15 * 10));
        anchorC.anchor(_root(1), CID, 1, 10, 1, 1, keccak256("r"), 1e15 * 10 + 1);
        vm.expectRevert(CDRAnchor.ZeroRewardsRoot.selector);
        anchorC.anchor(_root(1), CID, 1, 10, 1, 1, bytes32(0), 1e15);
        uint256 tooBig = uint256(type(uint96).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.ValueTooLarge.selector, tooBig, type(uint96).max));
        anchorC.anchor(_root(1), CID, 1, 10, 1, 1, keccak256("r"), tooBig);
        // exactly rate * seconds is fine
        anchorC.anchor(_root(1), CID, 1, 10, 1, 1, keccak256("r"), 1e15 * 10);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.RewardsTotalDecreased.selector, 1e16, 1e16 - 1));
        anchorC.anchor(_root(2), CID, 1, 10, 2, 2, keccak256("r"), 1e16 - 1);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.SeqGap.selector, 2, 1));
        anchorC.anchor(_root(2), CID, 1, 0, 1, 1, keccak256("r"), 1e16);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.SeqGap.selector, 2, 3));
        anchorC.anchor(_root(2), CID, 1, 0, 3, 3, keccak256("r"), 1e16);
        vm.stopPrank();
    }

    function test_anchor_suspendedOperatorRefused() public {
        _register(op1, payout1, 4 * MIN_BOND);
        vm.prank(dispute);
        anchorC.suspendOperator(op1, treasury);
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.OperatorNotActive.selector, op1));
        anchorC.anchor(_root(1), CID, 1, 0, 1, 1, bytes32(0), 0);
    }

    function test_anchor_minBondRaisedMakesInactive() public {
        _register(op1, payout1, MIN_BOND);
        vm.prank(admin);
        anchorC.setMinBond(MIN_BOND + 1);
        assertFalse(anchorC.isActiveOperator(op1));
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.OperatorNotActive.selector, op1));
        anchorC.anchor(_root(1), CID, 1, 0, 1, 1, bytes32(0), 0);
        vm.prank(op1);
        anchorC.addBond(1);
        assertTrue(anchorC.isActiveOperator(op1));
    }

    function testFuzz_anchor_sequenceRules(uint64 first, uint64 count, uint64 last) public {
        _register(op1, payout1, MIN_BOND);
        _anchor(op1, 7, 0, bytes32(0), 0); // lastSeq = 7
        count = uint64(bound(count, 1, 1_000_000));
        vm.prank(op1);
        bool ok = first == 8 && last >= first && uint256(last) - first + 1 == count;
        if (!ok) vm.expectRevert();
        anchorC.anchor(_root(99), CID, count, 0, first, last, bytes32(0), 0);
        assertEq(anchorC.operatorInfo(op1).lastSeq, ok ? last : 7);
        assertEq(anchorC.batchCount(), ok ? 2 : 1);
    }

    function testFuzz_anchor_rewardsGrowthBound(uint64 billable, uint256 increase, uint96 rate) public {
        billable = uint64(bound(billable, 0, 4 hours));
        vm.prank(admin);
        anchorC.setRewardRate(rate);
        _register(op1, payout1, MIN_BOND);
        _anchor(op1, 1, 0, bytes32(0), 0);
        uint256 max = uint256(rate) * billable;
        increase = bound(increase, 0, max > type(uint96).max ? type(uint96).max : max + 1);
        bool ok = increase <= max;
        if (!ok) vm.expectRevert(abi.encodeWithSelector(CDRAnchor.RewardsGrowthTooLarge.selector, increase, max));
        vm.prank(op1);
        anchorC.anchor(_root(2), CID, 1, billable, 2, 2, keccak256("r"), increase);
        assertEq(anchorC.operatorInfo(op1).rewardsTotal, ok ? increase : 0);
    }

    // ------------------------------------------------------------ invalidation and suspension

    function test_invalidate_rollsBackAndSlashes() public {
        _register(op1, payout1, 2000e18);
        vm.prank(op1);
        anchorC.requestUnbond(400e18); // bond 1600, unbonding 400: both slashable
        uint256 a = _anchor(op1, 10, 100, keccak256("ra"), 1e15 * 100);
        vm.warp(block.timestamp + _window()); // a final
        uint256 b = _anchor(op1, 10, 100, keccak256("rb"), 2e17);
        uint256 c = _anchor(op1, 5, 0, keccak256("rc"), 2e17);
        assertEq(anchorC.operatorInfo(op1).lastSeq, 25);

        uint256 slashAmount = (2000e18 * 5000) / 10_000;
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.BatchInvalidated(b, op1, c, a, 10, 1e17);
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.OperatorSlashed(op1, treasury, slashAmount, 600e18, 400e18);
        uint256 before = token.balanceOf(treasury);
        vm.prank(dispute);
        uint256 slashed = anchorC.invalidateBatch(b, treasury);
        assertEq(slashed, slashAmount);
        assertEq(token.balanceOf(treasury) - before, slashAmount);

        assertEq(uint256(anchorC.batchState(a)), uint256(ICDRAnchor.BatchState.Final));
        assertEq(uint256(anchorC.batchState(b)), uint256(ICDRAnchor.BatchState.Invalidated));
        assertEq(uint256(anchorC.batchState(c)), uint256(ICDRAnchor.BatchState.Invalidated));
        CDRAnchor.OperatorInfo memory info = anchorC.operatorInfo(op1);
        assertEq(info.lastSeq, 10);
        assertEq(info.lastBatchId, a);
        assertEq(info.lastRoot, _root(1));
        assertEq(info.rewardsTotal, 1e17);
        assertEq(info.bond, 600e18);
        assertEq(info.unbonding, 400e18);
        assertEq(info.epoch, 1);

        // Bond is now below the minimum: top up, then re-anchor the same range.
        vm.prank(op1);
        anchorC.addBond(1000e18);
        uint256 b2 = _anchor(op1, 10, 0, keccak256("rb2"), 1e17);
        assertEq(anchorC.batch(b2).firstSeq, 11);
        assertEq(anchorC.batch(b2).prevBatchId, a);
        assertEq(uint256(anchorC.batchState(b2)), uint256(ICDRAnchor.BatchState.Pending));
        assertEq(uint256(anchorC.batchState(b)), uint256(ICDRAnchor.BatchState.Invalidated));
        assertEq(uint256(anchorC.batchState(c)), uint256(ICDRAnchor.BatchState.Invalidated));
        vm.warp(block.timestamp + _window());
        assertEq(uint256(anchorC.batchState(b2)), uint256(ICDRAnchor.BatchState.Final));
        assertEq(uint256(anchorC.batchState(b)), uint256(ICDRAnchor.BatchState.Invalidated));
        assertFalse(anchorC.verifyCDR(b, _root(11), new bytes32[](0)));
        assertTrue(anchorC.verifyCDR(b2, _root(11), new bytes32[](0)));
    }

    function test_invalidate_olderEpochBatchCutsLaterEpochs() public {
        _register(op1, payout1, 100 * MIN_BOND);
        uint256 a = _anchor(op1, 10, 0, bytes32(0), 0); // 1..10, epoch 0
        uint256 b = _anchor(op1, 10, 0, bytes32(0), 0); // 11..20, epoch 0
        vm.prank(dispute);
        anchorC.invalidateBatch(b, treasury); // epoch 1, tip a
        uint256 b2 = _anchor(op1, 10, 0, bytes32(0), 0); // 11..20, epoch 1
        uint256 c2 = _anchor(op1, 10, 0, bytes32(0), 0); // 21..30, epoch 1
        vm.prank(dispute);
        anchorC.invalidateBatch(c2, treasury); // epoch 2, tip b2
        uint256 c3 = _anchor(op1, 5, 0, bytes32(0), 0); // 21..25, epoch 2
        assertEq(uint256(anchorC.batchState(a)), uint256(ICDRAnchor.BatchState.Pending));
        assertEq(uint256(anchorC.batchState(b2)), uint256(ICDRAnchor.BatchState.Pending));
        assertEq(uint256(anchorC.batchState(c3)), uint256(ICDRAnchor.BatchState.Pending));

        // Invalidating a (epoch 0) takes every later batch with it, across epochs.
        vm.prank(dispute);
        anchorC.invalidateBatch(a, treasury);
        uint256[5] memory all = [a, b, b2, c2, c3];
        for (uint256 i = 0; i < all.length; ++i) {
            assertEq(uint256(anchorC.batchState(all[i])), uint256(ICDRAnchor.BatchState.Invalidated));
        }
        CDRAnchor.OperatorInfo memory info = anchorC.operatorInfo(op1);
        assertEq(info.lastSeq, 0);
        assertEq(info.lastBatchId, 0);
        assertEq(info.lastRoot, bytes32(0));
        assertEq(info.epoch, 3);
        uint256 fresh = _anchor(op1, 3, 0, bytes32(0), 0);
        assertEq(anchorC.batch(fresh).firstSeq, 1);
        assertEq(anchorC.batch(fresh).prevBatchId, 0);
        assertEq(uint256(anchorC.batchState(fresh)), uint256(ICDRAnchor.BatchState.Pending));
        for (uint256 i = 0; i < all.length; ++i) {
            assertEq(uint256(anchorC.batchState(all[i])), uint256(ICDRAnchor.BatchState.Invalidated));
        }
    }

    function test_invalidate_reverts() public {
        _register(op1, payout1, MIN_BOND);
        uint256 a = _anchorSimple(op1);
        vm.startPrank(dispute);
        vm.expectRevert(CDRAnchor.ZeroAddress.selector);
        anchorC.invalidateBatch(a, address(0));
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.BatchNotPending.selector, 77, ICDRAnchor.BatchState.None));
        anchorC.invalidateBatch(77, treasury);
        vm.warp(block.timestamp + _window());
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.BatchNotPending.selector, a, ICDRAnchor.BatchState.Final));
        anchorC.invalidateBatch(a, treasury);
        vm.stopPrank();
        vm.prank(op1);
        anchorC.addBond(MIN_BOND);
        uint256 b = _anchorSimple(op1);
        vm.prank(dispute);
        anchorC.invalidateBatch(b, treasury);
        vm.prank(dispute);
        vm.expectRevert(
            abi.encodeWithSelector(CDRAnchor.BatchNotPending.selector, b, ICDRAnchor.BatchState.Invalidated)
        );
        anchorC.invalidateBatch(b, treasury);
    }

    function test_invalidate_epochLimit() public {
        _register(op1, payout1, 100 * MIN_BOND);
        // Put the operator at epoch 65534 (_operators is slot 6; epoch is bits 8..23 of its slot 1).
        bytes32 base = keccak256(abi.encode(op1, uint256(6)));
        uint256 mask = uint256(0xffff) << 8;
        uint256 w1 = uint256(vm.load(address(anchorC), base));
        vm.store(address(anchorC), base, bytes32((w1 & ~mask) | (uint256(65_534) << 8)));
        assertEq(anchorC.operatorInfo(op1).epoch, 65_534);
        uint256 id = _anchorSimple(op1);
        assertEq(uint256(anchorC.batchState(id)), uint256(ICDRAnchor.BatchState.Pending));
        vm.prank(dispute);
        vm.expectRevert(CDRAnchor.TooManyInvalidations.selector);
        anchorC.invalidateBatch(id, treasury);
    }

    function test_suspend() public {
        _register(op1, payout1, 2000e18);
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.OperatorSuspended(op1, treasury, 1000e18);
        vm.prank(dispute);
        uint256 slashed = anchorC.suspendOperator(op1, treasury);
        assertEq(slashed, 1000e18);
        assertEq(token.balanceOf(treasury), GENESIS_EACH + 1000e18);
        CDRAnchor.OperatorInfo memory info = anchorC.operatorInfo(op1);
        assertEq(uint256(info.status), uint256(CDRAnchor.Status.Suspended));
        assertFalse(info.active);
        assertFalse(anchorC.isActiveOperator(op1));
        assertEq(info.bond, 1000e18);
        // suspending again slashes again; a suspended operator can still unbond after the delay
        vm.prank(dispute);
        assertEq(anchorC.suspendOperator(op1, treasury), 500e18);
        vm.prank(op1);
        anchorC.requestUnbond(500e18);
        vm.warp(block.timestamp + 7 days);
        vm.prank(op1);
        anchorC.withdrawUnbonded();
        assertEq(token.balanceOf(payout1), 500e18);
    }

    function test_suspend_reverts() public {
        vm.startPrank(dispute);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.NotRegistered.selector, op1));
        anchorC.suspendOperator(op1, treasury);
        vm.expectRevert(CDRAnchor.ZeroAddress.selector);
        anchorC.suspendOperator(op1, address(0));
        vm.stopPrank();
    }

    function test_slash_takesFromUnbondingWhenBondTooSmall() public {
        _register(op1, payout1, 1000e18);
        vm.prank(admin);
        anchorC.setSlashBps(9000);
        vm.prank(op1);
        anchorC.requestUnbond(800e18); // bond 200, unbonding 800, slash 900
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.OperatorSlashed(op1, treasury, 900e18, 0, 100e18);
        vm.prank(dispute);
        assertEq(anchorC.suspendOperator(op1, treasury), 900e18);
        assertEq(token.balanceOf(address(anchorC)), 100e18);
    }

    // ------------------------------------------------------------ claims

    /// @dev op1 anchors a final batch whose rewards tree pays alice `x` and bob `y`.

    function test_claim_paysDifferenceAndRepeatRefused() public {
        _register(op1, payout1, MIN_BOND);
        (uint256 id, bytes32[] memory leaves) = _rewardBatch(3e18, 4e18, 7e18);
        uint256 supply = token.totalSupply();
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.RewardClaimed(op1, id, alice, 3e18, 3e18);
        vm.prank(stranger); // a relayer: only alice is paid
        uint256 amount = anchorC.claim(op1, id, alice, 3e18, TestMerkle.proof(leaves, 0));
        assertEq(amount, 3e18);
        assertEq(token.balanceOf(alice), 3e18);
        assertEq(token.balanceOf(stranger), 0);
        assertEq(token.totalSupply(), supply + 3e18);
        assertEq(anchorC.claimed(op1, alice), 3e18);
        assertEq(anchorC.paid(op1), 3e18);
        assertEq(anchorC.operatorInfo(op1).paid, 3e18);

        bytes32[] memory p0 = TestMerkle.proof(leaves, 0);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.NothingToClaim.selector, 3e18, 3e18));
        anchorC.claim(op1, id, alice, 3e18, p0);

        // next batch: alice's cumulative grows to 5e18; she gets the 2e18 difference
        (uint256 id2, bytes32[] memory leaves2) = _rewardBatch(5e18, 4e18, 9e18);
        bytes32[] memory p = TestMerkle.proof(leaves2, 0);
        // the older root stays claimable (issue 13): alice has nothing new in it
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.NothingToClaim.selector, 3e18, 3e18));
        anchorC.claim(op1, id, alice, 3e18, p0);
        assertEq(anchorC.claim(op1, id2, alice, 5e18, p), 2e18);
        assertEq(token.balanceOf(alice), 5e18);
        assertEq(anchorC.claim(op1, id2, bob, 4e18, TestMerkle.proof(leaves2, 1)), 4e18);
        assertEq(anchorC.paid(op1), 9e18);
    }

    function test_claim_reverts() public {
        _register(op1, payout1, MIN_BOND);
        _register(op2, payout2, MIN_BOND);
        (uint256 id, bytes32[] memory leaves) = _rewardBatch(3e18, 4e18, 7e18);
        bytes32[] memory p0 = TestMerkle.proof(leaves, 0);

        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.UnknownBatch.selector, 99));
        anchorC.claim(op1, 99, alice, 3e18, p0);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.WrongOperator.selector, id, op2));
        anchorC.claim(op2, id, alice, 3e18, p0);
        vm.expectRevert(CDRAnchor.InvalidProof.selector);
        anchorC.claim(op1, id, alice, 3e18 + 1, p0);
        vm.expectRevert(CDRAnchor.InvalidProof.selector);
        anchorC.claim(op1, id, bob, 3e18, p0);
        vm.expectRevert(CDRAnchor.InvalidProof.selector);
        anchorC.claim(op1, id, alice, 3e18, new bytes32[](0));

        // a pending batch is not claimable; its predecessor stays the newest final one
        (address[] memory acc, uint256[] memory amt) = _pair(alice, 5e18, bob, 4e18);
        bytes32[] memory leaves2 = _rewardLeaves(acc, amt);
        uint256 id2 = _anchor(op1, 10, 3000, TestMerkle.root(leaves2), 9e18);
        bytes32[] memory q0 = TestMerkle.proof(leaves2, 0);
        vm.expectRevert(
            abi.encodeWithSelector(CDRAnchor.BatchNotClaimable.selector, id2, ICDRAnchor.BatchState.Pending)
        );
        anchorC.claim(op1, id2, alice, 5e18, q0);
        assertEq(anchorC.latestFinalBatch(op1), id);
        anchorC.claim(op1, id, alice, 3e18, p0);

        // invalidated: not claimable, and the older batch is the newest final one again
        vm.prank(dispute);
        anchorC.invalidateBatch(id2, treasury);
        vm.warp(block.timestamp + _window());
        vm.expectRevert(
            abi.encodeWithSelector(CDRAnchor.BatchNotClaimable.selector, id2, ICDRAnchor.BatchState.Invalidated)
        );
        anchorC.claim(op1, id2, alice, 5e18, q0);
        assertEq(anchorC.latestFinalBatch(op1), id);
        anchorC.claim(op1, id, bob, 4e18, TestMerkle.proof(leaves, 1));
        assertEq(anchorC.paid(op1), 7e18);
    }

    function test_claim_neverExceedsDeclaredTotal() public {
        _register(op1, payout1, MIN_BOND);
        // The tree promises 3 + 4 but the batch declares only 5.
        (uint256 id, bytes32[] memory leaves) = _rewardBatch(3e18, 4e18, 5e18);
        anchorC.claim(op1, id, alice, 3e18, TestMerkle.proof(leaves, 0));
        bytes32[] memory p1 = TestMerkle.proof(leaves, 1);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.ExceedsDeclaredTotal.selector, 7e18, 5e18));
        anchorC.claim(op1, id, bob, 4e18, p1);
        assertEq(anchorC.paid(op1), 3e18);
        assertEq(token.balanceOf(bob), 0);
    }

    function test_claimMany() public {
        _register(op1, payout1, MIN_BOND);
        (uint256 id, bytes32[] memory leaves) = _rewardBatch(3e18, 4e18, 7e18);
        CDRAnchor.Claim[] memory cs = new CDRAnchor.Claim[](2);
        cs[0] = CDRAnchor.Claim(op1, id, alice, 3e18, TestMerkle.proof(leaves, 0));
        cs[1] = CDRAnchor.Claim(op1, id, bob, 4e18, TestMerkle.proof(leaves, 1));
        vm.prank(stranger);
        assertEq(anchorC.claimMany(cs), 7e18);
        assertEq(token.balanceOf(alice), 3e18);
        assertEq(token.balanceOf(bob), 4e18);
        assertEq(anchorC.paid(op1), 7e18);
        // all or nothing
        (uint256 id2, bytes32[] memory leaves2) = _rewardBatch(5e18, 4e18, 9e18);
        cs[0] = CDRAnchor.Claim(op1, id2, alice, 5e18, TestMerkle.proof(leaves2, 0));
        cs[1] = CDRAnchor.Claim(op1, id2, bob, 4e18, TestMerkle.proof(leaves2, 1)); // nothing new
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.NothingToClaim.selector, 4e18, 4e18));
        anchorC.claimMany(cs);
        assertEq(token.balanceOf(alice), 3e18);
        assertEq(anchorC.claimMany(new CDRAnchor.Claim[](0)), 0);
    }

    /// @dev Random cumulative amounts over several batches: each claim pays exactly the increase,
    /// repeats pay nothing, and the operator's paid sum equals what the accounts received.
    function testFuzz_claim_cumulative(uint96[6] memory raw, uint8 claimMask) public {
        vm.prank(admin);
        anchorC.setMaxDailySeconds(type(uint48).max);
        _register(op1, payout1, MIN_BOND);
        uint256 a;
        uint256 b;
        uint256 paidSum;
        for (uint256 round = 0; round < 3; ++round) {
            a += bound(raw[2 * round], 0, 1e24);
            b += bound(raw[2 * round + 1], 0, 1e24);
            (uint256 id, bytes32[] memory leaves) = _rewardBatch(a, b, a + b);
            for (uint256 who = 0; who < 2; ++who) {
                if ((claimMask >> (2 * round + who)) & 1 == 0) continue;
                address account = who == 0 ? alice : bob;
                uint256 cum = who == 0 ? a : b;
                uint256 already = anchorC.claimed(op1, account);
                bytes32[] memory p = TestMerkle.proof(leaves, who);
                if (cum <= already) {
                    vm.expectRevert(abi.encodeWithSelector(CDRAnchor.NothingToClaim.selector, cum, already));
                    anchorC.claim(op1, id, account, cum, p);
                } else {
                    assertEq(anchorC.claim(op1, id, account, cum, p), cum - already);
                    paidSum += cum - already;
                    vm.expectRevert(abi.encodeWithSelector(CDRAnchor.NothingToClaim.selector, cum, cum));
                    anchorC.claim(op1, id, account, cum, p);
                }
                assertEq(token.balanceOf(account), anchorC.claimed(op1, account));
            }
        }
        assertEq(anchorC.paid(op1), paidSum);
        assertEq(token.totalSupply(), token.genesisSupply() + paidSum);
        assertLe(anchorC.paid(op1), a + b);
    }

    // ------------------------------------------------------------ views and leaves

    function test_latestFinalBatch() public {
        _register(op1, payout1, MIN_BOND);
        assertEq(anchorC.latestFinalBatch(op1), 0);
        uint256 a = _anchorSimple(op1);
        assertEq(anchorC.latestFinalBatch(op1), 0);
        vm.warp(block.timestamp + 10 minutes);
        uint256 b = _anchorSimple(op1);
        vm.warp(block.timestamp + 50 minutes);
        assertEq(anchorC.latestFinalBatch(op1), a);
        vm.warp(block.timestamp + 10 minutes);
        assertEq(anchorC.latestFinalBatch(op1), b);
    }

    function test_verifyCDR_and_leaves() public {
        CDRLeaf.CDR[] memory cdrs = new CDRLeaf.CDR[](3);
        bytes32[] memory leaves = new bytes32[](3);
        for (uint256 i = 0; i < 3; ++i) {
            cdrs[i] = _cdr(op1, uint64(i + 1));
            leaves[i] = anchorC.cdrLeaf(cdrs[i]);
            assertEq(leaves[i], _manualLeaf(cdrs[i]));
        }
        _register(op1, payout1, MIN_BOND);
        vm.prank(op1);
        uint256 id = anchorC.anchor(TestMerkle.root(leaves), CID, 3, 0, 1, 3, bytes32(0), 0);
        for (uint256 i = 0; i < 3; ++i) {
            assertTrue(anchorC.verifyCDR(id, leaves[i], TestMerkle.proof(leaves, i)));
        }
        cdrs[1].billableSeconds += 1;
        assertFalse(anchorC.verifyCDR(id, anchorC.cdrLeaf(cdrs[1]), TestMerkle.proof(leaves, 1)));
        assertFalse(anchorC.verifyCDR(id, leaves[0], TestMerkle.proof(leaves, 1)));
        assertFalse(anchorC.verifyCDR(id + 1, leaves[0], TestMerkle.proof(leaves, 0)));
        assertEq(anchorC.rewardLeaf(alice, 5), keccak256(bytes.concat(keccak256(abi.encode(alice, uint256(5))))));
        assertEq(anchorC.rewardLeaf(alice, 5), CDRLeaf.rewardHash(alice, 5));
    }

    /// @dev CDRLeaf.hash (abi.encode of the struct) equals the field-by-field encoding written out
    /// in two halves, and CDRAnchor.cdrLeaf, for any CDR.
    function testFuzz_cdrLeaf_hashMatchesFieldEncoding(CDRLeaf.CDR memory c) public view {
        bytes32 leaf = CDRLeaf.hash(c);
        assertEq(leaf, _manualLeaf(c));
        assertEq(leaf, anchorC.cdrLeaf(c));
    }

    function test_verifyReward() public {
        _register(op1, payout1, MIN_BOND);
        (uint256 id, bytes32[] memory leaves) = _rewardBatch(3e18, 4e18, 7e18);
        assertTrue(anchorC.verifyReward(id, bob, 4e18, TestMerkle.proof(leaves, 1)));
        assertFalse(anchorC.verifyReward(id, bob, 4e18 + 1, TestMerkle.proof(leaves, 1)));
        assertFalse(anchorC.verifyReward(id + 5, bob, 4e18, TestMerkle.proof(leaves, 1)));
    }

    function _cdr(address op, uint64 seq) internal pure returns (CDRLeaf.CDR memory c) {
        c.operator = op;
        c.seq = seq;
        c.callId = keccak256(abi.encode("call", seq));
        c.callerCommit = CDRLeaf.numberCommit("+14155550100", bytes32(uint256(seq)));
        c.calleeCommit = CDRLeaf.numberCommit("+442071838750", bytes32(uint256(seq) + 1));
        c.setupTime = 1_700_000_000 + seq;
        c.answerTime = 1_700_000_003 + seq;
        c.endTime = 1_700_000_063 + seq;
        c.billableSeconds = 60;
        c.sipStatus = 200;
        c.q850Cause = 16;
        c.origOperator = op;
        c.termOperator = address(0xBEEF);
        c.mos = 431;
        c.side = CDRLeaf.SIDE_ORIGINATING;
    }

    /// @dev The CDRLeaf field order written out (two abi.encode halves of static words).
    function _manualLeaf(CDRLeaf.CDR memory c) internal pure returns (bytes32) {
        bytes memory head =
            abi.encode(c.operator, c.seq, c.callId, c.callerCommit, c.calleeCommit, c.setupTime, c.answerTime);
        bytes memory tail =
            abi.encode(c.endTime, c.billableSeconds, c.sipStatus, c.q850Cause, c.origOperator, c.termOperator, c.mos, c.side);
        return keccak256(bytes.concat(keccak256(bytes.concat(head, tail))));
    }
}

/// @notice Dispute freezes: a batch under dispute, and every later batch of its operator, stay
/// Pending (not final, not claimable) until DisputeVoting releases the freeze.
contract CDRAnchorFreezeTest is CDRAnchorBase {
    /// @dev Three batches of op1 with growing rewards trees (alice, bob); a is final, b and c pending.
    function _threeRewardBatches()
        internal
        returns (uint256 a, uint256 b, uint256 c, bytes32[] memory la, bytes32[] memory lb, bytes32[] memory lc)
    {
        _register(op1, payout1, 4 * MIN_BOND);
        (a, la) = _rewardBatch(1e18, 1e18, 2e18); // final after the warp
        (address[] memory acc, uint256[] memory amt) = _pair(alice, 2e18, bob, 2e18);
        lb = _rewardLeaves(acc, amt);
        b = _anchor(op1, 10, 2001, TestMerkle.root(lb), 4e18);
        (acc, amt) = _pair(alice, 3e18, bob, 3e18);
        lc = _rewardLeaves(acc, amt);
        c = _anchor(op1, 10, 2001, TestMerkle.root(lc), 6e18);
    }

    function _state(uint256 id) internal view returns (ICDRAnchor.BatchState) {
        return anchorC.batchState(id);
    }

    function test_freeze_keepsBatchAndLaterPendingUntilInvalidated() public {
        (uint256 a, uint256 b, uint256 c, bytes32[] memory la, bytes32[] memory lb,) = _threeRewardBatches();
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.BatchFrozen(b, op1, 1, b);
        vm.prank(dispute);
        anchorC.freezeBatch(b);
        (uint256 freezes, uint256 from) = anchorC.freezeOf(b);
        assertEq(freezes, 1);
        assertEq(from, b);
        (freezes, from) = anchorC.freezeOf(c);
        assertEq(freezes, 0);
        assertEq(from, b);

        // A dispute lasts days: b and c stay Pending long after their challenge window.
        vm.warp(block.timestamp + 10 days);
        assertEq(uint256(_state(a)), uint256(ICDRAnchor.BatchState.Final));
        assertEq(uint256(_state(b)), uint256(ICDRAnchor.BatchState.Pending));
        assertEq(uint256(_state(c)), uint256(ICDRAnchor.BatchState.Pending));
        assertEq(anchorC.batch(b).state == ICDRAnchor.BatchState.Pending, true);
        assertEq(anchorC.latestFinalBatch(op1), a);
        // A batch anchored during the dispute chains on b, so it stays Pending too.
        uint256 d = _anchor(op1, 10, 0, keccak256("rd"), 6e18);
        vm.warp(block.timestamp + 2 * _window());
        assertEq(uint256(_state(d)), uint256(ICDRAnchor.BatchState.Pending));
        assertEq(anchorC.latestFinalBatch(op1), a);

        // Nobody claims against a frozen root; the newest unfrozen final root (a) still pays.
        bytes32[] memory pb = TestMerkle.proof(lb, 0);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.BatchNotClaimable.selector, b, ICDRAnchor.BatchState.Pending));
        anchorC.claim(op1, b, alice, 2e18, pb);
        assertEq(anchorC.claim(op1, a, alice, 1e18, TestMerkle.proof(la, 0)), 1e18);

        // The upheld dispute can still invalidate and slash: b, c and d go.
        vm.prank(dispute);
        uint256 slashed = anchorC.invalidateBatch(b, treasury);
        assertEq(slashed, 2 * MIN_BOND);
        assertEq(uint256(_state(b)), uint256(ICDRAnchor.BatchState.Invalidated));
        assertEq(uint256(_state(c)), uint256(ICDRAnchor.BatchState.Invalidated));
        assertEq(uint256(_state(d)), uint256(ICDRAnchor.BatchState.Invalidated));
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.BatchUnfrozen(b, op1, 0, 0);
        vm.prank(dispute);
        anchorC.unfreezeBatch(b);
        (freezes, from) = anchorC.freezeOf(b);
        assertEq(freezes, 0);
        assertEq(from, 0);
        assertEq(uint256(_state(b)), uint256(ICDRAnchor.BatchState.Invalidated));
        assertEq(anchorC.latestFinalBatch(op1), a);
        // The operator re-anchors the range; it becomes final by time again.
        vm.prank(op1);
        anchorC.addBond(MIN_BOND);
        uint256 b2 = _anchor(op1, 10, 0, keccak256("rb2"), 2e18);
        vm.warp(block.timestamp + _window());
        assertEq(uint256(_state(b2)), uint256(ICDRAnchor.BatchState.Final));
        assertEq(anchorC.latestFinalBatch(op1), b2);
    }

    function test_freeze_releasedByFailedDisputeMakesBatchesFinal() public {
        (uint256 a, uint256 b, uint256 c, bytes32[] memory la,, bytes32[] memory lc) = _threeRewardBatches();
        vm.prank(dispute);
        anchorC.freezeBatch(b);
        vm.warp(block.timestamp + 3 days);
        assertEq(anchorC.latestFinalBatch(op1), a);
        vm.prank(dispute);
        anchorC.unfreezeBatch(b);
        // Their windows are long over: final at once, and c is now the root to claim against.
        assertEq(uint256(_state(b)), uint256(ICDRAnchor.BatchState.Final));
        assertEq(uint256(_state(c)), uint256(ICDRAnchor.BatchState.Final));
        assertEq(anchorC.latestFinalBatch(op1), c);
        // Any final root pays: the older one first, then the newer one the difference.
        assertEq(anchorC.claim(op1, a, alice, 1e18, TestMerkle.proof(la, 0)), 1e18);
        assertEq(anchorC.claim(op1, c, alice, 3e18, TestMerkle.proof(lc, 0)), 2e18);
        // A final batch can no longer be invalidated nor frozen.
        vm.startPrank(dispute);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.BatchNotPending.selector, b, ICDRAnchor.BatchState.Final));
        anchorC.invalidateBatch(b, treasury);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.BatchNotPending.selector, c, ICDRAnchor.BatchState.Final));
        anchorC.freezeBatch(c);
        vm.stopPrank();
    }

    function test_freeze_eachCoversOnlyItsBatchAndWhatChainsOnIt() public {
        (uint256 a, uint256 b, uint256 c,,,) = _threeRewardBatches();
        vm.startPrank(dispute);
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.BatchFrozen(c, op1, 1, c);
        anchorC.freezeBatch(c);
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.BatchFrozen(b, op1, 1, b); // the lower batch holds from b on
        anchorC.freezeBatch(b);
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.BatchFrozen(c, op1, 2, b); // a second dispute on c
        anchorC.freezeBatch(c);
        vm.warp(block.timestamp + 5 days);
        assertEq(anchorC.latestFinalBatch(op1), a);
        // The dispute on b ends first: b is final at once, c stays frozen by its own disputes.
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.BatchUnfrozen(b, op1, 0, c);
        anchorC.unfreezeBatch(b);
        assertEq(uint256(_state(b)), uint256(ICDRAnchor.BatchState.Final));
        assertEq(uint256(_state(c)), uint256(ICDRAnchor.BatchState.Pending));
        assertEq(anchorC.latestFinalBatch(op1), b);
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.BatchUnfrozen(c, op1, 1, c);
        anchorC.unfreezeBatch(c);
        assertEq(uint256(_state(c)), uint256(ICDRAnchor.BatchState.Pending));
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.BatchUnfrozen(c, op1, 0, 0);
        anchorC.unfreezeBatch(c);
        vm.stopPrank();
        assertEq(uint256(_state(b)), uint256(ICDRAnchor.BatchState.Final));
        assertEq(uint256(_state(c)), uint256(ICDRAnchor.BatchState.Final));
        assertEq(anchorC.latestFinalBatch(op1), c);
    }

    function test_freeze_onlyThatOperator() public {
        _register(op1, payout1, MIN_BOND);
        _register(op2, payout2, MIN_BOND);
        uint256 x = _anchorSimple(op1);
        uint256 y = _anchorSimple(op2);
        vm.prank(dispute);
        anchorC.freezeBatch(x);
        vm.warp(block.timestamp + _window());
        assertEq(uint256(_state(x)), uint256(ICDRAnchor.BatchState.Pending));
        assertEq(uint256(_state(y)), uint256(ICDRAnchor.BatchState.Final));
        (uint256 freezes, uint256 from) = anchorC.freezeOf(y);
        assertEq(freezes, 0);
        assertEq(from, 0);
    }

    function test_freeze_reverts() public {
        _register(op1, payout1, 2 * MIN_BOND);
        uint256 a = _anchorSimple(op1);
        vm.startPrank(dispute);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.BatchNotPending.selector, 77, ICDRAnchor.BatchState.None));
        anchorC.freezeBatch(77);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.UnknownBatch.selector, 77));
        anchorC.unfreezeBatch(77);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.NotFrozen.selector, a));
        anchorC.unfreezeBatch(a);
        vm.warp(block.timestamp + _window());
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.BatchNotPending.selector, a, ICDRAnchor.BatchState.Final));
        anchorC.freezeBatch(a);
        uint256 b = _anchorSimpleAs(op1);
        anchorC.invalidateBatch(b, treasury);
        vm.expectRevert(
            abi.encodeWithSelector(CDRAnchor.BatchNotPending.selector, b, ICDRAnchor.BatchState.Invalidated)
        );
        anchorC.freezeBatch(b);
        vm.stopPrank();
    }

    /// @dev _anchorSimple from inside a prank of someone else.
    function _anchorSimpleAs(address op) internal returns (uint256 id) {
        vm.stopPrank();
        id = _anchorSimple(op);
        vm.startPrank(dispute);
    }

    /// @dev Fuzz: whatever freezes are open, no batch at or after the lowest frozen one is
    /// Final or claimable, and every batch before it is Final once its window has passed.
    function testFuzz_freeze_rangeNeverFinal(uint8 nBatches, uint256 frozenMask, uint256 releaseMask, uint32 wait)
        public
    {
        uint256 n = bound(nBatches, 1, 12);
        _register(op1, payout1, MIN_BOND);
        uint256[] memory ids = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            ids[i] = _anchorSimple(op1);
        }
        uint256 open;
        uint256 lowest = type(uint256).max;
        vm.startPrank(dispute);
        for (uint256 i = 0; i < n; ++i) {
            if ((frozenMask >> i) & 1 == 1) {
                anchorC.freezeBatch(ids[i]);
                if ((releaseMask >> i) & 1 == 1) {
                    anchorC.unfreezeBatch(ids[i]);
                } else {
                    ++open;
                    if (i < lowest) lowest = i;
                }
            }
        }
        vm.stopPrank();
        vm.warp(block.timestamp + bound(wait, 0, 30 days));
        bool windowOver = block.timestamp >= anchorC.batch(ids[n - 1]).finalAt;
        (, uint256 from) = anchorC.freezeOf(ids[0]);
        assertEq(from, open > 0 ? ids[lowest] : 0);
        for (uint256 i = 0; i < n; ++i) {
            ICDRAnchor.BatchState s = _state(ids[i]);
            if (open > 0 && i >= lowest) assertEq(uint256(s), uint256(ICDRAnchor.BatchState.Pending));
            else if (windowOver) assertEq(uint256(s), uint256(ICDRAnchor.BatchState.Final));
        }
        uint256 fin = anchorC.latestFinalBatch(op1);
        if (!windowOver) assertEq(fin, 0);
        else if (open == 0) assertEq(fin, ids[n - 1]);
        else assertEq(fin, lowest == 0 ? 0 : ids[lowest - 1]);
    }
}

/// @notice Cross-check against the reference StandardMerkleTree implementation: test/merkle/tree.js
/// builds trees with OpenZeppelin's merkle-tree npm package over pseudo-random values in DOTS's
/// leaf encoding (run through vm.ffi), and CDRAnchor must agree on every leaf and proof.
contract CDRAnchorMerkleTreeTest is CDRAnchorBase {
    function _tree(string memory kind, string memory seed, uint256 count) internal returns (bytes memory) {
        string[] memory cmd = new string[](5);
        cmd[0] = "node";
        cmd[1] = "test/merkle/tree.js";
        cmd[2] = kind;
        cmd[3] = seed;
        cmd[4] = vm.toString(count);
        return vm.ffi(cmd);
    }

    function _checkCdrTree(string memory seed, uint256 count) internal {
        (bytes32 root, CDRLeaf.CDR[] memory cdrs, bytes32[] memory leaves, bytes32[][] memory proofs) =
            abi.decode(_tree("cdr", seed, count), (bytes32, CDRLeaf.CDR[], bytes32[], bytes32[][]));
        assertEq(cdrs.length, count);
        uint64 first = anchorC.operatorInfo(op1).lastSeq + 1;
        vm.prank(op1);
        uint256 id = anchorC.anchor(root, CID, uint64(count), 0, first, first + uint64(count) - 1, bytes32(0), 0);
        for (uint256 i = 0; i < count; ++i) {
            assertEq(anchorC.cdrLeaf(cdrs[i]), leaves[i], "leaf encoding differs from merkle-tree's");
            assertTrue(anchorC.verifyCDR(id, leaves[i], proofs[i]), "merkle-tree proof refused");
        }
        // Tamper with one field of one CDR at a time: the proof no longer verifies.
        uint256 k = count / 2;
        CDRLeaf.CDR memory c = cdrs[k];
        c.billableSeconds += 1;
        assertFalse(anchorC.verifyCDR(id, anchorC.cdrLeaf(c), proofs[k]));
        c = cdrs[k];
        c.billableSeconds -= 1;
        c.callerCommit = c.calleeCommit;
        assertFalse(anchorC.verifyCDR(id, anchorC.cdrLeaf(c), proofs[k]));
        // The other side's CDR of the same call is another leaf: a side cannot be swapped.
        c = cdrs[k];
        c.side = c.side == CDRLeaf.SIDE_ORIGINATING ? CDRLeaf.SIDE_TERMINATING : CDRLeaf.SIDE_ORIGINATING;
        assertFalse(anchorC.verifyCDR(id, anchorC.cdrLeaf(c), proofs[k]));
        if (count > 1) assertFalse(anchorC.verifyCDR(id, leaves[(k + 1) % count], proofs[k]));
    }

    function test_ffi_cdrTrees() public {
        _register(op1, payout1, MIN_BOND);
        _checkCdrTree("a", 1);
        _checkCdrTree("b", 2);
        _checkCdrTree("c", 3);
        _checkCdrTree("d", 37);
        _checkCdrTree("e", 256);
    }

    function test_ffi_rewardsTreeAndClaims() public {
        _register(op1, payout1, MIN_BOND);
        (
            bytes32 root,
            address[] memory accounts,
            uint256[] memory amounts,
            bytes32[] memory leaves,
            bytes32[][] memory proofs
        ) = abi.decode(_tree("rewards", "r1", 25), (bytes32, address[], uint256[], bytes32[], bytes32[][]));
        uint256 total;
        for (uint256 i = 0; i < accounts.length; ++i) {
            assertEq(anchorC.rewardLeaf(accounts[i], amounts[i]), leaves[i]);
            total += amounts[i];
        }
        uint256 id = _anchor(op1, 10, uint64(total / 1e15) + 1, root, total);
        vm.warp(block.timestamp + _window());
        uint256 supply = token.totalSupply();
        for (uint256 i = 0; i < accounts.length; ++i) {
            assertTrue(anchorC.verifyReward(id, accounts[i], amounts[i], proofs[i]));
            bytes32[] memory p = proofs[i];
            vm.expectRevert(CDRAnchor.InvalidProof.selector);
            anchorC.claim(op1, id, accounts[i], amounts[i] + 1, p);
            assertEq(anchorC.claim(op1, id, accounts[i], amounts[i], p), amounts[i]);
            assertEq(token.balanceOf(accounts[i]), amounts[i]);
        }
        assertEq(anchorC.paid(op1), total);
        assertEq(token.totalSupply(), supply + total);
    }
}
