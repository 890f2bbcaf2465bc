// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {NumberRegistry} from "../../contracts/NumberRegistry.sol";
import {MockDOTS} from "./MockDOTS.sol";

/// @dev Drives NumberRegistry through random claims, renewals, releases, transfers, lapses,
/// reclaims, forced releases, record edits, deposit changes and time jumps, while keeping an
/// independent model of who owns what until when. Every call predicts whether the registry
/// must accept it; a disagreement is counted in `mismatches`.
contract NumberRegistryHandler is Test {
    NumberRegistry public immutable reg;
    MockDOTS public immutable dots;
    address public immutable governor;
    address public immutable disputer;
    address public constant POT = address(0xD15);
    bytes32 public constant CALLER = keccak256("+15005550006");

    address[] public actors;
    string[] public numbers;

    struct Model {
        address owner; // registrant (may have lapsed)
        uint64 expires;
        uint256 deposit; // held for the registrant
        uint64 availableAt;
    }

    mapping(uint256 => Model) public model;

    /// @dev An open dispute hold, as the model sees it.
    struct OpenHold {
        uint256 k;
        uint32 epoch;
        address owner;
    }

    OpenHold[] public openHolds;
    mapping(uint256 k => mapping(uint32 epoch => uint256)) public holdCount;
    mapping(uint256 k => mapping(uint32 epoch => uint256)) public escrowOf;
    uint256 public totalEscrow;
    uint256 public wrongOwnerHit; // an upheld dispute took from a registration it was not opened against

    uint256 public mismatches; // registry accepted what the model refused, or the reverse
    uint256 public claimsOverLiveOwner;
    uint256 public staleRecords; // a fresh claim found records of an earlier registration // a claim succeeded while another registration was live
    uint256 public nonce;
    mapping(bytes32 => uint256) public calls;
    mapping(bytes32 => uint256) public succeeded;

    constructor(NumberRegistry reg_, MockDOTS dots_, address governor_, address disputer_) {
        reg = reg_;
        dots = dots_;
        governor = governor_;
        disputer = disputer_;
        for (uint256 i; i < 4; ++i) {
            address a = address(uint160(0xA000 + i));
            actors.push(a);
            dots.mint(a, 1e30);
            vm.prank(a);
            dots.approve(address(reg), type(uint256).max);
        }
        numbers.push("+14155550123");
        numbers.push("+442071838750");
        numbers.push("+1");
        numbers.push("+999999999999999");
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function numberCount() external view returns (uint256) {
        return numbers.length;
    }

    // ------------------------------------------------------------ model helpers

    function liveOwner(uint256 k) public view returns (address) {
        Model storage m = model[k];
        if (m.owner == address(0) || block.timestamp >= uint256(m.expires) + reg.gracePeriod()) return address(0);
        return m.owner;
    }

    function _check(bool expected, bool got) internal {
        if (expected != got) ++mismatches;
    }

    function _epoch(uint256 k) internal view returns (uint32 epoch) {
        (,,,, epoch,,) = reg.numberInfo(keccak256(bytes(numbers[k])));
    }

    function _held(uint256 k) internal view returns (bool) {
        return holdCount[k][_epoch(k)] != 0;
    }

    /// The model's side of a lapse: a held registration's deposit goes to escrow.
    function _modelLapse(uint256 k, Model storage m) internal {
        uint32 e = _epoch(k);
        if (holdCount[k][e] != 0) {
            escrowOf[k][e] = m.deposit;
            totalEscrow += m.deposit;
        }
        m.availableAt = uint64(uint256(m.expires) + reg.gracePeriod());
    }

    // ------------------------------------------------------------ actions

    function claim(uint256 a, uint256 k) external {
        ++calls["claim"];
        address actor = actors[a % actors.length];
        k %= numbers.length;
        string memory e164 = numbers[k];
        bytes32 secret = keccak256(abi.encode(++nonce));
        vm.prank(actor);
        reg.commit(reg.makeCommitment(e164, actor, secret));
        vm.warp(block.timestamp + reg.minCommitAge());

        Model storage m = model[k];
        address live = liveOwner(k);
        bool expected = live == address(0) && (m.owner != address(0) || block.timestamp >= m.availableAt);
        uint256 deposit = reg.depositAmount();
        bool lapsing = m.owner != address(0) && live == address(0);
        vm.prank(actor);
        try reg.claim(e164, secret) returns (uint64 expires) {
            _check(expected, true);
            ++succeeded["claim"];
            if (live != address(0)) ++claimsOverLiveOwner;
            if (lapsing) {
                // the registry's epoch has moved on: undo it for the model's escrow bookkeeping
                uint32 e = _epoch(k) - 1;
                if (holdCount[k][e] != 0) {
                    escrowOf[k][e] = m.deposit;
                    totalEscrow += m.deposit;
                }
            }
            m.owner = actor;
            m.expires = expires;
            m.deposit = deposit;
            // a new registration starts with no records, whoever held the number before
            (address op,) = reg.routeOf(e164);
            if (op != address(0) || reg.featuresOf(e164) != 0 || reg.isBlocked(e164, CALLER)) ++staleRecords;
        } catch {
            _check(expected, false);
        }
    }

    function renew(uint256 k) external {
        ++calls["renew"];
        k %= numbers.length;
        Model storage m = model[k];
        bool expected = liveOwner(k) != address(0) && m.expires <= block.timestamp + reg.term();
        try reg.renew(numbers[k]) returns (uint64 expires) {
            _check(expected, true);
            ++succeeded["renew"];
            if (expires != m.expires + reg.term()) ++mismatches;
            m.expires = expires;
        } catch {
            _check(expected, false);
        }
    }

    function release(uint256 a, uint256 k, bool asOwner) external {
        ++calls["release"];
        k %= numbers.length;
        Model storage m = model[k];
        address caller = asOwner && m.owner != address(0) ? m.owner : actors[a % actors.length];
        bool expected = liveOwner(k) == caller && !_held(k);
        vm.prank(caller);
        try reg.release(numbers[k]) {
            _check(expected, true);
            ++succeeded["release"];
            m.owner = address(0);
            m.expires = 0;
            m.deposit = 0;
            m.availableAt = uint64(block.timestamp) + reg.releaseCooldown();
        } catch {
            _check(expected, false);
        }
    }

    function transfer(uint256 a, uint256 k, uint256 to, bool asOwner) external {
        ++calls["transfer"];
        k %= numbers.length;
        Model storage m = model[k];
        address caller = asOwner && m.owner != address(0) ? m.owner : actors[a % actors.length];
        address recipient = actors[to % actors.length];
        bool expected = liveOwner(k) == caller && caller != address(0) && !_held(k);
        vm.prank(caller);
        try reg.transfer(numbers[k], recipient) {
            _check(expected, true);
            ++succeeded["transfer"];
            m.owner = recipient;
        } catch {
            _check(expected, false);
        }
    }

    function reclaimExpired(uint256 k) external {
        ++calls["reclaimExpired"];
        k %= numbers.length;
        Model storage m = model[k];
        bool expected = m.owner != address(0) && liveOwner(k) == address(0);
        if (expected) _modelLapse(k, m);
        try reg.reclaimExpired(numbers[k]) {
            _check(expected, true);
            ++succeeded["reclaimExpired"];
            m.owner = address(0);
            m.expires = 0;
            m.deposit = 0;
        } catch {
            _check(expected, false);
        }
    }

    /// A dispute opens on number k: binds to its live registration.
    function hold(uint256 k) external {
        ++calls["hold"];
        k %= numbers.length;
        address live = liveOwner(k);
        vm.prank(disputer);
        try reg.holdForDispute(keccak256(bytes(numbers[k]))) returns (address owner, uint32 epoch) {
            _check(live != address(0), true);
            if (owner != live || epoch != _epoch(k)) ++mismatches;
            openHolds.push(OpenHold(k, epoch, owner));
            ++holdCount[k][epoch];
            ++succeeded["hold"];
        } catch {
            _check(live != address(0), false);
        }
    }

    /// An open dispute ends, upheld (forceRelease) or rejected (releaseHold).
    function endHold(uint256 i, bool upheld) external {
        ++calls["endHold"];
        uint256 n = openHolds.length;
        if (n == 0) return;
        i %= n;
        OpenHold memory h = openHolds[i];
        openHolds[i] = openHolds[n - 1];
        openHolds.pop();
        --holdCount[h.k][h.epoch];
        Model storage m = model[h.k];
        bytes32 node = keccak256(bytes(numbers[h.k]));
        address potOwner = m.owner;
        uint256 potBefore = dots.balanceOf(POT);
        uint256 ownerBefore = dots.balanceOf(h.owner);
        uint256 escrow = escrowOf[h.k][h.epoch];
        // the registration the dispute was opened against is still the current one
        bool current = _epoch(h.k) == h.epoch && potOwner == h.owner && potOwner != address(0);
        vm.prank(disputer);
        if (upheld) {
            try reg.forceRelease(node, h.epoch, h.owner, POT) returns (bool applied) {
                ++succeeded["forceRelease"];
                uint256 gained = dots.balanceOf(POT) - potBefore;
                if (current) {
                    if (!applied || gained != m.deposit) ++mismatches;
                    m.owner = address(0);
                    m.expires = 0;
                    m.deposit = 0;
                    m.availableAt = uint64(block.timestamp) + reg.releaseCooldown();
                } else if (escrow != 0) {
                    if (!applied || gained != escrow) ++mismatches;
                    escrowOf[h.k][h.epoch] = 0;
                    totalEscrow -= escrow;
                } else if (applied || gained != 0) {
                    ++wrongOwnerHit;
                }
            } catch {
                ++mismatches; // always accepted for an open hold
            }
        } else {
            try reg.releaseHold(node, h.epoch) {
                ++succeeded["releaseHold"];
                if (holdCount[h.k][h.epoch] == 0 && escrow != 0) {
                    if (dots.balanceOf(h.owner) - ownerBefore != escrow) ++mismatches;
                    escrowOf[h.k][h.epoch] = 0;
                    totalEscrow -= escrow;
                }
            } catch {
                ++mismatches;
            }
        }
    }

    function setRecords(uint256 k, uint160 operator) external {
        ++calls["setRecords"];
        k %= numbers.length;
        address owner = liveOwner(k);
        if (owner == address(0)) return;
        uint256 opKey = uint256(operator) % 1e30 + 1;
        address op = vm.addr(opKey);
        bytes32 node = keccak256(bytes(numbers[k]));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(opKey, reg.portDigest(node, op, "sip:x@op.example", block.timestamp));
        vm.startPrank(owner);
        reg.setRoute(numbers[k], op, "sip:x@op.example", block.timestamp, abi.encodePacked(r, s, v));
        reg.setFeatures(numbers[k], 0x01);
        if (!reg.isBlocked(numbers[k], CALLER)) reg.blockCaller(numbers[k], CALLER);
        vm.stopPrank();
        ++succeeded["setRecords"];
    }

    function setDeposit(uint256 amount) external {
        ++calls["setDeposit"];
        amount = bound(amount, 0, 1_000e18);
        (uint64 minAge, uint64 maxAge, uint64 t, uint64 g, uint64 c) =
            (reg.minCommitAge(), reg.maxCommitAge(), reg.term(), reg.gracePeriod(), reg.releaseCooldown());
        vm.prank(governor);
        reg.setParameters(minAge, maxAge, t, g, c, amount);
        ++succeeded["setDeposit"];
    }

    /// Jump to (or one second before) an edge of number k's timeline: end of grace, end of
    /// cooldown or expiry; optionally minCommitAge earlier, so that the claim inside `claim`
    /// lands exactly on the edge.
    function warpToEdge(uint256 k, uint8 which) external {
        ++calls["warpToEdge"];
        Model storage m = model[k % numbers.length];
        uint256 base = [uint256(m.expires) + reg.gracePeriod(), m.availableAt, m.expires][which % 3];
        if (base <= uint256(reg.minCommitAge()) + 1) return;
        uint256 target = base - ((which / 3) % 2);
        if ((which / 6) % 2 == 1) target -= reg.minCommitAge();
        if (target > block.timestamp) vm.warp(target);
    }

    function warp(uint256 dt) external {
        ++calls["warp"];
        vm.warp(block.timestamp + bound(dt, 0, 10 days));
    }
}
