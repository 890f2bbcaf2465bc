// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test, console} from "forge-std/Test.sol";
import {CDRAnchor} from "../contracts/CDRAnchor.sol";
import {RewardToken} from "../contracts/RewardToken.sol";
import {ICDRAnchor} from "../contracts/interfaces/ICDRAnchor.sol";
import {CDRLeaf} from "../contracts/libraries/CDRLeaf.sol";
import {TestMerkle} from "./CDRAnchor.t.sol";

/// @notice Drives CDRAnchor like a small network: operators anchor batches with growing
/// cumulative rewards trees (sometimes declaring less than the tree promises), time passes,
/// accounts claim against the newest final roots (and try the tip's, pending or frozen),
/// DisputeVoting freezes pending batches for the length of a dispute, releases the freezes,
/// invalidates pending batches and suspends operators, operators unbond and withdraw.
contract CDRAnchorHandler is Test {
    CDRAnchor public immutable anchorC;
    RewardToken public immutable token;
    address public immutable dispute;
    address[3] public ops;
    address[4] public accounts;

    /// cumulative amounts per account in each batch's rewards tree
    mapping(uint256 batchId => uint256[4]) internal _tree;
    uint256 public ghostMinted;
    uint256 public claims;
    uint256 public invalidations;
    uint256 public anchors;
    uint256 public freezes;
    uint256 public tipClaims;

    /// open freezes (batch ids, one entry per open dispute)
    uint256[] internal _openFreezes;
    /// accepted billable seconds and CDRs per operator (item 1's bound)
    mapping(address operator => uint256) public ghostSeconds;
    mapping(address operator => uint256) public ghostCdrs;
    uint256 public withdrawals;
    mapping(uint256 batchId => address) public batchOperator;

    constructor(CDRAnchor anchor_, RewardToken token_, address dispute_, address[3] memory ops_) {
        anchorC = anchor_;
        token = token_;
        dispute = dispute_;
        ops = ops_;
        for (uint256 i = 0; i < 4; ++i) {
            accounts[i] = address(uint160(0xA11CE + i));
        }
    }

    function _leaves(uint256 batchId) internal view returns (bytes32[] memory leaves) {
        leaves = new bytes32[](4);
        uint256[4] memory amts = _tree[batchId];
        for (uint256 i = 0; i < 4; ++i) {
            leaves[i] = CDRLeaf.rewardHash(accounts[i], amts[i]);
        }
    }

    function anchor(uint256 opSeed, uint64 count, uint256[4] memory incs, uint256 mode) external {
        address op = ops[opSeed % 3];
        CDRAnchor.OperatorInfo memory info = anchorC.operatorInfo(op);
        if (info.status != CDRAnchor.Status.Registered) return;
        if (!info.active) {
            uint256 topUp = anchorC.minBond();
            vm.prank(op);
            anchorC.addBond(topUp);
        }
        (uint256[4] memory amts, uint256 total, bytes32 root) = _nextTree(info, incs, mode);
        uint256 id = _anchor(op, info, count, root, total);
        _tree[id] = amts;
        anchors++;
    }

    /// @dev The next cumulative tree. mode 0: honest total; 1: declares less than the tree
    /// promises; 2: declares more.
    function _nextTree(CDRAnchor.OperatorInfo memory info, uint256[4] memory incs, uint256 mode)
        internal
        view
        returns (uint256[4] memory amts, uint256 total, bytes32 root)
    {
        if (info.lastBatchId != 0) amts = _tree[info.lastBatchId];
        uint256 sum;
        bytes32[] memory leaves = new bytes32[](4);
        for (uint256 i = 0; i < 4; ++i) {
            amts[i] += bound(incs[i], 0, 50e18);
            sum += amts[i];
            leaves[i] = CDRLeaf.rewardHash(accounts[i], amts[i]);
        }
        mode %= 3;
        total = sum;
        if (mode == 1 && sum > info.rewardsTotal) total = info.rewardsTotal + (sum - info.rewardsTotal) / 2;
        if (total < info.rewardsTotal) total = info.rewardsTotal; // after an over-declaring batch
        if (mode == 2) total = sum + 1e18;
        root = TestMerkle.root(leaves);
    }

    function _anchor(address op, CDRAnchor.OperatorInfo memory info, uint64 count, bytes32 root, uint256 total)
        internal
        returns (uint256)
    {
        uint64 billable = uint64((total - info.rewardsTotal) / anchorC.rewardRate() + 1);
        // enough CDRs to hold the seconds (each at most maxCallSeconds)
        count = uint64(bound(count, billable / anchorC.maxCallSeconds() + 1, 1e9));
        uint64 first = info.lastSeq + 1;
        vm.prank(op);
        uint256 id = anchorC.anchor(
            keccak256(abi.encode(op, first, anchors)), hex"0155", count, billable, first, first + count - 1, root, total
        );
        ghostSeconds[op] += billable;
        ghostCdrs[op] += count;
        batchOperator[id] = op;
        return id;
    }

    function warp(uint256 secs) external {
        vm.warp(block.timestamp + bound(secs, 0, 2 hours));
    }

    /// @dev Claims against a Final batch: the newest or one of the few before it (issue 13: any
    /// valid Final root pays).
    function claim(uint256 opSeed, uint256 accSeed, bool many) external {
        address op = ops[opSeed % 3];
        uint256 id = anchorC.latestFinalBatch(op);
        for (uint256 back = (accSeed >> 8) % 4; back > 0 && id != 0; --back) {
            uint256 prev = anchorC.batch(id).prevBatchId;
            if (prev == 0) break;
            id = prev;
        }
        if (id == 0) return;
        uint256 k = accSeed % 4;
        uint256 cum = _tree[id][k];
        bytes32[] memory proof = TestMerkle.proof(_leaves(id), k);
        uint256 beforeSupply = token.totalSupply();
        uint256 claimedBefore = anchorC.claimed(op, accounts[k]);
        uint256 balanceBefore = token.balanceOf(accounts[k]);
        if (many) {
            CDRAnchor.Claim[] memory cs = new CDRAnchor.Claim[](1);
            cs[0] = CDRAnchor.Claim(op, id, accounts[k], cum, proof);
            try anchorC.claimMany(cs) returns (uint256 amount) {
                ghostMinted += amount;
                claims++;
            } catch {}
        } else {
            try anchorC.claim(op, id, accounts[k], cum, proof) returns (uint256 amount) {
                ghostMinted += amount;
                claims++;
            } catch {}
        }
        // a claim pays exactly the account and mints nothing else
        assertEq(token.totalSupply() - beforeSupply, anchorC.claimed(op, accounts[k]) - claimedBefore);
        assertEq(token.balanceOf(accounts[k]) - balanceBefore, anchorC.claimed(op, accounts[k]) - claimedBefore);
    }

    /// @dev Claim against the operator's tip, whatever its state: must pay nothing unless the tip is
    /// Final (the invariant paid <= newest final total catches a wrong payment).
    function claimTip(uint256 opSeed, uint256 accSeed) external {
        address op = ops[opSeed % 3];
        uint256 id = anchorC.operatorInfo(op).lastBatchId;
        if (id == 0) return;
        uint256 k = accSeed % 4;
        bool claimable = anchorC.batchState(id) == ICDRAnchor.BatchState.Final;
        try anchorC.claim(op, id, accounts[k], _tree[id][k], TestMerkle.proof(_leaves(id), k)) returns (
            uint256 amount
        ) {
            assertTrue(claimable, "claim against a batch that is not final");
            ghostMinted += amount;
            tipClaims++;
        } catch {}
    }

    /// @dev A dispute opens on one of the operator's pending batches.
    function freeze(uint256 opSeed, uint256 depth) external {
        address op = ops[opSeed % 3];
        uint256 id = anchorC.operatorInfo(op).lastBatchId;
        uint256[] memory pending = new uint256[](64);
        uint256 n;
        while (id != 0 && n < 64 && anchorC.batchState(id) == ICDRAnchor.BatchState.Pending) {
            pending[n++] = id;
            id = anchorC.batch(id).prevBatchId;
        }
        if (n == 0) return;
        uint256 target = pending[depth % n];
        vm.prank(dispute);
        anchorC.freezeBatch(target);
        _openFreezes.push(target);
        freezes++;
        // the frozen batch and every later one of the operator are Pending whatever the time
        for (uint256 i = 0; i < n; ++i) {
            if (pending[i] >= target) {
                assertEq(uint256(anchorC.batchState(pending[i])), uint256(ICDRAnchor.BatchState.Pending));
            }
        }
    }

    /// @dev A dispute ends and releases its freeze (its batch may have been invalidated meanwhile).
    function unfreeze(uint256 seed) external {
        uint256 n = _openFreezes.length;
        if (n == 0) return;
        uint256 i = seed % n;
        uint256 id = _openFreezes[i];
        _openFreezes[i] = _openFreezes[n - 1];
        _openFreezes.pop();
        vm.prank(dispute);
        anchorC.unfreezeBatch(id);
    }

    /// @notice The model of an operator's freeze state: the lowest open-frozen batch that is still
    /// valid (0: none), from the open disputes.
    function expectedFrozenFrom(address op) external view returns (uint256 lowest) {
        for (uint256 i = 0; i < _openFreezes.length; ++i) {
            uint256 id = _openFreezes[i];
            if (batchOperator[id] != op) continue;
            if (anchorC.batchState(id) == ICDRAnchor.BatchState.Invalidated) continue;
            if (lowest == 0 || id < lowest) lowest = id;
        }
    }

    function invalidate(uint256 opSeed, uint256 depth) external {
        address op = ops[opSeed % 3];
        uint256 id = anchorC.operatorInfo(op).lastBatchId;
        // walk back over pending batches, pick one
        uint256[] memory pending = new uint256[](64);
        uint256 n;
        while (id != 0 && n < 64 && anchorC.batchState(id) == ICDRAnchor.BatchState.Pending) {
            pending[n++] = id;
            id = anchorC.batch(id).prevBatchId;
        }
        if (n == 0) return;
        uint256 target = pending[depth % n];
        vm.prank(dispute);
        anchorC.invalidateBatch(target, dispute);
        invalidations++;
        assertEq(uint256(anchorC.batchState(target)), uint256(ICDRAnchor.BatchState.Invalidated));
        for (uint256 i = 0; i < n; ++i) {
            if (pending[i] >= target) {
                assertEq(uint256(anchorC.batchState(pending[i])), uint256(ICDRAnchor.BatchState.Invalidated));
            }
        }
    }

    function suspend(uint256 seed) external {
        // rare: only the third operator, one time in eight
        if (seed % 8 != 0) return;
        vm.prank(dispute);
        anchorC.suspendOperator(ops[2], dispute);
    }

    function unbond(uint256 opSeed, uint256 amount, bool withdraw) external {
        address op = ops[opSeed % 3];
        if (withdraw) {
            CDRAnchor.OperatorInfo memory info = anchorC.operatorInfo(op);
            if (info.unbonding == 0) return;
            vm.warp(block.timestamp > info.unbondAt ? block.timestamp : info.unbondAt);
            uint256 tip = info.lastBatchId;
            bool allFinal = tip == 0 || anchorC.batchState(tip) == ICDRAnchor.BatchState.Final;
            vm.prank(op);
            try anchorC.withdrawUnbonded() {
                // item 2: never while a valid batch is Pending or frozen
                assertTrue(allFinal, "withdrew while a batch could still be slashed for");
                withdrawals++;
            } catch {
                assertFalse(allFinal, "withdrawal refused although every batch is final");
            }
            return;
        }
        uint256 bond = anchorC.operatorInfo(op).bond;
        if (bond == 0) return;
        vm.prank(op);
        anchorC.requestUnbond(bound(amount, 1, bond));
    }
}

contract CDRAnchorInvariantTest is Test {
    RewardToken internal token;
    CDRAnchor internal anchorC;
    CDRAnchorHandler internal handler;
    address internal admin = makeAddr("admin");
    address internal dispute = makeAddr("dispute");
    address[3] internal ops;

    function setUp() public {
        vm.warp(1_700_000_000);
        ops = [makeAddr("opA"), makeAddr("opB"), makeAddr("opC")];
        address[] memory holders = new address[](3);
        uint256[] memory amounts = new uint256[](3);
        for (uint256 i = 0; i < 3; ++i) {
            holders[i] = ops[i];
            amounts[i] = 1e25;
        }
        token = new RewardToken(vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1), holders, amounts);
        anchorC = new CDRAnchor(admin, address(token));
        handler = new CDRAnchorHandler(anchorC, token, dispute, ops);
        vm.startPrank(admin);
        anchorC.grantRole(anchorC.DISPUTE_ROLE(), dispute);
        vm.stopPrank();
        for (uint256 i = 0; i < 3; ++i) {
            vm.startPrank(ops[i]);
            token.approve(address(anchorC), type(uint256).max);
            anchorC.registerOperator(10_000e18, ops[i], "sip:op.example.net");
            vm.stopPrank();
        }
        targetContract(address(handler));
    }

    /// @notice Every property after every call, in one invariant function so that the CI
    /// profile's 10,000 runs cost one campaign, each operator's views read once per check:
    /// - an operator's claims never exceed the total its newest final root declared (nor its tip's);
    /// - paid(operator) is the sum of what its accounts claimed;
    /// - token supply is the genesis allocation plus rewards paid, nothing else;
    /// - the contract holds exactly the bonds and unbonding amounts;
    /// - each operator's tip is a valid batch of that operator ending at its lastSeq;
    /// - item 1: an operator's paid total is at most rewardRate x its accepted seconds, and those
    ///   are at most maxCallSeconds per accepted CDR;
    /// - freezes (item 4): the operator's lowest frozen batch is the model's (the lowest valid
    ///   batch with an open dispute), and no batch from it on is Final (the newest final batch
    ///   lies below it, and so does every claim, by the first property).
    /// In CI the check runs after every 4th call, so also after each run's last (check_interval 4
    /// in foundry.toml; checking after every call made the suite 2.7x as long); the properties
    /// are sums and bounds that a wrong call leaves broken, so the next check still sees it.
    function invariant_cdrAnchor() public view {
        uint256 paidSum;
        uint256 held;
        for (uint256 i = 0; i < 3; ++i) {
            address op = ops[i];
            CDRAnchor.OperatorInfo memory info = anchorC.operatorInfo(op);
            uint256 paid = info.paid;
            paidSum += paid;
            held += info.bond + info.unbonding;

            uint256 fin = anchorC.latestFinalBatch(op);
            uint256 from = info.frozenFromBatchId;
            assertEq(from, handler.expectedFrozenFrom(op));
            if (from != 0) {
                (uint256 n,) = anchorC.freezeOf(from);
                assertGt(n, 0);
                if (fin != 0) assertLt(fin, from);
                assertEq(uint256(anchorC.batchState(info.lastBatchId)), uint256(ICDRAnchor.BatchState.Pending));
            }
            assertLe(paid, anchorC.rewardRate() * handler.ghostSeconds(op));
            assertLe(handler.ghostSeconds(op), handler.ghostCdrs(op) * anchorC.maxCallSeconds());
            if (fin == 0) assertEq(paid, 0);
            else assertLe(paid, anchorC.batch(fin).rewardsTotal);
            assertLe(paid, info.rewardsTotal);

            uint256 claimedSum;
            for (uint256 k = 0; k < 4; ++k) {
                claimedSum += anchorC.claimed(op, handler.accounts(k));
            }
            assertEq(claimedSum, paid);

            if (info.lastBatchId == 0) {
                assertEq(info.lastSeq, 0);
                assertEq(info.rewardsTotal, 0);
            } else {
                assertTrue(anchorC.batchState(info.lastBatchId) != ICDRAnchor.BatchState.Invalidated);
                assertEq(handler.batchOperator(info.lastBatchId), op);
            }
            assertLe(paid, info.claimCap);
        }
        assertEq(token.totalSupply(), token.genesisSupply() + paidSum);
        assertEq(paidSum, handler.ghostMinted());
        assertEq(token.balanceOf(address(anchorC)), held);
    }

    function afterInvariant() external view {
        // make sure the run did something worth checking
        console.log("anchors", handler.anchors(), "claims", handler.claims());
        console.log("invalidations", handler.invalidations(), "minted", handler.ghostMinted());
        console.log("freezes", handler.freezes(), "tip claims", handler.tipClaims());
        console.log("withdrawals", handler.withdrawals());
    }
}
