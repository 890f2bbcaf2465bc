// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CDRAnchorBase, TestMerkle} from "./CDRAnchor.t.sol";
import {CDRAnchor} from "../contracts/CDRAnchor.sol";
import {RewardToken} from "../contracts/RewardToken.sol";
import {CDRLeaf} from "../contracts/libraries/CDRLeaf.sol";
import {ICDRAnchor} from "../contracts/interfaces/ICDRAnchor.sol";

/// @notice The attacks of issue 13 on CDRAnchor and RewardToken (items 1, 2, 4, 13, 14). Each test
/// is the attack that succeeded before the fix (see the commit that added this file), now failing.
contract CDRAnchorAttacksTest is CDRAnchorBase {
    function setUp() public override {
        super.setUp();
        _register(op1, payout1, MIN_BOND);
    }

    // ------------------------------------------------------------ 1: reward inflation

    /// @dev Was: one CDR declaring 2^64-1 seconds let the total reach uint96 max, claimable after
    /// one quiet window.
    function test_attack1_inflation_oneCdrHugeSeconds_refused() public {
        uint256 total = type(uint96).max;
        bytes32[] memory leaves = new bytes32[](2);
        leaves[0] = CDRLeaf.rewardHash(op1, total);
        leaves[1] = CDRLeaf.rewardHash(alice, 1);
        uint64 first = 1;
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.BillableTooLarge.selector, type(uint64).max, 4 hours));
        anchorC.anchor(_root(first), CID, 1, type(uint64).max, 1, 1, TestMerkle.root(leaves), total);
        // the most one CDR can declare is the longest call, so the most it can mint is rate x that
        uint256 maxOne = anchorC.rewardRate() * 4 hours;
        leaves[0] = CDRLeaf.rewardHash(op1, maxOne);
        uint256 id = _anchor(op1, 1, 4 hours, TestMerkle.root(leaves), maxOne);
        vm.warp(block.timestamp + _window());
        anchorC.claim(op1, id, op1, maxOne, TestMerkle.proof(leaves, 0));
        assertEq(token.totalSupply(), token.genesisSupply() + maxOne);
    }

    /// @dev Many fake batches in a day: the operator's daily seconds bound stops them.
    function test_attack1_inflation_dailyBound() public {
        vm.prank(admin);
        anchorC.setMaxDailySeconds(1_000_000);
        // 1,000,000 seconds fit (exactly), the next second of the same UTC day does not
        _anchor(op1, 100, 1_000_000, keccak256("r"), 1_000_000 * 1e15);
        uint64 first = anchorC.operatorInfo(op1).lastSeq + 1;
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.DailySecondsExceeded.selector, 1_000_001, 1_000_000));
        anchorC.anchor(_root(first), CID, 1, 1, first, first, keccak256("r"), 1_000_001 * 1e15);
        // the next day starts afresh
        vm.warp((block.timestamp / 1 days + 1) * 1 days);
        _anchor(op1, 1, 1, keccak256("r"), 1_000_001 * 1e15);
        assertEq(anchorC.operatorInfo(op1).daySeconds, 1);
    }

    /// @dev Fuzz: an anchor is accepted iff its seconds fit the batch's CDRs and the day, and its
    /// growth fits rate x seconds.
    function testFuzz_anchor_secondsBounds(uint32 count, uint64 secs, uint64 used, uint256 growth) public {
        count = uint32(bound(count, 1, 1_000_000));
        used = uint64(bound(used, 0, 100_000_000));
        if (used > 0) _anchor(op1, uint64(used / 4 hours + 1), used, bytes32(0), 0);
        secs = uint64(bound(secs, 0, uint256(count) * 4 hours * 2));
        growth = bound(growth, 0, uint256(secs) * 1e15 + 1);
        bool ok = uint256(secs) <= uint256(count) * 4 hours && used + secs <= 100_000_000 && growth <= uint256(secs) * 1e15;
        uint64 first = anchorC.operatorInfo(op1).lastSeq + 1;
        vm.prank(op1);
        if (!ok) vm.expectRevert();
        anchorC.anchor(_root(first), CID, count, secs, first, first + count - 1, keccak256("r"), growth);
        assertEq(anchorC.operatorInfo(op1).rewardsTotal, ok ? growth : 0);
    }

    // ------------------------------------------------------------ 2: escaping a slash by unbonding

    /// @dev Was: unbond right after anchoring, withdraw while the batch is frozen by a dispute that
    /// outlasts the unbonding delay; the upheld dispute then slashed nothing.
    function test_attack2_unbondDuringDispute_refusedAndSlashed() public {
        uint256 id = _anchorSimple(op1);
        vm.prank(op1);
        anchorC.requestUnbond(MIN_BOND);
        vm.prank(dispute);
        anchorC.freezeBatch(id);
        vm.warp(block.timestamp + 7 days);
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.BatchesNotFinal.selector, id));
        anchorC.withdrawUnbonded();
        vm.prank(dispute);
        uint256 slashed = anchorC.invalidateBatch(id, treasury);
        assertEq(slashed, MIN_BOND / 2);
        // the invalidation removed the operator's only batch: the rest may leave now
        vm.prank(op1);
        anchorC.withdrawUnbonded();
        assertEq(token.balanceOf(payout1), MIN_BOND / 2);
    }

    /// @dev A Pending (not frozen) batch also holds the withdrawal until it is Final.
    function test_attack2_unbondWhilePending_waitsForFinal() public {
        vm.prank(admin);
        anchorC.setUnbondingDelay(0);
        uint256 id = _anchorSimple(op1);
        vm.prank(op1);
        anchorC.requestUnbond(MIN_BOND);
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.BatchesNotFinal.selector, id));
        anchorC.withdrawUnbonded();
        vm.warp(block.timestamp + _window());
        vm.prank(op1);
        anchorC.withdrawUnbonded();
        assertEq(token.balanceOf(payout1), MIN_BOND);
    }

    // ------------------------------------------------------------ 4: unbounded freezes

    /// @dev Was: a batch whose dispute was rejected stayed frozen while any later dispute on the
    /// same operator was open, so freezes could be chained.
    function test_attack4_freezeChain_liftedWithItsDispute() public {
        uint256 a = _anchorSimple(op1);
        uint256 b = _anchorSimple(op1);
        vm.startPrank(dispute);
        anchorC.freezeBatch(a);
        anchorC.freezeBatch(b);
        anchorC.unfreezeBatch(a); // a's dispute was rejected
        vm.stopPrank();
        vm.warp(block.timestamp + 30 days);
        assertEq(uint256(anchorC.batchState(a)), uint256(ICDRAnchor.BatchState.Final));
        // b's own dispute still holds b (and whatever chains on it)
        assertEq(uint256(anchorC.batchState(b)), uint256(ICDRAnchor.BatchState.Pending));
        uint256 c = _anchorSimple(op1);
        vm.warp(block.timestamp + 30 days);
        assertEq(uint256(anchorC.batchState(c)), uint256(ICDRAnchor.BatchState.Pending));
        vm.prank(dispute);
        anchorC.unfreezeBatch(b);
        assertEq(uint256(anchorC.batchState(c)), uint256(ICDRAnchor.BatchState.Final));
    }

    /// @dev A frozen batch invalidated by an earlier batch's dispute no longer holds the batches
    /// anchored after the rollback.
    function test_attack4_invalidatedFreezeHoldsNothing() public {
        uint256 a = _anchorSimple(op1);
        uint256 b = _anchorSimple(op1);
        vm.startPrank(dispute);
        anchorC.freezeBatch(b);
        anchorC.freezeBatch(a);
        anchorC.invalidateBatch(a, treasury); // b goes with it
        anchorC.unfreezeBatch(a);
        vm.stopPrank();
        vm.prank(op1);
        anchorC.addBond(MIN_BOND);
        uint256 c = _anchorSimple(op1);
        vm.warp(block.timestamp + _window());
        assertEq(uint256(anchorC.batchState(c)), uint256(ICDRAnchor.BatchState.Final));
        vm.prank(dispute);
        anchorC.unfreezeBatch(b); // b's dispute ends later: nothing changes
        assertEq(uint256(anchorC.batchState(c)), uint256(ICDRAnchor.BatchState.Final));
        assertEq(uint256(anchorC.batchState(b)), uint256(ICDRAnchor.BatchState.Invalidated));
    }

    // ------------------------------------------------------------ 13: claim races

    /// @dev Was: only the newest Final root could be claimed against.
    function test_attack13_claimAgainstOlderFinalRoot() public {
        (uint256 a, bytes32[] memory la) = _rewardBatch(1e18, 1e18, 2e18);
        (uint256 b, bytes32[] memory lb) = _rewardBatch(2e18, 1e18, 3e18);
        assertGt(b, a);
        assertEq(anchorC.claim(op1, a, alice, 1e18, TestMerkle.proof(la, 0)), 1e18);
        // bob claims everything through b, then alice's older proof... has nothing new; her newer one pays
        assertEq(anchorC.claim(op1, b, bob, 1e18, TestMerkle.proof(lb, 1)), 1e18);
        assertEq(anchorC.claim(op1, b, alice, 2e18, TestMerkle.proof(lb, 0)), 1e18);
        assertEq(anchorC.paid(op1), 3e18);
    }

    /// @dev Claims through a newer root raise the cap, so an older root's proof still pays even
    /// when the total paid exceeds that older root's total.
    function test_attack13_olderRootAfterNewerClaims() public {
        (uint256 a, bytes32[] memory la) = _rewardBatch(1e18, 1e18, 2e18);
        (uint256 b, bytes32[] memory lb) = _rewardBatch(1e18, 5e18, 6e18);
        assertEq(anchorC.claim(op1, b, bob, 5e18, TestMerkle.proof(lb, 1)), 5e18);
        // paid 5 > a's total 2: alice's proof against a still pays
        assertEq(anchorC.claim(op1, a, alice, 1e18, TestMerkle.proof(la, 0)), 1e18);
        assertEq(anchorC.paid(op1), 6e18);
        assertEq(anchorC.operatorInfo(op1).claimCap, 6e18);
    }

    // ------------------------------------------------------------ 14: admin powers

    /// @dev Was: DEFAULT_ADMIN_ROLE could grant MINTER_ROLE to anyone. The token has no admin now:
    /// its only minter is CDRAnchor, fixed at deployment.
    function test_attack14_nobodyButTheClaimLogicMints() public {
        address[4] memory who = [admin, stranger, op1, dispute];
        for (uint256 i = 0; i < who.length; ++i) {
            vm.prank(who[i]);
            vm.expectRevert(abi.encodeWithSelector(RewardToken.NotMinter.selector, who[i]));
            token.claimMint(1, who[i], 1e30, 0, type(uint96).max);
        }
        (bool ok,) = address(token).call(abi.encodeWithSignature("grantRole(bytes32,address)", bytes32(0), stranger));
        assertFalse(ok);
        assertEq(token.minter(), address(anchorC));
    }
}
