// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {DisputeVoting} from "../contracts/DisputeVoting.sol";
import {NumberRegistry} from "../contracts/NumberRegistry.sol";
import {MockDots, MockAnchor, MockRandomness} from "./disputes/DisputeMocks.sol";

/// @notice Issue 13 item 3: number disputes against the real NumberRegistry. A dispute binds to
/// the registration (owner, epoch) it was opened against.
contract DisputeNumberTest is Test {
    MockDots internal token;
    NumberRegistry internal nr;
    DisputeVoting internal dv;
    MockRandomness internal rnd;

    address internal admin = makeAddr("admin");
    address internal squatter = makeAddr("squatter");
    address internal victim = makeAddr("victim");
    address internal disputer = makeAddr("disputer");
    address internal treasury = makeAddr("treasury");
    address[3] internal jurors;

    string internal constant NUM = "+15550001111";
    bytes32 internal constant NODE = keccak256(bytes(NUM));
    uint256 internal constant DEPOSIT = 100e18;
    bytes internal constant CID = bytes("bafyevidence");
    uint8 internal constant REJECT = 1;
    uint8 internal constant UPHOLD = 2;

    function setUp() public {
        vm.roll(100);
        vm.warp(1_700_000_000);
        token = new MockDots();
        MockAnchor anchor = new MockAnchor(token);
        rnd = new MockRandomness();
        nr = new NumberRegistry(admin, address(token));
        dv = new DisputeVoting(admin, address(token), address(anchor), address(nr), address(rnd));
        vm.startPrank(admin);
        nr.grantRole(nr.DISPUTE_ROLE(), address(dv));
        nr.setParameters(60, 1 days, 10 days, 1 days, 1 days, DEPOSIT);
        nr.setPremium(0, 0, 0, admin);
        dv.setTreasury(treasury);
        vm.stopPrank();
        address[3] memory users = [squatter, victim, disputer];
        for (uint256 i; i < 3; ++i) {
            token.mint(users[i], 10_000e18);
            vm.startPrank(users[i]);
            token.approve(address(nr), type(uint256).max);
            token.approve(address(dv), type(uint256).max);
            vm.stopPrank();
        }
        jurors = [makeAddr("j0"), makeAddr("j1"), makeAddr("j2")];
        for (uint256 i; i < 3; ++i) {
            token.mint(jurors[i], 1000e18);
            vm.startPrank(jurors[i]);
            token.approve(address(dv), type(uint256).max);
            dv.stake(1000e18);
            vm.stopPrank();
        }
        vm.roll(block.number + 1);
    }

    function _claim(address who) internal {
        bytes32 secret = keccak256(abi.encode(who, block.timestamp));
        bytes32 c = nr.makeCommitment(NUM, who, secret);
        vm.prank(who);
        nr.commit(c);
        vm.warp(block.timestamp + nr.minCommitAge());
        vm.prank(who);
        nr.claim(NUM, secret);
    }

    /// Opens a dispute on NUM and has every drawn juror commit and reveal `verdict`.
    function _disputeVoted(uint8 verdict) internal returns (uint256 id) {
        vm.prank(disputer);
        id = dv.openDispute(2, NODE, CID, 100e18);
        rnd.set(rnd.count(), keccak256("r"));
        dv.draw(id);
        (,,,,,,,,, address[] memory js) = dv.getRound(id, 0);
        for (uint256 i; i < js.length; ++i) {
            bytes32 c = dv.commitmentOf(verdict, bytes32(i), js[i], id, 0);
            vm.prank(js[i]);
            dv.commit(id, c);
        }
        (,,, uint64 c,,,,,,) = dv.getRound(id, 0);
        vm.warp(c + 1);
        for (uint256 i; i < js.length; ++i) {
            vm.prank(js[i]);
            dv.reveal(id, verdict, bytes32(i));
        }
    }

    function _toFinal(uint256 id) internal {
        (,,,,, uint64 a,,,,) = dv.getRound(id, 0);
        if (block.timestamp <= a) vm.warp(a + 1);
    }

    /// The attack (it worked before the fix): the squatter's number lapses during the dispute and
    /// the victim claims it; the upheld outcome released the victim's number and took its
    /// deposit. Now the victim keeps both, and the outcome takes the squatter's deposit, which
    /// the registry had kept in escrow when the registration lapsed.
    function test_attack3_upheldDisputeNeverHitsALaterOwner() public {
        _claim(squatter);
        uint256 id = _disputeVoted(UPHOLD);
        (, uint32 epoch,,,,,) = _info();
        vm.warp(block.timestamp + 12 days); // expiry + grace passed: lapsed
        _claim(victim);
        assertEq(nr.ownerOf(NUM), victim);
        (uint256 holds,, uint256 escrow) = nr.holdOf(NODE, epoch);
        assertEq(holds, 1);
        assertEq(escrow, DEPOSIT, "the lapsed squatter's deposit is kept for the dispute");
        _toFinal(id);
        dv.finalize(id);
        assertEq(nr.ownerOf(NUM), victim, "the new owner keeps the number");
        assertEq(nr.depositOf(NUM), DEPOSIT, "and its deposit");
        assertEq(token.balanceOf(address(nr)), DEPOSIT, "only the victim's deposit is left");
        (,,,,,,, bool executed,,) = dv.getDispute(id);
        assertTrue(executed, "the outcome took the disputed registration's deposit");
        assertEq(token.balanceOf(treasury), DEPOSIT / 2);
        dv.claim(id, disputer);
        assertEq(dv.owed(disputer), 100e18 + DEPOSIT / 2);
    }

    /// A registration that ended without escrow (the owner was released by an earlier upheld
    /// dispute): a second upheld dispute applies to nothing.
    function test_secondUpheldDispute_appliesToNothing() public {
        _claim(squatter);
        uint256 first = _disputeVoted(UPHOLD);
        vm.prank(disputer);
        uint256 second = dv.openDispute(2, NODE, CID, 100e18);
        _toFinal(first);
        dv.finalize(first);
        assertEq(nr.ownerOf(NUM), address(0));
        // the number is claimed again by someone else; the second dispute ends upheld
        vm.warp(block.timestamp + 2 days);
        _claim(victim);
        rnd.set(rnd.count(), keccak256("r2"));
        dv.draw(second);
        (,,,,,,,,, address[] memory js) = dv.getRound(second, 0);
        for (uint256 i; i < js.length; ++i) {
            bytes32 cm = dv.commitmentOf(UPHOLD, bytes32(i), js[i], second, 0);
            vm.prank(js[i]);
            dv.commit(second, cm);
        }
        (,,, uint64 c,,,,,,) = dv.getRound(second, 0);
        vm.warp(c + 1);
        for (uint256 i; i < js.length; ++i) {
            vm.prank(js[i]);
            dv.reveal(second, UPHOLD, bytes32(i));
        }
        _toFinal(second);
        dv.finalize(second);
        (,,,,,,, bool executed,,) = dv.getDispute(second);
        assertFalse(executed, "applies to nothing");
        assertEq(nr.ownerOf(NUM), victim);
        assertEq(nr.depositOf(NUM), DEPOSIT);
    }

    /// The owner cannot dodge an open dispute by releasing or transferring the number.
    function test_disputedOwnerCannotDodge() public {
        _claim(squatter);
        uint256 id = _disputeVoted(UPHOLD);
        vm.startPrank(squatter);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NumberDisputed.selector, NODE));
        nr.release(NUM);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NumberDisputed.selector, NODE));
        nr.transfer(NUM, victim);
        nr.renew(NUM); // still allowed: the service goes on
        vm.stopPrank();
        _toFinal(id);
        uint256 before = token.balanceOf(squatter);
        dv.finalize(id);
        assertEq(nr.ownerOf(NUM), address(0));
        assertEq(token.balanceOf(squatter), before, "the squatter's deposit was taken");
    }

    /// A rejected dispute releases the hold; a registration that lapsed while held gets its
    /// escrowed deposit back.
    function test_rejectedDispute_releasesHoldAndEscrow() public {
        _claim(squatter);
        uint256 id = _disputeVoted(REJECT);
        (, uint32 epoch,,,,,) = _info();
        vm.warp(block.timestamp + 12 days);
        nr.reclaimExpired(NUM);
        uint256 before = token.balanceOf(squatter);
        _toFinal(id);
        dv.finalize(id);
        (uint256 holds,, uint256 escrow) = nr.holdOf(NODE, epoch);
        assertEq(holds + escrow, 0);
        assertEq(token.balanceOf(squatter) - before, DEPOSIT, "escrow refunded to its owner");
    }

    /// A rejected dispute on a live number: the owner may release it afterwards.
    function test_rejectedDispute_ownerFreeAgain() public {
        _claim(squatter);
        uint256 id = _disputeVoted(REJECT);
        _toFinal(id);
        dv.finalize(id);
        vm.prank(squatter);
        nr.release(NUM);
    }

    function _info() internal view returns (address registrant, uint32 epoch, bool live, uint64 e, uint256 d, uint64 a, string memory s) {
        (registrant, e, d, a, epoch, live, s) = nr.numberInfo(NODE);
    }
}
