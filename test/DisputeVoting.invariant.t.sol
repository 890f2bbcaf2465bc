// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {DisputeVoting} from "../contracts/DisputeVoting.sol";
import {MockDots, MockAnchor, MockRegistry, MockRandomness} from "./disputes/DisputeMocks.sol";
import {DisputeHandler} from "./disputes/DisputeHandler.sol";

/// @notice DisputeVoting holds exactly the stakes, pledges and payouts it still owes.
contract DisputeVotingInvariantTest is Test {
    DisputeVoting internal dv;
    MockDots internal token;
    MockAnchor internal anchor;
    MockRegistry internal registry;
    DisputeHandler internal handler;

    function setUp() public {
        vm.roll(100);
        vm.warp(1_000_000);
        token = new MockDots();
        anchor = new MockAnchor(token);
        registry = new MockRegistry(token);
        MockRandomness rnd = new MockRandomness();
        address admin = makeAddr("admin");
        dv = new DisputeVoting(admin, address(token), address(anchor), address(registry), address(rnd));
        anchor.setDispute(address(dv));
        registry.setDispute(address(dv));

        DisputeVoting.Params memory p = dv.params();
        p.commitPeriod = 1 hours;
        p.revealPeriod = 1 hours;
        p.appealPeriod = 1 hours;
        p.unstakeDelay = 2 hours;
        vm.prank(admin);
        dv.setParameters(p);

        address[] memory actors = new address[](6);
        for (uint256 i; i < actors.length; ++i) {
            actors[i] = makeAddr(string.concat("actor", vm.toString(i)));
        }
        handler = new DisputeHandler(dv, token, anchor, registry, rnd, actors);
        for (uint256 i; i < actors.length; ++i) {
            handler.stake(i, 500e18 + i * 100e18);
        }
        vm.roll(block.number + 1);
        handler.openDispute(0, 0, 100e18, 100e18); // every sequence starts with a live dispute
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](18);
        selectors[0] = DisputeHandler.stake.selector;
        selectors[1] = DisputeHandler.requestUnstake.selector;
        selectors[2] = DisputeHandler.withdraw.selector;
        selectors[3] = DisputeHandler.openDispute.selector;
        selectors[4] = DisputeHandler.draw.selector;
        selectors[5] = DisputeHandler.commit.selector;
        selectors[6] = DisputeHandler.reveal.selector;
        selectors[7] = DisputeHandler.appeal.selector;
        selectors[8] = DisputeHandler.finalize.selector;
        selectors[9] = DisputeHandler.claim.selector;
        selectors[10] = DisputeHandler.withdrawRewards.selector;
        selectors[11] = DisputeHandler.passTime.selector;
        // Weight the dispute lifecycle so whole disputes run within one sequence.
        selectors[12] = DisputeHandler.draw.selector;
        selectors[13] = DisputeHandler.commit.selector;
        selectors[14] = DisputeHandler.reveal.selector;
        selectors[15] = DisputeHandler.finalize.selector;
        selectors[16] = DisputeHandler.advance.selector;
        selectors[17] = DisputeHandler.advance.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// forge-config: ci.invariant.depth = 32
    /// @dev One campaign checks everything (each invariant_ function costs a full campaign):
    /// - token balance == stakes + dispute funds (pledges, pools, slashed amounts not yet
    ///   credited) + credited payouts not yet withdrawn - forfeited locks counted twice, and
    ///   == every token the handler saw go in minus every token it saw go out;
    /// - the contract's totals are the sums over accounts, the draw tree's total is the sum of
    ///   stakes, and no juror's locked stake exceeds its stake;
    /// - CDRAnchor holds exactly one freeze per active batch dispute (each opened dispute froze
    ///   its batch, each resolved one released it).
    /// In CI the check runs after every 4th call, so also after each run's last (check_interval 4
    /// in foundry.toml): checking after every call made this suite 2.4x as long; a broken balance
    /// stays broken, so the next check still sees it, and afterInvariant winds everything down
    /// and checks it whatever the interval.
    function invariant_holdsExactlyWhatItOwes() public view {
        assertEq(token.balanceOf(address(dv)), dv.accountedBalance(), "balance != accounted");
        assertEq(token.balanceOf(address(dv)), handler.ghostIn() - handler.ghostOut(), "balance != flows");
        uint256 staked;
        uint256 owed;
        uint256 n = handler.actorCount();
        for (uint256 i; i < n; ++i) {
            address a = handler.actors(i);
            (uint256 s, uint256 l,,,) = dv.jurorInfo(a);
            assertLe(l, s, "locked > staked");
            staked += s;
            owed += dv.owed(a);
        }
        assertEq(staked, dv.totalStaked(), "sum of stakes");
        assertEq(owed, dv.totalOwed(), "sum of owed");
        assertEq(dv.totalWeightAt(uint48(block.number)), staked, "draw tree total != stakes");
        assertLe(dv.forfeitedUnsettled(), dv.totalStaked());
        _checkBindings();
    }

    /// @dev Item 4 and 3: every active batch dispute holds exactly one freeze and every active
    /// number dispute exactly one registry hold (each end released exactly what it took); item
    /// 11: undrawnRounds counts the active disputes whose current round waits for its draw.
    function _checkBindings() internal view {
        uint256 activeBatchDisputes;
        uint256 activeNumberDisputes;
        uint256 undrawn;
        uint256 disputes = dv.disputeCount();
        for (uint256 id = 1; id <= disputes; ++id) {
            (uint8 kind,,, DisputeVoting.Status status,, uint256 roundCount,,,,) = dv.getDispute(id);
            if (status != DisputeVoting.Status.Active) continue;
            if (kind == 0) ++activeBatchDisputes;
            if (kind == 2) ++activeNumberDisputes;
            (, bool drawn,,,,,,,,) = dv.getRound(id, roundCount - 1);
            if (!drawn) ++undrawn;
        }
        assertEq(anchor.totalFreezes(), activeBatchDisputes, "freezes != active batch disputes");
        assertEq(registry.totalHolds(), activeNumberDisputes, "holds != active number disputes");
        assertEq(dv.undrawnRounds(), undrawn, "undrawnRounds != rounds waiting for a draw");
    }

    /// @dev After every run: resolve everything, pay everyone, take every stake out. Nothing
    /// may be stuck and not one wei may be left over.
    function afterInvariant() public {
        handler.windDown();
        assertEq(dv.disputeFunds(), 0, "dispute funds left");
        assertEq(dv.forfeitedUnsettled(), 0, "unsettled forfeits left");
        assertEq(dv.totalOwed(), 0, "payouts left");
        assertEq(dv.totalStaked(), 0, "stake left");
        assertEq(token.balanceOf(address(dv)), 0, "tokens left in DisputeVoting");
        assertEq(anchor.totalFreezes(), 0, "freezes left on CDRAnchor");
        assertEq(registry.totalHolds(), 0, "holds left on NumberRegistry");
        assertEq(dv.undrawnRounds(), 0, "undrawn rounds left");
    }
}
