// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {RateExchange} from "../contracts/RateExchange.sol";
import {RateExchangeBase} from "./RateExchange.t.sol";

/// Issue 13, items 5-8: the attacks an independent review demonstrated against RateExchange,
/// kept as regressions. Each test was first run against the code before the fix, where the
/// attack succeeded (the test failed); see the commit message of the fix.
contract RateExchangeAttackTest is RateExchangeBase {
    uint64 internal constant WEEK = 7 days;

    // ------------------------------------------------------------ item 5: stacking

    /// Ten entries for one prefix with the same effective time, each 10% above the previous one
    /// (an agreement caps increases at 10%), must not add up to +159% in one step.
    function test_attack5_stackingSameTimeExceedsCap() public {
        _publish(seller, _in("44", 1_000_000, 0, 60, 60, _now()));
        vm.warp(_now() + 1); // the cap is relative to what was in force before this block
        _setAgreement(buyerKey, sellerKey, uint32(WEEK), 1000, _now() + 365 days);
        uint64 t = _now() + WEEK;
        uint96 rate = 1_000_000;
        _publish(seller, _in("44", 1_100_000, 0, 60, 60, t)); // +10%: within the cap
        for (uint256 k; k < 9; ++k) {
            rate = 1_100_000 + uint96(k + 1) * 110_000; // each step <= 10% of the one before
            vm.prank(seller);
            vm.expectRevert(abi.encodeWithSelector(RateExchange.IncreaseTooLarge.selector, 0, 1000));
            ex.publish(_one(_in("44", rate, 0, 60, 60, t)));
        }
        (RateExchange.RateEntry memory e,,) = ex.quote(seller, "+441", t, 60);
        assertEq(e.ratePerMinute, 1_100_000, "the stacked entries are refused");
    }

    /// The same in one call, and with effective times one second apart.
    function test_attack5_stackingInOneCallAndOneSecondApart() public {
        _publish(seller, _in("44", 1_000_000, 0, 60, 60, _now()));
        vm.warp(_now() + 1); // the cap is relative to what was in force before this block
        _setAgreement(buyerKey, sellerKey, uint32(WEEK), 1000, _now() + 365 days);
        uint64 t = _now() + WEEK;
        RateExchange.RateInput[] memory a = new RateExchange.RateInput[](3);
        a[0] = _in("44", 1_100_000, 0, 60, 60, t);
        a[1] = _in("44", 1_210_000, 0, 60, 60, t);
        a[2] = _in("44", 1_331_000, 0, 60, 60, t + 1);
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.IncreaseTooLarge.selector, 1, 1000));
        ex.publish(a);
        a[1] = _in("44", 1_100_000, 0, 60, 60, t + 1); // unchanged: fine
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.IncreaseTooLarge.selector, 2, 1000));
        ex.publish(a);
    }

    /// Stacking on a more specific prefix (its entries are compared with what is in force
    /// for those destinations, the covering prefix's entry) is refused too.
    function test_attack5_stackingThroughLongerPrefix() public {
        _publish(seller, _in("44", 1_000_000, 0, 60, 60, _now()));
        vm.warp(_now() + 1); // the cap is relative to what was in force before this block
        _setAgreement(buyerKey, sellerKey, uint32(WEEK), 1000, _now() + 365 days);
        uint64 t = _now() + WEEK;
        _publish(seller, _in("447", 1_100_000, 0, 60, 60, t));
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.IncreaseTooLarge.selector, 0, 1000));
        ex.publish(_one(_in("4477", 1_210_000, 0, 60, 60, t)));
    }

    // ------------------------------------------------------------ item 6: increments

    /// 60/60 -> 59/60 raises a 60 s call from 60 to 119 billed seconds: an increase.
    function test_attack6_initialIncrementCutIsAnIncrease() public {
        _publish(seller, _in("44", 600, 0, 60, 60, _now()));
        assertEq(ex.costOf(_entry(600, 0, 60, 60), 60), 600);
        assertEq(ex.costOf(_entry(600, 0, 59, 60), 60), 1190);
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooShort.selector, 0, _now() + WEEK));
        ex.publish(_one(_in("44", 600, 0, 59, 60, _now())));
        // with notice it is accepted
        _publish(seller, _in("44", 600, 0, 59, 60, _now() + WEEK));
    }

    /// Subsequent increment 60 -> 45 (not a divisor): a 61 s call is billed 105 s instead of 120,
    /// but a 106 s call 150 s instead of 120.
    function test_attack6_subsequentIncrementNotADivisor() public {
        _publish(seller, _in("44", 600, 0, 60, 60, _now()));
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooShort.selector, 0, _now() + WEEK));
        ex.publish(_one(_in("44", 600, 0, 60, 45, _now())));
        // a finer grid that contains the old one is a decrease: 60/60 -> 30/6, 1/1, 60/30
        _publish(seller, _in("44", 600, 0, 60, 30, _now()));
        _publish(seller, _in("44", 600, 0, 30, 6, _now()));
        _publish(seller, _in("44", 600, 0, 1, 1, _now()));
        // 1/1 -> 1/10 at a third of the rate is not a decrease: a 2 s call is billed 11 s
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooShort.selector, 0, _now() + WEEK));
        ex.publish(_one(_in("44", 200, 0, 1, 10, _now())));
        // but a coarser grid paid for by a low enough rate is: 1/1 -> 6/6 at a sixth
        _publish(seller, _in("44", 100, 0, 6, 6, _now()));
    }

    /// An increment change that is an increase under an agreement is capped on the cost of
    /// calls: 60/60 -> 59/60 nearly doubles a 60 s call, far above a 10% cap.
    function test_attack6_capAppliesToIncrementChanges() public {
        _publish(seller, _in("44", 600, 0, 60, 60, _now()));
        vm.warp(_now() + 1);
        _setAgreement(buyerKey, sellerKey, uint32(WEEK), 1000, _now() + 365 days);
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.IncreaseTooLarge.selector, 0, 1000));
        ex.publish(_one(_in("44", 600, 0, 59, 60, _now() + WEEK)));
        // +10% on the rate with the same increments is within the cap
        _publish(seller, _in("44", 660, 0, 60, 60, _now() + WEEK));
    }

    // ------------------------------------------------------------ item 7: longer prefixes

    /// A decrease of "44" announced for tomorrow, then every "44x" published at the old rate
    /// effective now: at the announced time the destinations would keep the old rate.
    function test_attack7_longerPrefixesCancelScheduledDecrease() public {
        _publish(seller, _in("44", 1000, 0, 60, 60, _now()));
        uint64 tomorrow = _now() + 1 days;
        _publish(seller, _in("44", 500, 0, 60, 60, tomorrow)); // a decrease: at once is fine
        RateExchange.RateInput[] memory a = new RateExchange.RateInput[](10);
        for (uint256 k; k < 10; ++k) {
            a[k] = _in(string.concat("44", vm.toString(k)), 1000, 0, 60, 60, _now());
        }
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooShort.selector, 0, _now() + WEEK));
        ex.publish(a);
        (, string memory p, uint256 cost) = ex.quote(seller, "+447700900123", tomorrow, 60);
        assertEq(p, "44");
        assertEq(cost, 500, "the announced decrease holds");
        // at the decreased rate, or with notice, the longer prefixes are fine
        for (uint256 k; k < 10; ++k) {
            a[k] = _in(string.concat("44", vm.toString(k)), 1000, 0, 60, 60, _now() + WEEK);
        }
        vm.prank(seller);
        ex.publish(a);
        _publish(seller, _in("4477", 500, 0, 60, 60, _now()));
    }

    /// The same through a longer prefix whose first entry is scheduled: inserting an earlier
    /// entry must not cancel the decrease of the covering prefix either.
    function test_attack7_earlierEntryOfScheduledLongerPrefix() public {
        _publish(seller, _in("44", 1000, 0, 60, 60, _now()));
        _publish(seller, _in("44", 500, 0, 60, 60, _now() + 1 days));
        _publish(seller, _in("447", 500, 0, 60, 60, _now() + 2 days));
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooShort.selector, 0, _now() + WEEK));
        ex.publish(_one(_in("447", 1000, 0, 60, 60, _now())));
        // up to the covering decrease it is no increase
        _publish(seller, _in("447", 500, 0, 60, 60, _now())); // no more than either "44" entry
    }

    /// A covering prefix shadowed by a longer one does not count: "4" is cheap, "44" is what
    /// "447..." destinations pay, so a new "447" at the "44" rate is no increase.
    function test_item7_shadowedCoveringPrefixIgnored() public {
        vm.prank(seller);
        ex.publish(_two(_in("4", 10, 0, 60, 60, _now()), _in("44", 1000, 0, 60, 60, _now())));
        vm.warp(_now() + 1);
        _publish(seller, _in("447", 1000, 0, 60, 60, _now()));
        // while "45" is not yet in force (next week and a day), "4" is what "45..." pay
        _publish(seller, _in("45", 1000, 0, 60, 60, _now() + 8 days));
        _publish(seller, _in("451", 10, 0, 60, 60, _now()));
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooShort.selector, 0, _now() + WEEK));
        ex.publish(_one(_in("452", 11, 0, 60, 60, _now())));
    }

    // ------------------------------------------------------------ item 8: decrease now

    /// With an increase scheduled next week, a decrease now must still be possible, and the
    /// scheduled increase stays where it was.
    function test_attack8_decreaseNowWhileIncreaseScheduled() public {
        _publish(seller, _in("44", 1000, 0, 60, 60, _now()));
        uint64 later = _now() + WEEK;
        _publish(seller, _in("44", 2000, 0, 60, 60, later));
        vm.warp(_now() + 1 hours);
        _publish(seller, _in("44", 800, 0, 60, 60, _now()));
        (, , uint256 nowCost) = ex.quote(seller, "+4412", _now(), 60);
        (, , uint256 laterCost) = ex.quote(seller, "+4412", later, 60);
        assertEq(nowCost, 800);
        assertEq(laterCost, 2000);
        RateExchange.RateEntry[] memory h = ex.history(seller, "44");
        assertEq(h.length, 3);
        assertEq(h[1].ratePerMinute, 800);
        assertEq(h[2].ratePerMinute, 2000);
        // the past is unchanged
        (, , uint256 pastCost) = ex.quote(seller, "+4412", _now() - 1, 60);
        assertEq(pastCost, 1000);
    }

    /// A decrease now with several entries scheduled, and a decrease of a scheduled entry
    /// (republished at its time, cheaper) both work; raising a scheduled decrease does not.
    function test_item8_insertBetweenScheduled() public {
        _publish(seller, _in("44", 1000, 0, 60, 60, _now()));
        uint64 t0 = _now();
        _publish(seller, _in("44", 900, 0, 60, 60, t0 + 1 days));
        _publish(seller, _in("44", 2000, 0, 60, 60, t0 + 8 days));
        _publish(seller, _in("44", 950, 0, 60, 60, t0 + 12 hours)); // between now and +1d
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooShort.selector, 0, _now() + WEEK));
        ex.publish(_one(_in("44", 1000, 0, 60, 60, t0 + 1 days))); // would cancel the 900
        _publish(seller, _in("44", 850, 0, 60, 60, t0 + 1 days));
        assertEq(_cost("+441", t0 + 12 hours), 950);
        assertEq(_cost("+441", t0 + 1 days), 850);
        assertEq(_cost("+441", t0 + 8 days), 2000);
        assertEq(ex.historyLength(seller, "44"), 5);
    }

    function test_scheduledEntriesBounded() public {
        uint256 max = ex.MAX_SCHEDULED();
        _publish(seller, _in("44", 1000, 0, 60, 60, _now()));
        for (uint256 k; k < max; ++k) {
            _publish(seller, _in("44", uint96(999 - k), 0, 60, 60, _now() + 1 + uint64(k)));
        }
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.TooManyScheduled.selector, 0));
        ex.publish(_one(_in("44", 1, 0, 60, 60, _now() + 1000)));
        // a decrease effective now is not scheduled: always possible
        _publish(seller, _in("44", 1, 0, 60, 60, _now()));
        assertEq(_cost("+441", _now()), 1);
    }

    // ------------------------------------------------------------ fuzz targets

    /// Item 5 as a fuzz target: any sequence of publishes (same time, a second apart, longer
    /// prefixes, increments changed), each as large as the cap over what it follows, never
    /// makes any call cost more than the cap over what was in force before the block.
    function testFuzz_stackingNeverExceedsCap(uint16 bps, uint8 steps, uint256 seed) public {
        bps = uint16(bound(bps, 0, 3000));
        steps = uint8(bound(steps, 1, 10));
        RateExchange.RateEntry memory base = RateExchange.RateEntry(1e6, 1000, 60, 60, _now());
        _publish(seller, _in("44", 1e6, 1000, 60, 60, _now()));
        vm.warp(_now() + 1);
        _setAgreement(buyerKey, sellerKey, uint32(WEEK), bps, _now() + 365 days);
        uint64 t = _now() + WEEK;
        for (uint256 k; k < steps; ++k) {
            _stackStep(uint256(keccak256(abi.encode(seed, k))), t, bps);
        }
        for (uint256 dt; dt < 3; ++dt) {
            (RateExchange.RateEntry memory c,,) = ex.quote(seller, "+4477123", t + uint64(dt), 0);
            for (uint256 d = 1; d <= 200; ++d) {
                assertLe(_x(c, d) * 10_000, _x(base, d) * (10_000 + bps), "cost above the cap");
            }
        }
    }

    function _stackStep(uint256 r, uint64 t, uint256 bps) internal {
        string[3] memory ps = ["44", "447", "4477"];
        uint32[3] memory inits = [uint32(60), 30, 59];
        uint32[3] memory subs = [uint32(60), 6, 60];
        uint64 at = t + uint64(r % 3);
        (RateExchange.RateEntry memory c,,) = ex.quote(seller, "+4477123", at, 0);
        uint256 g = r >> 8;
        RateExchange.RateInput memory e = _in(
            ps[g % 3],
            uint96(uint256(c.ratePerMinute) * (10_000 + bps) / 10_000 + (g >> 2) % 2),
            uint96(uint256(c.connectFee) * (10_000 + bps) / 10_000),
            inits[(g >> 4) % 3],
            subs[(g >> 6) % 3],
            at
        );
        vm.prank(seller);
        try ex.publish(_one(e)) {} catch {}
    }

    /// costsNoMore never says "no more" when some call costs more (brute force over every
    /// duration up to well past both grids' first blocks), and is exact for refining grids.
    function testFuzz_costsNoMore_sound(uint256 sa, uint256 sb, uint16 bps) public view {
        RateExchange.RateEntry memory a = _fromSeed(sa);
        RateExchange.RateEntry memory b = _fromSeed(sb);
        if (sa % 5 == 0) (b.initialIncrement, b.subsequentIncrement) = (a.initialIncrement * 2, a.subsequentIncrement * 3);
        uint256 mb = 10_000 + bound(bps, 0, 3000);
        bool got = ex.costsNoMore(a, b, 10_000, mb);
        bool worse;
        for (uint256 d = 1; d <= 400 && !worse; ++d) {
            worse = _x(a, d) * 10_000 > _x(b, d) * mb;
        }
        if (got) assertFalse(worse, "said no more, but a call costs more");
        bool refines = b.initialIncrement >= a.initialIncrement
            && (b.initialIncrement - a.initialIncrement) % a.subsequentIncrement == 0
            && b.subsequentIncrement % a.subsequentIncrement == 0;
        if (refines && a.ratePerMinute * 10_000 <= b.ratePerMinute * mb) assertEq(got, !worse, "exact on refining grids");
    }

    function _fromSeed(uint256 r) internal pure returns (RateExchange.RateEntry memory) {
        return RateExchange.RateEntry(
            uint96((r >> 16) % 1e6), uint96((r >> 64) % 1e4), uint32(1 + (r >> 128) % 90), uint32(1 + (r >> 160) % 90), 0
        );
    }

    /// 60 x the cost before rounding.
    function _x(RateExchange.RateEntry memory e, uint256 n) internal pure returns (uint256) {
        uint256 billed = e.initialIncrement;
        if (n > billed) billed += ((n - billed + e.subsequentIncrement - 1) / e.subsequentIncrement) * e.subsequentIncrement;
        return 60 * uint256(e.connectFee) + billed * e.ratePerMinute;
    }

    // ------------------------------------------------------------ helpers

    function _entry(uint96 rate, uint96 fee, uint32 init, uint32 sub)
        internal
        pure
        returns (RateExchange.RateEntry memory)
    {
        return RateExchange.RateEntry(rate, fee, init, sub, 0);
    }

    function _cost(string memory dest, uint64 t) internal view returns (uint256 c) {
        (,, c) = ex.quote(seller, dest, t, 60);
    }
}
