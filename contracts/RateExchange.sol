// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title RateExchange
/// @notice Sellers (terminating operators) publish per-destination-prefix rates; buyers quote
/// a destination by longest matching prefix at any time, so past calls can always be re-rated.
///
/// Rules:
/// - A prefix is 1-15 ASCII digits without "+" and without a leading zero ("44", "4420").
///   Its key is the digits left-aligned in a bytes32 (zero padded): `prefixKey("44")`.
/// - Rates are never edited in place. Each (seller, prefix) keeps a history ordered by
///   effectiveTime; the entry in force at t is the last one with effectiveTime <= t (of
///   several with the same time, the one published last). A new entry may be effective at
///   any time from the current block on: it is inserted after the entries effective no later
///   than it, so a decrease can take effect at once whatever is scheduled (issue 13 item 8).
///   Entries in force before the current block never move or change, so past calls can always
///   be re-rated; only scheduled entries (effectiveTime > now, at most MAX_SCHEDULED per
///   prefix) move up by one index when an earlier one is inserted.
/// - Costs, not fields, are compared (item 6). Entry A "costs no more" than B when every call
///   (every duration >= 1 s) costs no more under A than under B, comparing the cost before the
///   final rounding up to a whole wei (`costsNoMore`). A finer billing grid that contains the
///   old one (60/60 -> 30/6, 1/1) is no increase; 60/60 -> 59/60 is one (a 60 s call is billed
///   119 s). The test is exact when the new grid contains the old one and otherwise errs only
///   towards "increase".
/// - Notice (item 7): a new entry must not raise the cost of any destination, at any time
///   before now + the increase notice, above what the seller had announced for that time (the
///   deck as it was before this `publish` call). The new entry of prefix P is in force from
///   its effectiveTime until P's next entry; over that window it is compared with P's entry it
///   follows or, when P has none in force yet, with every entry of the shorter prefixes that
///   quotes for P's destinations would have used at some time in the window (the longest one
///   in force at each time: a covering prefix shadowed by a longer one does not count).
///   Covering prefixes created in the same `publish` call are ignored, so a new rate deck can
///   be published at once in any order (entries appended in the same call to an EXISTING
///   covering prefix do count: publish those after the more specific prefixes). Any entry
///   takes effect no sooner than `decreaseNotice` (default 0) after the publish. Both notices
///   are set by GOVERNOR_ROLE (`increaseNotice` default 7 days).
/// - Agreements (EIP-712, signed by buyer and seller) fix a notice for increases and the
///   largest increase in basis points, until `validUntil` (inclusive). While any agreement of
///   a seller is in force, increases need the LONGEST notice of them (and of the default), and
///   the SMALLEST maxIncreaseBps caps them (0 forbids increases). The cap applies to the
///   effective change (item 5): a new entry that costs more than the entry announced for its
///   effectiveTime must cost no more than (1 + maxIncreaseBps / 10,000) times the entry in
///   force for those destinations before the current block, for every call. Stacking entries
///   (same time, one second apart, in one call or many, or on longer prefixes) therefore never
///   adds up to more than the cap over what buyers pay now; a new destination (no entry in
///   force before this block) is not capped.
/// - Per-seller enforcement cost: `publish` reads the seller's agreements once per call (at
///   most MAX_AGREEMENTS_PER_SELLER one-slot records), then each entry is checked against the
///   strictest terms, reading at most the scheduled entries of its prefix and of the prefixes
///   covering it.
/// - An agreement ends at validUntil, or earlier when both parties sign an AgreementEnd.
///   Setting an agreement again for the same pair replaces its terms (both must sign).
contract RateExchange is AccessControl, EIP712, Nonces {
    /// @notice May set the default notice periods.
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");

    /// @notice Upper bound on any notice period (default or agreed).
    uint256 public constant MAX_NOTICE = 365 days;
    /// @notice Agreements in force per seller (bounds the per-publish scan).
    uint256 public constant MAX_AGREEMENTS_PER_SELLER = 64;
    /// @notice Largest ratePerMinute / connectFee (stored in 80 bits).
    uint256 public constant MAX_AMOUNT = type(uint80).max;
    /// @notice Largest initial / subsequent increment in seconds (stored in 16 bits).
    uint256 public constant MAX_INCREMENT = type(uint16).max;
    /// @notice Largest effective time (stored in 40 bits).
    uint256 public constant MAX_TIME = type(uint40).max;
    /// @notice Entries of one prefix that may be scheduled (effectiveTime after the current
    /// block) at once; bounds the work of inserting an entry before them.
    uint256 public constant MAX_SCHEDULED = 32;
    /// @notice Basis points in one (the cap's unit).
    uint256 public constant BPS = 10_000;

    bytes32 public constant AGREEMENT_TYPEHASH = keccak256(
        "Agreement(address buyer,address seller,uint32 noticeSeconds,uint16 maxIncreaseBps,uint64 validUntil,uint256 buyerNonce,uint256 sellerNonce,uint256 deadline)"
    );
    bytes32 public constant AGREEMENT_END_TYPEHASH =
        keccak256("AgreementEnd(address buyer,address seller,uint256 buyerNonce,uint256 sellerNonce,uint256 deadline)");

    /// @notice One entry of a seller's rate deck as published.
    struct RateInput {
        string prefix; // 1-15 digits, no "+", no leading zero
        uint96 ratePerMinute; // token wei per minute, <= MAX_AMOUNT
        uint96 connectFee; // token wei per answered call, <= MAX_AMOUNT
        uint32 initialIncrement; // seconds, 1..MAX_INCREMENT
        uint32 subsequentIncrement; // seconds, 1..MAX_INCREMENT
        uint64 effectiveTime; // unix seconds, <= MAX_TIME
    }

    /// @notice A stored rate entry.
    struct RateEntry {
        uint96 ratePerMinute;
        uint96 connectFee;
        uint32 initialIncrement;
        uint32 subsequentIncrement;
        uint64 effectiveTime;
    }

    /// @notice Terms signed by both buyer and seller (EIP-712 type `Agreement`).
    struct Agreement {
        address buyer;
        address seller;
        uint32 noticeSeconds; // notice for increases, <= MAX_NOTICE
        uint16 maxIncreaseBps; // largest increase of any field per update, basis points
        uint64 validUntil; // in force until this time, inclusive
        uint256 buyerNonce; // nonces(buyer) when signed
        uint256 sellerNonce; // nonces(seller) when signed
        uint256 deadline; // signatures usable until this time, inclusive
    }

    /// @notice Early end of an agreement signed by both parties (EIP-712 type `AgreementEnd`).
    struct AgreementEnd {
        address buyer;
        address seller;
        uint256 buyerNonce;
        uint256 sellerNonce;
        uint256 deadline;
    }

    /// @notice An agreement as stored (one slot).
    struct AgreementTerms {
        address buyer;
        uint32 noticeSeconds;
        uint16 maxIncreaseBps;
        uint40 validUntil;
    }

    /// @notice Why an agreement ended.
    enum EndReason {
        Mutual, // both parties signed an AgreementEnd
        Expired // cleared after validUntil
    }

    // Bit 0 of a lengths mask (no prefix has 0 digits): skip prefixes created in this call.
    uint256 private constant _SKIP_CREATED = 1;

    // One slot per entry. `count` is used in entry 0 only: the length of the history.
    struct Stored {
        uint80 ratePerMinute;
        uint80 connectFee;
        uint16 initialIncrement;
        uint16 subsequentIncrement;
        uint40 effectiveTime;
        uint24 count;
    }

    // Where a new entry goes in its prefix's history, and its neighbours there.
    struct Slot {
        uint256 count; // history length before the insert
        uint256 pos; // index of the new entry
        uint256 next; // effectiveTime of the entry after it; MAX_TIME + 1 when none
        bool hasPrev; // an entry effective no later than the new one exists
        Stored prev; // that entry (the last one of them)
    }

    // The prefix being published and the seller's prefix lengths in the running call.
    struct Prefix {
        bytes32 key;
        uint256 len;
        uint256 lengths;
    }

    // The strictest terms in force for a seller, computed once per publish call.
    struct Terms {
        uint256 increaseNotice;
        uint256 decreaseNotice;
        uint256 maxIncreaseBps; // type(uint256).max: no cap
    }

    /// @notice Default notice for increases, in seconds (initially 7 days).
    uint32 public increaseNotice = 7 days;
    /// @notice Default notice for decreases and other non-increases, in seconds (initially 0).
    uint32 public decreaseNotice;

    mapping(address seller => mapping(bytes32 key => mapping(uint256 index => Stored))) private _history;
    // Bit L set: the seller has at least one prefix of L digits (skips lengths in lookups).
    mapping(address seller => uint256) private _lengthsUsed;
    mapping(address seller => AgreementTerms[]) private _agreements;
    mapping(address seller => mapping(address buyer => uint256 indexPlusOne)) private _agreementIndex;

    /// @notice A rate entry was inserted into (seller, prefix)'s history at `index`; the
    /// entries that were at `index` and after (all scheduled) now are one index higher.
    event RatePublished(
        address indexed seller,
        bytes32 indexed prefixKey,
        string prefix,
        uint96 ratePerMinute,
        uint96 connectFee,
        uint32 initialIncrement,
        uint32 subsequentIncrement,
        uint64 effectiveTime,
        uint256 index
    );
    /// @notice An agreement was set (or its terms replaced) with both signatures.
    event AgreementSet(
        address indexed buyer,
        address indexed seller,
        uint32 noticeSeconds,
        uint16 maxIncreaseBps,
        uint64 validUntil,
        uint256 buyerNonce,
        uint256 sellerNonce
    );
    /// @notice An agreement was removed.
    event AgreementEnded(address indexed buyer, address indexed seller, EndReason reason);
    /// @notice The default notice periods changed.
    event NoticeDefaultsSet(uint32 increaseNotice, uint32 decreaseNotice);

    error EmptyBatch();
    error InvalidPrefix(uint256 index);
    error InvalidDestination();
    error AmountTooLarge(uint256 index);
    error InvalidIncrement(uint256 index);
    error EffectiveTimeTooLarge(uint256 index);
    error TooManyScheduled(uint256 index);
    error NoticeTooShort(uint256 index, uint64 earliest);
    error IncreaseTooLarge(uint256 index, uint256 maxIncreaseBps);
    error HistoryFull(uint256 index);
    error NoRate(address seller, string destination, uint64 time);
    error NoticeTooLong(uint256 notice);
    error InvalidParties();
    error AgreementExpired(uint64 validUntil);
    error SignatureExpired(uint256 deadline);
    error InvalidSignature(address signer);
    error TooManyAgreements();
    error NoAgreement(address buyer, address seller);
    error AgreementStillInForce(uint64 validUntil);
    error NotAParty();

    /// @param admin Receives DEFAULT_ADMIN_ROLE and GOVERNOR_ROLE.
    constructor(address admin) EIP712("DOTS RateExchange", "1") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(GOVERNOR_ROLE, admin);
    }

    // ------------------------------------------------------------------ governance

    /// @notice Set the default notice periods for increases and for everything else.
    /// @dev GOVERNOR_ROLE only. Each must be <= MAX_NOTICE. Applies to later publishes only.
    /// @param increaseNotice_ Seconds between publishing and the effective time of an increase.
    /// @param decreaseNotice_ Seconds between publishing and the effective time of a non-increase.
    function setNoticeDefaults(uint32 increaseNotice_, uint32 decreaseNotice_) external onlyRole(GOVERNOR_ROLE) {
        if (increaseNotice_ > MAX_NOTICE) revert NoticeTooLong(increaseNotice_);
        if (decreaseNotice_ > MAX_NOTICE) revert NoticeTooLong(decreaseNotice_);
        increaseNotice = increaseNotice_;
        decreaseNotice = decreaseNotice_;
        emit NoticeDefaultsSet(increaseNotice_, decreaseNotice_);
    }

    // ------------------------------------------------------------------ publishing

    /// @notice Add entries to the caller's rate deck, one history entry per input (one storage
    /// slot each; about 38,000-42,000 gas per entry in a batch of 100). Each is inserted after
    /// the prefix's entries effective no later than it (see the rules above).
    /// @dev Reverts on the first invalid entry with its index: bad prefix, amount or increment
    /// out of range, effective time before now + decreaseNotice, a cost raised before now +
    /// the increase notice (NoticeTooShort), an increase above an agreement's cap over what is
    /// in force (IncreaseTooLarge), more than MAX_SCHEDULED scheduled entries for the prefix
    /// (TooManyScheduled) or a full history. Emits RatePublished per entry, whose index is
    /// where the entry was inserted (the prefix's entries from there had index + 1 before).
    /// @param entries The entries, checked in order against the deck as left by the ones before.
    function publish(RateInput[] calldata entries) external {
        uint256 n = entries.length;
        if (n == 0) revert EmptyBatch();
        Terms memory t = _termsInForce(msg.sender);
        uint256 lengthsBefore = _lengthsUsed[msg.sender];
        uint256 lengths = lengthsBefore;
        bytes32[] memory created = new bytes32[](n);
        uint256 nCreated;
        for (uint256 i; i < n; ++i) {
            (bytes32 key, uint256 len, bool isNew) = _publishOne(entries[i], i, t, lengths);
            if (isNew) {
                // forge-lint: disable-next-line(incorrect-shift) bit `len` of the lengths mask
                lengths |= 1 << len;
                created[nCreated++] = key;
            }
        }
        for (uint256 j; j < nCreated; ++j) {
            _setCreated(_history[msg.sender][created[j]], false);
        }
        if (lengths != lengthsBefore) _lengthsUsed[msg.sender] = lengths;
    }

    function _publishOne(RateInput calldata e, uint256 i, Terms memory t, uint256 lengths)
        internal
        returns (bytes32 key, uint256 len, bool isNew)
    {
        (key, len) = _parsePrefix(e.prefix, i);
        if (e.ratePerMinute > MAX_AMOUNT || e.connectFee > MAX_AMOUNT) revert AmountTooLarge(i);
        if (
            e.initialIncrement == 0 || e.subsequentIncrement == 0 || e.initialIncrement > MAX_INCREMENT
                || e.subsequentIncrement > MAX_INCREMENT
        ) revert InvalidIncrement(i);
        if (e.effectiveTime > MAX_TIME) revert EffectiveTimeTooLarge(i);
        {
            uint256 soonest = block.timestamp + t.decreaseNotice;
            // forge-lint: disable-next-line(unsafe-typecast) now + MAX_NOTICE fits 64 bits
            if (e.effectiveTime < soonest) revert NoticeTooShort(i, uint64(soonest));
        }
        Stored memory s = Stored({
            ratePerMinute: uint80(e.ratePerMinute),
            connectFee: uint80(e.connectFee),
            initialIncrement: uint16(e.initialIncrement),
            subsequentIncrement: uint16(e.subsequentIncrement),
            effectiveTime: uint40(e.effectiveTime),
            count: 0
        });
        mapping(uint256 => Stored) storage h = _history[msg.sender][key];
        Slot memory at = _slot(h, s.effectiveTime, i);
        _checkNotice(s, at, Prefix(key, len, lengths), t, i);
        if (t.maxIncreaseBps != type(uint256).max) _checkCap(s, at, h, Prefix(key, len, lengths), t.maxIncreaseBps, i);
        _insert(h, s, at, i);
        isNew = at.count == 0;
        if (isNew) _setCreated(h, true);
        _emitPublished(e, key, at.pos);
    }

    /// Where an entry effective at `time` goes in history `h`: after every entry effective no
    /// later than it. Reads the scheduled entries from the end (at most MAX_SCHEDULED).
    function _slot(mapping(uint256 => Stored) storage h, uint40 time, uint256 i)
        internal
        view
        returns (Slot memory at)
    {
        uint256 count = h[0].count;
        at.count = count;
        at.pos = count;
        at.next = MAX_TIME + 1;
        uint256 scheduled = time > block.timestamp ? 1 : 0;
        for (uint256 k = count; k != 0; --k) {
            Stored memory x = h[k - 1];
            if (x.effectiveTime > time) {
                // scheduled (effectiveTime > time >= now): goes after the new entry
                at.pos = k - 1;
                at.next = x.effectiveTime;
            } else {
                if (!at.hasPrev) {
                    at.prev = x;
                    at.hasPrev = true;
                }
                if (x.effectiveTime <= block.timestamp) break; // in force: not scheduled
            }
            if (++scheduled > MAX_SCHEDULED) revert TooManyScheduled(i);
        }
    }

    /// Writes `s` at `at.pos`, moving the (scheduled) entries from there up by one. The length
    /// lives in entry 0.
    function _insert(mapping(uint256 => Stored) storage h, Stored memory s, Slot memory at, uint256 i) internal {
        uint256 count = at.count;
        if (count == type(uint24).max) revert HistoryFull(i);
        uint256 pos = at.pos;
        for (uint256 k = count; k > pos; --k) {
            Stored memory m = h[k - 1];
            m.count = 0;
            h[k] = m;
        }
        // forge-lint: disable-next-line(unsafe-typecast) count < type(uint24).max checked above
        uint24 newCount = uint24(count + 1);
        if (pos == 0) {
            s.count = newCount;
            h[0] = s;
        } else {
            h[pos] = s;
            h[0].count = newCount;
        }
    }

    function _emitPublished(RateInput calldata e, bytes32 key, uint256 index) internal {
        emit RatePublished(
            msg.sender,
            key,
            e.prefix,
            e.ratePerMinute,
            e.connectFee,
            e.initialIncrement,
            e.subsequentIncrement,
            e.effectiveTime,
            index
        );
    }

    /// Notice (item 7): over the window in which the new entry will be in force and an increase
    /// would still need notice, it must cost no more than what was announced for those
    /// destinations.
    function _checkNotice(Stored memory s, Slot memory at, Prefix memory p, Terms memory t, uint256 i)
        internal
        view
    {
        uint256 earliest = block.timestamp + t.increaseNotice;
        uint256 until = at.next < earliest ? at.next : earliest;
        if (s.effectiveTime >= until) return;
        // forge-lint: disable-next-line(unsafe-typecast) now + MAX_NOTICE fits 64 bits
        uint64 e64 = uint64(earliest);
        if (at.hasPrev) {
            if (!costsNoMore(_toEntry(s), _toEntry(at.prev), 1, 1)) revert NoticeTooShort(i, e64);
            return;
        }
        // No entry of the prefix in force at effectiveTime: its destinations were quoted through
        // shorter prefixes, the longest in force at each time of [effectiveTime, until).
        RateEntry memory ne = _toEntry(s);
        uint256 from = s.effectiveTime;
        for (uint256 l = p.len - 1; l != 0; --l) {
            // forge-lint: disable-next-line(incorrect-shift) bit `l` of the lengths mask
            if (p.lengths & (1 << l) == 0) continue;
            mapping(uint256 => Stored) storage c =
                _history[msg.sender][p.key & bytes32(~(type(uint256).max >> (8 * l)))];
            if (_isCreated(c)) continue;
            uint256 first = c[0].effectiveTime;
            if (c[0].count == 0 || first >= until) continue;
            if (!_noneCostsLess(ne, c, from, until)) revert NoticeTooShort(i, e64);
            if (first <= from) return; // in force over the whole window
            until = first; // shorter prefixes count only before this one starts
        }
    }

    /// Whether `ne` costs no more than each entry of history `c` in force at some time of
    /// [from, until) (c has an entry effective before `until`).
    function _noneCostsLess(RateEntry memory ne, mapping(uint256 => Stored) storage c, uint256 from, uint256 until)
        internal
        view
        returns (bool)
    {
        Stored memory cur = c[0];
        uint256 n = cur.count;
        uint256 j;
        // forge-lint: disable-next-line(unsafe-typecast) from is an effectiveTime (40 bits)
        if (cur.effectiveTime < from) (, cur, j) = _search(c, uint64(from));
        while (true) {
            if (!costsNoMore(ne, _toEntry(cur), 1, 1)) return false;
            if (++j >= n) return true;
            cur = c[j];
            if (cur.effectiveTime >= until) return true;
        }
        return true;
    }

    /// Cap (item 5): an entry that costs more than the one announced for its effectiveTime
    /// costs at most (1 + bps) times the entry in force before this block, for every call.
    function _checkCap(
        Stored memory s,
        Slot memory at,
        mapping(uint256 => Stored) storage h,
        Prefix memory p,
        uint256 bps,
        uint256 i
    ) internal view {
        mapping(bytes32 => mapping(uint256 => Stored)) storage sh = _history[msg.sender];
        RateEntry memory ne = _toEntry(s);
        bool found = at.hasPrev;
        Stored memory ref = at.prev;
        if (!found && p.len > 1) {
            (found, ref,) = _lookup(sh, p.key, p.len - 1, p.lengths | _SKIP_CREATED, s.effectiveTime);
        }
        if (found && costsNoMore(ne, _toEntry(ref), 1, 1)) return;
        uint64 before = uint64(block.timestamp - 1);
        (found, ref,) = _search(h, before);
        if (!found && p.len > 1) (found, ref,) = _lookup(sh, p.key, p.len - 1, p.lengths | _SKIP_CREATED, before);
        if (!found) return; // nothing in force for these destinations: nothing to cap
        if (!costsNoMore(ne, _toEntry(ref), BPS, BPS + bps)) revert IncreaseTooLarge(i, bps);
    }

    // ------------------------------------------------------------------ agreements

    /// @notice Set (or replace) the agreement between `a.buyer` and `a.seller`, signed by both
    /// over the EIP-712 `Agreement` struct. Anyone may submit it.
    /// @dev Consumes both parties' nonces, so a signature works once, on this chain and
    /// contract only, until `a.deadline`. Prunes the seller's expired agreements first.
    /// @param a The terms, the parties' current nonces and the signatures' deadline.
    /// @param buyerSig The buyer's signature (ECDSA, or ERC-1271 for a contract buyer).
    /// @param sellerSig The seller's signature (ECDSA, or ERC-1271 for a contract seller).
    function setAgreement(Agreement calldata a, bytes calldata buyerSig, bytes calldata sellerSig) external {
        if (a.buyer == address(0) || a.seller == address(0) || a.buyer == a.seller) revert InvalidParties();
        if (block.timestamp > a.deadline) revert SignatureExpired(a.deadline);
        if (a.validUntil < block.timestamp || a.validUntil > MAX_TIME) revert AgreementExpired(a.validUntil);
        if (a.noticeSeconds > MAX_NOTICE) revert NoticeTooLong(a.noticeSeconds);
        bytes32 digest = _hashTypedDataV4(
            keccak256(
                abi.encode(
                    AGREEMENT_TYPEHASH,
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
        _verify(a.buyer, digest, buyerSig);
        _verify(a.seller, digest, sellerSig);
        _useCheckedNonce(a.buyer, a.buyerNonce);
        _useCheckedNonce(a.seller, a.sellerNonce);

        _pruneExpired(a.seller);
        AgreementTerms memory terms = AgreementTerms({
            buyer: a.buyer,
            noticeSeconds: a.noticeSeconds,
            maxIncreaseBps: a.maxIncreaseBps,
            validUntil: uint40(a.validUntil)
        });
        uint256 idx = _agreementIndex[a.seller][a.buyer];
        if (idx != 0) {
            _agreements[a.seller][idx - 1] = terms;
        } else {
            AgreementTerms[] storage list = _agreements[a.seller];
            if (list.length >= MAX_AGREEMENTS_PER_SELLER) revert TooManyAgreements();
            list.push(terms);
            _agreementIndex[a.seller][a.buyer] = list.length;
        }
        emit AgreementSet(
            a.buyer, a.seller, a.noticeSeconds, a.maxIncreaseBps, a.validUntil, a.buyerNonce, a.sellerNonce
        );
    }

    /// @notice End an agreement before its validUntil with both parties' signatures over the
    /// EIP-712 `AgreementEnd` struct. Anyone may submit it.
    /// @dev Consumes both parties' nonces. Reverts NoAgreement when none is stored.
    /// @param e The parties, their current nonces and the signatures' deadline.
    /// @param buyerSig The buyer's signature.
    /// @param sellerSig The seller's signature.
    function endAgreement(AgreementEnd calldata e, bytes calldata buyerSig, bytes calldata sellerSig) external {
        if (block.timestamp > e.deadline) revert SignatureExpired(e.deadline);
        if (_agreementIndex[e.seller][e.buyer] == 0) revert NoAgreement(e.buyer, e.seller);
        bytes32 digest = _hashTypedDataV4(
            keccak256(abi.encode(AGREEMENT_END_TYPEHASH, e.buyer, e.seller, e.buyerNonce, e.sellerNonce, e.deadline))
        );
        _verify(e.buyer, digest, buyerSig);
        _verify(e.seller, digest, sellerSig);
        _useCheckedNonce(e.buyer, e.buyerNonce);
        _useCheckedNonce(e.seller, e.sellerNonce);
        _remove(e.seller, e.buyer, EndReason.Mutual);
    }

    /// @notice Remove an agreement whose validUntil has passed. Only the buyer or the seller.
    /// @param buyer The agreement's buyer.
    /// @param seller The agreement's seller.
    function clearExpiredAgreement(address buyer, address seller) external {
        if (msg.sender != buyer && msg.sender != seller) revert NotAParty();
        uint256 idx = _agreementIndex[seller][buyer];
        if (idx == 0) revert NoAgreement(buyer, seller);
        uint40 until = _agreements[seller][idx - 1].validUntil;
        if (block.timestamp <= until) revert AgreementStillInForce(until);
        _remove(seller, buyer, EndReason.Expired);
    }

    // ------------------------------------------------------------------ views

    /// @notice The entry in force for `destination` at `time` by longest matching prefix, and
    /// the cost of a call of `durationSeconds` under it.
    /// @dev Reverts InvalidDestination for anything but an optional "+" and 1-15 digits
    /// without a leading zero; NoRate when no prefix of the seller has an entry in force.
    /// @param seller The seller whose deck is quoted.
    /// @param destination E.164 number or digits, with or without "+".
    /// @param time Unix time of the call (the entry with the latest effectiveTime <= time).
    /// @param durationSeconds Billable duration; 0 costs 0.
    /// @return entry The entry in force.
    /// @return prefix The matching prefix (digits).
    /// @return cost connectFee + ceil(billed seconds * ratePerMinute / 60), 0 for duration 0.
    function quote(address seller, string calldata destination, uint64 time, uint32 durationSeconds)
        external
        view
        returns (RateEntry memory entry, string memory prefix, uint256 cost)
    {
        bytes calldata d = bytes(destination);
        if (d.length != 0 && d[0] == "+") d = d[1:];
        uint256 matched;
        (entry, matched) = _match(seller, d, time);
        if (matched == 0) revert NoRate(seller, destination, time);
        prefix = string(d[:matched]);
        cost = costOf(entry, durationSeconds);
    }

    function _match(address seller, bytes calldata d, uint64 time)
        internal
        view
        returns (RateEntry memory entry, uint256 matched)
    {
        bytes32 key;
        uint256 len;
        {
            bool ok;
            (key, len, ok) = _digits(d);
            if (!ok) revert InvalidDestination();
        }
        Stored memory s;
        (, s, matched) = _lookup(_history[seller], key, len, _lengthsUsed[seller], time);
        entry = _toEntry(s);
    }

    /// @notice Cost of a call of `durationSeconds` under `entry`.
    /// @dev billed = initialIncrement when duration <= initialIncrement, else initialIncrement +
    /// ceil((duration - initialIncrement) / subsequentIncrement) * subsequentIncrement; cost =
    /// connectFee + ceil(billed * ratePerMinute / 60); 0 when duration is 0. Reverts
    /// InvalidIncrement(0) when an increment is 0.
    /// @param entry The rate entry.
    /// @param durationSeconds Billable duration in seconds.
    /// @return cost In token wei.
    function costOf(RateEntry memory entry, uint32 durationSeconds) public pure returns (uint256 cost) {
        if (durationSeconds == 0) return 0;
        uint256 init = entry.initialIncrement;
        uint256 sub = entry.subsequentIncrement;
        if (init == 0 || sub == 0) revert InvalidIncrement(0);
        uint256 billed = init;
        // forge-lint: disable-next-line(divide-before-multiply) rounds up to whole blocks on purpose
        if (durationSeconds > init) billed = init + ((durationSeconds - init + sub - 1) / sub) * sub;
        cost = entry.connectFee + (billed * entry.ratePerMinute + 59) / 60;
    }

    /// @notice Whether `mulA` times the cost of every call under `a` is at most `mulB` times its
    /// cost under `b`, the costs taken before the final rounding up to a whole wei
    /// (connectFee + billed * ratePerMinute / 60), for every duration from 1 s on.
    /// @dev publish uses (1, 1) for "a is no increase over b" and (BPS, BPS + cap) for the
    /// agreements' cap. The worst duration in each billing block of b is its last second, so
    /// only b's grid points g = bI + k * bS matter. When b's grid is part of a's (a.I <= b.I,
    /// a.S divides b.I - a.I and b.S) a bills g exactly and the answer is exact. Otherwise a
    /// bills a.I up to a.I and at most g + a.S - 1 after it, and both bounds are tested at the
    /// first grid point of b where they apply (the margin only shrinks later when a's rate is no
    /// higher); the answer may then be false for a that costs no more (never the reverse).
    /// Reverts InvalidIncrement(0) when an increment is 0.
    /// @param a The new entry.
    /// @param b The entry compared with.
    /// @param mulA Multiplier of a's cost.
    /// @param mulB Multiplier of b's cost.
    /// @return True when every call costs no more (times the multipliers) under a than under b.
    function costsNoMore(RateEntry memory a, RateEntry memory b, uint256 mulA, uint256 mulB)
        public
        pure
        returns (bool)
    {
        uint256 ia = a.initialIncrement;
        uint256 sa = a.subsequentIncrement;
        uint256 ib = b.initialIncrement;
        uint256 sb = b.subsequentIncrement;
        if (ia == 0 || sa == 0 || ib == 0 || sb == 0) revert InvalidIncrement(0);
        uint256 ra = mulA * a.ratePerMinute; // cost per billed second, times 60
        uint256 rb = mulB * b.ratePerMinute;
        if (ra > rb) return false; // long calls cost more
        uint256 fa = 60 * mulA * a.connectFee;
        uint256 fb = 60 * mulB * b.connectFee;
        if (ib >= ia && (ib - ia) % sa == 0 && sb % sa == 0) return fa + ra * ib <= fb + rb * ib;
        uint256 g = ib;
        if (ib <= ia) {
            if (fa + ra * ia > fb + rb * ib) return false;
            g = ib + ((ia - ib) / sb + 1) * sb; // b's first grid point after ia
        }
        return fa + ra * (g + sa - 1) <= fb + rb * g;
    }

    /// @notice The whole history of (seller, prefix), oldest first.
    /// @param seller The seller.
    /// @param prefix The prefix digits (validated).
    /// @return entries All entries in effectiveTime order.
    function history(address seller, string calldata prefix) external view returns (RateEntry[] memory entries) {
        (bytes32 key,,) = _validPrefix(prefix);
        mapping(uint256 => Stored) storage h = _history[seller][key];
        uint256 count = h[0].count;
        entries = new RateEntry[](count);
        for (uint256 i; i < count; ++i) {
            entries[i] = _toEntry(h[i]);
        }
    }

    /// @notice Number of entries in (seller, prefix)'s history.
    /// @param seller The seller.
    /// @param prefix The prefix digits (validated).
    /// @return count History length.
    function historyLength(address seller, string calldata prefix) external view returns (uint256 count) {
        (bytes32 key,,) = _validPrefix(prefix);
        count = _history[seller][key][0].count;
    }

    /// @notice The entry of (seller, prefix) in force at `time` (no prefix fallback).
    /// @dev Reverts NoRate when the prefix has no entry with effectiveTime <= time.
    /// @param seller The seller.
    /// @param prefix The prefix digits (validated).
    /// @param time Unix time.
    /// @return entry The entry in force.
    /// @return index Its index in the history.
    function entryAt(address seller, string calldata prefix, uint64 time)
        external
        view
        returns (RateEntry memory entry, uint256 index)
    {
        (bytes32 key,,) = _validPrefix(prefix);
        bool found;
        Stored memory s;
        (found, s, index) = _search(_history[seller][key], time);
        if (!found) revert NoRate(seller, prefix, time);
        entry = _toEntry(s);
    }

    /// @notice The storage / event key of a prefix: its digits left-aligned in a bytes32.
    /// @param prefix The prefix digits (validated).
    /// @return key The key (RatePublished's indexed prefixKey).
    function prefixKey(string calldata prefix) external pure returns (bytes32 key) {
        (key,,) = _validPrefix(prefix);
    }

    /// @notice The agreement between buyer and seller, if stored.
    /// @param buyer The buyer.
    /// @param seller The seller.
    /// @return exists Whether one is stored.
    /// @return terms Its terms.
    /// @return inForce Whether it is in force now (block.timestamp <= validUntil).
    function agreementOf(address buyer, address seller)
        external
        view
        returns (bool exists, AgreementTerms memory terms, bool inForce)
    {
        uint256 idx = _agreementIndex[seller][buyer];
        if (idx == 0) return (false, terms, false);
        terms = _agreements[seller][idx - 1];
        return (true, terms, block.timestamp <= terms.validUntil);
    }

    /// @notice The agreements stored for a seller (including expired ones not yet pruned).
    /// @param seller The seller.
    /// @return list The stored agreements.
    function agreementsOf(address seller) external view returns (AgreementTerms[] memory list) {
        return _agreements[seller];
    }

    /// @notice The terms a publish by `seller` is checked against now.
    /// @param seller The seller.
    /// @return noticeForIncrease Longest of the default and the agreements in force.
    /// @return noticeForDecrease The default decrease notice.
    /// @return maxIncreaseBps Smallest cap of the agreements in force; type(uint256).max: none.
    function sellerTerms(address seller)
        external
        view
        returns (uint256 noticeForIncrease, uint256 noticeForDecrease, uint256 maxIncreaseBps)
    {
        Terms memory t = _termsInForce(seller);
        return (t.increaseNotice, t.decreaseNotice, t.maxIncreaseBps);
    }

    /// @notice The EIP-712 domain separator (chain id and this contract included).
    /// @return The separator for the current chain.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ------------------------------------------------------------------ internals

    function _termsInForce(address seller) internal view returns (Terms memory t) {
        t.increaseNotice = increaseNotice;
        t.decreaseNotice = decreaseNotice;
        t.maxIncreaseBps = type(uint256).max;
        AgreementTerms[] storage list = _agreements[seller];
        uint256 n = list.length;
        for (uint256 i; i < n; ++i) {
            AgreementTerms memory a = list[i];
            if (block.timestamp > a.validUntil) continue;
            if (a.noticeSeconds > t.increaseNotice) t.increaseNotice = a.noticeSeconds;
            if (a.maxIncreaseBps < t.maxIncreaseBps) t.maxIncreaseBps = a.maxIncreaseBps;
        }
    }

    /// Longest prefix of `key` (digits left-aligned, `maxLen` of them considered) with an entry
    /// in force at `time`; only lengths whose bit is set in `lengths` are tried. With
    /// _SKIP_CREATED set in `lengths`, prefixes created in the running publish call are ignored.
    function _lookup(
        mapping(bytes32 => mapping(uint256 => Stored)) storage sh,
        bytes32 key,
        uint256 maxLen,
        uint256 lengths,
        uint64 time
    ) internal view returns (bool found, Stored memory s, uint256 len) {
        for (len = maxLen; len != 0; --len) {
            // forge-lint: disable-next-line(incorrect-shift) bit `len` of the lengths mask
            if (lengths & (1 << len) == 0) continue;
            mapping(uint256 => Stored) storage h = sh[key & bytes32(~(type(uint256).max >> (8 * len)))];
            if (lengths & _SKIP_CREATED != 0 && _isCreated(h)) continue;
            (found, s,) = _search(h, time);
            if (found) return (true, s, len);
        }
        return (false, s, 0);
    }

    /// Binary search: the last entry with effectiveTime <= time.
    function _search(mapping(uint256 => Stored) storage h, uint64 time)
        internal
        view
        returns (bool found, Stored memory s, uint256 index)
    {
        Stored memory first = h[0];
        uint256 count = first.count;
        if (count == 0 || first.effectiveTime > time) return (false, s, 0);
        uint256 lo; // h[lo].effectiveTime <= time
        uint256 hi = count; // h[hi].effectiveTime > time, or hi == count
        while (hi - lo > 1) {
            uint256 mid = (lo + hi) / 2;
            if (h[mid].effectiveTime <= time) lo = mid;
            else hi = mid;
        }
        s = lo == 0 ? first : h[lo];
        return (true, s, lo);
    }

    function _parsePrefix(string calldata prefix, uint256 i) internal pure returns (bytes32 key, uint256 len) {
        bool ok;
        (key, len, ok) = _digits(bytes(prefix));
        if (!ok) revert InvalidPrefix(i);
    }

    function _validPrefix(string calldata prefix) internal pure returns (bytes32 key, uint256 len, bool ok) {
        (key, len, ok) = _digits(bytes(prefix));
        if (!ok) revert InvalidPrefix(0);
    }

    /// 1-15 ASCII digits, first not '0'; returns them left-aligned in a bytes32.
    function _digits(bytes calldata b) internal pure returns (bytes32 key, uint256 len, bool ok) {
        len = b.length;
        if (len == 0 || len > 15 || b[0] == "0") return (0, len, false);
        for (uint256 j; j < len; ++j) {
            bytes1 c = b[j];
            if (c < "0" || c > "9") return (0, len, false);
        }
        // forge-lint: disable-next-line(unsafe-typecast) left-aligns <= 15 bytes, nothing is cut
        key = bytes32(b);
        ok = true;
    }

    function _toEntry(Stored memory s) internal pure returns (RateEntry memory) {
        return RateEntry({
            ratePerMinute: s.ratePerMinute,
            connectFee: s.connectFee,
            initialIncrement: s.initialIncrement,
            subsequentIncrement: s.subsequentIncrement,
            effectiveTime: s.effectiveTime
        });
    }

    function _verify(address signer, bytes32 digest, bytes calldata sig) internal view {
        if (!SignatureChecker.isValidSignatureNowCalldata(signer, digest, sig)) revert InvalidSignature(signer);
    }

    function _pruneExpired(address seller) internal {
        AgreementTerms[] storage list = _agreements[seller];
        uint256 i = list.length;
        while (i != 0) {
            --i;
            AgreementTerms memory a = list[i];
            if (block.timestamp > a.validUntil) _remove(seller, a.buyer, EndReason.Expired);
        }
    }

    function _remove(address seller, address buyer, EndReason reason) internal {
        AgreementTerms[] storage list = _agreements[seller];
        uint256 idx = _agreementIndex[seller][buyer] - 1;
        uint256 last = list.length - 1;
        if (idx != last) {
            AgreementTerms memory moved = list[last];
            list[idx] = moved;
            _agreementIndex[seller][moved.buyer] = idx + 1;
        }
        list.pop();
        delete _agreementIndex[seller][buyer];
        emit AgreementEnded(buyer, seller, reason);
    }

    // Transient flag "this history got its first entry in the running publish call", kept at
    // the history mapping's own slot number in transient storage (unique per seller and key).
    function _setCreated(mapping(uint256 => Stored) storage h, bool on) private {
        assembly ("memory-safe") {
            tstore(h.slot, on)
        }
    }

    function _isCreated(mapping(uint256 => Stored) storage h) private view returns (bool on) {
        assembly ("memory-safe") {
            on := tload(h.slot)
        }
    }
}
