// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {ICDRAnchor} from "./interfaces/ICDRAnchor.sol";
import {IRewardToken} from "./interfaces/IRewardToken.sol";
import {CDRLeaf} from "./libraries/CDRLeaf.sol";

/// @title CDRAnchor
/// @notice Operators bond DOTS and anchor batches of call detail records: a CDR Merkle root, the
/// IPFS CID of the batch document, the gapless sequence range it covers, and the operator's
/// cumulative rewards root and total. A batch is Pending for the challenge window, then Final
/// by time alone unless a dispute froze it. Only DISPUTE_ROLE (DisputeVoting) can invalidate a
/// Pending batch, which also invalidates every later batch of that operator, rolls the operator's
/// tip back and slashes its bond. DisputeVoting freezes a batch while a dispute on it is open (a
/// dispute lasts days, the challenge window an hour): a frozen batch and every later batch of
/// the operator stay Pending, so they can still be invalidated and nobody claims against them. Accounts claim rewards with cumulative Merkle proofs against the operator's newest
/// Final rewards root; claims mint DOTS and never exceed the total that root declared.
/// @dev Storage is kept to four fresh slots per batch so that `anchor` costs the same whatever
/// the batch size. Everything else about a batch (CID, billable seconds, anchor time) travels in
/// the BatchAnchored event, which carries all an indexer needs.
///
/// Validity without loops: every operator has an epoch that grows by one per invalidation, and
/// each batch records the epoch it was anchored in. `_cutSeq[operator][e]` is the lowest first
/// sequence number invalidated after epoch `e` ended; a batch of epoch `e` is valid iff `e` is
/// the operator's current epoch or its first sequence number lies below that cut.
///
/// Freezes without loops: an operator counts its open freezes and keeps the lowest first sequence
/// number of any batch frozen since the count was last zero; while the count is not zero, its
/// batches from that sequence number on are not final. This is conservative: a batch stays frozen
/// until every dispute on that operator's batches has ended, not only the dispute on it.
contract CDRAnchor is ICDRAnchor, AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    // ---------------------------------------------------------------- roles and constants

    /// @notice May change the parameters.
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");
    /// @notice May invalidate pending batches and suspend operators (DisputeVoting).
    bytes32 public constant DISPUTE_ROLE = keccak256("DISPUTE_ROLE");
    /// @notice Basis-point denominator.
    uint256 public constant BPS = 10_000;

    /// @notice The DOTS token: bonds are held in it and reward claims mint it.
    IRewardToken public immutable token;

    // ---------------------------------------------------------------- types

    /// @notice Registration status of an operator.
    enum Status {
        None,
        Registered,
        Suspended
    }

    /// @dev One batch in exactly four storage slots.
    struct Batch {
        bytes32 cdrRoot;
        bytes32 rewardsRoot;
        // slot 3
        address operator;
        uint40 finalAt;
        uint40 nextBatchId; // the batch anchored on this one (may since have been invalidated)
        uint16 epoch;
        // slot 4
        uint96 rewardsTotal;
        uint64 firstSeq;
        uint40 cdrCount;
        uint40 prevBatchId;
    }

    /// @dev An operator in three storage slots: `anchor` touches only the first, a claim only the
    /// second (which therefore keeps its own copy of the epoch and the freeze state).
    struct Operator {
        // slot 1
        uint96 bond;
        uint64 lastSeq;
        uint40 lastBatchId;
        uint32 batchCount;
        uint16 epoch;
        Status status;
        // slot 2
        uint96 paid;
        uint64 frozenFromSeq; // while freezes != 0, batches from this first sequence number on are not final
        uint40 unbondAt;
        uint32 freezes; // open freezes (disputes) on this operator's batches
        // epoch + 1: a copy for claims, never 0, so the slot is never empty and an operator's
        // first claim updates it (5k gas) instead of creating it (22k gas)
        uint16 claimEpoch;
        // slot 3
        address payout;
        uint96 unbonding;
    }

    /// @dev Parameters read by `anchor`, plus the global batch counter, in one slot (batch ids
    /// are stored as uint40 everywhere).
    struct HotParams {
        uint96 minBond;
        uint96 rewardRate;
        uint40 batchCounter;
        uint24 challengeWindow;
    }

    /// @dev The remaining parameters, in one slot.
    struct ColdParams {
        uint32 unbondingDelay;
        uint16 slashBps;
        uint16 splitOrigOperator;
        uint16 splitTermOperator;
        uint16 splitCallerOwner;
        uint16 splitCalleeOwner;
        uint32 minBillableSeconds;
        uint32 dailyCapSeconds;
    }

    /// @notice Every parameter, as the ParametersSet event and `parameters()` give them.
    struct Parameters {
        uint256 minBond;
        uint64 unbondingDelay;
        uint64 challengeWindow;
        uint16 slashBps;
        uint256 rewardRate;
        uint16 splitOrigOperator;
        uint16 splitTermOperator;
        uint16 splitCallerOwner;
        uint16 splitCalleeOwner;
        uint32 minBillableSeconds;
        uint32 dailyCapSeconds;
    }

    /// @notice What `operatorInfo` returns.
    struct OperatorInfo {
        Status status;
        bool active;
        address payout;
        uint256 bond;
        uint256 unbonding;
        uint64 unbondAt;
        uint64 lastSeq;
        uint256 lastBatchId;
        bytes32 lastRoot;
        uint256 rewardsTotal;
        uint256 batchCount; // batches ever anchored, invalidated ones included
        uint256 epoch; // number of invalidations so far
        uint256 paid;
    }

    /// @notice What `batch` returns. The CID, billable seconds and anchor time are in BatchAnchored.
    struct BatchInfo {
        address operator;
        bytes32 cdrRoot;
        bytes32 rewardsRoot;
        uint256 rewardsTotal;
        uint64 cdrCount;
        uint64 firstSeq;
        uint64 lastSeq;
        uint256 prevBatchId;
        bytes32 prevRoot;
        uint256 nextBatchId; // the valid batch anchored on this one, 0 if none
        uint64 finalAt;
        BatchState state;
    }

    /// @notice One claim of `claimMany`.
    struct Claim {
        address operator;
        uint256 batchId;
        address account;
        uint256 cumulativeAmount;
        bytes32[] proof;
    }

    // ---------------------------------------------------------------- storage

    HotParams private _hot;
    ColdParams private _cold;
    mapping(uint256 batchId => Batch) private _batches;
    mapping(address operator => Operator) private _operators;
    mapping(address operator => mapping(uint256 epoch => uint64 firstInvalidSeq)) private _cutSeq;
    mapping(address operator => mapping(address account => uint256 amount)) private _claimed;
    mapping(address operator => string metadata) private _metadata;

    // ---------------------------------------------------------------- events

    /// @notice Emitted at deployment and by every parameter setter with the full parameter set.
    event ParametersSet(Parameters params);
    /// @notice An operator registered with `bond`, its payout address and metadata (e.g. a SIP URI).
    event OperatorRegistered(address indexed operator, address indexed payout, uint256 bond, string metadata);
    /// @notice An operator changed its metadata.
    event MetadataSet(address indexed operator, string metadata);
    /// @notice An operator added `amount` to its bond, which is now `bond`.
    event BondAdded(address indexed operator, uint256 amount, uint256 bond);
    /// @notice An operator moved `amount` of its bond to unbonding; `unbonding` may be withdrawn at `unbondAt`.
    event UnbondRequested(address indexed operator, uint256 amount, uint256 bond, uint256 unbonding, uint64 unbondAt);
    /// @notice An operator withdrew `amount` of unbonded DOTS to `to` (its payout address).
    event BondWithdrawn(address indexed operator, address indexed to, uint256 amount);
    /// @notice `amount` of an operator's bond (and unbonding) went to `recipient`.
    event OperatorSlashed(
        address indexed operator, address indexed recipient, uint256 amount, uint256 bond, uint256 unbonding
    );
    /// @notice An operator was suspended (it can no longer anchor) and `slashed` went to `recipient`.
    event OperatorSuspended(address indexed operator, address indexed recipient, uint256 slashed);
    /// @notice An operator changed its payout address.
    event PayoutSet(address indexed operator, address indexed payout);
    /// @notice A batch was anchored. Carries every field, including those not kept in storage
    /// (the anchor time is the block's timestamp).
    event BatchAnchored(
        uint256 indexed batchId,
        address indexed operator,
        bytes32 indexed cdrRoot,
        bytes cid,
        uint64 cdrCount,
        uint64 billableSeconds,
        uint64 firstSeq,
        uint64 lastSeq,
        bytes32 rewardsRoot,
        uint256 rewardsTotal,
        uint256 prevBatchId,
        uint64 finalAt
    );
    /// @notice Batch `batchId` and every later batch of `operator` up to `lastInvalidatedBatchId`
    /// that was still valid are invalidated. The operator's tip is now batch `tipBatchId`
    /// (0: none) with last sequence `tipSeq` and cumulative rewards total `tipRewardsTotal`.
    event BatchInvalidated(
        uint256 indexed batchId,
        address indexed operator,
        uint256 lastInvalidatedBatchId,
        uint256 tipBatchId,
        uint64 tipSeq,
        uint256 tipRewardsTotal
    );
    /// @notice A dispute on batch `batchId` froze it: the operator's batches from sequence number
    /// `frozenFromSeq` on stay Pending while `freezes` (the operator's open freezes) is not zero.
    event BatchFrozen(uint256 indexed batchId, address indexed operator, uint256 freezes, uint64 frozenFromSeq);
    /// @notice The dispute on batch `batchId` ended and released its freeze. When `freezes` is zero
    /// the operator's batches are final by time again (`frozenFromSeq` is then 0).
    event BatchUnfrozen(uint256 indexed batchId, address indexed operator, uint256 freezes, uint64 frozenFromSeq);
    /// @notice `amount` was minted to `account` from `operator`'s rewards root of batch `batchId`;
    /// the account has now been paid `cumulativeAmount` from this operator in total.
    event RewardClaimed(
        address indexed operator,
        uint256 indexed batchId,
        address indexed account,
        uint256 amount,
        uint256 cumulativeAmount
    );

    // ---------------------------------------------------------------- errors

    error ZeroAddress();
    error ZeroAmount();
    error AlreadyRegistered(address operator);
    error NotRegistered(address operator);
    error OperatorNotActive(address operator);
    error BondBelowMinimum(uint256 bond, uint256 minBond);
    error InsufficientBond(uint256 requested, uint256 bond);
    error NothingToWithdraw();
    error UnbondingNotDue(uint64 unbondAt);
    error ZeroRoot();
    error ZeroRewardsRoot();
    error EmptyCid();
    error ZeroCount();
    error CountTooLarge(uint64 cdrCount);
    error SeqRangeMismatch(uint64 firstSeq, uint64 lastSeq, uint64 cdrCount);
    error SeqGap(uint64 expectedFirstSeq, uint64 firstSeq);
    error RewardsTotalDecreased(uint256 previousTotal, uint256 rewardsTotal);
    error RewardsGrowthTooLarge(uint256 increase, uint256 maxIncrease);
    error BatchNotPending(uint256 batchId, BatchState state);
    error UnknownBatch(uint256 batchId);
    error WrongOperator(uint256 batchId, address operator);
    error BatchNotClaimable(uint256 batchId, BatchState state);
    error NotNewestFinalBatch(uint256 batchId, uint256 newerBatchId);
    error InvalidProof();
    error NothingToClaim(uint256 cumulativeAmount, uint256 claimed);
    error ExceedsDeclaredTotal(uint256 paid, uint256 rewardsTotal);
    error InvalidBps(uint256 bps);
    error InvalidSplit(uint256 sum);
    error ValueTooLarge(uint256 value, uint256 max);
    error TooManyInvalidations();
    error NotFrozen(address operator);

    // ---------------------------------------------------------------- construction

    /// @param admin Receives DEFAULT_ADMIN_ROLE and GOVERNOR_ROLE. DISPUTE_ROLE is granted to
    /// DisputeVoting at deployment; CDRAnchor needs MINTER_ROLE on the token.
    /// @param token_ The DOTS RewardToken.
    constructor(address admin, address token_) {
        if (admin == address(0) || token_ == address(0)) revert ZeroAddress();
        token = IRewardToken(token_);
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(GOVERNOR_ROLE, admin);
        _hot = HotParams({minBond: 1000e18, rewardRate: 1e15, batchCounter: 0, challengeWindow: 1 hours});
        _cold = ColdParams({
            unbondingDelay: 7 days,
            slashBps: 5000,
            splitOrigOperator: 2500,
            splitTermOperator: 2500,
            splitCallerOwner: 2500,
            splitCalleeOwner: 2500,
            minBillableSeconds: 6,
            dailyCapSeconds: 14_400
        });
        emit ParametersSet(parameters());
    }

    // ---------------------------------------------------------------- operators

    /// @notice Register the caller as an operator, pulling `bond` DOTS (approve first).
    /// @param bond At least minBond.
    /// @param payout Receives withdrawn bonds; the oracle also pays the operator's reward share to it.
    /// @param metadata Free text such as a SIP URI or the operator's name.
    function registerOperator(uint256 bond, address payout, string calldata metadata) external nonReentrant {
        Operator storage op = _operators[msg.sender];
        if (op.status != Status.None) revert AlreadyRegistered(msg.sender);
        if (payout == address(0)) revert ZeroAddress();
        uint256 minBond_ = _hot.minBond;
        if (bond < minBond_) revert BondBelowMinimum(bond, minBond_);
        op.status = Status.Registered;
        op.bond = bond.toUint96();
        op.claimEpoch = 1;
        op.payout = payout;
        _metadata[msg.sender] = metadata;
        emit OperatorRegistered(msg.sender, payout, bond, metadata);
        IERC20(address(token)).safeTransferFrom(msg.sender, address(this), bond);
    }

    /// @notice Add `amount` DOTS to the caller's bond (approve first).
    function addBond(uint256 amount) external nonReentrant {
        Operator storage op = _registered(msg.sender);
        if (amount == 0) revert ZeroAmount();
        uint256 bond = op.bond + amount;
        op.bond = bond.toUint96();
        emit BondAdded(msg.sender, amount, bond);
        IERC20(address(token)).safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Start unbonding `amount` of the caller's bond. The whole unbonding amount becomes
    /// withdrawable unbondingDelay after the latest request, and stays slashable until withdrawn.
    function requestUnbond(uint256 amount) external {
        Operator storage op = _registered(msg.sender);
        if (amount == 0) revert ZeroAmount();
        uint256 bond = op.bond;
        if (amount > bond) revert InsufficientBond(amount, bond);
        uint256 unbonding = op.unbonding + amount;
        uint64 unbondAt = uint64(block.timestamp) + _cold.unbondingDelay;
        // forge-lint: disable-next-line(unsafe-typecast) -- amount <= bond
        op.bond = uint96(bond - amount);
        op.unbonding = unbonding.toUint96();
        // forge-lint: disable-next-line(unsafe-typecast) -- block time + uint32 delay fits uint40 until year 36812
        op.unbondAt = uint40(unbondAt);
        emit UnbondRequested(msg.sender, amount, bond - amount, unbonding, unbondAt);
    }

    /// @notice Withdraw the caller's whole unbonding amount to its payout address once due.
    function withdrawUnbonded() external nonReentrant {
        Operator storage op = _operators[msg.sender];
        uint256 amount = op.unbonding;
        if (amount == 0) revert NothingToWithdraw();
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp < op.unbondAt) revert UnbondingNotDue(op.unbondAt);
        address to = op.payout;
        op.unbonding = 0;
        op.unbondAt = 0;
        emit BondWithdrawn(msg.sender, to, amount);
        IERC20(address(token)).safeTransfer(to, amount);
    }

    /// @notice Change the caller's payout address.
    function setPayout(address payout) external {
        Operator storage op = _registered(msg.sender);
        if (payout == address(0)) revert ZeroAddress();
        op.payout = payout;
        emit PayoutSet(msg.sender, payout);
    }

    /// @notice Change the caller's metadata (e.g. its SIP URI).
    function setMetadata(string calldata metadata) external {
        _registered(msg.sender);
        _metadata[msg.sender] = metadata;
        emit MetadataSet(msg.sender, metadata);
    }

    // ---------------------------------------------------------------- anchoring

    /// @notice Anchor the caller's next batch of CDRs. Gas does not depend on `cdrCount`.
    /// @param cdrRoot StandardMerkleTree root over the batch's CDR leaves (CDRLeaf encoding).
    /// @param cid The whole IPFS CID of the batch document, as bytes.
    /// @param cdrCount Number of CDRs; must equal lastSeq - firstSeq + 1.
    /// @param billableSeconds Sum of the batch's billable seconds.
    /// @param firstSeq Must be the caller's last anchored sequence number + 1 (sequences start at 1).
    /// @param lastSeq Last sequence number in the batch.
    /// @param rewardsRoot StandardMerkleTree root over (account, cumulative amount) leaves.
    /// @param rewardsTotal The operator's new cumulative rewards total: at least the previous total
    /// and at most rewardRate * billableSeconds above it.
    /// @return batchId The new batch's global id (ids start at 1).
    function anchor(
        bytes32 cdrRoot,
        bytes calldata cid,
        uint64 cdrCount,
        uint64 billableSeconds,
        uint64 firstSeq,
        uint64 lastSeq,
        bytes32 rewardsRoot,
        uint256 rewardsTotal
    ) external returns (uint256 batchId) {
        Operator storage op = _operators[msg.sender];
        HotParams memory hot = _hot;
        if (op.status != Status.Registered || op.bond < hot.minBond) revert OperatorNotActive(msg.sender);
        if (cdrRoot == bytes32(0)) revert ZeroRoot();
        if (cid.length == 0) revert EmptyCid();
        if (cdrCount == 0) revert ZeroCount();
        if (cdrCount > type(uint40).max) revert CountTooLarge(cdrCount);
        if (lastSeq < firstSeq || uint256(lastSeq) - firstSeq + 1 != cdrCount) {
            revert SeqRangeMismatch(firstSeq, lastSeq, cdrCount);
        }
        if (uint256(firstSeq) != uint256(op.lastSeq) + 1) revert SeqGap(op.lastSeq + 1, firstSeq);
        if (rewardsTotal > type(uint96).max) revert ValueTooLarge(rewardsTotal, type(uint96).max);

        uint256 prevId = op.lastBatchId;
        uint256 finalAt = block.timestamp + hot.challengeWindow;
        {
            uint256 prevTotal;
            if (prevId != 0) {
                Batch storage prev = _batches[prevId];
                prevTotal = prev.rewardsTotal;
                // Finality follows the chain order even if the window was shortened meanwhile.
                if (prev.finalAt > finalAt) finalAt = prev.finalAt;
            }
            if (rewardsTotal < prevTotal) revert RewardsTotalDecreased(prevTotal, rewardsTotal);
            uint256 maxIncrease = uint256(hot.rewardRate) * billableSeconds;
            if (rewardsTotal - prevTotal > maxIncrease) {
                revert RewardsGrowthTooLarge(rewardsTotal - prevTotal, maxIncrease);
            }
        }
        if (rewardsTotal != 0 && rewardsRoot == bytes32(0)) revert ZeroRewardsRoot();

        batchId = uint256(hot.batchCounter) + 1;
        if (batchId > type(uint40).max) revert ValueTooLarge(batchId, type(uint40).max);
        // forge-lint: disable-next-line(unsafe-typecast) -- checked against uint40 max above
        _hot.batchCounter = uint40(batchId);

        {
            Batch storage b = _batches[batchId];
            b.cdrRoot = cdrRoot;
            b.rewardsRoot = rewardsRoot;
            // The two packed slots in one SSTORE each (field-by-field writes cost ~1.5k more gas).
            // Layout as the Batch struct declares it, low-order bits first; nextBatchId starts at 0.
            uint256 w3 = uint256(uint160(msg.sender)) | (finalAt << 160) | (uint256(op.epoch) << 240);
            uint256 w4 = rewardsTotal | (uint256(firstSeq) << 96) | (uint256(cdrCount) << 160) | (prevId << 200);
            assembly ("memory-safe") {
                sstore(add(b.slot, 2), w3)
                sstore(add(b.slot, 3), w4)
            }
        }
        // forge-lint: disable-next-line(unsafe-typecast) -- checked against uint40 max above
        if (prevId != 0) _batches[prevId].nextBatchId = uint40(batchId);

        op.lastSeq = lastSeq;
        // forge-lint: disable-next-line(unsafe-typecast) -- checked against uint40 max above
        op.lastBatchId = uint40(batchId);
        op.batchCount += 1;

        _emitAnchored(batchId, cid, billableSeconds, lastSeq);
    }

    /// @dev Emits BatchAnchored from the just written (warm) storage, to keep `anchor`'s stack small.
    function _emitAnchored(uint256 batchId, bytes calldata cid, uint64 billableSeconds, uint64 lastSeq) private {
        Batch storage b = _batches[batchId];
        emit BatchAnchored(
            batchId,
            msg.sender,
            b.cdrRoot,
            cid,
            b.cdrCount,
            billableSeconds,
            b.firstSeq,
            lastSeq,
            b.rewardsRoot,
            b.rewardsTotal,
            b.prevBatchId,
            b.finalAt
        );
    }

    // ---------------------------------------------------------------- disputes

    /// @inheritdoc ICDRAnchor
    /// @dev Costs O(number of invalidations of this operator since the batch was anchored), never
    /// O(number of batches).
    function invalidateBatch(uint256 batchId, address slashRecipient)
        external
        onlyRole(DISPUTE_ROLE)
        nonReentrant
        returns (uint256 slashed)
    {
        if (slashRecipient == address(0)) revert ZeroAddress();
        BatchState state = batchState(batchId);
        if (state != BatchState.Pending) revert BatchNotPending(batchId, state);
        Batch storage b = _batches[batchId];
        address operator = b.operator;
        Operator storage op = _operators[operator];

        uint256 newEpoch = uint256(op.epoch) + 1;
        if (newEpoch >= type(uint16).max) revert TooManyInvalidations();
        uint64 cut = b.firstSeq;
        mapping(uint256 => uint64) storage cuts = _cutSeq[operator];
        for (uint256 e = b.epoch; e < newEpoch; ++e) {
            uint64 c = cuts[e];
            if (c == 0 || cut < c) cuts[e] = cut;
        }

        uint256 lastInvalidated = op.lastBatchId;
        uint256 tipId = b.prevBatchId;
        // forge-lint: disable-next-line(unsafe-typecast) -- checked against uint16 max above
        op.epoch = uint16(newEpoch);
        // forge-lint: disable-next-line(unsafe-typecast) -- checked against uint16 max above
        op.claimEpoch = uint16(newEpoch + 1);
        op.lastSeq = cut - 1;
        // forge-lint: disable-next-line(unsafe-typecast) -- batch ids fit uint40
        op.lastBatchId = uint40(tipId);
        uint256 tipTotal = tipId == 0 ? 0 : _batches[tipId].rewardsTotal;
        emit BatchInvalidated(batchId, operator, lastInvalidated, tipId, cut - 1, tipTotal);

        slashed = _slash(operator, op, slashRecipient);
    }

    /// @inheritdoc ICDRAnchor
    /// @dev O(1). The batch must be Pending (a frozen batch still is, so it may be frozen again).
    function freezeBatch(uint256 batchId) external onlyRole(DISPUTE_ROLE) {
        BatchState state = batchState(batchId);
        if (state != BatchState.Pending) revert BatchNotPending(batchId, state);
        Batch storage b = _batches[batchId];
        address operator = b.operator;
        Operator storage op = _operators[operator];
        uint32 freezes = op.freezes + 1;
        uint64 fromSeq = op.frozenFromSeq;
        if (freezes == 1 || b.firstSeq < fromSeq) fromSeq = b.firstSeq;
        op.freezes = freezes;
        op.frozenFromSeq = fromSeq;
        emit BatchFrozen(batchId, operator, freezes, fromSeq);
    }

    /// @inheritdoc ICDRAnchor
    /// @dev Works whatever the batch's state now (it may have been invalidated meanwhile).
    function unfreezeBatch(uint256 batchId) external onlyRole(DISPUTE_ROLE) {
        address operator = _batches[batchId].operator;
        if (operator == address(0)) revert UnknownBatch(batchId);
        Operator storage op = _operators[operator];
        uint32 freezes = op.freezes;
        if (freezes == 0) revert NotFrozen(operator);
        freezes -= 1;
        uint64 fromSeq = freezes == 0 ? 0 : op.frozenFromSeq;
        op.freezes = freezes;
        op.frozenFromSeq = fromSeq;
        emit BatchUnfrozen(batchId, operator, freezes, fromSeq);
    }

    /// @inheritdoc ICDRAnchor
    /// @dev Suspending an already suspended operator slashes it again.
    function suspendOperator(address operator, address slashRecipient)
        external
        onlyRole(DISPUTE_ROLE)
        nonReentrant
        returns (uint256 slashed)
    {
        if (slashRecipient == address(0)) revert ZeroAddress();
        Operator storage op = _registered(operator);
        op.status = Status.Suspended;
        uint256 amount = _slashAmount(op);
        emit OperatorSuspended(operator, slashRecipient, amount);
        slashed = _slash(operator, op, slashRecipient);
    }

    // ---------------------------------------------------------------- claims

    /// @notice Pay `account` its rewards from `operator` up to `cumulativeAmount`, proven against
    /// the rewards root of `batchId`, which must be the operator's newest Final batch (so a root
    /// that changed since the claim was built fails with NotNewestFinalBatch). Anyone may send it;
    /// only `account` is paid.
    /// @return amount The amount minted: cumulativeAmount minus what the account already claimed.
    function claim(
        address operator,
        uint256 batchId,
        address account,
        uint256 cumulativeAmount,
        bytes32[] calldata proof
    ) external nonReentrant returns (uint256 amount) {
        amount = _claim(operator, batchId, account, cumulativeAmount, proof);
    }

    /// @notice Several claims in one call; reverts as a whole if any claim fails.
    /// @return total The sum minted.
    function claimMany(Claim[] calldata claims) external nonReentrant returns (uint256 total) {
        for (uint256 i = 0; i < claims.length; ++i) {
            Claim calldata c = claims[i];
            total += _claim(c.operator, c.batchId, c.account, c.cumulativeAmount, c.proof);
        }
    }

    // ---------------------------------------------------------------- governance

    /// @notice Set the minimum bond to be an active operator.
    function setMinBond(uint256 value) external onlyRole(GOVERNOR_ROLE) {
        _hot.minBond = value.toUint96();
        emit ParametersSet(parameters());
    }

    /// @notice Set the delay between an unbond request and the withdrawal (seconds).
    function setUnbondingDelay(uint64 value) external onlyRole(GOVERNOR_ROLE) {
        if (value > type(uint32).max) revert ValueTooLarge(value, type(uint32).max);
        // forge-lint: disable-next-line(unsafe-typecast) -- checked against uint32 max above
        _cold.unbondingDelay = uint32(value);
        emit ParametersSet(parameters());
    }

    /// @notice Set the challenge window of batches anchored from now on (seconds, < 194 days).
    function setChallengeWindow(uint64 value) external onlyRole(GOVERNOR_ROLE) {
        if (value > type(uint24).max) revert ValueTooLarge(value, type(uint24).max);
        // forge-lint: disable-next-line(unsafe-typecast) -- checked against uint24 max above
        _hot.challengeWindow = uint24(value);
        emit ParametersSet(parameters());
    }

    /// @notice Set the share of a bond (basis points) slashed per invalidation or suspension.
    function setSlashBps(uint16 value) external onlyRole(GOVERNOR_ROLE) {
        if (value > BPS) revert InvalidBps(value);
        _cold.slashBps = value;
        emit ParametersSet(parameters());
    }

    /// @notice Set the reward rate in token wei per billable second.
    function setRewardRate(uint256 value) external onlyRole(GOVERNOR_ROLE) {
        _hot.rewardRate = value.toUint96();
        emit ParametersSet(parameters());
    }

    /// @notice Set the reward split in basis points; the four must sum to 10,000.
    function setRewardSplit(uint16 origOperator, uint16 termOperator, uint16 callerOwner, uint16 calleeOwner)
        external
        onlyRole(GOVERNOR_ROLE)
    {
        uint256 sum = uint256(origOperator) + termOperator + callerOwner + calleeOwner;
        if (sum != BPS) revert InvalidSplit(sum);
        ColdParams storage c = _cold;
        c.splitOrigOperator = origOperator;
        c.splitTermOperator = termOperator;
        c.splitCallerOwner = callerOwner;
        c.splitCalleeOwner = calleeOwner;
        emit ParametersSet(parameters());
    }

    /// @notice Set the minimum billable seconds for a call to earn rewards (applied by the oracle).
    function setMinBillableSeconds(uint32 value) external onlyRole(GOVERNOR_ROLE) {
        _cold.minBillableSeconds = value;
        emit ParametersSet(parameters());
    }

    /// @notice Set the rewarded seconds cap per number per day (applied by the oracle).
    function setDailyCapSeconds(uint32 value) external onlyRole(GOVERNOR_ROLE) {
        _cold.dailyCapSeconds = value;
        emit ParametersSet(parameters());
    }

    // ---------------------------------------------------------------- views

    /// @notice All parameters at once.
    function parameters() public view returns (Parameters memory p) {
        HotParams memory h = _hot;
        ColdParams memory c = _cold;
        p = Parameters({
            minBond: h.minBond,
            unbondingDelay: c.unbondingDelay,
            challengeWindow: h.challengeWindow,
            slashBps: c.slashBps,
            rewardRate: h.rewardRate,
            splitOrigOperator: c.splitOrigOperator,
            splitTermOperator: c.splitTermOperator,
            splitCallerOwner: c.splitCallerOwner,
            splitCalleeOwner: c.splitCalleeOwner,
            minBillableSeconds: c.minBillableSeconds,
            dailyCapSeconds: c.dailyCapSeconds
        });
    }

    /// @notice Minimum bond (token wei) to be an active operator.
    function minBond() external view returns (uint256) {
        return _hot.minBond;
    }

    /// @notice Seconds between an unbond request and the withdrawal.
    function unbondingDelay() external view returns (uint64) {
        return _cold.unbondingDelay;
    }

    /// @notice Seconds a new batch stays Pending.
    function challengeWindow() external view returns (uint64) {
        return _hot.challengeWindow;
    }

    /// @notice Basis points of a bond slashed per invalidation or suspension.
    function slashBps() external view returns (uint16) {
        return _cold.slashBps;
    }

    /// @notice Token wei per billable second.
    function rewardRate() external view returns (uint256) {
        return _hot.rewardRate;
    }

    /// @notice Reward split in basis points: originating operator, terminating operator, caller's
    /// number owner, callee's number owner.
    function rewardSplit()
        external
        view
        returns (uint16 origOperator, uint16 termOperator, uint16 callerOwner, uint16 calleeOwner)
    {
        ColdParams memory c = _cold;
        return (c.splitOrigOperator, c.splitTermOperator, c.splitCallerOwner, c.splitCalleeOwner);
    }

    /// @notice Calls shorter than this earn nothing (applied by the oracle).
    function minBillableSeconds() external view returns (uint32) {
        return _cold.minBillableSeconds;
    }

    /// @notice A number's seconds beyond this per day earn nothing (applied by the oracle).
    function dailyCapSeconds() external view returns (uint32) {
        return _cold.dailyCapSeconds;
    }

    /// @notice Number of batches ever anchored (the newest batch id).
    function batchCount() external view returns (uint256) {
        return _hot.batchCounter;
    }

    /// @inheritdoc ICDRAnchor
    function batchState(uint256 batchId) public view returns (BatchState) {
        Batch storage b = _batches[batchId];
        address operator = b.operator;
        if (operator == address(0)) return BatchState.None;
        Operator storage op = _operators[operator];
        if (!_isValid(operator, b.epoch, b.firstSeq, op.epoch)) return BatchState.Invalidated;
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp < b.finalAt || _isFrozen(op, b.firstSeq)) return BatchState.Pending;
        return BatchState.Final;
    }

    /// @inheritdoc ICDRAnchor
    function isActiveOperator(address operator) public view returns (bool) {
        Operator storage op = _operators[operator];
        return op.status == Status.Registered && op.bond >= _hot.minBond;
    }

    /// @notice Everything about an operator.
    function operatorInfo(address operator) external view returns (OperatorInfo memory info) {
        Operator storage op = _operators[operator];
        uint256 tip = op.lastBatchId;
        info.status = op.status;
        info.active = isActiveOperator(operator);
        info.payout = op.payout;
        info.bond = op.bond;
        info.unbonding = op.unbonding;
        info.unbondAt = op.unbondAt;
        info.lastSeq = op.lastSeq;
        info.lastBatchId = tip;
        if (tip != 0) {
            info.lastRoot = _batches[tip].cdrRoot;
            info.rewardsTotal = _batches[tip].rewardsTotal;
        }
        info.batchCount = op.batchCount;
        info.epoch = op.epoch;
        info.paid = op.paid;
    }

    /// @notice An operator's metadata (e.g. SIP URI or name).
    function operatorMetadata(address operator) external view returns (string memory) {
        return _metadata[operator];
    }

    /// @notice Everything stored about a batch, and its state now.
    function batch(uint256 batchId) external view returns (BatchInfo memory info) {
        Batch storage b = _batches[batchId];
        if (b.operator == address(0)) revert UnknownBatch(batchId);
        info.operator = b.operator;
        info.cdrRoot = b.cdrRoot;
        info.rewardsRoot = b.rewardsRoot;
        info.rewardsTotal = b.rewardsTotal;
        info.cdrCount = b.cdrCount;
        info.firstSeq = b.firstSeq;
        info.lastSeq = b.firstSeq + b.cdrCount - 1;
        info.prevBatchId = b.prevBatchId;
        if (b.prevBatchId != 0) info.prevRoot = _batches[b.prevBatchId].cdrRoot;
        uint256 next = b.nextBatchId;
        if (next != 0 && batchState(next) != BatchState.Invalidated) info.nextBatchId = next;
        info.finalAt = b.finalAt;
        info.state = batchState(batchId);
    }

    /// @notice The operator's newest Final batch (the one claims use), 0 if none.
    /// @dev Walks back from the operator's tip over its Pending (by time or frozen) batches.
    function latestFinalBatch(address operator) external view returns (uint256 batchId) {
        Operator storage op = _operators[operator];
        batchId = op.lastBatchId;
        while (batchId != 0) {
            Batch storage b = _batches[batchId];
            // forge-lint: disable-next-line(block-timestamp)
            if (block.timestamp >= b.finalAt && !_isFrozen(op, b.firstSeq)) break;
            batchId = b.prevBatchId;
        }
    }

    /// @notice An operator's open freezes and, while there are any, the first sequence number
    /// from which its batches are frozen (not final).
    function freezeOf(address operator) external view returns (uint256 freezes, uint64 frozenFromSeq) {
        Operator storage op = _operators[operator];
        return (op.freezes, op.frozenFromSeq);
    }

    /// @notice Cumulative amount `account` has claimed from `operator`'s rewards.
    function claimed(address operator, address account) external view returns (uint256) {
        return _claimed[operator][account];
    }

    /// @notice Total paid out of `operator`'s rewards.
    function paid(address operator) external view returns (uint256) {
        return _operators[operator].paid;
    }

    /// @notice True when `leaf` is in the CDR tree of a Pending or Final batch.
    function verifyCDR(uint256 batchId, bytes32 leaf, bytes32[] calldata proof) external view returns (bool) {
        BatchState state = batchState(batchId);
        if (state != BatchState.Pending && state != BatchState.Final) return false;
        return MerkleProof.verifyCalldata(proof, _batches[batchId].cdrRoot, leaf);
    }

    /// @notice True when (account, cumulativeAmount) is in the rewards tree of a Pending or Final batch.
    function verifyReward(uint256 batchId, address account, uint256 cumulativeAmount, bytes32[] calldata proof)
        external
        view
        returns (bool)
    {
        BatchState state = batchState(batchId);
        if (state != BatchState.Pending && state != BatchState.Final) return false;
        return
            MerkleProof.verifyCalldata(
                proof, _batches[batchId].rewardsRoot, CDRLeaf.rewardHash(account, cumulativeAmount)
            );
    }

    /// @notice The StandardMerkleTree leaf of a CDR (CDRLeaf encoding).
    function cdrLeaf(CDRLeaf.CDR calldata c) external pure returns (bytes32) {
        return CDRLeaf.hash(c);
    }

    /// @notice The StandardMerkleTree leaf of a rewards entry.
    function rewardLeaf(address account, uint256 cumulativeAmount) external pure returns (bytes32) {
        return CDRLeaf.rewardHash(account, cumulativeAmount);
    }

    // ---------------------------------------------------------------- internals

    function _registered(address operator) private view returns (Operator storage op) {
        op = _operators[operator];
        if (op.status == Status.None) revert NotRegistered(operator);
    }

    function _isValid(address operator, uint16 epoch, uint64 firstSeq, uint16 currentEpoch)
        private
        view
        returns (bool)
    {
        return epoch == currentEpoch || firstSeq < _cutSeq[operator][epoch];
    }

    /// @dev True when a freeze covers a batch of `op` starting at `firstSeq`.
    function _isFrozen(Operator storage op, uint64 firstSeq) private view returns (bool) {
        return op.freezes != 0 && firstSeq >= op.frozenFromSeq;
    }

    function _slashAmount(Operator storage op) private view returns (uint256) {
        return (uint256(op.bond) + op.unbonding) * _cold.slashBps / BPS;
    }

    /// @dev Effects, event, then the transfer: call last.
    function _slash(address operator, Operator storage op, address recipient) private returns (uint256 amount) {
        amount = _slashAmount(op);
        uint256 bond = op.bond;
        uint256 unbonding = op.unbonding;
        uint256 fromBond = amount < bond ? amount : bond;
        bond -= fromBond;
        unbonding -= amount - fromBond;
        // forge-lint: disable-next-line(unsafe-typecast)
        op.bond = uint96(bond); // only decreased
        // forge-lint: disable-next-line(unsafe-typecast)
        op.unbonding = uint96(unbonding); // only decreased
        emit OperatorSlashed(operator, recipient, amount, bond, unbonding);
        if (amount != 0) IERC20(address(token)).safeTransfer(recipient, amount);
    }

    function _claim(
        address operator,
        uint256 batchId,
        address account,
        uint256 cumulativeAmount,
        bytes32[] calldata proof
    ) private returns (uint256 amount) {
        Batch storage b = _claimableBatch(operator, batchId);
        if (!MerkleProof.verifyCalldata(proof, b.rewardsRoot, CDRLeaf.rewardHash(account, cumulativeAmount))) {
            revert InvalidProof();
        }
        uint256 already = _claimed[operator][account];
        if (cumulativeAmount <= already) revert NothingToClaim(cumulativeAmount, already);
        amount = cumulativeAmount - already;
        Operator storage op = _operators[operator];
        uint256 newPaid = uint256(op.paid) + amount; // op's slot 2 is warm: _claimableBatch read claimEpoch
        if (newPaid > b.rewardsTotal) revert ExceedsDeclaredTotal(newPaid, b.rewardsTotal);

        _claimed[operator][account] = cumulativeAmount;
        // forge-lint: disable-next-line(unsafe-typecast)
        op.paid = uint96(newPaid); // <= rewardsTotal, a uint96
        emit RewardClaimed(operator, batchId, account, amount, cumulativeAmount);
        token.mint(account, amount);
    }

    /// @dev The batch, after checking it is `operator`'s newest Final batch: valid, final (by time
    /// and not frozen), and its successor (if any, and valid) not yet final. O(1).
    function _claimableBatch(address operator, uint256 batchId) private view returns (Batch storage b) {
        b = _batches[batchId];
        address batchOperator = b.operator;
        if (batchOperator == address(0)) revert UnknownBatch(batchId);
        if (batchOperator != operator) revert WrongOperator(batchId, operator);
        Operator storage op = _operators[operator];
        uint16 currentEpoch = op.claimEpoch - 1;
        if (!_isValid(operator, b.epoch, b.firstSeq, currentEpoch)) {
            revert BatchNotClaimable(batchId, BatchState.Invalidated);
        }
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp < b.finalAt || _isFrozen(op, b.firstSeq)) {
            revert BatchNotClaimable(batchId, BatchState.Pending);
        }
        uint256 next = b.nextBatchId;
        if (next != 0) {
            Batch storage n = _batches[next];
            if (
                // forge-lint: disable-next-line(block-timestamp)
                block.timestamp >= n.finalAt && !_isFrozen(op, n.firstSeq)
                    && _isValid(operator, n.epoch, n.firstSeq, currentEpoch)
            ) {
                revert NotNewestFinalBatch(batchId, next);
            }
        }
    }
}
