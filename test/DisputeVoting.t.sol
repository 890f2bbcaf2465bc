// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {DisputeVoting} from "../contracts/DisputeVoting.sol";
import {PrevrandaoRandomness} from "../contracts/PrevrandaoRandomness.sol";
import {IRandomness} from "../contracts/interfaces/IRandomness.sol";
import {ICDRAnchor} from "../contracts/interfaces/ICDRAnchor.sol";
import {DisputeBase} from "./disputes/DisputeBase.sol";
import {MockRandomness} from "./disputes/DisputeMocks.sol";

contract DisputeVotingTest is DisputeBase {
    event Staked(address indexed juror, uint256 amount, uint256 newStake, uint256 slot);
    event UnstakeRequested(address indexed juror, uint256 amount, uint64 availableAt);
    event Withdrawn(address indexed juror, uint256 amount, uint256 newStake, uint256 stillRequested);
    event RandomnessSourceSet(address indexed previous, address indexed source);
    event ParametersSet(DisputeVoting.Params params);
    event VoteCommitted(uint256 indexed disputeId, uint256 round, address indexed juror, bytes32 commitment);
    event VoteRevealed(uint256 indexed disputeId, uint256 round, address indexed juror, uint8 choice, uint256 seats);
    event RewardPaid(address indexed account, uint256 amount);
    event RandomnessRerequested(uint256 indexed disputeId, uint256 round, address randomness, uint256 requestId);
    event DisputeOpened(
        uint256 indexed disputeId,
        uint8 indexed kind,
        bytes32 indexed subject,
        address disputer,
        bytes evidenceCid,
        uint256 pledge,
        uint256 round,
        uint256 seats,
        uint64 snapshotBlock,
        address randomness,
        uint256 requestId
    );
    event Appealed(
        uint256 indexed disputeId,
        uint256 round,
        address indexed appellant,
        uint8 side,
        uint256 pledge,
        uint256 seats,
        uint64 snapshotBlock,
        address randomness,
        uint256 requestId
    );
    event DisputeResolved(
        uint256 indexed disputeId,
        bool upheld,
        uint256 finalRound,
        uint256 jurorPool,
        uint256 coherentLocked,
        uint256 forfeited,
        uint256 pledgerBounty,
        bool refundAll
    );
    event OutcomeExecuted(
        uint256 indexed disputeId, uint8 kind, bytes32 subject, bool success, uint256 slashedReceived
    );

    // ------------------------------------------------------------ construction & governance

    function test_constructor_setsDefaultsAndRoles() public view {
        DisputeVoting.Params memory p = dv.params();
        assertEq(p.minPledge, 100e18);
        assertEq(p.jurorsPerDispute, 3);
        assertEq(p.commitPeriod, 1 days);
        assertEq(p.revealPeriod, 1 days);
        assertEq(p.minJurorStake, 100e18);
        assertTrue(dv.hasRole(dv.GOVERNOR_ROLE(), admin));
        assertTrue(dv.hasRole(dv.DEFAULT_ADMIN_ROLE(), admin));
        assertEq(address(dv.randomness()), address(rnd));
        assertEq(address(dv.token()), address(token));
    }

    function test_constructor_zeroAddress_reverts() public {
        address t = address(token);
        address a = address(anchor);
        address g = address(registry);
        address r = address(rnd);
        vm.expectRevert(DisputeVoting.ZeroAddress.selector);
        new DisputeVoting(address(0), t, a, g, r);
        vm.expectRevert(DisputeVoting.ZeroAddress.selector);
        new DisputeVoting(admin, address(0), a, g, r);
        vm.expectRevert(DisputeVoting.ZeroAddress.selector);
        new DisputeVoting(admin, t, address(0), g, r);
        vm.expectRevert(DisputeVoting.ZeroAddress.selector);
        new DisputeVoting(admin, t, a, address(0), r);
        vm.expectRevert(DisputeVoting.ZeroAddress.selector);
        new DisputeVoting(admin, t, a, g, address(0));
    }

    function _params() internal view returns (DisputeVoting.Params memory) {
        return dv.params();
    }

    function test_setParameters_governor() public {
        DisputeVoting.Params memory p = _params();
        p.minPledge = 5e18;
        p.jurorsPerDispute = 5;
        p.commitPeriod = 2 hours;
        p.minJurorStake = 1e18;
        vm.expectEmit(address(dv));
        emit ParametersSet(p);
        vm.prank(admin);
        dv.setParameters(p);
        assertEq(dv.params().minPledge, 5e18);
        assertEq(dv.params().jurorsPerDispute, 5);
        assertEq(dv.params().commitPeriod, 2 hours);
    }

    function test_setParameters_stranger_refused() public {
        DisputeVoting.Params memory p = _params();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, dv.GOVERNOR_ROLE()
            )
        );
        vm.prank(stranger);
        dv.setParameters(p);
    }

    function test_setParameters_invalid_reverts() public {
        DisputeVoting.Params[] memory bad = new DisputeVoting.Params[](11);
        for (uint256 i; i < bad.length; ++i) {
            bad[i] = _params();
        }
        bad[0].minPledge = 0;
        bad[1].minJurorStake = 0;
        bad[2].commitPeriod = 0;
        bad[3].revealPeriod = 31 days;
        bad[4].appealPeriod = 0;
        bad[5].unstakeDelay = 366 days;
        bad[6].jurorsPerDispute = 0;
        bad[7].maxAppeals = 5;
        bad[8].slashDisputerBps = 10_001;
        bad[9].jurorsPerDispute = 16; // (16+1)*4-1 = 67 seats > MAX_SEATS
        bad[10].commitPeriod = 31 days;
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(DisputeVoting.InvalidParameters.selector);
            vm.prank(admin);
            dv.setParameters(bad[i]);
        }
        // The largest allowed shape is accepted.
        DisputeVoting.Params memory ok = _params();
        ok.jurorsPerDispute = 15; // 16*4-1 = 63
        vm.prank(admin);
        dv.setParameters(ok);
    }

    function test_setRandomness_governor() public {
        MockRandomness other = new MockRandomness();
        vm.expectEmit(address(dv));
        emit RandomnessSourceSet(address(rnd), address(other));
        vm.prank(admin);
        dv.setRandomness(other);
        assertEq(address(dv.randomness()), address(other));
    }

    function test_setRandomness_strangerAndZero_refused() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, dv.GOVERNOR_ROLE()
            )
        );
        vm.prank(stranger);
        dv.setRandomness(IRandomness(address(1)));
        vm.expectRevert(DisputeVoting.ZeroAddress.selector);
        vm.prank(admin);
        dv.setRandomness(IRandomness(address(0)));
    }

    // ------------------------------------------------------------ staking

    function test_stake_countsFromItsBlock() public {
        address j = jurors[0];
        vm.expectEmit(address(dv));
        emit Staked(j, 150e18, 150e18, 1);
        _stake(j, 150e18);
        assertEq(_staked(j), 150e18);
        assertEq(dv.totalStaked(), 150e18);
        assertEq(dv.drawWeightAt(j, uint48(block.number)), 150e18);
        assertEq(dv.drawWeightAt(j, uint48(block.number - 1)), 0);
        vm.roll(block.number + 1);
        _stake(j, 50e18);
        assertEq(dv.drawWeightAt(j, uint48(block.number)), 200e18);
        assertEq(dv.drawWeightAt(j, uint48(block.number - 1)), 150e18);
        assertEq(dv.totalWeightAt(uint48(block.number)), 200e18);
        _assertAccounted();
    }

    function test_stake_reverts() public {
        vm.expectRevert(DisputeVoting.ZeroAmount.selector);
        _stake(jurors[0], 0);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.StakeBelowMinimum.selector, 99e18, 100e18));
        _stake(jurors[0], 99e18);
    }

    /// Item 15 regression: a pool filled with minimum stakes no longer locks anyone out; the
    /// tree doubles and draws over the grown tree stay weighted by stake.
    function test_stake_fullPoolGrows() public {
        for (uint256 i; i < 1024; ++i) {
            address a = address(uint160(0x100000 + i));
            _fund(a, 100e18);
            _stake(a, 100e18);
        }
        assertEq(dv.jurorCapacity(), 1024);
        uint48 before = uint48(block.number);
        vm.roll(block.number + 1);
        _stake(jurors[0], 5_000e18); // the 1025th juror
        assertEq(dv.jurorCapacity(), 2048);
        (,,,, uint256 slot) = dv.jurorInfo(jurors[0]);
        assertEq(slot, 1025);
        vm.roll(block.number + 1);
        uint48 nowB = uint48(block.number - 1);
        assertEq(dv.totalWeightAt(nowB), 1024 * 100e18 + 5_000e18);
        assertEq(dv.totalWeightAt(before), 1024 * 100e18, "the old tree at its own snapshot");
        assertEq(dv.jurorCapacityAt(before), 1024);
        assertEq(dv.drawWeightAt(jurors[0], nowB), 5_000e18);
        // a draw over the grown tree seats the big staker (it holds ~4.7% of the weight: seed search)
        uint256 id = _openBatch();
        bool found;
        for (uint256 sd; sd < 100 && !found; ++sd) {
            uint256 snap = vm.snapshotState();
            _drawWith(id, sd);
            found = _seatsOf(id, 0, jurors[0]) > 0;
            vm.revertToState(snap);
        }
        assertTrue(found, "the juror in the grown part of the tree can be drawn");
        // A juror who leaves frees its slot, reused before the tree grows again.
        address first = address(uint160(0x100000));
        _drawWith(id, 1);
        vm.prank(first);
        dv.requestUnstake(100e18);
        vm.warp(block.timestamp + 7 days);
        if (_locked(first) == 0) {
            vm.prank(first);
            dv.withdraw();
            _stake(jurors[1], 100e18);
            (,,,, slot) = dv.jurorInfo(jurors[1]);
            assertEq(slot, 1);
        }
    }

    function test_requestUnstake_andWithdraw() public {
        address j = jurors[0];
        _stake(j, 300e18);
        vm.expectEmit(address(dv));
        emit UnstakeRequested(j, 200e18, uint64(block.timestamp + 7 days));
        vm.prank(j);
        dv.requestUnstake(200e18);
        // Still counts until withdrawn.
        assertEq(_staked(j), 300e18);
        vm.warp(block.timestamp + 7 days);
        uint256 before = token.balanceOf(j);
        vm.expectEmit(address(dv));
        emit Withdrawn(j, 200e18, 100e18, 0);
        vm.prank(j);
        dv.withdraw();
        assertEq(token.balanceOf(j) - before, 200e18);
        assertEq(_staked(j), 100e18);
        assertEq(dv.totalStaked(), 100e18);
        assertEq(dv.drawWeightAt(j, uint48(block.number)), 100e18);
        _assertAccounted();
    }

    function test_requestUnstake_reverts() public {
        address j = jurors[0];
        _stake(j, 300e18);
        vm.startPrank(j);
        vm.expectRevert(DisputeVoting.ZeroAmount.selector);
        dv.requestUnstake(0);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.InsufficientStake.selector, 301e18, 300e18));
        dv.requestUnstake(301e18);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.StakeBelowMinimum.selector, 50e18, 100e18));
        dv.requestUnstake(250e18);
        vm.stopPrank();
    }

    function test_withdraw_reverts() public {
        address j = jurors[0];
        _stake(j, 300e18);
        vm.expectRevert(DisputeVoting.NoUnstakeRequest.selector);
        vm.prank(j);
        dv.withdraw();
        vm.prank(j);
        dv.requestUnstake(300e18);
        uint64 at = uint64(block.timestamp + 7 days);
        vm.warp(at - 1);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.UnstakeNotReady.selector, at));
        vm.prank(j);
        dv.withdraw();
    }

    function test_withdraw_lockedStakeStays() public {
        // One juror, drawn on all three seats: 300 locked of 350.
        _stakeJurors(1, 350e18);
        uint256 id = _openBatch();
        _drawWith(id, 1);
        assertEq(_locked(jurors[0]), 300e18);
        vm.prank(jurors[0]);
        dv.requestUnstake(350e18);
        vm.warp(block.timestamp + 7 days);
        vm.prank(jurors[0]);
        dv.withdraw();
        assertEq(_staked(jurors[0]), 300e18, "only the unlocked part left");
        (,, uint256 still,,) = dv.jurorInfo(jurors[0]);
        assertEq(still, 300e18);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.StakeLocked.selector, 300e18, 300e18));
        vm.prank(jurors[0]);
        dv.withdraw();
        _assertAccounted();
    }

    // ------------------------------------------------------------ opening

    function test_openDispute_batch() public {
        vm.expectEmit(address(dv));
        emit DisputeOpened(1, 0, bytes32(BATCH), disputer, CID, PLEDGE, 0, 3, uint64(block.number - 1), address(rnd), 1);
        uint256 id = _openBatch();
        assertEq(id, 1);
        assertEq(token.balanceOf(address(dv)), PLEDGE + 15e18, "pledge + juror fee (3 seats x 5)");
        assertEq(dv.disputeFunds(), PLEDGE + 15e18);
        (uint8 kind, bytes32 subject, address who, DisputeVoting.Status st,, uint256 rounds, uint256 maxRounds,,,) =
            dv.getDispute(id);
        assertEq(kind, 0);
        assertEq(subject, bytes32(BATCH));
        assertEq(who, disputer);
        assertEq(uint8(st), uint8(DisputeVoting.Status.Active));
        assertEq(rounds, 1);
        assertEq(maxRounds, 3);
        _assertAccounted();
    }

    function test_openDispute_operatorAndNumber() public {
        vm.startPrank(disputer);
        uint256 a = dv.openDispute(1, bytes32(uint256(uint160(operator))), CID, PLEDGE);
        uint256 b = dv.openDispute(2, NODE, CID, 250e18);
        vm.stopPrank();
        assertEq(a, 1);
        assertEq(b, 2);
        assertEq(token.balanceOf(address(dv)), PLEDGE + 250e18 + 30e18, "pledges + two juror fees");
    }

    function test_openDispute_reverts() public {
        vm.startPrank(disputer);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.InvalidKind.selector, 3));
        dv.openDispute(3, bytes32(BATCH), CID, PLEDGE);
        vm.expectRevert(DisputeVoting.InvalidEvidence.selector);
        dv.openDispute(0, bytes32(BATCH), "", PLEDGE);
        vm.expectRevert(DisputeVoting.InvalidEvidence.selector);
        dv.openDispute(0, bytes32(BATCH), new bytes(129), PLEDGE);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.PledgeTooLow.selector, PLEDGE - 1, PLEDGE));
        dv.openDispute(0, bytes32(BATCH), CID, PLEDGE - 1);
        // A batch that is not pending (unknown, final, invalidated).
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.SubjectNotDisputable.selector, 0, bytes32(uint256(8))));
        dv.openDispute(0, bytes32(uint256(8)), CID, PLEDGE);
        vm.stopPrank();
        anchor.setBatch(8, ICDRAnchor.BatchState.Final);
        vm.startPrank(disputer);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.SubjectNotDisputable.selector, 0, bytes32(uint256(8))));
        dv.openDispute(0, bytes32(uint256(8)), CID, PLEDGE);
        // Operator: not active, or a subject that is not an address.
        bytes32 inactive = bytes32(uint256(uint160(stranger)));
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.SubjectNotDisputable.selector, 1, inactive));
        dv.openDispute(1, inactive, CID, PLEDGE);
        bytes32 wide = bytes32(uint256(1) << 200);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.InvalidSubject.selector, wide));
        dv.openDispute(1, wide, CID, PLEDGE);
        // Number without an owner.
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.SubjectNotDisputable.selector, 2, bytes32(uint256(1))));
        dv.openDispute(2, bytes32(uint256(1)), CID, PLEDGE);
        vm.stopPrank();
        // No allowance.
        vm.expectRevert();
        vm.prank(makeAddr("poor"));
        dv.openDispute(0, bytes32(BATCH), CID, PLEDGE);
    }

    // ------------------------------------------------------------ draw

    function test_draw_weightedSeatsAndLocks() public {
        _stakeJurors(5, 500e18);
        uint256 id = _openBatch();
        _drawWith(id, 42);
        (uint256 seats, bool drawn,, uint64 c, uint64 rv, uint64 a,,,, address[] memory js) = dv.getRound(id, 0);
        assertTrue(drawn);
        assertEq(seats, 3);
        assertEq(c, block.timestamp + 1 days);
        assertEq(rv, c + 1 days);
        assertEq(a, rv + 1 days);
        uint256 total;
        for (uint256 i; i < js.length; ++i) {
            uint256 s = _seatsOf(id, 0, js[i]);
            total += s;
            assertEq(_locked(js[i]), s * LOCK);
        }
        assertEq(total, 3);
    }

    function test_draw_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.DisputeNotActive.selector, 1));
        dv.draw(1);
        _stakeJurors(3, 500e18);
        uint256 id = _openBatch();
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.RandomnessNotReady.selector, id, 0));
        dv.draw(id);
        _drawWith(id, 1);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.AlreadyDrawn.selector, id, 0));
        dv.draw(id);
    }

    function test_draw_stakeAddedAfterOpeningDoesNotCount() public {
        // jurors[0] is the only juror at the snapshot. A whale stakes in the opening block
        // (after the dispute is visible) and later: it must never be drawn for this round.
        _stakeJurors(1, 100e18);
        uint256 id = _openBatch();
        address whale = jurors[1];
        _stake(whale, 9_000e18);
        vm.roll(block.number + 5);
        _stake(jurors[2], 5_000e18);
        for (uint256 seed; seed < 10; ++seed) {
            uint256 snap = vm.snapshotState();
            _drawWith(id, seed);
            address[] memory js = _jurorsOf(id, 0);
            assertEq(js.length, 1);
            assertEq(js[0], jurors[0]);
            vm.revertToState(snap);
        }
        (,, uint64 snapBlock,,,,,,,) = dv.getRound(id, 0);
        assertEq(dv.drawWeightAt(whale, uint48(snapBlock)), 0);
        assertEq(dv.totalWeightAt(uint48(snapBlock)), 100e18);
    }

    function test_draw_seatWithoutUnlockedStakeIsVoid() public {
        // One juror with exactly one seat's worth: the other two seats are void.
        _stakeJurors(1, 100e18);
        uint256 id = _openBatch();
        _drawWith(id, 3);
        address[] memory js = _jurorsOf(id, 0);
        assertEq(js.length, 1);
        assertEq(_seatsOf(id, 0, js[0]), 1);
        assertEq(_locked(js[0]), LOCK);
    }

    function test_draw_reusedSlotKeepsSnapshotOwner() public {
        // jurors[0] asked to leave long ago; it is in the snapshot, withdraws right after the
        // dispute opens, and jurors[1] takes over its slot. The draw must see jurors[0] (whose
        // seats are void: nothing left to lock), never jurors[1], who was not in the snapshot.
        _stake(jurors[0], 300e18);
        vm.prank(jurors[0]);
        dv.requestUnstake(300e18);
        vm.warp(block.timestamp + 7 days);
        vm.roll(block.number + 1);
        // Same block as the opening, before it (no round waits for a draw yet): the round's
        // snapshot (the previous block) still has jurors[0].
        vm.prank(jurors[0]);
        dv.withdraw();
        _stake(jurors[1], 5_000e18);
        uint256 id = _openBatch();
        (,,,, uint256 slot) = dv.jurorInfo(jurors[1]);
        assertEq(slot, 1, "slot reused");
        (,, uint64 snapBlock,,,,,,,) = dv.getRound(id, 0);
        assertEq(dv.drawWeightAt(jurors[1], uint48(snapBlock)), 0);
        _drawWith(id, 11);
        assertEq(_jurorsOf(id, 0).length, 0);
        assertEq(_locked(jurors[1]), 0);
    }

    function test_draw_noStakeAtAll_endsByRule() public {
        uint256 id = _openBatch();
        _drawWith(id, 1);
        assertEq(_jurorsOf(id, 0).length, 0);
        _toFinal(id);
        dv.finalize(id);
        (,,, DisputeVoting.Status st, uint8 outcome,,,, bool refundAll,) = dv.getDispute(id);
        assertEq(uint8(st), uint8(DisputeVoting.Status.Resolved));
        assertEq(outcome, REJECT);
        assertTrue(refundAll);
        dv.claim(id, disputer);
        assertEq(dv.owed(disputer), PLEDGE * 8 / 10, "a dispute without votes keeps noVoteBps (20%)");
        _assertAccounted();
    }

    function test_draw_withPrevrandaoSource() public {
        PrevrandaoRandomness pr = new PrevrandaoRandomness(2);
        vm.prank(admin);
        dv.setRandomness(pr);
        _stakeJurors(5, 500e18);
        uint256 id = _openBatch();
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.RandomnessNotReady.selector, id, 0));
        dv.draw(id);
        vm.roll(block.number + 2);
        vm.prevrandao(bytes32(uint256(777)));
        pr.reveal(1);
        dv.draw(id);
        uint256 total;
        address[] memory js = _jurorsOf(id, 0);
        for (uint256 i; i < js.length; ++i) {
            total += _seatsOf(id, 0, js[i]);
        }
        assertEq(total, 3);
    }

    function test_rerequestRandomness() public {
        _stakeJurors(3, 500e18);
        uint256 id = _openBatch();
        vm.expectRevert(DisputeVoting.RandomnessSourceUnchanged.selector);
        dv.rerequestRandomness(id);
        MockRandomness other = new MockRandomness();
        vm.prank(admin);
        dv.setRandomness(other);
        vm.expectEmit(address(dv));
        emit RandomnessRerequested(id, 0, address(other), 1);
        dv.rerequestRandomness(id);
        other.set(1, keccak256("x"));
        dv.draw(id);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.AlreadyDrawn.selector, id, 0));
        dv.rerequestRandomness(id);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.DisputeNotActive.selector, 99));
        dv.rerequestRandomness(99);
    }

    // ------------------------------------------------------------ commit / reveal

    function _openDrawn() internal returns (uint256 id, address[] memory js) {
        _stakeJurors(5, 500e18);
        id = _openBatch();
        _drawDistinct(id, 1);
        js = _jurorsOf(id, 0);
    }

    function test_commit_andReveal() public {
        (uint256 id, address[] memory js) = _openDrawn();
        bytes32 c = dv.commitmentOf(UPHOLD, _salt(js[0], 0), js[0], id, 0);
        assertEq(c, keccak256(abi.encode(UPHOLD, _salt(js[0], 0), js[0], id, uint256(0))));
        vm.expectEmit(address(dv));
        emit VoteCommitted(id, 0, js[0], c);
        vm.prank(js[0]);
        dv.commit(id, c);
        _toReveal(id);
        vm.expectEmit(address(dv));
        emit VoteRevealed(id, 0, js[0], UPHOLD, 1);
        _reveal(id, js[0], UPHOLD);
        (,,,,,, uint256 rej, uint256 up,,) = dv.getRound(id, 0);
        assertEq(up, 1);
        assertEq(rej, 0);
    }

    function test_commit_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.DisputeNotActive.selector, 1));
        dv.commit(1, bytes32(0));
        _stakeJurors(5, 500e18);
        uint256 id = _openBatch();
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.NotDrawn.selector, id, 0));
        dv.commit(id, bytes32(0));
        _drawDistinct(id, 1);
        address[] memory js = _jurorsOf(id, 0);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.NotJuror.selector, id, 0, stranger));
        vm.prank(stranger);
        dv.commit(id, bytes32(uint256(1)));
        _commit(id, js[0], UPHOLD);
        // Double commit refused, even with another choice.
        bytes32 other = dv.commitmentOf(REJECT, _salt(js[0], 0), js[0], id, 0);
        vm.expectRevert(DisputeVoting.AlreadyCommitted.selector);
        vm.prank(js[0]);
        dv.commit(id, other);
        (uint64 c,,) = _deadlines(id, 0);
        vm.warp(c + 1);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.CommitPeriodOver.selector, c));
        vm.prank(js[1]);
        dv.commit(id, other);
    }

    function test_commit_atDeadline_ok() public {
        (uint256 id, address[] memory js) = _openDrawn();
        (uint64 c,,) = _deadlines(id, 0);
        vm.warp(c);
        _commit(id, js[0], REJECT);
    }

    function test_reveal_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.DisputeNotActive.selector, 1));
        dv.reveal(1, UPHOLD, bytes32(0));
        _stakeJurors(5, 500e18);
        uint256 id = _openBatch();
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.NotDrawn.selector, id, 0));
        dv.reveal(id, UPHOLD, bytes32(0));
        _drawDistinct(id, 1);
        address[] memory js = _jurorsOf(id, 0);
        address a = js[0];
        address b = js[1];
        _commit(id, a, UPHOLD);
        _commit(id, b, REJECT);
        (uint64 c, uint64 rv,) = _deadlines(id, 0);
        // Not during the commit period.
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.RevealNotOpen.selector, c));
        vm.prank(a);
        dv.reveal(id, UPHOLD, _salt(a, 0));
        vm.warp(c + 1);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.NotJuror.selector, id, 0, stranger));
        vm.prank(stranger);
        dv.reveal(id, UPHOLD, bytes32(0));
        vm.expectRevert(DisputeVoting.NotCommitted.selector);
        vm.prank(js[2]);
        dv.reveal(id, UPHOLD, _salt(js[2], 0));
        vm.startPrank(a);
        // Wrong salt.
        vm.expectRevert(DisputeVoting.CommitmentMismatch.selector);
        dv.reveal(id, UPHOLD, keccak256("wrong"));
        // Wrong choice.
        vm.expectRevert(DisputeVoting.CommitmentMismatch.selector);
        dv.reveal(id, REJECT, _salt(a, 0));
        // Invalid choice.
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.InvalidChoice.selector, 3));
        dv.reveal(id, 3, _salt(a, 0));
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.InvalidChoice.selector, 0));
        dv.reveal(id, 0, _salt(a, 0));
        vm.stopPrank();
        // Wrong juror: b replays a's choice and salt; b's commitment binds b's own vote.
        vm.expectRevert(DisputeVoting.CommitmentMismatch.selector);
        vm.prank(b);
        dv.reveal(id, UPHOLD, _salt(a, 0));
        _reveal(id, a, UPHOLD);
        vm.expectRevert(DisputeVoting.AlreadyRevealed.selector);
        vm.prank(a);
        dv.reveal(id, UPHOLD, _salt(a, 0));
        vm.warp(rv + 1);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.RevealPeriodOver.selector, rv));
        vm.prank(b);
        dv.reveal(id, REJECT, _salt(b, 0));
    }

    function test_reveal_wrongRoundOrDispute_refused() public {
        (uint256 id, address[] memory js) = _openDrawn();
        address a = js[0];
        // Commitment made for round 1 (or another dispute) cannot be revealed in round 0.
        bytes32 salt = _salt(a, 0);
        bytes32 c1 = dv.commitmentOf(UPHOLD, salt, a, id, 1);
        bytes32 c2 = dv.commitmentOf(UPHOLD, salt, js[1], id + 1, 0);
        vm.prank(a);
        dv.commit(id, c1);
        vm.prank(js[1]);
        dv.commit(id, c2);
        _toReveal(id);
        vm.expectRevert(DisputeVoting.CommitmentMismatch.selector);
        vm.prank(a);
        dv.reveal(id, UPHOLD, salt);
        vm.expectRevert(DisputeVoting.CommitmentMismatch.selector);
        vm.prank(js[1]);
        dv.reveal(id, UPHOLD, salt);
    }

    // ------------------------------------------------------------ outcomes and payouts

    function _choices(uint8 a, uint8 b, uint8 c) internal pure returns (uint8[] memory ch) {
        ch = new uint8[](3);
        ch[0] = a;
        ch[1] = b;
        ch[2] = c;
    }

    function test_upheldBatch_executesAndPays() public {
        token.mint(address(anchor), 1_000e18);
        anchor.setSlashAmount(400e18);
        (uint256 id, address[] memory js) = _openDrawn();
        _vote(id, js, _choices(UPHOLD, UPHOLD, REJECT));
        _toFinal(id);
        vm.expectEmit(address(dv));
        emit OutcomeExecuted(id, 0, bytes32(BATCH), true, 400e18);
        // Pool: the incoherent lock (100) + the juror fee (15); the slash: half to the
        // disputer, half to the treasury, nothing to jurors.
        vm.expectEmit(address(dv));
        emit DisputeResolved(id, true, 0, 115e18, 200e18, 100e18, 200e18, false);
        dv.finalize(id);
        assertEq(uint8(anchor.batchState(BATCH)), uint8(ICDRAnchor.BatchState.Invalidated));
        _assertAccounted();

        // Coherent jurors: lock back + 57.5 each. Incoherent: loses its lock.
        dv.claim(id, js[0]);
        dv.claim(id, js[1]);
        dv.claim(id, js[2]);
        dv.claim(id, disputer);
        assertEq(dv.owed(js[0]), 57.5e18);
        assertEq(dv.owed(js[1]), 57.5e18);
        assertEq(token.balanceOf(dv.BURN_ADDRESS()), 200e18, "treasury's half of the slash");
        assertEq(dv.owed(js[2]), 0);
        assertEq(_staked(js[0]), 500e18);
        assertEq(_locked(js[0]), 0);
        assertEq(_staked(js[2]), 400e18);
        assertEq(_locked(js[2]), 0);
        assertEq(dv.owed(disputer), PLEDGE + 200e18, "pledge back plus half the slash");
        _assertAccounted();

        uint256 before = token.balanceOf(js[0]);
        vm.expectEmit(address(dv));
        emit RewardPaid(js[0], 57.5e18);
        vm.prank(js[0]);
        dv.withdrawRewards();
        assertEq(token.balanceOf(js[0]) - before, 57.5e18);
        vm.prank(js[1]);
        dv.withdrawRewards();
        vm.prank(disputer);
        dv.withdrawRewards();
        // Everything owed is paid: what is left is exactly the stakes.
        assertEq(token.balanceOf(address(dv)), dv.totalStaked());
        assertEq(dv.disputeFunds(), 0);
        assertEq(dv.forfeitedUnsettled(), 0);
        _assertAccounted();
    }

    // ------------------------------------------------------------ batch freezes

    function test_batchDispute_freezesUntilResolved_upheld() public {
        token.mint(address(anchor), 1_000e18);
        (uint256 id, address[] memory js) = _openDrawn();
        assertEq(anchor.freezes(BATCH), 1, "opening froze the batch");
        _vote(id, js, _choices(UPHOLD, UPHOLD, REJECT));
        _toFinal(id);
        assertEq(anchor.freezes(BATCH), 1);
        dv.finalize(id);
        assertEq(anchor.freezes(BATCH), 0, "finalize released the freeze");
        assertEq(anchor.invalidations(), 1);
        assertEq(uint8(anchor.batchState(BATCH)), uint8(ICDRAnchor.BatchState.Invalidated));
    }

    function test_batchDispute_freezesUntilResolved_rejected() public {
        (uint256 id, address[] memory js) = _openDrawn();
        _vote(id, js, _choices(REJECT, REJECT, UPHOLD));
        _toFinal(id);
        dv.finalize(id);
        assertEq(anchor.freezes(BATCH), 0);
        assertEq(anchor.invalidations(), 0);
        assertEq(uint8(anchor.batchState(BATCH)), uint8(ICDRAnchor.BatchState.Pending));
    }

    function test_otherDisputes_doNotFreeze() public {
        _stakeJurors(3, 500e18);
        vm.startPrank(disputer);
        dv.openDispute(1, bytes32(uint256(uint160(operator))), CID, PLEDGE);
        dv.openDispute(2, NODE, CID, PLEDGE);
        vm.stopPrank();
        assertEq(anchor.totalFreezes(), 0);
    }

    function test_failedUnfreeze_doesNotBlockFinalize() public {
        (uint256 id, address[] memory js) = _openDrawn();
        _vote(id, js, _choices(REJECT, REJECT, REJECT));
        _toFinal(id);
        anchor.setFailUnfreeze(true);
        dv.finalize(id);
        (,,, DisputeVoting.Status status,,,,,,) = dv.getDispute(id);
        assertEq(uint8(status), uint8(DisputeVoting.Status.Resolved));
        assertEq(anchor.freezes(BATCH), 1, "the failed release left the freeze");
        _assertAccounted();
    }

    /// @dev A finalize sent with too little gas for the outcome's call must revert as a whole
    /// (not resolve the dispute as if the outcome had failed); with enough gas it executes.
    function test_finalize_outcomeOutOfGasReverts() public {
        token.mint(address(anchor), 1_000e18);
        anchor.setSlashAmount(400e18);
        (uint256 id, address[] memory js) = _openDrawn();
        _vote(id, js, _choices(UPHOLD, UPHOLD, UPHOLD));
        _toFinal(id);
        anchor.setBurn(true, false);
        vm.expectRevert(DisputeVoting.OutcomeOutOfGas.selector);
        dv.finalize{gas: 2_000_000}(id);
        anchor.setBurn(false, true); // the freeze release, too
        vm.expectRevert(DisputeVoting.OutcomeOutOfGas.selector);
        dv.finalize{gas: 2_000_000}(id);
        (,,, DisputeVoting.Status status,,,,,,) = dv.getDispute(id);
        assertEq(uint8(status), uint8(DisputeVoting.Status.Active));
        anchor.setBurn(false, false);
        dv.finalize(id);
        bool executed;
        (,,, status,,,, executed,,) = dv.getDispute(id);
        assertEq(uint8(status), uint8(DisputeVoting.Status.Resolved));
        assertTrue(executed);
        assertEq(anchor.freezes(BATCH), 0);
    }

    function test_openBatchDispute_revertsWhenFreezeRefused() public {
        _stakeJurors(3, 500e18);
        anchor.setDispute(address(0xdead)); // DisputeVoting lost DISPUTE_ROLE
        vm.prank(disputer);
        vm.expectRevert(bytes4(keccak256("OnlyDispute()")));
        dv.openDispute(0, bytes32(BATCH), CID, PLEDGE);
    }

    function test_failedDispute_pledgeGoesToTreasury() public {
        (uint256 id, address[] memory js) = _openDrawn();
        _vote(id, js, _choices(REJECT, REJECT, 0)); // third absent
        _toFinal(id);
        dv.finalize(id);
        (,,,, uint8 outcome,,, bool executed,, uint256 pool) = dv.getDispute(id);
        assertEq(outcome, REJECT);
        assertFalse(executed);
        assertEq(pool, LOCK + 15e18, "absent lock + juror fee; the pledge is not the jurors'");
        assertEq(token.balanceOf(dv.BURN_ADDRESS()), PLEDGE, "nobody pledged for REJECT: the treasury");
        assertEq(uint8(anchor.batchState(BATCH)), uint8(ICDRAnchor.BatchState.Pending));
        dv.claim(id, js[0]);
        dv.claim(id, js[1]);
        dv.claim(id, js[2]);
        assertEq(dv.owed(js[0]), 57.5e18);
        assertEq(dv.owed(js[1]), 57.5e18);
        assertEq(_staked(js[2]), 400e18, "absent juror forfeits its lock");
        dv.claim(id, disputer);
        assertEq(dv.owed(disputer), 0, "losing pledge is not refunded");
        _assertAccounted();
    }

    function test_tie_keepsStatusQuo() public {
        (uint256 id, address[] memory js) = _openDrawn();
        _vote(id, js, _choices(UPHOLD, REJECT, 0));
        assertEq(dv.roundResult(id, 0), REJECT);
        _toFinal(id);
        dv.finalize(id);
        (,,,, uint8 outcome,,,,,) = dv.getDispute(id);
        assertEq(outcome, REJECT);
        assertEq(anchor.invalidations(), 0);
        dv.claim(id, js[1]);
        // Pool: uphold voter's lock + absent lock + juror fee, all to the single coherent juror.
        assertEq(dv.owed(js[1]), 2 * LOCK + 15e18);
    }

    function test_nobodyVotes_endsByRule_refundsEveryone() public {
        (uint256 id, address[] memory js) = _openDrawn();
        _toFinal(id);
        vm.expectEmit(address(dv));
        emit DisputeResolved(id, false, 0, 0, 0, 0, 0, true);
        dv.finalize(id);
        for (uint256 i; i < js.length; ++i) {
            dv.claim(id, js[i]);
            assertEq(_staked(js[i]), 500e18);
            assertEq(_locked(js[i]), 0);
        }
        dv.claim(id, disputer);
        assertEq(dv.owed(disputer), PLEDGE * 8 / 10, "a dispute without votes keeps noVoteBps (20%)");
        assertEq(token.balanceOf(dv.BURN_ADDRESS()), PLEDGE * 2 / 10 + 15e18, "kept part and fees to the treasury");
        _assertAccounted();
    }

    function test_commitsButNoReveals_absentRule() public {
        (uint256 id, address[] memory js) = _openDrawn();
        _commit(id, js[0], UPHOLD);
        _toFinal(id);
        dv.finalize(id);
        (,,,, uint8 outcome,,,, bool refundAll,) = dv.getDispute(id);
        assertEq(outcome, REJECT);
        assertTrue(refundAll);
    }

    function test_upheldOperator_suspends() public {
        token.mint(address(anchor), 1_000e18);
        anchor.setSlashAmount(300e18);
        _stakeJurors(5, 500e18);
        vm.prank(disputer);
        uint256 id = dv.openDispute(1, bytes32(uint256(uint160(operator))), CID, PLEDGE);
        _drawDistinct(id, 1);
        address[] memory js = _jurorsOf(id, 0);
        _vote(id, js, _choices(UPHOLD, UPHOLD, UPHOLD));
        _toFinal(id);
        dv.finalize(id);
        assertFalse(anchor.isActiveOperator(operator));
        assertEq(anchor.suspensions(), 1);
        // Pool: the juror fee (15), shared by three: 5 each; none of the slash.
        for (uint256 i; i < 3; ++i) {
            dv.claim(id, js[i]);
            assertEq(dv.owed(js[i]), 5e18);
        }
        dv.claim(id, disputer);
        assertEq(dv.owed(disputer), PLEDGE + 150e18);
        _assertAccounted();
    }

    function test_upheldNumber_releases() public {
        registry.setOwner(NODE, makeAddr("numberOwner"), 90e18);
        token.mint(address(registry), 90e18);
        _stakeJurors(5, 500e18);
        vm.prank(disputer);
        uint256 id = dv.openDispute(2, NODE, CID, PLEDGE);
        _drawDistinct(id, 1);
        address[] memory js = _jurorsOf(id, 0);
        _vote(id, js, _choices(UPHOLD, 0, UPHOLD));
        _toFinal(id);
        dv.finalize(id);
        assertEq(registry.ownerOfNode(NODE), address(0));
        // Pool: absent lock 100 + juror fee 15 = 115 over two coherent; the deposit: half to
        // the disputer, half to the treasury.
        dv.claim(id, js[0]);
        dv.claim(id, js[2]);
        assertEq(dv.owed(js[0]) + dv.owed(js[2]), 115e18);
        assertEq(dv.owed(js[0]), 57.5e18);
        dv.claim(id, disputer);
        assertEq(dv.owed(disputer), PLEDGE + 45e18);
        dv.claim(id, js[1]);
        assertEq(dv.disputeFunds(), 0);
        assertEq(dv.forfeitedUnsettled(), 0);
        _assertAccounted();
    }

    function test_outcomeExecutionFails_disputeStillResolves() public {
        anchor.setFail(true);
        (uint256 id, address[] memory js) = _openDrawn();
        _vote(id, js, _choices(UPHOLD, UPHOLD, UPHOLD));
        _toFinal(id);
        vm.expectEmit(address(dv));
        emit OutcomeExecuted(id, 0, bytes32(BATCH), false, 0);
        dv.finalize(id);
        (,,, DisputeVoting.Status st, uint8 outcome,,, bool executed,,) = dv.getDispute(id);
        assertEq(uint8(st), uint8(DisputeVoting.Status.Resolved));
        assertEq(outcome, UPHOLD);
        assertFalse(executed);
        dv.claim(id, disputer);
        assertEq(dv.owed(disputer), PLEDGE);
        _assertAccounted();
    }

    function test_finalize_tooLittleGasForOutcome_reverts() public {
        (uint256 id, address[] memory js) = _openDrawn();
        _vote(id, js, _choices(UPHOLD, UPHOLD, UPHOLD));
        _toFinal(id);
        // Find a gas limit where finalize reaches the outcome call but starves it: it must
        // revert (whole transaction) rather than resolve without executing.
        bool sawRevert;
        for (uint256 g = 60_000; g < 400_000; g += 5_000) {
            (bool ok,) = address(dv).call{gas: g}(abi.encodeCall(DisputeVoting.finalize, (id)));
            if (ok) {
                (,,,,,,, bool executed,,) = dv.getDispute(id);
                assertTrue(executed, "resolved without executing the outcome");
                break;
            }
            sawRevert = true;
        }
        assertTrue(sawRevert);
        assertEq(anchor.invalidations(), 1);
    }

    function test_finalize_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.DisputeNotActive.selector, 1));
        dv.finalize(1);
        _stakeJurors(5, 500e18);
        uint256 id = _openBatch();
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.NotDrawn.selector, id, 0));
        dv.finalize(id);
        _drawDistinct(id, 1);
        (, uint64 rv, uint64 a) = _deadlines(id, 0);
        vm.warp(rv + 1);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.TooEarlyToFinalize.selector, a));
        dv.finalize(id);
        vm.warp(a);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.TooEarlyToFinalize.selector, a));
        dv.finalize(id);
        vm.warp(a + 1);
        dv.finalize(id);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.DisputeNotActive.selector, id));
        dv.finalize(id);
    }

    // ------------------------------------------------------------ appeals

    function test_appeal_drawsLargerJuryAndCanReverse() public {
        _stakeJurors(8, 2_000e18);
        uint256 id = _openBatch();
        _drawDistinct(id, 1);
        address[] memory js = _jurorsOf(id, 0);
        _vote(id, js, _choices(REJECT, REJECT, UPHOLD));
        _toAppeal(id);
        assertEq(dv.roundResult(id, 0), REJECT);

        vm.expectEmit(address(dv));
        emit Appealed(id, 1, stranger, UPHOLD, 2 * PLEDGE, 7, uint64(block.number - 1), address(rnd), 2);
        vm.prank(stranger);
        uint256 r = dv.appeal(id);
        assertEq(r, 1);
        _drawWith(id, 99);
        (uint256 seats,,,,,,,,, address[] memory js1) = dv.getRound(id, 1);
        assertEq(seats, 7);
        uint256 total;
        for (uint256 i; i < js1.length; ++i) {
            total += _seatsOf(id, 1, js1[i]);
        }
        assertEq(total, 7, "2K+1 seats drawn");

        // Everyone in round 1 upholds: the appeal reverses round 0.
        uint8[] memory ch = new uint8[](js1.length);
        for (uint256 i; i < ch.length; ++i) {
            ch[i] = UPHOLD;
        }
        _vote(id, js1, ch);
        _toFinal(id);
        dv.finalize(id);
        (,,,, uint8 outcome,,,,,) = dv.getDispute(id);
        assertEq(outcome, UPHOLD);
        assertEq(anchor.invalidations(), 1);
        // Both pledges backed UPHOLD's rivals? No: disputer and appellant both backed UPHOLD.
        dv.claim(id, disputer);
        dv.claim(id, stranger);
        assertEq(dv.owed(disputer), PLEDGE);
        assertEq(dv.owed(stranger), 2 * PLEDGE);
        // Round-0 REJECT voters are incoherent with the final outcome and lose their locks.
        for (uint256 i; i < 8; ++i) {
            if (!settledAlready(id, jurors[i])) dv.claim(id, jurors[i]);
        }
        assertEq(dv.disputeFunds(), 0);
        assertEq(dv.forfeitedUnsettled(), 0);
        _assertAccounted();
    }

    function settledAlready(uint256 id, address j) internal view returns (bool) {
        if (dv.settled(id, j)) return true;
        (, uint256 l0,,,) = dv.getVote(id, 0, j);
        (, uint256 l1,,,) = dv.getVote(id, 1, j);
        return l0 + l1 == 0;
    }

    function test_appeal_roundWithoutVotesKeepsPreviousResult() public {
        _stakeJurors(8, 2_000e18);
        uint256 id = _openBatch();
        _drawDistinct(id, 1);
        address[] memory js = _jurorsOf(id, 0);
        _vote(id, js, _choices(UPHOLD, UPHOLD, REJECT));
        _toAppeal(id);
        vm.prank(operator);
        token.approve(address(dv), type(uint256).max);
        token.mint(operator, 200e18 + 35e18); // round 1: pledge 2 x minPledge + 7 seats' fee
        vm.prank(operator);
        dv.appeal(id); // the operator backs REJECT
        _drawWith(id, 5);
        _toFinal(id);
        dv.finalize(id);
        (,,,, uint8 outcome,,,,,) = dv.getDispute(id);
        assertEq(outcome, UPHOLD, "empty appeal round keeps round 0's result");
        dv.claim(id, operator);
        assertEq(dv.owed(operator), 0, "losing appeal pledge forfeited");
    }

    function test_appeal_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.DisputeNotActive.selector, 1));
        dv.appeal(1);
        _stakeJurors(8, 2_000e18);
        uint256 id = _openBatch();
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.NotDrawn.selector, id, 0));
        dv.appeal(id);
        _drawDistinct(id, 1);
        (, uint64 rv, uint64 a) = _deadlines(id, 0);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.AppealNotOpen.selector, rv));
        vm.prank(stranger);
        dv.appeal(id);
        vm.warp(a + 1);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.AppealPeriodOver.selector, a));
        vm.prank(stranger);
        dv.appeal(id);
        vm.warp(a);
        vm.prank(stranger);
        dv.appeal(id);
        _drawWith(id, 2);
        _toAppeal(id);
        vm.prank(stranger);
        dv.appeal(id);
        _drawWith(id, 3);
        (uint256 seats,,,,,,,,,) = dv.getRound(id, 2);
        assertEq(seats, 15);
        _toAppeal(id);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.NoMoreAppeals.selector, id));
        vm.prank(stranger);
        dv.appeal(id);
        // With no appeal left, finalize is open right after the reveal deadline.
        dv.finalize(id);
        assertEq(token.balanceOf(address(dv)), dv.accountedBalance());
    }

    // ------------------------------------------------------------ claims

    function test_claim_reverts() public {
        (uint256 id, address[] memory js) = _openDrawn();
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.DisputeNotResolved.selector, id));
        dv.claim(id, js[0]);
        _toFinal(id);
        dv.finalize(id);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.NothingToClaim.selector, id, stranger));
        dv.claim(id, stranger);
        dv.claim(id, js[0]);
        vm.expectRevert(abi.encodeWithSelector(DisputeVoting.AlreadySettled.selector, id, js[0]));
        dv.claim(id, js[0]);
        vm.expectRevert(DisputeVoting.NothingToWithdraw.selector);
        vm.prank(js[0]);
        dv.withdrawRewards();
    }

    function test_loserSettlement_reducesDrawWeight() public {
        (uint256 id, address[] memory js) = _openDrawn();
        _vote(id, js, _choices(REJECT, REJECT, UPHOLD));
        _toFinal(id);
        dv.finalize(id);
        assertEq(dv.drawWeightAt(js[2], uint48(block.number)), 500e18);
        dv.claim(id, js[2]); // anyone may settle a loser
        assertEq(dv.drawWeightAt(js[2], uint48(block.number)), 400e18);
        assertEq(dv.totalWeightAt(uint48(block.number)), 2_400e18);
    }

    // ------------------------------------------------------------ fuzz

    /// @dev Tally and payouts for any votes of up to 7 jurors on a 7-seat jury (seats may
    /// repeat). Checks the result rule and that the pool is paid out exactly.
    function testFuzz_tallyAndPayouts(uint256 seed, uint8[7] memory rawChoices, uint96 slash) public {
        DisputeVoting.Params memory p = dv.params();
        p.jurorsPerDispute = 7;
        p.maxAppeals = 0;
        vm.prank(admin);
        dv.setParameters(p);
        uint256 slashAmt = bound(uint256(slash), 0, 1_000e18);
        token.mint(address(anchor), slashAmt);
        anchor.setSlashAmount(slashAmt);

        _stakeJurors(7, 1_000e18);
        uint256 id = _openBatch();
        _drawWith(id, seed);
        address[] memory js = _jurorsOf(id, 0);
        uint8[] memory ch = new uint8[](js.length);
        uint256 up;
        uint256 rej;
        for (uint256 i; i < js.length; ++i) {
            ch[i] = rawChoices[i] % 3; // 0 absent, 1 reject, 2 uphold
            uint256 s = _seatsOf(id, 0, js[i]);
            if (ch[i] == UPHOLD) up += s;
            if (ch[i] == REJECT) rej += s;
        }
        _vote(id, js, ch);
        uint8 expected = up > rej ? UPHOLD : REJECT;
        assertEq(dv.roundResult(id, 0), expected);
        _toFinal(id);
        dv.finalize(id);
        (,,,, uint8 outcome,,,, bool refundAll, uint256 pool) = dv.getDispute(id);
        assertEq(outcome, expected);
        assertEq(refundAll, up + rej == 0);
        uint256 coherentSeats = expected == UPHOLD ? up : rej;
        uint256 expectedPool;
        if (!refundAll) {
            // forfeited locks + the juror fee, whatever the outcome and the slash
            expectedPool = (7 - coherentSeats) * LOCK + 7 * p.jurorFee;
        }
        assertEq(pool, expectedPool);

        uint256 paid;
        for (uint256 i; i < js.length; ++i) {
            uint256 s = _seatsOf(id, 0, js[i]);
            dv.claim(id, js[i]);
            paid += dv.owed(js[i]);
            if (refundAll || ch[i] == expected) {
                assertEq(_staked(js[i]), 1_000e18);
                // Pro-rata within rounding; the last claimer takes the rounding remainder.
                if (!refundAll) assertApproxEqAbs(dv.owed(js[i]), expectedPool * s / coherentSeats, 7);
            } else {
                assertEq(_staked(js[i]), 1_000e18 - s * LOCK);
                assertEq(dv.owed(js[i]), 0);
            }
            assertEq(_locked(js[i]), 0);
        }
        assertEq(paid, expectedPool, "pool paid exactly");
        dv.claim(id, disputer);
        assertEq(dv.disputeFunds(), 0);
        assertEq(dv.forfeitedUnsettled(), 0);
        _assertAccounted();
    }

    // ------------------------------------------------------------ gas figures

    function test_gas_lifecycle() public {
        _stakeJurors(8, 1_000e18);
        uint256 g = gasleft();
        uint256 id = _openBatch();
        emit log_named_uint("gas openDispute", g - gasleft());
        rnd.set(rnd.count(), keccak256("g"));
        g = gasleft();
        dv.draw(id);
        emit log_named_uint("gas draw (3 seats)", g - gasleft());
        address[] memory js = _jurorsOf(id, 0);
        bytes32 c = dv.commitmentOf(UPHOLD, _salt(js[0], 0), js[0], id, 0);
        vm.prank(js[0]);
        g = gasleft();
        dv.commit(id, c);
        emit log_named_uint("gas commit", g - gasleft());
        _toReveal(id);
        vm.prank(js[0]);
        g = gasleft();
        dv.reveal(id, UPHOLD, _salt(js[0], 0));
        emit log_named_uint("gas reveal", g - gasleft());
        _toFinal(id);
        g = gasleft();
        dv.finalize(id);
        emit log_named_uint("gas finalize (upheld, executes)", g - gasleft());
    }
}
