// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {DisputeBase} from "./disputes/DisputeBase.sol";
import {DisputeVoting} from "../contracts/DisputeVoting.sol";
import {MockRandomness} from "./disputes/DisputeMocks.sol";

/// @notice Regressions for issue 13's DisputeVoting items (4, 9, 10, 11): each test is the
/// attack that worked before the fix (see the report's attack log), now failing.
contract DisputeHardeningTest is DisputeBase {
    address internal treasury = makeAddr("treasury");

    function setUp() public override {
        super.setUp();
        vm.prank(admin);
        dv.setTreasury(treasury);
    }

    function _fee(uint256 seats) internal view returns (uint256) {
        return seats * dv.params().jurorFee;
    }

    // ------------------------------------------------------------ item 4: no free freezes

    /// Before: nobody reveals, the disputer got the whole pledge back after freezing the batch
    /// for days. Now noVoteBps of the pledge and the juror fee go to the treasury, and the
    /// freeze is lifted exactly once.
    function test_item4_noVotesCostsThePledger() public {
        _stakeJurors(3, 1000e18);
        uint256 before = token.balanceOf(disputer);
        uint256 id = _openBatch();
        assertEq(anchor.freezes(BATCH), 1);
        _drawWith(id, 1);
        _toFinal(id);
        dv.finalize(id);
        assertEq(anchor.freezes(BATCH), 0, "freeze lifted at the end");
        dv.claim(id, disputer);
        vm.prank(disputer);
        dv.withdrawRewards();
        uint256 kept = PLEDGE * dv.params().noVoteBps / 10_000;
        assertGt(kept, 0);
        assertEq(before - token.balanceOf(disputer), kept + _fee(3), "a vote-less dispute costs its pledger");
        assertEq(token.balanceOf(treasury), kept + _fee(3));
        _assertAccounted();
    }

    /// A chain of vote-less disputes costs each time.
    function testFuzz_item4_chainedFreezesCostEachTime(uint8 n) public {
        n = uint8(bound(n, 1, 4));
        _stakeJurors(3, 1000e18);
        uint256 before = token.balanceOf(disputer);
        for (uint256 i; i < n; ++i) {
            uint256 id = _openBatch();
            _drawWith(id, i);
            _toFinal(id);
            dv.finalize(id);
            dv.claim(id, disputer);
        }
        vm.prank(disputer);
        dv.withdrawRewards();
        uint256 perDispute = PLEDGE * dv.params().noVoteBps / 10_000 + _fee(3);
        assertEq(before - token.balanceOf(disputer), perDispute * n);
        assertEq(anchor.freezes(BATCH), 0);
    }

    /// An unfreeze that failed at finalize is retried by anyone, exactly once.
    function test_item4_failedUnfreezeIsRetriedOnce() public {
        _stakeJurors(3, 1000e18);
        uint256 id = _openBatch();
        _drawWith(id, 1);
        _toFinal(id);
        anchor.setFailUnfreeze(true);
        dv.finalize(id);
        assertEq(anchor.freezes(BATCH), 1, "still frozen: the call failed");
        vm.expectRevert();
        dv.releaseSubject(id); // fails again: reverts, stays retryable
        anchor.setFailUnfreeze(false);
        vm.prank(stranger);
        dv.releaseSubject(id);
        assertEq(anchor.freezes(BATCH), 0);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.NothingToRelease.selector, id));
        dv.releaseSubject(id);
    }

    // ------------------------------------------------------------ item 9: verdict-independent pay

    /// Coherent juror's gain and treasury/disputer take for a unanimous `verdict`.
    function _gains(uint8 verdict, uint256 slash) internal returns (uint256 juror, uint256 disputerGain) {
        uint256 snap = vm.snapshotState();
        anchor.setSlashAmount(slash);
        token.mint(address(anchor), slash);
        _stakeJurors(3, 1000e18);
        uint256 before = token.balanceOf(disputer);
        uint256 id = _openBatch();
        _drawDistinct(id, 1);
        address[] memory js = _jurorsOf(id, 0);
        uint8[] memory ch = new uint8[](js.length);
        for (uint256 i; i < js.length; ++i) {
            ch[i] = verdict;
        }
        _vote(id, js, ch);
        _toFinal(id);
        dv.finalize(id);
        dv.claim(id, js[0]);
        dv.claim(id, disputer);
        juror = dv.owed(js[0]);
        // what the disputer got beyond its pledge and fee back
        if (verdict == UPHOLD) disputerGain = dv.owed(disputer) + token.balanceOf(disputer) + _fee(3) - before;
        _assertAccounted();
        vm.revertToState(snap);
    }

    /// Before: a coherent juror earned half the slash when upholding and only a share of the
    /// pledge when rejecting. Now the same, whatever the verdict and the slash.
    function testFuzz_item9_jurorPayIndependentOfVerdict(uint96 slash) public {
        uint256 s = bound(slash, 0, 50_000e18);
        (uint256 up, uint256 disputerUp) = _gains(UPHOLD, s);
        (uint256 rej,) = _gains(REJECT, s);
        assertEq(up, rej, "a coherent juror earns the same either way");
        assertEq(up, _fee(3) / 3, "its share of the fees, nothing of the slash");
        // the slash goes to the disputer (slashDisputerBps) and the treasury, never to jurors
        assertEq(disputerUp, s * dv.params().slashDisputerBps / 10_000);
    }

    function test_item9_slashRestGoesToTreasury() public {
        anchor.setSlashAmount(1000e18);
        token.mint(address(anchor), 1000e18);
        _stakeJurors(3, 1000e18);
        uint256 id = _openBatch();
        _drawDistinct(id, 1);
        address[] memory js = _jurorsOf(id, 0);
        uint8[] memory ch = new uint8[](js.length);
        for (uint256 i; i < js.length; ++i) {
            ch[i] = UPHOLD;
        }
        _vote(id, js, ch);
        _toFinal(id);
        dv.finalize(id);
        assertEq(token.balanceOf(treasury), 500e18);
    }

    /// A rejected dispute nobody appealed for REJECT: the disputer's pledge goes to the treasury,
    /// not to the jurors.
    function test_item9_rejectedPledgeGoesToTreasury() public {
        _stakeJurors(3, 1000e18);
        uint256 id = _openBatch();
        _drawDistinct(id, 1);
        address[] memory js = _jurorsOf(id, 0);
        uint8[] memory ch = new uint8[](js.length);
        for (uint256 i; i < js.length; ++i) {
            ch[i] = REJECT;
        }
        _vote(id, js, ch);
        _toFinal(id);
        dv.finalize(id);
        assertEq(token.balanceOf(treasury), PLEDGE);
        dv.claim(id, disputer);
        assertEq(dv.owed(disputer), 0, "nothing for the losing disputer");
    }

    // ------------------------------------------------------------ item 10: appeal costs by rule

    /// Before: the disputer pledged 50,000 and every appeal had to pledge 100,000. Now round r
    /// costs minPledge * 2^r plus its jurors' fee, whatever the disputer pledged.
    function testFuzz_item10_appealCostIgnoresDisputersPledge(uint256 pledge) public {
        pledge = bound(pledge, PLEDGE, 90_000e18);
        _stakeJurors(6, 1000e18);
        vm.prank(disputer);
        uint256 id = dv.openDispute(0, bytes32(BATCH), CID, pledge);
        _drawWith(id, 1);
        _toAppeal(id);
        (uint256 p, uint256 f) = dv.appealCost(id);
        assertEq(p, 2 * PLEDGE, "round 1: minPledge * 2");
        assertEq(f, _fee(7));
        uint256 before = token.balanceOf(stranger);
        vm.prank(stranger);
        dv.appeal(id);
        assertEq(before - token.balanceOf(stranger), 2 * PLEDGE + _fee(7));
        _drawWith(id, 2);
        _toAppeal(id);
        (p, f) = dv.appealCost(id);
        assertEq(p, 4 * PLEDGE, "round 2: minPledge * 4");
        assertEq(f, _fee(15));
    }

    // ------------------------------------------------------------ item 11: draw lock, randomness

    /// Before: a juror with a matured unstake request withdrew once the random value was public
    /// and before the draw, voiding its seats. Now withdrawals wait for every pending draw.
    function test_item11_cannotLeaveBetweenRandomnessAndDraw() public {
        _stake(jurors[0], 100e18);
        vm.roll(block.number + 1);
        vm.prank(jurors[0]);
        dv.requestUnstake(100e18);
        vm.warp(block.timestamp + 7 days);
        uint256 id = _openBatch();
        rnd.set(rnd.count(), keccak256("public"));
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.DrawPending.selector, 1));
        vm.prank(jurors[0]);
        dv.withdraw();
        dv.draw(id);
        assertEq(_seatsOf(id, 0, jurors[0]), 1, "its stake was still there to take a seat");
        assertEq(dv.undrawnRounds(), 0);
    }

    /// Before: rerequestRandomness replaced a value already ready. Now refused.
    function test_item11_noRerequestOnceReady() public {
        _stakeJurors(3, 1000e18);
        uint256 id = _openBatch();
        MockRandomness other = new MockRandomness();
        vm.prank(admin);
        dv.setRandomness(other);
        rnd.set(rnd.count(), keccak256("unfavourable"));
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.RandomnessAlreadyReady.selector, id, 0));
        dv.rerequestRandomness(id);
    }
}
