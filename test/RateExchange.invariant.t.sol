// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test, console} from "forge-std/Test.sol";
import {RateExchange} from "../contracts/RateExchange.sol";

/// Drives RateExchange with random publishes, agreements and time, keeping an independent
/// model: full histories per (seller, prefix) and the agreements in force. Every publish's
/// outcome (accepted or refused) must match the model's notice and cap rules.
contract RateExchangeHandler is Test {
    RateExchange public ex;
    uint256[2] internal sellerKeys = [uint256(0x5E11E1), 0x5E11E2];
    uint256[2] internal buyerKeys = [uint256(0xB1), 0xB2];
    string[6] public prefixes = ["1", "4", "44", "447", "4420", "44201"];

    struct Agr {
        bool set;
        uint32 notice;
        uint16 bps;
        uint64 until;
    }

    // model
    mapping(address seller => mapping(uint256 p => RateExchange.RateEntry[])) internal _model;
    mapping(address seller => mapping(address buyer => Agr)) internal _agr;
    uint256 public mismatches;
    uint256 public accepted;
    uint256 public refused;
    uint256 public historyMismatches;
    uint256 public quoteMismatches;
    uint256 public quotesChecked;
    string[4] internal dests = ["1555", "4420123", "44201999", "447700"];

    constructor(RateExchange ex_) {
        ex = ex_;
    }

    function seller(uint256 i) public view returns (address) {
        return vm.addr(sellerKeys[i % 2]);
    }

    function modelHistory(address s, uint256 p) external view returns (RateExchange.RateEntry[] memory) {
        return _model[s][p];
    }

    function warp(uint32 secs) external {
        vm.warp(block.timestamp + (secs % 10 days));
    }

    function publish(
        uint256 sellerSeed,
        uint256 prefixSeed,
        uint80 rate,
        uint80 fee,
        uint16 init,
        uint16 sub,
        uint8 delayKind,
        uint32 delaySeed
    ) external {
        address s = seller(sellerSeed);
        uint256 p = prefixSeed % prefixes.length;
        init = uint16(bound(init, 1, 120));
        sub = uint16(bound(sub, 1, 120));
        rate = uint80(bound(rate, 0, 1e18));
        fee = uint80(bound(fee, 0, 1e17));
        uint64 t = uint64(block.timestamp);
        uint256 k = delayKind % 4;
        if (k == 1) t += uint64(delaySeed % 7 days);
        else if (k == 2) t += uint64(7 days + delaySeed % 30 days);
        else if (k == 3 && _model[s][p].length > 0) t = _model[s][p][_model[s][p].length - 1].effectiveTime;
        RateExchange.RateEntry memory e = RateExchange.RateEntry(rate, fee, init, sub, t);

        bool expectOk = _expectAccepted(s, p, e);
        RateExchange.RateInput[] memory a = new RateExchange.RateInput[](1);
        a[0] = RateExchange.RateInput(prefixes[p], rate, fee, init, sub, t);
        vm.prank(s);
        try ex.publish(a) {
            _model[s][p].push(e);
            accepted++;
            if (!expectOk) mismatches++;
        } catch {
            refused++;
            if (expectOk) mismatches++;
        }
        // The (seller, prefix) history is append-only and equals the accepted entries.
        if (!_sameHistory(s, p)) historyMismatches++;
    }

    function _sameHistory(address s, uint256 p) internal view returns (bool) {
        RateExchange.RateEntry[] memory got = ex.history(s, prefixes[p]);
        RateExchange.RateEntry[] storage want = _model[s][p];
        if (got.length != want.length) return false;
        for (uint256 i; i < got.length; ++i) {
            if (
                got[i].ratePerMinute != want[i].ratePerMinute || got[i].connectFee != want[i].connectFee
                    || got[i].initialIncrement != want[i].initialIncrement
                    || got[i].subsequentIncrement != want[i].subsequentIncrement
                    || got[i].effectiveTime != want[i].effectiveTime
                    || (i > 0 && got[i].effectiveTime < got[i - 1].effectiveTime)
            ) return false;
        }
        return true;
    }

    /// Compares one quote (a destination, now or up to 40 days ahead, a call length) with the
    /// model's longest-prefix lookup and increment rounding.
    function checkQuote(uint256 sellerSeed, uint256 destSeed, uint32 ahead, uint32 secs) external {
        address s = seller(sellerSeed);
        string memory dest = dests[destSeed % dests.length];
        uint64 t = uint64(block.timestamp + ahead % 40 days);
        uint32 n = uint32(bound(secs, 0, 4 hours));
        (bool ok, RateExchange.RateEntry memory e, uint256 p) = this.modelQuote(s, dest, t);
        if (!ok) return; // the unit tests cover NoRate
        (RateExchange.RateEntry memory g, string memory prefix, uint256 cost) =
            ex.quote(s, string.concat("+", dest), t, n);
        quotesChecked++;
        if (
            keccak256(bytes(prefix)) != keccak256(bytes(prefixes[p])) || g.ratePerMinute != e.ratePerMinute
                || g.effectiveTime != e.effectiveTime || cost != _modelCost(e, n)
        ) quoteMismatches++;
    }

    /// Cost written independently of RateExchange.costOf: connect fee, then the initial
    /// increment, then whole subsequent increments, each second at ratePerMinute / 60, the
    /// per-second part rounded up to the next wei.
    function _modelCost(RateExchange.RateEntry memory e, uint256 n) internal pure returns (uint256) {
        if (n == 0) return 0;
        uint256 billed = e.initialIncrement;
        if (n > billed) {
            uint256 rest = n - billed;
            billed += ((rest + e.subsequentIncrement - 1) / e.subsequentIncrement) * e.subsequentIncrement;
        }
        uint256 perSeconds = billed * e.ratePerMinute / 60;
        if (perSeconds * 60 < billed * e.ratePerMinute) perSeconds += 1;
        return e.connectFee + perSeconds;
    }

    function setAgreement(uint256 sellerSeed, uint256 buyerSeed, uint32 notice, uint16 bps, uint32 validFor) external {
        uint256 sKey = sellerKeys[sellerSeed % 2];
        uint256 bKey = buyerKeys[buyerSeed % 2];
        address s = vm.addr(sKey);
        address b = vm.addr(bKey);
        notice = uint32(bound(notice, 0, 40 days));
        bps = uint16(bound(bps, 0, 3000));
        uint64 until = uint64(block.timestamp + validFor % 60 days);
        RateExchange.Agreement memory ag =
            RateExchange.Agreement(b, s, notice, bps, until, ex.nonces(b), ex.nonces(s), block.timestamp + 1 hours);
        bytes32 d = keccak256(
            abi.encodePacked(
                "\x19\x01",
                ex.domainSeparator(),
                keccak256(
                    abi.encode(
                        ex.AGREEMENT_TYPEHASH(), b, s, notice, bps, until, ag.buyerNonce, ag.sellerNonce, ag.deadline
                    )
                )
            )
        );
        ex.setAgreement(ag, _sign(bKey, d), _sign(sKey, d));
        _agr[s][b] = Agr(true, notice, bps, until);
    }

    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 sg) = vm.sign(key, digest);
        return abi.encodePacked(r, sg, v);
    }

    /// The model of the contract's rules, written independently of it.
    function _expectAccepted(address s, uint256 p, RateExchange.RateEntry memory e) internal view returns (bool) {
        RateExchange.RateEntry[] storage h = _model[s][p];
        bool hasPrev;
        RateExchange.RateEntry memory prev;
        if (h.length > 0) {
            prev = h[h.length - 1];
            if (e.effectiveTime < prev.effectiveTime) return false;
            hasPrev = true;
        } else {
            // covering: the longest shorter prefix of prefixes[p] with an entry in force at e's time
            bytes memory me = bytes(prefixes[p]);
            uint256 bestLen;
            for (uint256 q; q < prefixes.length; ++q) {
                bytes memory other = bytes(prefixes[q]);
                if (other.length >= me.length || other.length <= bestLen) continue;
                if (!_isPrefix(other, me)) continue;
                (bool f, RateExchange.RateEntry memory c) = _inForce(_model[s][q], e.effectiveTime);
                if (f) {
                    bestLen = other.length;
                    prev = c;
                    hasPrev = true;
                }
            }
        }
        bool increase = hasPrev
            && (e.ratePerMinute > prev.ratePerMinute
                || e.connectFee > prev.connectFee
                || e.initialIncrement > prev.initialIncrement
                || e.subsequentIncrement > prev.subsequentIncrement);
        uint256 notice = increase ? ex.increaseNotice() : ex.decreaseNotice();
        bool capped;
        uint256 bps;
        for (uint256 i; i < 2; ++i) {
            Agr memory a = _agr[s][vm.addr(buyerKeys[i])];
            if (!a.set || block.timestamp > a.until) continue;
            if (increase && a.notice > notice) notice = a.notice;
            if (!capped || a.bps < bps) bps = a.bps;
            capped = true;
        }
        if (e.effectiveTime < block.timestamp + notice) return false;
        if (increase && capped) {
            if (!_within(e.ratePerMinute, prev.ratePerMinute, bps)) return false;
            if (!_within(e.connectFee, prev.connectFee, bps)) return false;
            if (!_within(e.initialIncrement, prev.initialIncrement, bps)) return false;
            if (!_within(e.subsequentIncrement, prev.subsequentIncrement, bps)) return false;
        }
        return true;
    }

    function _within(uint256 newV, uint256 oldV, uint256 bps) internal pure returns (bool) {
        return newV <= oldV || newV * 10_000 <= oldV * (10_000 + bps);
    }

    function _isPrefix(bytes memory a, bytes memory b) internal pure returns (bool) {
        for (uint256 i; i < a.length; ++i) {
            if (a[i] != b[i]) return false;
        }
        return true;
    }

    function _inForce(RateExchange.RateEntry[] storage h, uint64 t)
        internal
        view
        returns (bool found, RateExchange.RateEntry memory e)
    {
        for (uint256 i; i < h.length; ++i) {
            if (h[i].effectiveTime <= t) {
                found = true;
                e = h[i];
            }
        }
    }

    /// Model quote: longest prefix of `dest` with an entry in force at t; ok=false when none.
    function modelQuote(address s, string memory dest, uint64 t)
        external
        view
        returns (bool ok, RateExchange.RateEntry memory e, uint256 p)
    {
        uint256 bestLen;
        for (uint256 q; q < prefixes.length; ++q) {
            bytes memory pre = bytes(prefixes[q]);
            if (pre.length > bytes(dest).length || pre.length <= bestLen || !_isPrefix(pre, bytes(dest))) continue;
            (bool f, RateExchange.RateEntry memory c) = _inForce(_model[s][q], t);
            if (f) {
                ok = true;
                e = c;
                p = q;
                bestLen = pre.length;
            }
        }
    }
}

contract RateExchangeInvariantTest is Test {
    RateExchange internal ex;
    RateExchangeHandler internal handler;

    function setUp() public {
        vm.warp(1_700_000_000);
        ex = new RateExchange(address(this));
        handler = new RateExchangeHandler(ex);
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](6);
        selectors[0] = RateExchangeHandler.publish.selector;
        selectors[1] = RateExchangeHandler.publish.selector; // publishes twice as likely
        selectors[2] = RateExchangeHandler.setAgreement.selector;
        selectors[3] = RateExchangeHandler.warp.selector;
        selectors[4] = RateExchangeHandler.checkQuote.selector;
        selectors[5] = RateExchangeHandler.checkQuote.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// One campaign checks all three properties. The handler compares the touched history after
    /// each publish and one quote per checkQuote call, so the check after each call is cheap
    /// (the CI profile's 10,000 runs stay affordable); afterInvariant compares everything:
    /// - histories are append-only and equal to what was accepted, in effective-time order;
    /// - every publish was accepted exactly when the model's notice and cap rules allow it;
    /// - quotes (now and up to 40 days later: scheduled entries) equal the model's
    ///   longest-prefix lookup, and their cost the model's increment rounding.
    /// forge-config: default.invariant.runs = 64
    /// forge-config: default.invariant.depth = 32
    /// forge-config: ci.invariant.runs = 10000
    /// forge-config: ci.invariant.depth = 8
    function invariant_matchesModel() public view {
        assertEq(handler.mismatches(), 0, "accept/refuse differs from the model");
        assertEq(handler.historyMismatches(), 0, "history differs from the model");
        assertEq(handler.quoteMismatches(), 0, "quote differs from the model");
    }

    function _checkHistories() internal view {
        for (uint256 si; si < 2; ++si) {
            address s = handler.seller(si);
            for (uint256 p; p < 6; ++p) {
                RateExchange.RateEntry[] memory got = ex.history(s, handler.prefixes(p));
                RateExchange.RateEntry[] memory want = handler.modelHistory(s, p);
                assertEq(got.length, want.length);
                for (uint256 i; i < got.length; ++i) {
                    assertEq(got[i].ratePerMinute, want[i].ratePerMinute);
                    assertEq(got[i].connectFee, want[i].connectFee);
                    assertEq(got[i].initialIncrement, want[i].initialIncrement);
                    assertEq(got[i].subsequentIncrement, want[i].subsequentIncrement);
                    assertEq(got[i].effectiveTime, want[i].effectiveTime);
                    if (i > 0) assertGe(got[i].effectiveTime, got[i - 1].effectiveTime);
                }
            }
        }
    }

    function _checkQuotes() internal view {
        string[4] memory dests = ["1555", "4420123", "44201999", "447700"];
        uint64[2] memory times = [uint64(block.timestamp), uint64(block.timestamp + 40 days)];
        for (uint256 si; si < 2; ++si) {
            address s = handler.seller(si);
            for (uint256 d; d < dests.length; ++d) {
                for (uint256 ti; ti < times.length; ++ti) {
                    (bool ok, RateExchange.RateEntry memory e, uint256 p) = handler.modelQuote(s, dests[d], times[ti]);
                    if (!ok) continue; // the unit tests cover NoRate
                    (RateExchange.RateEntry memory g, string memory prefix, uint256 cost) =
                        ex.quote(s, string.concat("+", dests[d]), times[ti], 95);
                    assertEq(prefix, handler.prefixes(p));
                    assertEq(g.ratePerMinute, e.ratePerMinute);
                    assertEq(g.effectiveTime, e.effectiveTime);
                    assertEq(cost, ex.costOf(e, 95));
                }
            }
        }
    }

    function afterInvariant() external view {
        _checkHistories();
        _checkQuotes();
        console.log("publishes accepted", handler.accepted(), "refused", handler.refused());
        console.log("quotes checked", handler.quotesChecked());
    }
}
