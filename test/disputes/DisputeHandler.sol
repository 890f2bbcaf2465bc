// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {DisputeVoting} from "../../contracts/DisputeVoting.sol";
import {ICDRAnchor} from "../../contracts/interfaces/ICDRAnchor.sol";
import {MockDots, MockAnchor, MockRegistry, MockRandomness} from "./DisputeMocks.sol";

/// @notice Drives DisputeVoting through random sequences of every user action for the
/// invariant suite. Calls that the contract refuses are simply skipped.
contract DisputeHandler is Test {
    DisputeVoting public dv;
    MockDots public token;
    MockAnchor public anchor;
    MockRegistry public registry;
    MockRandomness public rnd;
    address[] public actors;

    uint256 public nextBatch = 1000;
    uint256 public nextNode = 1;
    mapping(bytes32 => uint8) internal _choiceOf; // keccak(id, round, juror) -> committed choice

    // Ghost token flows into and out of DisputeVoting.
    uint256 public ghostIn;
    uint256 public ghostOut;
    mapping(bytes4 => uint256) public calls;

    constructor(
        DisputeVoting dv_,
        MockDots token_,
        MockAnchor anchor_,
        MockRegistry registry_,
        MockRandomness rnd_,
        address[] memory actors_
    ) {
        dv = dv_;
        token = token_;
        anchor = anchor_;
        registry = registry_;
        rnd = rnd_;
        actors = actors_;
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }

    /// @dev Mostly (7 in 8) the newest dispute (so whole lifecycles happen within a run), else any.
    function _dispute(uint256 seed) internal view returns (uint256) {
        uint256 n = dv.disputeCount();
        if (n == 0) return 0;
        if (seed % 8 != 0) return n;
        return (seed >> 3) % n + 1;
    }

    function _ensure(address who, uint256 amount) internal {
        if (token.balanceOf(who) < amount) token.mint(who, amount);
        vm.prank(who);
        token.approve(address(dv), type(uint256).max);
    }

    function _track(uint256 before) internal {
        uint256 afterBal = token.balanceOf(address(dv));
        if (afterBal > before) ghostIn += afterBal - before;
        else ghostOut += before - afterBal;
    }

    // ------------------------------------------------------------ actions

    function stake(uint256 actorSeed, uint256 amount) external {
        address a = _actor(actorSeed);
        amount = bound(amount, 1e18, 3_000e18);
        _ensure(a, amount);
        uint256 before = token.balanceOf(address(dv));
        vm.prank(a);
        try dv.stake(amount) {
            calls[this.stake.selector]++;
        } catch {}
        _track(before);
    }

    function requestUnstake(uint256 actorSeed, uint256 amount) external {
        address a = _actor(actorSeed);
        (uint256 staked,,,,) = dv.jurorInfo(a);
        if (staked == 0) return;
        amount = bound(amount, 1, staked);
        vm.prank(a);
        try dv.requestUnstake(amount) {
            calls[this.requestUnstake.selector]++;
        } catch {}
    }

    function withdraw(uint256 actorSeed) external {
        address a = _actor(actorSeed);
        uint256 before = token.balanceOf(address(dv));
        vm.prank(a);
        try dv.withdraw() {
            calls[this.withdraw.selector]++;
        } catch {}
        _track(before);
    }

    function openDispute(uint256 actorSeed, uint8 kind, uint256 pledge, uint256 slash) external {
        address a = _actor(actorSeed);
        // Mostly wait for the newest dispute to resolve first, so lifecycles complete.
        uint256 n = dv.disputeCount();
        if (n > 0 && uint256(keccak256(abi.encode(pledge, kind))) % 8 != 0) {
            (,,, DisputeVoting.Status st,,,,,,) = dv.getDispute(n);
            if (st != DisputeVoting.Status.Resolved) return;
        }
        kind = kind % 3;
        pledge = bound(pledge, 100e18, 1_000e18);
        slash = bound(slash, 0, 500e18);
        bytes32 subject;
        if (kind == 0) {
            // One time in four dispute the previous batch again (two disputes freeze it twice).
            uint256 b = slash % 4 == 0 && nextBatch > 1 ? nextBatch - 1 : nextBatch++;
            if (anchor.batchState(b) == ICDRAnchor.BatchState.None) anchor.setBatch(b, ICDRAnchor.BatchState.Pending);
            subject = bytes32(b);
            token.mint(address(anchor), slash);
            anchor.setSlashAmount(slash);
        } else if (kind == 1) {
            address op = address(uint160(0xBEEF0000 + nextNode++));
            anchor.setOperator(op, true);
            subject = bytes32(uint256(uint160(op)));
            token.mint(address(anchor), slash);
            anchor.setSlashAmount(slash);
        } else {
            subject = keccak256(abi.encode("node", nextNode++));
            registry.setOwner(subject, address(0xCAFE), slash);
            token.mint(address(registry), slash);
        }
        _ensure(a, pledge + 1_000e18); // pledge + juror fee
        uint256 before = token.balanceOf(address(dv));
        vm.prank(a);
        try dv.openDispute(kind, subject, bytes("bafyevidence"), pledge) {
            calls[this.openDispute.selector]++;
        } catch {}
        _track(before);
    }

    function draw(uint256 idSeed, bytes32 salt) external {
        uint256 id = _dispute(idSeed);
        if (id == 0) return;
        rnd.setAuto(true, salt);
        try dv.draw(id) {
            calls[this.draw.selector]++;
        } catch {}
    }

    /// @dev Each juror of the current round whose bit is set in `mask` commits; bit i of
    /// `choices` picks UPHOLD (1) or REJECT (0).
    function commit(uint256 idSeed, uint256 mask, uint256 choices) external {
        uint256 id = _dispute(idSeed);
        if (id == 0) return;
        (,,,,, uint256 roundCount,,,,) = dv.getDispute(id);
        uint256 r = roundCount - 1;
        (,,,,,,,,, address[] memory js) = dv.getRound(id, r);
        mask = uint256(keccak256(abi.encode(mask))) | 1; // random bits, at least one juror
        for (uint256 i; i < js.length; ++i) {
            if ((mask >> i) & 1 == 0) continue;
            address j = js[i];
            uint8 choice = (uint256(keccak256(abi.encode(choices))) >> i) & 1 == 1 ? 2 : 1;
            bytes32 salt = keccak256(abi.encode(id, r, j));
            bytes32 c = dv.commitmentOf(choice, salt, j, id, r);
            vm.prank(j);
            try dv.commit(id, c) {
                _choiceOf[keccak256(abi.encode(id, r, j))] = choice;
                calls[this.commit.selector]++;
            } catch {}
        }
    }

    /// @dev Each committed juror of the current round whose bit is set in `mask` reveals.
    function reveal(uint256 idSeed, uint256 mask) external {
        uint256 id = _dispute(idSeed);
        if (id == 0) return;
        (,,,,, uint256 roundCount,,,,) = dv.getDispute(id);
        uint256 r = roundCount - 1;
        (,,,,,,,,, address[] memory js) = dv.getRound(id, r);
        mask = uint256(keccak256(abi.encode(mask))) | 1;
        for (uint256 i; i < js.length; ++i) {
            if ((mask >> i) & 1 == 0) continue;
            address j = js[i];
            uint8 choice = _choiceOf[keccak256(abi.encode(id, r, j))];
            if (choice == 0) continue;
            vm.prank(j);
            try dv.reveal(id, choice, keccak256(abi.encode(id, r, j))) {
                calls[this.reveal.selector]++;
            } catch {}
        }
    }

    function appeal(uint256 idSeed, uint256 actorSeed) external {
        uint256 id = _dispute(idSeed);
        if (id == 0) return;
        address a = _actor(actorSeed);
        _ensure(a, 10_000e18);
        uint256 before = token.balanceOf(address(dv));
        vm.prank(a);
        try dv.appeal(id) {
            calls[this.appeal.selector]++;
        } catch {}
        _track(before);
    }

    function finalize(uint256 idSeed) external {
        uint256 id = _dispute(idSeed);
        if (id == 0) return;
        uint256 before = token.balanceOf(address(dv));
        try dv.finalize(id) {
            calls[this.finalize.selector]++;
        } catch {}
        _track(before);
    }

    /// @dev Settles an actor in a resolved dispute (the newest resolved one, mostly).
    function claim(uint256 idSeed, uint256 actorSeed) external {
        uint256 id = _dispute(idSeed);
        if (id == 0) return;
        for (; id > 0; --id) {
            (,,, DisputeVoting.Status st,,,,,,) = dv.getDispute(id);
            if (st == DisputeVoting.Status.Resolved) break;
        }
        if (id == 0) return;
        try dv.claim(id, _actor(actorSeed)) {
            calls[this.claim.selector]++;
        } catch {}
    }

    function withdrawRewards(uint256 actorSeed) external {
        address a = _actor(actorSeed);
        uint256 before = token.balanceOf(address(dv));
        vm.prank(a);
        try dv.withdrawRewards() {
            calls[this.withdrawRewards.selector]++;
        } catch {}
        _track(before);
    }

    function passTime(uint256 secs) external {
        secs = bound(secs, 0, 20 minutes);
        vm.warp(block.timestamp + secs);
        vm.roll(block.number + 1 + secs / 12);
    }

    /// @dev Jumps just past the next deadline (commit, reveal or appeal) of a dispute's current
    /// round, so whole lifecycles fit in a short call sequence.
    function advance(uint256 idSeed, uint256 extra) external {
        uint256 id = _dispute(idSeed);
        if (id == 0) return;
        (,,,,, uint256 roundCount,,,,) = dv.getDispute(id);
        (, bool drawn,, uint64 c, uint64 rv, uint64 a,,,,) = dv.getRound(id, roundCount - 1);
        if (!drawn) return;
        uint256 t = block.timestamp;
        uint256 target;
        if (t <= c) target = c;
        else if (t <= rv) target = rv;
        else if (t <= a) target = a;
        else return;
        vm.warp(target + 1 + bound(extra, 0, 20 minutes));
        vm.roll(block.number + 1);
    }

    // ------------------------------------------------------------ wind-down

    /// @dev Resolves every dispute, settles and pays everyone, and takes every stake out.
    function windDown() external {
        rnd.setAuto(true, keccak256("wind-down"));
        uint256 n = dv.disputeCount();
        for (uint256 id = 1; id <= n; ++id) {
            for (uint256 guard; guard < 10; ++guard) {
                (,,, DisputeVoting.Status st,, uint256 roundCount,,,,) = dv.getDispute(id);
                if (st == DisputeVoting.Status.Resolved) break;
                (, bool drawn,,,,,,,,) = dv.getRound(id, roundCount - 1);
                if (!drawn) dv.draw(id);
                (,,,,, uint64 a,,,,) = dv.getRound(id, roundCount - 1);
                if (block.timestamp <= a) vm.warp(uint256(a) + 1);
                _trackedFinalize(id);
            }
            for (uint256 i; i < actors.length; ++i) {
                if (!dv.settled(id, actors[i])) {
                    try dv.claim(id, actors[i]) {} catch {}
                }
            }
        }
        vm.warp(block.timestamp + 400 days);
        vm.roll(block.number + 1);
        for (uint256 i; i < actors.length; ++i) {
            address a = actors[i];
            uint256 before = token.balanceOf(address(dv));
            if (dv.owed(a) > 0) {
                vm.prank(a);
                dv.withdrawRewards();
            }
            (uint256 staked,,,,) = dv.jurorInfo(a);
            if (staked > 0) {
                vm.prank(a);
                dv.requestUnstake(staked);
                vm.warp(block.timestamp + 366 days);
                vm.prank(a);
                dv.withdraw();
            }
            _track(before);
        }
    }

    function _trackedFinalize(uint256 id) internal {
        uint256 before = token.balanceOf(address(dv));
        dv.finalize(id);
        _track(before);
    }
}
