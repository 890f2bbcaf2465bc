// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {NumberRegistry} from "../contracts/NumberRegistry.sol";
import {MockDOTS} from "./numreg/MockDOTS.sol";
import {NumberRegistryHandler} from "./numreg/NumberRegistryHandler.sol";

/// @dev Invariants of NumberRegistry under random claims, releases, transfers, renewals,
/// lapses (vm.warp), reclaims, forced releases, record edits and deposit changes.
contract NumberRegistryInvariantTest is Test {
    NumberRegistry reg;
    MockDOTS dots;
    NumberRegistryHandler handler;
    address governor = address(0x60);
    address disputer = address(0xD1);

    function setUp() public {
        vm.warp(1_700_000_000);
        dots = new MockDOTS();
        reg = new NumberRegistry(governor, address(dots));
        vm.startPrank(governor);
        reg.grantRole(reg.DISPUTE_ROLE(), disputer);
        // short term and grace so that runs see numbers lapse and come back
        reg.setParameters(60, 1 days, 10 days, 4 days, 3 days, 50e18);
        vm.stopPrank();
        handler = new NumberRegistryHandler(reg, dots, governor, disputer);
        address pot = handler.POT();
        vm.prank(governor);
        reg.setPremium(1_000e18, 1 days, 5 days, pot); // premiums land in the pot too

        bytes4[] memory selectors = new bytes4[](14);
        selectors[0] = handler.claim.selector;
        selectors[1] = handler.claim.selector; // claims twice as likely
        selectors[2] = handler.renew.selector;
        selectors[3] = handler.release.selector;
        selectors[4] = handler.transfer.selector;
        selectors[5] = handler.reclaimExpired.selector;
        selectors[6] = handler.hold.selector;
        selectors[12] = handler.endHold.selector;
        selectors[13] = handler.endHold.selector;
        selectors[7] = handler.setRecords.selector;
        selectors[8] = handler.setDeposit.selector;
        selectors[9] = handler.warp.selector;
        selectors[10] = handler.warpToEdge.selector;
        selectors[11] = handler.warpToEdge.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// One invariant entry point (each `invariant_` function is a campaign of its own; the CI
    /// profile runs 10,000 of them, so the checks share one).
    function invariant_NumberRegistry() public view {
        checkAtMostOneOwner();
        checkBalanceEqualsLiveDeposits();
    }

    /// A number has at most one owner: no claim ever succeeds over a live registration, the
    /// registry's owner is exactly the model's (live) owner with the same expiry, every call is
    /// accepted or refused as the model predicts, and a number that is not live has no records.
    function checkAtMostOneOwner() public view {
        assertEq(handler.claimsOverLiveOwner(), 0, "claim over a live owner");
        assertEq(handler.mismatches(), 0, "registry and model disagree on an accept/revert");
        assertEq(handler.staleRecords(), 0, "a new registration inherited records");
        assertEq(handler.wrongOwnerHit(), 0, "an upheld dispute hit a registration it was not opened against");
        for (uint256 k; k < handler.numberCount(); ++k) {
            string memory e164 = handler.numbers(k);
            address live = handler.liveOwner(k);
            assertEq(reg.ownerOf(e164), live, "ownerOf != model");
            assertEq(reg.ownerOfNode(keccak256(bytes(e164))), live, "ownerOfNode != model");
            (, uint64 expires,,) = handler.model(k);
            assertEq(reg.expiresOf(e164), live == address(0) ? 0 : expires, "expiry != model");
            // a number that is not live serves no records
            if (live == address(0)) {
                (address op, string memory uri) = reg.routeOf(e164);
                assertEq(op, address(0), "stale route operator");
                assertEq(bytes(uri).length, 0, "stale route uri");
                assertEq(reg.featuresOf(e164), 0, "stale features");
                assertFalse(reg.isBlocked(e164, handler.CALLER()), "stale blocked caller");
            }
        }
    }

    /// The registry holds exactly the deposits of registrations not yet released or reclaimed,
    /// and no token is created or lost.
    function checkBalanceEqualsLiveDeposits() public view {
        uint256 sum;
        for (uint256 k; k < handler.numberCount(); ++k) {
            uint256 held = reg.depositOf(handler.numbers(k));
            (,, uint256 modelDeposit,) = handler.model(k);
            assertEq(held, modelDeposit, "deposit != model");
            sum += held;
        }
        assertEq(dots.balanceOf(address(reg)), sum + handler.totalEscrow(), "registry balance != deposits + escrows");

        uint256 total = dots.balanceOf(address(reg)) + dots.balanceOf(handler.POT());
        for (uint256 i; i < handler.actorCount(); ++i) {
            total += dots.balanceOf(handler.actors(i));
        }
        assertEq(total, dots.totalSupply(), "tokens leaked");
    }

    /// The handler's actions really reach every path (a scripted walk through them); the
    /// mutation checks in the report show the invariants fail when the registry is broken.
    function test_HandlerReachesEveryPath() public {
        handler.claim(0, 0); // actor 0 claims number 0
        handler.claim(1, 0); // refused: live
        handler.setRecords(0, 7);
        handler.transfer(0, 0, 2, true); // to actor 2
        handler.renew(0);
        handler.warp(10 days);
        handler.warp(10 days);
        handler.warpToEdge(0, 0); // exactly expiry + grace: lapsed
        handler.reclaimExpired(0);
        handler.claim(3, 0);
        handler.release(0, 0, true);
        handler.claim(1, 1);
        handler.hold(1);
        handler.endHold(0, true);
        handler.setDeposit(1e18);
        handler.claim(1, 2);
        handler.hold(2);
        handler.transfer(0, 2, 0, true); // refused: held
        handler.release(0, 2, true); // refused: held
        handler.endHold(0, false);
        bytes32[10] memory paths = [
            bytes32("claim"),
            "renew",
            "release",
            "transfer",
            "reclaimExpired",
            "forceRelease",
            "releaseHold",
            "hold",
            "setRecords",
            "setDeposit"
        ];
        for (uint256 i; i < paths.length; ++i) {
            assertGt(handler.succeeded(paths[i]), 0, string(abi.encodePacked(paths[i])));
        }
        assertEq(handler.calls("claim"), 5);
        assertEq(handler.succeeded("claim"), 4, "the claim over a live owner was refused");
        assertEq(handler.mismatches(), 0);
        invariant_NumberRegistry();
        assertEq(reg.depositOf(handler.numbers(2)), 1e18);
    }
}
