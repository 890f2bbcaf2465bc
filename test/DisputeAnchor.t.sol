// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {CDRAnchor} from "../contracts/CDRAnchor.sol";
import {DisputeVoting} from "../contracts/DisputeVoting.sol";
import {RewardToken} from "../contracts/RewardToken.sol";
import {ICDRAnchor} from "../contracts/interfaces/ICDRAnchor.sol";
import {CDRLeaf} from "../contracts/libraries/CDRLeaf.sol";
import {TestMerkle} from "./CDRAnchor.t.sol";
import {MockRegistry, MockRandomness} from "./disputes/DisputeMocks.sol";

/// @notice DisputeVoting against the real CDRAnchor and RewardToken: a dispute on a pending batch
/// lasts days, far longer than the one-hour challenge window, and still decides the batch's fate.
contract DisputeAnchorTest is Test {
    RewardToken internal token;
    CDRAnchor internal anchorC;
    DisputeVoting internal dv;
    MockRandomness internal rnd;

    address internal admin = makeAddr("admin");
    address internal op = makeAddr("op");
    address internal disputer = makeAddr("disputer");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address[3] internal jurors;

    uint8 internal constant KIND_BATCH = 0;
    uint8 internal constant REJECT = 1;
    uint8 internal constant UPHOLD = 2;
    uint256 internal constant BOND = 10_000e18;
    uint256 internal constant PLEDGE = 100e18;
    bytes internal constant CID = hex"01551220c3c4733ec8affd06cf9e9ff50ffc6bcd2ec85a6170004bb709669c31de94391a";

    uint256 internal a; // final batch with rewards alice 1, bob 1
    uint256 internal b; // disputed batch: alice 5, bob 1
    bytes32[] internal la;
    bytes32[] internal lb;

    function setUp() public {
        vm.roll(100);
        vm.warp(1_700_000_000);
        jurors = [makeAddr("juror0"), makeAddr("juror1"), makeAddr("juror2")];
        address[] memory holders = new address[](5);
        uint256[] memory amounts = new uint256[](5);
        (holders[0], holders[1], holders[2], holders[3], holders[4]) = (op, disputer, jurors[0], jurors[1], jurors[2]);
        for (uint256 i = 0; i < 5; ++i) {
            amounts[i] = 100_000e18;
        }
        token = new RewardToken(vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1), holders, amounts);
        anchorC = new CDRAnchor(admin, address(token));
        rnd = new MockRandomness();
        MockRegistry registry = new MockRegistry(token);
        dv = new DisputeVoting(admin, address(token), address(anchorC), address(registry), address(rnd));
        vm.startPrank(admin);
        anchorC.grantRole(anchorC.DISPUTE_ROLE(), address(dv));
        vm.stopPrank();

        vm.startPrank(op);
        token.approve(address(anchorC), type(uint256).max);
        anchorC.registerOperator(BOND, op, "sip:op.example.net");
        vm.stopPrank();
        for (uint256 i = 0; i < 3; ++i) {
            vm.startPrank(jurors[i]);
            token.approve(address(dv), type(uint256).max);
            dv.stake(1_000e18);
            vm.stopPrank();
        }
        vm.prank(disputer);
        token.approve(address(dv), type(uint256).max);
        vm.roll(block.number + 1);

        la = _leaves(1e18, 1e18);
        a = _anchorNext(TestMerkle.root(la), 2e18);
        vm.warp(block.timestamp + anchorC.challengeWindow());
        lb = _leaves(5e18, 1e18);
        b = _anchorNext(TestMerkle.root(lb), 6e18);
    }

    function _leaves(uint256 x, uint256 y) internal view returns (bytes32[] memory l) {
        l = new bytes32[](2);
        l[0] = CDRLeaf.rewardHash(alice, x);
        l[1] = CDRLeaf.rewardHash(bob, y);
    }

    function _anchorNext(bytes32 rewardsRoot, uint256 total) internal returns (uint256 id) {
        uint64 first = anchorC.operatorInfo(op).lastSeq + 1;
        vm.prank(op);
        id = anchorC.anchor(keccak256(abi.encode(first)), CID, 10, 5000, first, first + 9, rewardsRoot, total);
    }

    /// @dev Opens a dispute on batch b, draws the three jurors and has them vote `choice`;
    /// returns after the deadlines, ready to finalize (days after b's challenge window).
    function _disputeB(uint8 choice) internal returns (uint256 id) {
        vm.prank(disputer);
        id = dv.openDispute(KIND_BATCH, bytes32(b), bytes("bafyevidence"), PLEDGE);
        rnd.set(rnd.count(), keccak256("seed"));
        dv.draw(id);
        (,,,,,,,,, address[] memory js) = dv.getRound(id, 0);
        for (uint256 i = 0; i < js.length; ++i) {
            bytes32 commitment = dv.commitmentOf(choice, bytes32(i), js[i], id, 0);
            vm.prank(js[i]);
            dv.commit(id, commitment);
        }
        (,,, uint64 commitDeadline,, uint64 appealDeadline,,,,) = dv.getRound(id, 0);
        vm.warp(commitDeadline + 1);
        for (uint256 i = 0; i < js.length; ++i) {
            vm.prank(js[i]);
            dv.reveal(id, choice, bytes32(i));
        }
        vm.warp(appealDeadline + 1);
        // The batch's challenge window (1 h) is long over, yet it is still Pending.
        assertGt(block.timestamp, anchorC.batch(b).finalAt + 2 days);
        assertEq(uint256(anchorC.batchState(b)), uint256(ICDRAnchor.BatchState.Pending));
    }

    function test_openingFreezesBatch() public {
        vm.expectEmit(address(anchorC));
        emit CDRAnchor.BatchFrozen(b, op, 1, b);
        vm.prank(disputer);
        dv.openDispute(KIND_BATCH, bytes32(b), bytes("bafyevidence"), PLEDGE);
        vm.warp(block.timestamp + 3 days);
        assertEq(uint256(anchorC.batchState(b)), uint256(ICDRAnchor.BatchState.Pending));
        assertEq(anchorC.latestFinalBatch(op), a);
        bytes32[] memory p = TestMerkle.proof(lb, 0);
        vm.expectRevert(abi.encodeWithSelector(CDRAnchor.BatchNotClaimable.selector, b, ICDRAnchor.BatchState.Pending));
        anchorC.claim(op, b, alice, 5e18, p);
        // The last undisputed final root still pays.
        assertEq(anchorC.claim(op, a, alice, 1e18, TestMerkle.proof(la, 0)), 1e18);
    }

    function test_upheldDisputeInvalidatesAndSlashesDaysLater() public {
        uint256 id = _disputeB(UPHOLD);
        uint256 before = token.balanceOf(address(dv));
        dv.finalize(id);
        (,,,, uint8 outcome,,, bool executed,,) = dv.getDispute(id);
        assertEq(outcome, UPHOLD);
        assertTrue(executed, "invalidation executed");
        assertEq(uint256(anchorC.batchState(b)), uint256(ICDRAnchor.BatchState.Invalidated));
        // Half the bond is slashed to the dispute: the disputer's half of it stays credited in
        // DisputeVoting, the treasury's half (burnt by default) left at once.
        assertEq(token.balanceOf(address(dv)) - before, BOND / 4, "the disputer's share of the slash stays");
        assertEq(token.balanceOf(dv.BURN_ADDRESS()), BOND / 4, "the treasury's share");
        (uint256 freezes,) = anchorC.freezeOf(b);
        assertEq(freezes, 0);
        assertEq(anchorC.latestFinalBatch(op), a);
        // b's inflated rewards are never paid; a's are.
        bytes32[] memory p = TestMerkle.proof(lb, 0);
        vm.expectRevert(
            abi.encodeWithSelector(CDRAnchor.BatchNotClaimable.selector, b, ICDRAnchor.BatchState.Invalidated)
        );
        anchorC.claim(op, b, alice, 5e18, p);
        assertEq(anchorC.claim(op, a, alice, 1e18, TestMerkle.proof(la, 0)), 1e18);
        assertEq(token.balanceOf(address(dv)), dv.accountedBalance());
    }

    function test_rejectedDisputeLetsBatchBecomeFinal() public {
        uint256 id = _disputeB(REJECT);
        dv.finalize(id);
        (,,,, uint8 outcome,,, bool executed,,) = dv.getDispute(id);
        assertEq(outcome, REJECT);
        assertFalse(executed);
        assertEq(uint256(anchorC.batchState(b)), uint256(ICDRAnchor.BatchState.Final));
        assertEq(anchorC.latestFinalBatch(op), b);
        assertEq(anchorC.operatorInfo(op).bond, BOND, "no slash");
        assertEq(anchorC.claim(op, b, alice, 5e18, TestMerkle.proof(lb, 0)), 5e18);
    }

    function test_twoDisputesOnOneBatch() public {
        vm.prank(disputer);
        uint256 first = dv.openDispute(KIND_BATCH, bytes32(b), bytes("bafyevidence-1"), PLEDGE);
        uint256 second = _disputeB(UPHOLD); // opened while the first is open
        (uint256 freezes,) = anchorC.freezeOf(b);
        assertEq(freezes, 2);
        dv.finalize(second);
        assertEq(uint256(anchorC.batchState(b)), uint256(ICDRAnchor.BatchState.Invalidated));
        // The first dispute's round was never drawn; draw it, nobody votes, it resolves
        // (rejected) and still releases its freeze though the batch is already invalidated.
        rnd.set(rnd.count() - 1, keccak256("seed-1"));
        dv.draw(first);
        (,,,,, uint64 appealDeadline,,,,) = dv.getRound(first, 0);
        vm.warp(appealDeadline + 1);
        dv.finalize(first);
        (freezes,) = anchorC.freezeOf(b);
        assertEq(freezes, 0);
        uint256 b2 = _anchorNext(TestMerkle.root(lb), 6e18);
        vm.warp(block.timestamp + anchorC.challengeWindow());
        assertEq(uint256(anchorC.batchState(b2)), uint256(ICDRAnchor.BatchState.Final));
    }
}
