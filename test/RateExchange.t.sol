// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {RateExchange} from "../contracts/RateExchange.sol";

/// Shared helpers: inputs, EIP-712 signing and an independent cost reference.
abstract contract RateExchangeBase is Test {
    RateExchange internal ex;
    address internal admin = makeAddr("admin");
    address internal stranger = makeAddr("stranger");
    uint256 internal sellerKey = 0xA11CE;
    uint256 internal buyerKey = 0xB0B;
    uint256 internal buyer2Key = 0xB0B2;
    address internal seller;
    address internal buyer;
    address internal buyer2;
    uint64 internal constant T0 = 1_700_000_000;

    function setUp() public virtual {
        vm.warp(T0);
        ex = new RateExchange(admin);
        seller = vm.addr(sellerKey);
        buyer = vm.addr(buyerKey);
        buyer2 = vm.addr(buyer2Key);
    }

    function _in(string memory prefix, uint96 rate, uint96 fee, uint32 init, uint32 sub, uint64 t)
        internal
        pure
        returns (RateExchange.RateInput memory)
    {
        return RateExchange.RateInput(prefix, rate, fee, init, sub, t);
    }

    function _one(RateExchange.RateInput memory e) internal pure returns (RateExchange.RateInput[] memory a) {
        a = new RateExchange.RateInput[](1);
        a[0] = e;
    }

    function _two(RateExchange.RateInput memory e1, RateExchange.RateInput memory e2)
        internal
        pure
        returns (RateExchange.RateInput[] memory a)
    {
        a = new RateExchange.RateInput[](2);
        a[0] = e1;
        a[1] = e2;
    }

    function _publish(address who, RateExchange.RateInput memory e) internal {
        vm.prank(who);
        ex.publish(_one(e));
    }

    function _now() internal view returns (uint64) {
        return uint64(block.timestamp);
    }

    /// Independent reference: count whole blocks by repeated subtraction-free arithmetic.
    function _refCost(uint256 rate, uint256 fee, uint256 init, uint256 sub, uint256 dur)
        internal
        pure
        returns (uint256)
    {
        if (dur == 0) return 0;
        uint256 billed = init;
        if (dur > init) {
            uint256 rest = dur - init;
            uint256 blocks = rest / sub;
            if (blocks * sub < rest) blocks += 1;
            billed += blocks * sub;
        }
        uint256 num = billed * rate;
        uint256 c = num / 60;
        if (c * 60 != num) c += 1;
        return fee + c;
    }

    function _agreement(address b, address s, uint32 notice, uint16 bps, uint64 until)
        internal
        view
        returns (RateExchange.Agreement memory a)
    {
        a = RateExchange.Agreement({
            buyer: b,
            seller: s,
            noticeSeconds: notice,
            maxIncreaseBps: bps,
            validUntil: until,
            buyerNonce: ex.nonces(b),
            sellerNonce: ex.nonces(s),
            deadline: block.timestamp + 1 hours
        });
    }

    function _digest(bytes32 structHash) internal view returns (bytes32) {
        return keccak256(abi.encodePacked("\x19\x01", ex.domainSeparator(), structHash));
    }

    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function _agreementDigest(RateExchange.Agreement memory a) internal view returns (bytes32) {
        return _digest(
            keccak256(
                abi.encode(
                    ex.AGREEMENT_TYPEHASH(),
                    a.buyer,
                    a.seller,
                    a.noticeSeconds,
                    a.maxIncreaseBps,
                    a.validUntil,
                    a.buyerNonce,
                    a.sellerNonce,
                    a.deadline
                )
            )
        );
    }

    function _endDigest(RateExchange.AgreementEnd memory e) internal view returns (bytes32) {
        return _digest(
            keccak256(
                abi.encode(ex.AGREEMENT_END_TYPEHASH(), e.buyer, e.seller, e.buyerNonce, e.sellerNonce, e.deadline)
            )
        );
    }

    function _setAgreement(uint256 bKey, uint256 sKey, uint32 notice, uint16 bps, uint64 until) internal {
        RateExchange.Agreement memory a = _agreement(vm.addr(bKey), vm.addr(sKey), notice, bps, until);
        bytes32 d = _agreementDigest(a);
        ex.setAgreement(a, _sign(bKey, d), _sign(sKey, d));
    }

    function _end(address b, address s) internal view returns (RateExchange.AgreementEnd memory) {
        return RateExchange.AgreementEnd(b, s, ex.nonces(b), ex.nonces(s), block.timestamp + 1 hours);
    }
}

contract RateExchangeTest is RateExchangeBase {
    // ------------------------------------------------------------ constructor and governance

    function test_constructor_rolesAndDefaults() public view {
        assertTrue(ex.hasRole(ex.DEFAULT_ADMIN_ROLE(), admin));
        assertTrue(ex.hasRole(ex.GOVERNOR_ROLE(), admin));
        assertFalse(ex.hasRole(ex.GOVERNOR_ROLE(), stranger));
        assertEq(ex.increaseNotice(), 7 days);
        assertEq(ex.decreaseNotice(), 0);
    }

    function test_setNoticeDefaults() public {
        vm.expectEmit(address(ex));
        emit RateExchange.NoticeDefaultsSet(14 days, 1 days);
        vm.prank(admin);
        ex.setNoticeDefaults(14 days, 1 days);
        assertEq(ex.increaseNotice(), 14 days);
        assertEq(ex.decreaseNotice(), 1 days);
    }

    function test_setNoticeDefaults_strangerRefused() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, ex.GOVERNOR_ROLE()
            )
        );
        vm.prank(stranger);
        ex.setNoticeDefaults(0, 0);
        assertEq(ex.increaseNotice(), 7 days);
    }

    function test_grantRole_strangerRefused() public {
        bytes32 governor = ex.GOVERNOR_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, ex.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(stranger);
        ex.grantRole(governor, stranger);
    }

    function test_setNoticeDefaults_tooLong() public {
        uint32 tooLong = uint32(ex.MAX_NOTICE() + 1);
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooLong.selector, tooLong));
        ex.setNoticeDefaults(tooLong, 0);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooLong.selector, tooLong));
        ex.setNoticeDefaults(0, tooLong);
        vm.stopPrank();
    }

    function test_decreaseNotice_applies() public {
        _publish(seller, _in("44", 100, 0, 60, 60, _now()));
        vm.prank(admin);
        ex.setNoticeDefaults(7 days, 1 days);
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooShort.selector, 0, _now() + 1 days));
        ex.publish(_one(_in("44", 50, 0, 60, 60, _now() + 1 days - 1)));
        _publish(seller, _in("44", 50, 0, 60, 60, _now() + 1 days));
        assertEq(ex.historyLength(seller, "44"), 2);
    }

    // ------------------------------------------------------------ publish

    function test_publish_storesAndEmits() public {
        bytes32 key = ex.prefixKey("4420");
        assertEq(key, bytes32("4420"));
        vm.expectEmit(address(ex));
        emit RateExchange.RatePublished(seller, key, "4420", 1e16, 2e15, 30, 6, _now(), 0);
        _publish(seller, _in("4420", 1e16, 2e15, 30, 6, _now()));

        RateExchange.RateEntry[] memory h = ex.history(seller, "4420");
        assertEq(h.length, 1);
        assertEq(h[0].ratePerMinute, 1e16);
        assertEq(h[0].connectFee, 2e15);
        assertEq(h[0].initialIncrement, 30);
        assertEq(h[0].subsequentIncrement, 6);
        assertEq(h[0].effectiveTime, _now());

        vm.expectEmit(address(ex));
        emit RateExchange.RatePublished(seller, key, "4420", 5e15, 0, 1, 1, _now() + 10, 1);
        _publish(seller, _in("4420", 5e15, 0, 1, 1, _now() + 10));
        assertEq(ex.historyLength(seller, "4420"), 2);
        assertEq(ex.historyLength(seller, "44"), 0);
        assertEq(ex.historyLength(stranger, "4420"), 0);
    }

    function test_publish_batchSeveralEntriesOnePrefix() public {
        RateExchange.RateInput[] memory a = new RateExchange.RateInput[](3);
        a[0] = _in("1", 30, 0, 60, 60, _now());
        a[1] = _in("1", 20, 0, 60, 60, _now() + 100);
        a[2] = _in("1", 25, 0, 60, 60, _now() + 8 days); // increase with notice
        vm.prank(seller);
        ex.publish(a);
        RateExchange.RateEntry[] memory h = ex.history(seller, "1");
        assertEq(h.length, 3);
        assertEq(h[2].ratePerMinute, 25);
        assertEq(h[1].effectiveTime, _now() + 100);
    }

    function test_publish_emptyBatch() public {
        vm.prank(seller);
        vm.expectRevert(RateExchange.EmptyBatch.selector);
        ex.publish(new RateExchange.RateInput[](0));
    }

    function test_publish_invalidPrefixes() public {
        string[7] memory bad = ["", "0", "044", "+44", "4a", "1234567890123456", "44 "];
        for (uint256 i; i < bad.length; ++i) {
            vm.prank(seller);
            vm.expectRevert(abi.encodeWithSelector(RateExchange.InvalidPrefix.selector, 1));
            ex.publish(_two(_in("1", 1, 0, 1, 1, _now()), _in(bad[i], 1, 0, 1, 1, _now())));
        }
        _publish(seller, _in("123456789012345", 1, 0, 1, 1, _now())); // 15 digits is fine
        _publish(seller, _in("9", 1, 0, 1, 1, _now()));
    }

    function test_publish_amountTooLarge() public {
        uint96 big = uint96(ex.MAX_AMOUNT()) + 1;
        vm.startPrank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.AmountTooLarge.selector, 0));
        ex.publish(_one(_in("44", big, 0, 1, 1, _now())));
        vm.expectRevert(abi.encodeWithSelector(RateExchange.AmountTooLarge.selector, 0));
        ex.publish(_one(_in("44", 0, big, 1, 1, _now())));
        ex.publish(_one(_in("44", big - 1, big - 1, 1, 1, _now())));
        vm.stopPrank();
    }

    function test_publish_invalidIncrements() public {
        uint32[2][4] memory bad = [[uint32(0), 1], [uint32(1), 0], [uint32(65_536), 1], [uint32(1), 65_536]];
        for (uint256 i; i < bad.length; ++i) {
            vm.prank(seller);
            vm.expectRevert(abi.encodeWithSelector(RateExchange.InvalidIncrement.selector, 0));
            ex.publish(_one(_in("44", 1, 0, bad[i][0], bad[i][1], _now())));
        }
        _publish(seller, _in("44", 1, 0, 65_535, 65_535, _now()));
    }

    function test_publish_effectiveTimeTooLarge() public {
        uint64 max = uint64(ex.MAX_TIME());
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.EffectiveTimeTooLarge.selector, 0));
        ex.publish(_one(_in("44", 1, 0, 1, 1, max + 1)));
        _publish(seller, _in("44", 1, 0, 1, 1, max));
    }

    /// An entry earlier than scheduled ones is inserted before them (they move up one index).
    function test_publish_insertedBeforeScheduled() public {
        _publish(seller, _in("44", 10, 0, 60, 60, _now() + 100));
        bytes32 key = ex.prefixKey("44");
        vm.expectEmit(address(ex));
        emit RateExchange.RatePublished(seller, key, "44", 5, 0, 60, 60, _now() + 99, 0);
        _publish(seller, _in("44", 5, 0, 60, 60, _now() + 99));
        RateExchange.RateEntry[] memory h = ex.history(seller, "44");
        assertEq(h.length, 2);
        assertEq(h[0].effectiveTime, _now() + 99);
        assertEq(h[1].effectiveTime, _now() + 100);
        // equal effective time is allowed (a later entry at the same time wins)
        _publish(seller, _in("44", 5, 0, 60, 60, _now() + 100));
        (RateExchange.RateEntry memory e,, ) = ex.quote(seller, "+4411", _now() + 100, 60);
        assertEq(e.ratePerMinute, 5);
        assertEq(ex.historyLength(seller, "44"), 3);
        (, uint256 idx) = ex.entryAt(seller, "44", _now() + 100);
        assertEq(idx, 2);
    }

    function test_publish_neverInThePast() public {
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooShort.selector, 0, _now()));
        ex.publish(_one(_in("44", 10, 0, 60, 60, _now() - 1)));
    }

    function test_publish_revertsWholeBatch() public {
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.InvalidIncrement.selector, 1));
        ex.publish(_two(_in("44", 10, 0, 60, 60, _now()), _in("45", 10, 0, 0, 60, _now())));
        assertEq(ex.historyLength(seller, "44"), 0);
    }

    // ------------------------------------------------------------ notice rules

    function test_increase_needsNotice() public {
        _publish(seller, _in("44", 100, 10, 60, 60, _now()));
        uint64 earliest = _now() + 7 days;
        RateExchange.RateInput[4] memory ups = [
            _in("44", 101, 10, 60, 60, earliest - 1), // rate up
            _in("44", 100, 11, 60, 60, earliest - 1), // fee up
            _in("44", 100, 10, 61, 60, earliest - 1), // coarser initial increment
            _in("44", 99, 10, 60, 90, earliest - 1) // cheaper rate, but a 61 s call is billed 150 s
        ];
        for (uint256 i; i < ups.length; ++i) {
            vm.prank(seller);
            vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooShort.selector, 0, earliest));
            ex.publish(_one(ups[i]));
        }
        _publish(seller, _in("44", 101, 11, 61, 61, earliest));
        assertEq(ex.historyLength(seller, "44"), 2);
    }

    function test_decrease_atOnce() public {
        _publish(seller, _in("44", 100, 10, 60, 60, _now()));
        _publish(seller, _in("44", 90, 10, 60, 60, _now()));
        _publish(seller, _in("44", 90, 5, 30, 6, _now()));
        _publish(seller, _in("44", 90, 5, 30, 6, _now())); // unchanged is not an increase
        (RateExchange.RateEntry memory e,,) = ex.quote(seller, "44", _now(), 1);
        assertEq(e.connectFee, 5);
        assertEq(ex.historyLength(seller, "44"), 4);
    }

    /// Increase vs decrease, by the cost of calls: an entry accepted without notice costs no
    /// more for any call (brute force over the first 1,300 s, rounding included), and when the
    /// new grid contains the old one (the new subsequent increment divides the old) it is
    /// accepted exactly when the rate does not rise.
    function testFuzz_noticeRules(uint80 oldRate, uint80 newRate, uint16 oldSub, uint16 newSub, uint32 delay) public {
        oldSub = uint16(bound(oldSub, 1, 600));
        newSub = uint16(bound(newSub, 1, 600));
        delay = uint32(bound(delay, 0, 30 days));
        _publish(seller, _in("33", oldRate, 0, 60, oldSub, _now()));
        uint64 t = _now() + delay;
        vm.prank(seller);
        bool ok;
        try ex.publish(_one(_in("33", newRate, 0, 60, newSub, t))) {
            ok = true;
        } catch (bytes memory err) {
            assertEq(err, abi.encodeWithSelector(RateExchange.NoticeTooShort.selector, 0, _now() + 7 days));
        }
        assertEq(ex.historyLength(seller, "33"), ok ? 2 : 1);
        if (delay >= 7 days) assertTrue(ok, "with notice anything goes");
        if (ok && delay < 7 days) {
            for (uint256 d = 1; d <= 1300; d += 1) {
                assertLe(_refCost(newRate, 0, 60, newSub, d), _refCost(oldRate, 0, 60, oldSub, d), "cost rose");
            }
        }
        if (delay < 7 days && oldSub % newSub == 0) assertEq(ok, newRate <= oldRate, "refining grid");
    }

    function test_newLongerPrefix_comparedWithCoveringPrefix() public {
        _publish(seller, _in("44", 100, 0, 60, 60, _now()));
        vm.warp(_now() + 1);
        // a pricier, more specific prefix is an increase for those destinations
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooShort.selector, 0, _now() + 7 days));
        ex.publish(_one(_in("447", 200, 0, 60, 60, _now())));
        // a cheaper one is not
        _publish(seller, _in("4420", 50, 0, 60, 60, _now()));
        // the pricier one with notice is fine
        _publish(seller, _in("447", 200, 0, 60, 60, _now() + 7 days));
        // "44201" is covered by "4420" (50), the longest covering prefix
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooShort.selector, 0, _now() + 7 days));
        ex.publish(_one(_in("44201", 60, 0, 60, 60, _now())));
        // a prefix with no covering prefix is not an increase
        _publish(seller, _in("1", 1000, 0, 60, 60, _now()));
    }

    function test_newDeck_anyOrderInOneCall() public {
        // general first, then a pricier specific prefix: both created in this call, accepted
        vm.prank(seller);
        ex.publish(_two(_in("44", 100, 0, 60, 60, _now()), _in("447", 300, 0, 60, 60, _now())));
        (, string memory p, uint256 cost) = ex.quote(seller, "+447700900123", _now(), 60);
        assertEq(p, "447");
        assertEq(cost, 300);
        // but a later call is checked against what exists
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooShort.selector, 0, _now() + 7 days));
        ex.publish(_one(_in("4471", 400, 0, 60, 60, _now())));
    }

    function test_newPrefix_coveringScheduledLater_fallsBack() public {
        _publish(seller, _in("4", 100, 0, 60, 60, _now()));
        _publish(seller, _in("44", 10, 0, 60, 60, _now() + 10 days)); // not in force until then
        // at now+8d, "447" replaces "4" (100) since "44" is not yet in force: 150 is an increase
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooShort.selector, 0, _now() + 7 days));
        ex.publish(_one(_in("447", 150, 0, 60, 60, _now() + 6 days)));
        _publish(seller, _in("447", 90, 0, 60, 60, _now() + 6 days)); // a decrease vs "4"
    }

    // ------------------------------------------------------------ quote and cost

    function test_costOf_examples() public view {
        RateExchange.RateEntry memory e = RateExchange.RateEntry(60, 0, 60, 60, 0);
        assertEq(ex.costOf(e, 0), 0);
        assertEq(ex.costOf(e, 1), 60);
        assertEq(ex.costOf(e, 60), 60);
        assertEq(ex.costOf(e, 61), 120);
        e = RateExchange.RateEntry(60, 7, 30, 6, 0);
        assertEq(ex.costOf(e, 1), 7 + 30);
        assertEq(ex.costOf(e, 30), 7 + 30);
        assertEq(ex.costOf(e, 31), 7 + 36);
        assertEq(ex.costOf(e, 36), 7 + 36);
        assertEq(ex.costOf(e, 37), 7 + 42);
        e = RateExchange.RateEntry(1, 0, 1, 1, 0);
        assertEq(ex.costOf(e, 1), 1); // ceil(1/60)
        assertEq(ex.costOf(e, 60), 1);
        assertEq(ex.costOf(e, 61), 2);
        e = RateExchange.RateEntry(0, 5, 1, 1, 0);
        assertEq(ex.costOf(e, 100), 5);
    }

    function test_costOf_zeroIncrementReverts() public {
        vm.expectRevert(abi.encodeWithSelector(RateExchange.InvalidIncrement.selector, 0));
        ex.costOf(RateExchange.RateEntry(1, 0, 0, 1, 0), 10);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.InvalidIncrement.selector, 0));
        ex.costOf(RateExchange.RateEntry(1, 0, 1, 0, 0), 10);
        assertEq(ex.costOf(RateExchange.RateEntry(1, 0, 0, 0, 0), 0), 0);
    }

    function testFuzz_costOf_matchesReference(uint96 rate, uint96 fee, uint32 init, uint32 sub, uint32 dur)
        public
        view
    {
        init = uint32(bound(init, 1, type(uint32).max));
        sub = uint32(bound(sub, 1, type(uint32).max));
        RateExchange.RateEntry memory e = RateExchange.RateEntry(rate, fee, init, sub, 0);
        assertEq(ex.costOf(e, dur), _refCost(rate, fee, init, sub, dur));
    }

    function testFuzz_quote_incrementRounding(uint80 rate, uint80 fee, uint16 init, uint16 sub, uint32 dur) public {
        init = uint16(bound(init, 1, type(uint16).max));
        sub = uint16(bound(sub, 1, type(uint16).max));
        _publish(seller, _in("49", rate, fee, init, sub, _now()));
        (RateExchange.RateEntry memory e, string memory p, uint256 cost) = ex.quote(seller, "+4930123456", _now(), dur);
        assertEq(p, "49");
        assertEq(e.ratePerMinute, rate);
        assertEq(cost, _refCost(rate, fee, init, sub, dur));
        // billed seconds are never fewer than the duration, nor a full block more
        if (dur > 0 && rate > 0) {
            uint256 billedCost = cost - fee;
            assertGe(billedCost * 60, uint256(dur) * rate);
        }
    }

    function test_quote_longestPrefix() public {
        vm.prank(seller);
        RateExchange.RateInput[] memory a = new RateExchange.RateInput[](4);
        a[0] = _in("4", 40, 0, 60, 60, _now());
        a[1] = _in("44", 44, 0, 60, 60, _now());
        a[2] = _in("4420", 4420, 0, 60, 60, _now());
        a[3] = _in("447", 447, 0, 60, 60, _now());
        ex.publish(a);
        string[6] memory dest = ["+442079460000", "442079460000", "+447700900000", "+441", "+49", "4"];
        uint256[6] memory want = [uint256(4420), 4420, 447, 44, 40, 40];
        string[6] memory wantPrefix = ["4420", "4420", "447", "44", "4", "4"];
        for (uint256 i; i < dest.length; ++i) {
            (RateExchange.RateEntry memory e, string memory p, uint256 cost) = ex.quote(seller, dest[i], _now(), 60);
            assertEq(e.ratePerMinute, want[i], dest[i]);
            assertEq(p, wantPrefix[i], dest[i]);
            assertEq(cost, want[i]);
        }
    }

    function test_quote_noRate() public {
        _publish(seller, _in("44", 1, 0, 1, 1, _now() + 10));
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoRate.selector, seller, "+4411", _now()));
        ex.quote(seller, "+4411", _now(), 60);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoRate.selector, seller, "33", _now() + 10));
        ex.quote(seller, "33", _now() + 10, 60);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoRate.selector, stranger, "4411", _now() + 10));
        ex.quote(stranger, "4411", _now() + 10, 60);
        (RateExchange.RateEntry memory e,,) = ex.quote(seller, "4411", _now() + 10, 60);
        assertEq(e.effectiveTime, _now() + 10);
    }

    function test_quote_invalidDestination() public {
        _publish(seller, _in("4", 1, 0, 1, 1, _now()));
        string[7] memory bad = ["", "+", "++44", "+0441", "+44a", "+1234567890123456", "44-1"];
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(RateExchange.InvalidDestination.selector);
            ex.quote(seller, bad[i], _now(), 1);
        }
        ex.quote(seller, "+412345678901234", _now(), 1); // 15 digits
    }

    function test_quote_fallsBackWhenLongerNotYetInForce() public {
        _publish(seller, _in("44", 10, 0, 60, 60, _now()));
        _publish(seller, _in("4420", 5, 0, 60, 60, _now() + 100));
        (, string memory p,) = ex.quote(seller, "+442071234567", _now() + 99, 60);
        assertEq(p, "44");
        (, p,) = ex.quote(seller, "+442071234567", _now() + 100, 60);
        assertEq(p, "4420");
    }

    /// The quote picks the longest published prefix of the destination.
    function testFuzz_quote_longestPrefixChoice(uint64 digits, uint16 mask) public {
        digits = uint64(bound(digits, 100_000_000_000_000, 999_999_999_999_999)); // 15 digits
        string memory d = vm.toString(digits);
        uint256 longest;
        uint256 second; // the longest published prefix shorter than `longest` (0: none)
        uint256 n;
        for (uint256 len = 1; len <= 15; ++len) {
            if (mask & (1 << len) != 0) n++;
        }
        vm.assume(n > 0);
        RateExchange.RateInput[] memory a = new RateExchange.RateInput[](n);
        n = 0;
        for (uint256 len = 1; len <= 15; ++len) {
            if (mask & (1 << len) == 0) continue;
            a[n++] = _in(_substr(d, len), uint96(len * 1000), 0, 60, 60, _now());
            second = longest;
            longest = len;
        }
        vm.prank(seller);
        ex.publish(a);
        (RateExchange.RateEntry memory e, string memory p,) = ex.quote(seller, string.concat("+", d), _now(), 60);
        assertEq(e.ratePerMinute, longest * 1000);
        assertEq(p, _substr(d, longest));
        // a sibling destination that differs in the last digit falls back to the next prefix
        if (longest == 15) {
            bytes memory sib = bytes(d);
            sib[14] = sib[14] == "9" ? bytes1("0") : bytes1(uint8(sib[14]) + 1);
            if (second == 0) {
                vm.expectRevert(abi.encodeWithSelector(RateExchange.NoRate.selector, seller, string(sib), _now()));
                ex.quote(seller, string(sib), _now(), 60);
            } else {
                (e, p,) = ex.quote(seller, string(sib), _now(), 60);
                assertEq(e.ratePerMinute, second * 1000);
                assertEq(p, _substr(d, second));
            }
        }
    }

    /// Lookups at arbitrary times match a linear scan of what was published.
    function testFuzz_historyLookup(uint8 k, uint32[12] memory gaps, uint96[12] memory rates, uint64 at) public {
        k = uint8(bound(k, 1, 12));
        uint64[] memory times = new uint64[](k);
        uint64 t = _now();
        RateExchange.RateInput[] memory a = new RateExchange.RateInput[](k);
        for (uint256 i; i < k; ++i) {
            t += uint64(gaps[i] % 3 == 0 ? 0 : gaps[i] % 1000 days); // equal times included
            times[i] = t;
            // keep every entry a non-increase so any spacing is allowed
            uint96 r = i == 0
                ? uint96(bound(rates[i], 0, ex.MAX_AMOUNT()))
                : uint96(bound(rates[i], 0, a[i - 1].ratePerMinute));
            a[i] = _in("81", r, 0, 60, 60, t);
        }
        vm.prank(seller);
        ex.publish(a);
        at = uint64(bound(at, _now() - 1, t + 1));

        // reference: the last entry with effectiveTime <= at
        bool found;
        uint256 idx;
        for (uint256 i; i < k; ++i) {
            if (times[i] <= at) {
                found = true;
                idx = i;
            }
        }
        if (!found) {
            vm.expectRevert(abi.encodeWithSelector(RateExchange.NoRate.selector, seller, "81", at));
            ex.entryAt(seller, "81", at);
            return;
        }
        (RateExchange.RateEntry memory e, uint256 index) = ex.entryAt(seller, "81", at);
        assertEq(index, idx);
        assertEq(e.ratePerMinute, a[idx].ratePerMinute);
        assertEq(e.effectiveTime, times[idx]);
        (RateExchange.RateEntry memory q,,) = ex.quote(seller, "+8190000", at, 0);
        assertEq(q.ratePerMinute, e.ratePerMinute);
        assertEq(ex.history(seller, "81").length, k);
    }

    function test_views_invalidPrefix() public {
        vm.expectRevert(abi.encodeWithSelector(RateExchange.InvalidPrefix.selector, 0));
        ex.history(seller, "+44");
        vm.expectRevert(abi.encodeWithSelector(RateExchange.InvalidPrefix.selector, 0));
        ex.historyLength(seller, "");
        vm.expectRevert(abi.encodeWithSelector(RateExchange.InvalidPrefix.selector, 0));
        ex.entryAt(seller, "0", 1);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.InvalidPrefix.selector, 0));
        ex.prefixKey("4x");
    }

    // ------------------------------------------------------------ agreements

    function test_setAgreement_storesAndEmits() public {
        RateExchange.Agreement memory a = _agreement(buyer, seller, 30 days, 500, _now() + 365 days);
        bytes32 d = _agreementDigest(a);
        vm.expectEmit(address(ex));
        emit RateExchange.AgreementSet(buyer, seller, 30 days, 500, _now() + 365 days, 0, 0);
        vm.prank(stranger); // anyone may submit
        ex.setAgreement(a, _sign(buyerKey, d), _sign(sellerKey, d));
        (bool exists, RateExchange.AgreementTerms memory t, bool inForce) = ex.agreementOf(buyer, seller);
        assertTrue(exists);
        assertTrue(inForce);
        assertEq(t.noticeSeconds, 30 days);
        assertEq(t.maxIncreaseBps, 500);
        assertEq(ex.nonces(buyer), 1);
        assertEq(ex.nonces(seller), 1);
        (uint256 inc, uint256 dec, uint256 bps) = ex.sellerTerms(seller);
        assertEq(inc, 30 days);
        assertEq(dec, 0);
        assertEq(bps, 500);
        (inc,, bps) = ex.sellerTerms(buyer);
        assertEq(inc, 7 days);
        assertEq(bps, type(uint256).max);
    }

    function test_agreement_enforcesNoticeAndCap() public {
        _publish(seller, _in("44", 1000, 100, 60, 60, _now()));
        vm.warp(_now() + 1); // the cap is relative to what is in force before the publishing block
        _setAgreement(buyerKey, sellerKey, 30 days, 1000, _now() + 365 days);
        uint64 t30 = _now() + 30 days;
        vm.startPrank(seller);
        // the default 7 days is no longer enough
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooShort.selector, 0, t30));
        ex.publish(_one(_in("44", 1100, 100, 60, 60, _now() + 7 days)));
        // more than +10% on the cost of some call (the cap compares costs, not fields)
        vm.expectRevert(abi.encodeWithSelector(RateExchange.IncreaseTooLarge.selector, 0, 1000));
        ex.publish(_one(_in("44", 1101, 100, 60, 60, t30))); // long calls +10.1%
        vm.expectRevert(abi.encodeWithSelector(RateExchange.IncreaseTooLarge.selector, 0, 1000));
        ex.publish(_one(_in("44", 1000, 211, 60, 60, t30))); // a 60 s call 1100 -> 1211
        vm.expectRevert(abi.encodeWithSelector(RateExchange.IncreaseTooLarge.selector, 0, 1000));
        ex.publish(_one(_in("44", 1000, 100, 67, 60, t30))); // a 1 s call 1100 -> 1216
        // a fee +110% with the same rate is +10% on a 60 s call: within the cap
        ex.publish(_one(_in("44", 1000, 210, 60, 60, t30)));
        // exactly +10% on everything with 30 days
        ex.publish(_one(_in("44", 1100, 110, 60, 60, t30)));
        // decreases still at once, even before the scheduled entries
        ex.publish(_one(_in("44", 900, 100, 60, 60, t30)));
        ex.publish(_one(_in("44", 900, 100, 60, 60, _now())));
        vm.stopPrank();
        assertEq(ex.historyLength(seller, "44"), 5);
    }

    function test_agreement_zeroBpsForbidsIncreases() public {
        _publish(seller, _in("44", 1000, 0, 60, 60, _now()));
        vm.warp(_now() + 1);
        _setAgreement(buyerKey, sellerKey, 0, 0, _now() + 1 days);
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.IncreaseTooLarge.selector, 0, 0));
        ex.publish(_one(_in("44", 1001, 0, 60, 60, _now() + 7 days)));
        // the fee was 0: it cannot rise at all
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.IncreaseTooLarge.selector, 0, 0));
        ex.publish(_one(_in("44", 1000, 1, 60, 60, _now() + 7 days)));
    }

    function test_agreement_appliesToNewSpecificPrefix() public {
        _publish(seller, _in("44", 1000, 0, 60, 60, _now()));
        vm.warp(_now() + 1);
        _setAgreement(buyerKey, sellerKey, 10 days, 100, _now() + 365 days);
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.IncreaseTooLarge.selector, 0, 100));
        ex.publish(_one(_in("447", 1011, 0, 60, 60, _now() + 10 days)));
        _publish(seller, _in("447", 1010, 0, 60, 60, _now() + 10 days));
    }

    function test_agreement_strictestOfSeveral() public {
        _publish(seller, _in("44", 1000, 0, 60, 60, _now()));
        vm.warp(_now() + 1);
        _setAgreement(buyerKey, sellerKey, 30 days, 2000, _now() + 365 days);
        _setAgreement(buyer2Key, sellerKey, 10 days, 500, _now() + 100 days);
        (uint256 inc,, uint256 bps) = ex.sellerTerms(seller);
        assertEq(inc, 30 days);
        assertEq(bps, 500);
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.IncreaseTooLarge.selector, 0, 500));
        ex.publish(_one(_in("44", 1051, 0, 60, 60, _now() + 30 days)));
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooShort.selector, 0, _now() + 30 days));
        ex.publish(_one(_in("44", 1050, 0, 60, 60, _now() + 29 days)));
        // after buyer2's agreement ends (inclusive end), buyer's cap (20%) is the smallest
        vm.warp(_now() + 100 days + 1);
        (inc,, bps) = ex.sellerTerms(seller);
        assertEq(inc, 30 days);
        assertEq(bps, 2000);
        _publish(seller, _in("44", 1200, 0, 60, 60, _now() + 30 days));
    }

    function test_agreement_notEnforcedAfterValidUntil() public {
        _publish(seller, _in("44", 1000, 0, 60, 60, _now()));
        uint64 until = _now() + 10 days;
        _setAgreement(buyerKey, sellerKey, 60 days, 0, until);
        vm.warp(until); // still in force at validUntil
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.IncreaseTooLarge.selector, 0, 0));
        ex.publish(_one(_in("44", 2000, 0, 60, 60, _now() + 60 days)));
        vm.warp(until + 1);
        _publish(seller, _in("44", 2000, 0, 60, 60, _now() + 7 days));
        (bool exists,, bool inForce) = ex.agreementOf(buyer, seller);
        assertTrue(exists);
        assertFalse(inForce);
    }

    function test_setAgreement_replacesTerms() public {
        _setAgreement(buyerKey, sellerKey, 60 days, 0, _now() + 10 days);
        _setAgreement(buyerKey, sellerKey, 8 days, 300, _now() + 20 days);
        assertEq(ex.agreementsOf(seller).length, 1);
        (, RateExchange.AgreementTerms memory t,) = ex.agreementOf(buyer, seller);
        assertEq(t.noticeSeconds, 8 days);
        assertEq(t.maxIncreaseBps, 300);
        assertEq(t.validUntil, _now() + 20 days);
    }

    function test_setAgreement_invalidParties() public {
        RateExchange.Agreement memory a = _agreement(seller, seller, 0, 0, _now() + 1);
        vm.expectRevert(RateExchange.InvalidParties.selector);
        ex.setAgreement(a, "", "");
        a = _agreement(address(0), seller, 0, 0, _now() + 1);
        vm.expectRevert(RateExchange.InvalidParties.selector);
        ex.setAgreement(a, "", "");
        a = _agreement(buyer, address(0), 0, 0, _now() + 1);
        vm.expectRevert(RateExchange.InvalidParties.selector);
        ex.setAgreement(a, "", "");
    }

    function test_setAgreement_badTerms() public {
        RateExchange.Agreement memory a = _agreement(buyer, seller, 0, 0, _now() - 1);
        bytes32 d = _agreementDigest(a);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.AgreementExpired.selector, _now() - 1));
        ex.setAgreement(a, _sign(buyerKey, d), _sign(sellerKey, d));
        a = _agreement(buyer, seller, uint32(ex.MAX_NOTICE() + 1), 0, _now() + 1);
        d = _agreementDigest(a);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoticeTooLong.selector, ex.MAX_NOTICE() + 1));
        ex.setAgreement(a, _sign(buyerKey, d), _sign(sellerKey, d));
    }

    function test_setAgreement_badSignatures() public {
        RateExchange.Agreement memory a = _agreement(buyer, seller, 8 days, 100, _now() + 10 days);
        bytes32 d = _agreementDigest(a);
        bytes memory bs = _sign(buyerKey, d);
        bytes memory ss = _sign(sellerKey, d);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.InvalidSignature.selector, buyer));
        ex.setAgreement(a, ss, bs); // swapped
        vm.expectRevert(abi.encodeWithSelector(RateExchange.InvalidSignature.selector, seller));
        ex.setAgreement(a, bs, bs); // buyer signed twice
        vm.expectRevert(abi.encodeWithSelector(RateExchange.InvalidSignature.selector, buyer));
        ex.setAgreement(a, "", ss);
        // altered terms after signing
        a.maxIncreaseBps = 10_000;
        vm.expectRevert(abi.encodeWithSelector(RateExchange.InvalidSignature.selector, buyer));
        ex.setAgreement(a, bs, ss);
        a.maxIncreaseBps = 100;
        ex.setAgreement(a, bs, ss);
    }

    function test_setAgreement_replaySameChain() public {
        RateExchange.Agreement memory a = _agreement(buyer, seller, 8 days, 100, _now() + 10 days);
        bytes32 d = _agreementDigest(a);
        bytes memory bs = _sign(buyerKey, d);
        bytes memory ss = _sign(sellerKey, d);
        ex.setAgreement(a, bs, ss);
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, buyer, 1));
        ex.setAgreement(a, bs, ss);
        // even after the agreement was ended, the old signatures stay dead
        RateExchange.AgreementEnd memory e = _end(buyer, seller);
        bytes32 ed = _endDigest(e);
        ex.endAgreement(e, _sign(buyerKey, ed), _sign(sellerKey, ed));
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, buyer, 2));
        ex.setAgreement(a, bs, ss);
    }

    function test_setAgreement_replayOtherChain() public {
        RateExchange.Agreement memory a = _agreement(buyer, seller, 8 days, 100, _now() + 10 days);
        bytes32 d = _agreementDigest(a);
        bytes memory bs = _sign(buyerKey, d);
        bytes memory ss = _sign(sellerKey, d);
        uint256 home = block.chainid;
        vm.chainId(home + 1);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.InvalidSignature.selector, buyer));
        ex.setAgreement(a, bs, ss);
        vm.chainId(home);
        ex.setAgreement(a, bs, ss);
    }

    function test_setAgreement_expiredDeadline() public {
        RateExchange.Agreement memory a = _agreement(buyer, seller, 8 days, 100, _now() + 10 days);
        bytes32 d = _agreementDigest(a);
        bytes memory bs = _sign(buyerKey, d);
        bytes memory ss = _sign(sellerKey, d);
        vm.warp(a.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.SignatureExpired.selector, a.deadline));
        ex.setAgreement(a, bs, ss);
        vm.warp(a.deadline); // inclusive
        ex.setAgreement(a, bs, ss);
    }

    function test_setAgreement_tooManyAndPruning() public {
        uint256 max = ex.MAX_AGREEMENTS_PER_SELLER();
        for (uint256 i; i < max; ++i) {
            _setAgreement(0x1000 + i, sellerKey, 8 days, 100, _now() + 1 days + uint64(i));
        }
        assertEq(ex.agreementsOf(seller).length, max);
        RateExchange.Agreement memory a = _agreement(buyer, seller, 8 days, 100, _now() + 10 days);
        bytes32 d = _agreementDigest(a);
        vm.expectRevert(RateExchange.TooManyAgreements.selector);
        ex.setAgreement(a, _sign(buyerKey, d), _sign(sellerKey, d));
        // the first two expire; setting a new one prunes them (with events) and fits
        vm.warp(_now() + 1 days + 2);
        a = _agreement(buyer, seller, 8 days, 100, _now() + 10 days);
        d = _agreementDigest(a);
        vm.expectEmit(address(ex));
        emit RateExchange.AgreementEnded(vm.addr(0x1001), seller, RateExchange.EndReason.Expired);
        vm.expectEmit(address(ex));
        emit RateExchange.AgreementEnded(vm.addr(0x1000), seller, RateExchange.EndReason.Expired);
        ex.setAgreement(a, _sign(buyerKey, d), _sign(sellerKey, d));
        assertEq(ex.agreementsOf(seller).length, max - 1);
        (bool exists,,) = ex.agreementOf(vm.addr(0x1000), seller);
        assertFalse(exists);
        (exists,,) = ex.agreementOf(vm.addr(0x1002), seller);
        assertTrue(exists);
        (exists,,) = ex.agreementOf(buyer, seller);
        assertTrue(exists);
    }

    function test_endAgreement_mutual() public {
        _publish(seller, _in("44", 1000, 0, 60, 60, _now()));
        _setAgreement(buyerKey, sellerKey, 60 days, 0, _now() + 365 days);
        _setAgreement(buyer2Key, sellerKey, 8 days, 100, _now() + 365 days);
        RateExchange.AgreementEnd memory e = _end(buyer, seller);
        bytes32 d = _endDigest(e);
        vm.expectEmit(address(ex));
        emit RateExchange.AgreementEnded(buyer, seller, RateExchange.EndReason.Mutual);
        vm.prank(stranger);
        ex.endAgreement(e, _sign(buyerKey, d), _sign(sellerKey, d));
        (bool exists,,) = ex.agreementOf(buyer, seller);
        assertFalse(exists);
        (exists,,) = ex.agreementOf(buyer2, seller); // the swapped-in record still indexed
        assertTrue(exists);
        (uint256 inc,, uint256 bps) = ex.sellerTerms(seller);
        assertEq(inc, 8 days);
        assertEq(bps, 100);
        _publish(seller, _in("44", 1010, 0, 60, 60, _now() + 8 days));
    }

    function test_endAgreement_reverts() public {
        RateExchange.AgreementEnd memory e = _end(buyer, seller);
        bytes32 d = _endDigest(e);
        bytes memory bs = _sign(buyerKey, d);
        bytes memory ss = _sign(sellerKey, d);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoAgreement.selector, buyer, seller));
        ex.endAgreement(e, bs, ss);

        _setAgreement(buyerKey, sellerKey, 8 days, 100, _now() + 10 days);
        e = _end(buyer, seller);
        d = _endDigest(e);
        bs = _sign(buyerKey, d);
        ss = _sign(sellerKey, d);
        // one party alone cannot end it
        vm.expectRevert(abi.encodeWithSelector(RateExchange.InvalidSignature.selector, seller));
        ex.endAgreement(e, bs, bs);
        // other chain
        uint256 home = block.chainid;
        vm.chainId(home + 7);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.InvalidSignature.selector, buyer));
        ex.endAgreement(e, bs, ss);
        vm.chainId(home);
        // expired deadline
        uint256 t = block.timestamp;
        vm.warp(e.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.SignatureExpired.selector, e.deadline));
        ex.endAgreement(e, bs, ss);
        vm.warp(t);
        ex.endAgreement(e, bs, ss);
        // replay after use: set again, the old end signatures are dead
        _setAgreement(buyerKey, sellerKey, 8 days, 100, _now() + 10 days);
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, buyer, 3));
        ex.endAgreement(e, bs, ss);
    }

    function test_clearExpiredAgreement() public {
        uint64 until = _now() + 10 days;
        _setAgreement(buyerKey, sellerKey, 8 days, 100, until);
        vm.prank(stranger);
        vm.expectRevert(RateExchange.NotAParty.selector);
        ex.clearExpiredAgreement(buyer, seller);
        vm.warp(until);
        vm.prank(buyer);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.AgreementStillInForce.selector, until));
        ex.clearExpiredAgreement(buyer, seller);
        vm.warp(until + 1);
        vm.prank(stranger);
        vm.expectRevert(RateExchange.NotAParty.selector);
        ex.clearExpiredAgreement(buyer, seller);
        vm.expectEmit(address(ex));
        emit RateExchange.AgreementEnded(buyer, seller, RateExchange.EndReason.Expired);
        vm.prank(seller);
        ex.clearExpiredAgreement(buyer, seller);
        vm.prank(buyer);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.NoAgreement.selector, buyer, seller));
        ex.clearExpiredAgreement(buyer, seller);
    }

    /// The cap is exact: new * 10000 <= old * (10000 + bps) on each field.
    function testFuzz_agreementCap(uint16 bps, uint64 oldRate, uint64 newRate) public {
        oldRate = uint64(bound(oldRate, 0, type(uint64).max / 2));
        _publish(seller, _in("44", oldRate, 0, 60, 60, _now()));
        vm.warp(_now() + 1);
        _setAgreement(buyerKey, sellerKey, 8 days, bps, _now() + 365 days);
        uint64 t = _now() + 8 days;
        bool increase = newRate > oldRate;
        bool ok = !increase || uint256(newRate) * 10_000 <= uint256(oldRate) * (10_000 + uint256(bps));
        vm.prank(seller);
        if (!ok) vm.expectRevert(abi.encodeWithSelector(RateExchange.IncreaseTooLarge.selector, 0, bps));
        ex.publish(_one(_in("44", newRate, 0, 60, 60, t)));
        assertEq(ex.historyLength(seller, "44"), ok ? 2 : 1);
    }

    function test_agreement_contractWalletSignsWithERC1271() public {
        MockWallet wallet = new MockWallet();
        RateExchange.Agreement memory a = _agreement(address(wallet), seller, 8 days, 100, _now() + 10 days);
        bytes32 d = _agreementDigest(a);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.InvalidSignature.selector, address(wallet)));
        ex.setAgreement(a, hex"01", _sign(sellerKey, d));
        wallet.approve(d);
        ex.setAgreement(a, hex"01", _sign(sellerKey, d));
        (bool exists,,) = ex.agreementOf(address(wallet), seller);
        assertTrue(exists);
    }

    /// Past calls re-rate identically whatever is published later.
    function test_pastQuotesNeverChange() public {
        _publish(seller, _in("44", 100, 10, 60, 60, _now()));
        uint64 callTime = _now() + 1 hours;
        vm.warp(callTime + 1 days);
        (RateExchange.RateEntry memory before, string memory p0, uint256 c0) = ex.quote(seller, "+4420", callTime, 95);
        _publish(seller, _in("44", 50, 0, 1, 1, _now()));
        _publish(seller, _in("4420", 10, 0, 1, 1, _now()));
        (RateExchange.RateEntry memory afterE, string memory p1, uint256 c1) = ex.quote(seller, "+4420", callTime, 95);
        assertEq(p1, p0);
        assertEq(c1, c0);
        assertEq(c1, 10 + 200);
        assertEq(afterE.ratePerMinute, before.ratePerMinute);
        (, string memory pNow, uint256 cNow) = ex.quote(seller, "+4420", _now(), 95);
        assertEq(pNow, "4420");
        assertEq(cNow, 16); // ceil(95 * 10 / 60)
    }

    function _substr(string memory s, uint256 len) internal pure returns (string memory) {
        bytes memory b = bytes(s);
        bytes memory out = new bytes(len);
        for (uint256 i; i < len; ++i) {
            out[i] = b[i];
        }
        return string(out);
    }
}

/// An ERC-1271 wallet that accepts the digests its owner approved.
contract MockWallet {
    mapping(bytes32 => bool) public approved;

    function approve(bytes32 digest) external {
        approved[digest] = true;
    }

    function isValidSignature(bytes32 digest, bytes calldata) external view returns (bytes4) {
        return approved[digest] ? bytes4(0x1626ba7e) : bytes4(0xffffffff);
    }
}

/// Gas figures: publish batches of 100 entries (run with --gas-report, or read the logs).
contract RateExchangeGasTest is RateExchangeBase {
    function _deck(uint256 n, uint96 rate, uint64 t) internal pure returns (RateExchange.RateInput[] memory a) {
        a = new RateExchange.RateInput[](n);
        for (uint256 i; i < n; ++i) {
            // realistic: 100 five-to-seven digit prefixes across a few countries
            string memory p = string.concat(["44", "49", "331", "1212"][i % 4], vm.toString(100 + i));
            a[i] = RateExchange.RateInput(p, rate, rate / 10, 60, 60, t);
        }
    }

    function test_gas_publish100_newPrefixes() public {
        RateExchange.RateInput[] memory a = _deck(100, 1e16, _now());
        vm.prank(seller);
        uint256 g = gasleft();
        ex.publish(a);
        g -= gasleft();
        emit log_named_uint("publish 100 new prefixes: gas per entry", g / 100);
        assertEq(ex.historyLength(seller, a[99].prefix), 1);
    }

    function test_gas_publish100_updates() public {
        vm.prank(seller);
        ex.publish(_deck(100, 1e16, _now()));
        RateExchange.RateInput[] memory a = _deck(100, 9e15, _now() + 1);
        vm.prank(seller);
        uint256 g = gasleft();
        ex.publish(a);
        g -= gasleft();
        emit log_named_uint("publish 100 updates of existing prefixes: gas per entry", g / 100);
        assertEq(ex.historyLength(seller, a[99].prefix), 2);
    }

    function test_gas_publish100_underCoveringPrefixes() public {
        // the seller already has the country prefixes: each new prefix is checked against them
        RateExchange.RateInput[] memory c = new RateExchange.RateInput[](4);
        c[0] = _in("44", 2e16, 1e16, 60, 60, _now());
        c[1] = _in("49", 2e16, 1e16, 60, 60, _now());
        c[2] = _in("33", 2e16, 1e16, 60, 60, _now());
        c[3] = _in("1", 2e16, 1e16, 60, 60, _now());
        vm.prank(seller);
        ex.publish(c);
        RateExchange.RateInput[] memory a = _deck(100, 1e16, _now());
        vm.prank(seller);
        uint256 g = gasleft();
        ex.publish(a);
        g -= gasleft();
        emit log_named_uint("publish 100 new prefixes under covering prefixes: gas per entry", g / 100);
    }

    function test_gas_quote() public {
        vm.prank(seller);
        ex.publish(_deck(100, 1e16, _now()));
        for (uint256 i; i < 20; ++i) {
            vm.prank(seller);
            ex.publish(_one(_in("44100", uint96(1e15 - i), 0, 60, 60, _now() + uint64(i))));
        }
        uint256 g = gasleft();
        (, string memory p, uint256 cost) = ex.quote(seller, "+441001234567", _now() + 7, 125);
        g -= gasleft();
        emit log_named_uint("quote (12-digit destination, 21-entry history)", g);
        assertEq(p, "44100");
        assertEq(cost, _refCost(1e15 - 7, 0, 60, 60, 125));
    }
}

/// A history's length is a uint24: the 16,777,215th entry is the last (set through storage, as
/// publishing that many is not practical). Its own contract: RateExchangeTest is near the
/// compiler's code size limit for tags.
contract RateExchangeHistoryFullTest is RateExchangeBase {
    function test_publish_historyFull() public {
        vm.record();
        _publish(seller, _in("44", 1e15, 0, 60, 60, _now()));
        (, bytes32[] memory writes) = vm.accesses(address(ex));
        // entry 0 of the history holds the length in bits 232..255
        bytes32 slot;
        for (uint256 i; i < writes.length; ++i) {
            if (uint256(vm.load(address(ex), writes[i])) >> 232 == 1) slot = writes[i];
        }
        assertTrue(slot != bytes32(0), "entry 0 not found");
        uint256 w = uint256(vm.load(address(ex), slot));
        vm.store(
            address(ex), slot, bytes32((w & ~(uint256(type(uint24).max) << 232)) | (uint256(type(uint24).max) << 232))
        );
        assertEq(ex.historyLength(seller, "44"), type(uint24).max);
        vm.prank(seller);
        vm.expectRevert(abi.encodeWithSelector(RateExchange.HistoryFull.selector, 0));
        ex.publish(_one(_in("44", 1e15, 0, 60, 60, _now() + 8 days)));
    }
}
