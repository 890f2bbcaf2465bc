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
/// by time alone unless a dispute froze it or a batch it chains on. Only DISPUTE_ROLE
/// (DisputeVoting) can invalidate a Pending batch, which also invalidates every later batch of
/// that operator, rolls the operator's tip back and slashes its bond. Accounts claim rewards with
/// cumulative Merkle proofs against any Final rewards root of the operator; claims mint DOTS.
///
/// Rules that bound rewards (issue 13):
/// - A batch's billable seconds are at most `cdrCount * maxCallSeconds` (the longest call the
///   protocol accepts), an operator's billable seconds per UTC day (block time) at most
///   `maxDailySeconds`, and its rewards total grows per batch by at most `rewardRate` times the
///   batch's billable seconds. So everything an operator's roots declare is at most
///   rewardRate x its accepted seconds, and one day adds at most rewardRate x maxDailySeconds.
/// - Claims against an operator never pay more, in total, than the largest total of the Final
///   roots claimed against (each at most the newest Final total).
///
/// Freezes (issue 13): a dispute freezes only the batch it names, and the freeze is lifted when
/// that dispute ends. A frozen batch stays Pending, and so does every later batch chained on it
/// (a batch can never be Final before the batches it builds on). An operator's frozen batches
/// are kept in a list sorted by batch id, so the lowest one (the only one that matters for
/// finality) is known in O(1); freezing and unfreezing walk that list (one entry per open
/// batch dispute of the operator, each paid for by a dispute pledge).
///
/// Unbonding (issue 13): an operator withdraws its unbonded DOTS only once all its valid
/// batches are Final (none Pending, none frozen); until then the unbonding amount stays
/// slashable, so an unbond request cannot outrun a dispute.
///
/// @dev Storage is kept to three fresh slots per batch so that `anchor` costs the same whatever
/// the batch size (anchor <= 120,000 gas as a whole transaction). Everything else about a batch
/// (CID, CDR count, billable seconds, first sequence number) travels in the BatchAnchored event.
///
/// Validity without loops: every operator has an epoch that grows by one per invalidation, and
/// each batch records the epoch it was anchored in. `_cutId[operator][e]` is the lowest batch id
/// invalidated after epoch `e` ended; a batch of epoch `e` is valid iff `e` is the operator's
/// current epoch or its id lies below that cut (an operator's batch ids grow along its chain).
contract CDRAnchor is ICDRAnchor, AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    // ---------------------------------------------------------------- roles and constants

    /// @notice May change the parameters.
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");
    /// @notice May freeze and invalidate pending batches and suspend operators (DisputeVoting).
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

    /// @dev One batch in exactly three storage slots. The first sequence number is the previous
    /// batch's last + 1 (gapless chain); the CDR count follows from the two.
    struct Batch {
        bytes32 cdrRoot;
        bytes32 rewardsRoot;
        // slot 3
        uint96 rewardsTotal;
        uint48 lastSeq;
        uint24 opIndex; // the operator's index (registration order, from 1)
        uint32 finalAt;
        uint40 prevBatchId;
        uint16 epoch;
    }

    /// @dev Freeze bookkeeping of a batch, written only by freezeBatch/unfreezeBatch/invalidate.
    struct Freeze {
        uint16 count; // open disputes freezing this batch
        bool listed; // in its operator's list of frozen batches (false once invalidated)
        uint40 next; // next frozen batch id of the same operator, higher (0: end)
    }

    /// @dev An operator in four storage slots: `anchor` touches only the first, a claim only the
    /// second (which therefore keeps its own copies of the index and the epoch; the index, never
    /// 0, also keeps the slot from being empty, so a first claim updates it instead of creating it).
    struct Operator {
        // slot 1
        Status status;
        uint16 epoch;
        uint40 lastBatchId;
        uint96 bond;
        uint24 index; // registration order, from 1
        uint24 day; // UTC day (block time) of daySeconds
        uint48 daySeconds; // billable seconds anchored on `day`
        // slot 2
        uint96 paid;
        uint40 capBatchId; // the newest Final batch claimed against (its total bounds paid)
        uint40 frozenHead; // lowest frozen valid batch id, 0 when none
        uint24 claimIndex; // copy of index
        uint16 claimEpoch; // copy of epoch
        // slot 3
        address payout;
        uint96 unbonding;
        // slot 4
        uint40 unbondAt;
    }

    /// @dev Parameters read by `anchor`, plus the global batch counter, in one slot (batch ids
    /// are stored as uint40 everywhere).
    struct HotParams {
        uint96 minBond;
        uint96 rewardRate;
        uint40 batchCounter;
        uint24 challengeWindow;
    }

    /// @dev The remaining parameters, in one slot (`anchor` reads the last two).
    struct ColdParams {
        uint32 unbondingDelay;
        uint16 slashBps;
        uint16 splitOrigOperator;
        uint16 splitTermOperator;
        uint16 splitCallerOwner;
        uint16 splitCalleeOwner;
        uint32 minBillableSeconds;
        uint32 dailyCapSeconds;
        uint32 maxCallSeconds;
        uint48 maxDailySeconds;
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
        uint32 maxCallSeconds;
        uint64 maxDailySeconds;
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
        uint256 epoch; // number of invalidations so far
        uint256 paid;
        uint256 claimCap;
        uint64 day; // UTC day of daySeconds
        uint64 daySeconds; // billable seconds anchored on `day`
        uint256 frozenFromBatchId; // lowest frozen valid batch, 0 when none
    }

    /// @notice What `batch` returns. The CID and billable seconds are in BatchAnchored.
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
        uint64 finalAt;
        uint256 freezes; // open disputes freezing this batch
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
    uint24 private _operatorCount;
    mapping(uint256 batchId => Batch) private _batches;
    mapping(uint256 batchId => Freeze) private _freezes;
    mapping(address operator => Operator) private _operators;
    mapping(uint256 index => address operator) private _operatorAt;
    mapping(address operator => mapping(uint256 epoch => uint40 firstInvalidId)) private _cutId;
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
    /// @notice An operator moved `amount` of its bond to unbonding; `unbonding` may be withdrawn
    /// from `unbondAt` on, once all the operator's batches are Final.
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
    /// Freezes of the invalidated batches no longer hold anything.
    event BatchInvalidated(
        uint256 indexed batchId,
        address indexed operator,
        uint256 lastInvalidatedBatchId,
        uint256 tipBatchId,
        uint64 tipSeq,
        uint256 tipRewardsTotal
    );
    /// @notice A dispute on batch `batchId` froze it (`freezes`: its open freezes now). The
    /// operator's batches from `frozenFromBatchId` (its lowest frozen valid batch) on stay Pending.
    event BatchFrozen(uint256 indexed batchId, address indexed operator, uint256 freezes, uint256 frozenFromBatchId);
    /// @notice A dispute on batch `batchId` ended and released its freeze (`freezes`: the batch's
    /// open freezes now). The operator's batches from `frozenFromBatchId` on stay Pending (0: none).
    event BatchUnfrozen(
        uint256 indexed batchId, address indexed operator, uint256 freezes, uint256 frozenFromBatchId
    );
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
    error BatchesNotFinal(uint256 tipBatchId);
    error ZeroRoot();
    error ZeroRewardsRoot();
    error EmptyCid();
    error ZeroCount();
    error SeqRangeMismatch(uint64 firstSeq, uint64 lastSeq, uint64 cdrCount);
    error SeqGap(uint64 expectedFirstSeq, uint64 firstSeq);
    error BillableTooLarge(uint256 billableSeconds, uint256 maxSeconds);
    error DailySecondsExceeded(uint256 daySeconds, uint256 maxDailySeconds);
    error RewardsTotalDecreased(uint256 previousTotal, uint256 rewardsTotal);
    error RewardsGrowthTooLarge(uint256 increase, uint256 maxIncrease);
    error BatchNotPending(uint256 batchId, BatchState state);
    error UnknownBatch(uint256 batchId);
    error WrongOperator(uint256 batchId, address operator);
    error BatchNotClaimable(uint256 batchId, BatchState state);
    error InvalidProof();
    /// @dev Raised by the token's claimMint (same selector); declared here for ABI decoding.
    error NothingToClaim(uint256 cumulativeAmount, uint256 claimed);
    /// @dev Raised by the token's claimMint (same selector); declared here for ABI decoding.
    error ExceedsDeclaredTotal(uint256 paid, uint256 rewardsTotal);
    error InvalidBps(uint256 bps);
    error InvalidSplit(uint256 sum);
    error ValueTooLarge(uint256 value, uint256 max);
    error TooManyInvalidations();
    error TooManyOperators();
    error NotFrozen(uint256 batchId);
    error TokenMinterMismatch(address minter);

    // ---------------------------------------------------------------- construction

    /// @param admin Receives DEFAULT_ADMIN_ROLE and GOVERNOR_ROLE. DISPUTE_ROLE is granted to
    /// DisputeVoting at deployment. `dots deploy` then moves the admin roles behind a timelock.
    /// @param token_ The DOTS RewardToken, whose immutable minter must be this contract (deploy
    /// the token with this contract's predicted address).
    constructor(address admin, address token_) {
        if (admin == address(0) || token_ == address(0)) revert ZeroAddress();
        address minter = IRewardToken(token_).minter();
        if (minter != address(this)) revert TokenMinterMismatch(minter);
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
            dailyCapSeconds: 14_400,
            maxCallSeconds: 4 hours,
            maxDailySeconds: 100_000_000
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
        uint256 index = uint256(_operatorCount) + 1;
        if (index > type(uint24).max) revert TooManyOperators();
        // forge-lint: disable-next-line(unsafe-typecast) -- checked against uint24 max above
        _operatorCount = uint24(index);
        _operatorAt[index] = msg.sender;
        op.status = Status.Registered;
        op.bond = bond.toUint96();
        // forge-lint: disable-next-line(unsafe-typecast) -- checked against uint24 max above
        op.index = uint24(index);
        // forge-lint: disable-next-line(unsafe-typecast) -- checked against uint24 max above
        op.claimIndex = uint24(index);
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
    /// withdrawable unbondingDelay after the latest request, once every valid batch of the
    /// caller is Final, and stays slashable until withdrawn.
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

    /// @notice Withdraw the caller's whole unbonding amount to its payout address once due and
    /// once none of its valid batches is Pending or frozen (a dispute on one could still slash).
    function withdrawUnbonded() external nonReentrant {
        Operator storage op = _operators[msg.sender];
        uint256 amount = op.unbonding;
        if (amount == 0) revert NothingToWithdraw();
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp < op.unbondAt) revert UnbondingNotDue(uint64(op.unbondAt));
        uint256 tip = op.lastBatchId;
        // forge-lint: disable-next-line(block-timestamp)
        if (tip != 0 && (op.frozenHead != 0 || block.timestamp < _batches[tip].finalAt)) revert BatchesNotFinal(tip);
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
    /// @param billableSeconds The batch's rewarded billable seconds: at most cdrCount x
    /// maxCallSeconds, and the operator's seconds of the UTC day at most maxDailySeconds.
    /// @param firstSeq Must be the caller's last anchored sequence number + 1 (sequences start at 1).
    /// @param lastSeq Last sequence number in the batch (below 2^48).
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
        if (lastSeq < firstSeq || uint256(lastSeq) - firstSeq + 1 != cdrCount) {
            revert SeqRangeMismatch(firstSeq, lastSeq, cdrCount);
        }
        if (lastSeq > type(uint48).max) revert ValueTooLarge(lastSeq, type(uint48).max);
        if (rewardsTotal > type(uint96).max) revert ValueTooLarge(rewardsTotal, type(uint96).max);

        uint256 prevId = op.lastBatchId;
        uint256 finalAt = block.timestamp + hot.challengeWindow;
        {
            uint256 prevTotal;
            uint256 prevSeq;
            if (prevId != 0) {
                Batch storage prev = _batches[prevId];
                prevTotal = prev.rewardsTotal;
                prevSeq = prev.lastSeq;
                // Finality follows the chain order even if the window was shortened meanwhile.
                if (prev.finalAt > finalAt) finalAt = prev.finalAt;
            }
            // forge-lint: disable-next-line(unsafe-typecast) -- prevSeq < 2^48
            if (firstSeq != prevSeq + 1) revert SeqGap(uint64(prevSeq + 1), firstSeq);
            _checkSeconds(op, cdrCount, billableSeconds);
            if (rewardsTotal < prevTotal) revert RewardsTotalDecreased(prevTotal, rewardsTotal);
            uint256 maxIncrease = uint256(hot.rewardRate) * billableSeconds;
            if (rewardsTotal - prevTotal > maxIncrease) {
                revert RewardsGrowthTooLarge(rewardsTotal - prevTotal, maxIncrease);
            }
        }
        if (rewardsTotal != 0 && rewardsRoot == bytes32(0)) revert ZeroRewardsRoot();
        if (finalAt > type(uint32).max) revert ValueTooLarge(finalAt, type(uint32).max);

        batchId = uint256(hot.batchCounter) + 1;
        if (batchId > type(uint40).max) revert ValueTooLarge(batchId, type(uint40).max);
        // forge-lint: disable-next-line(unsafe-typecast) -- checked against uint40 max above
        _hot.batchCounter = uint40(batchId);

        {
            Batch storage b = _batches[batchId];
            b.cdrRoot = cdrRoot;
            if (rewardsRoot != bytes32(0)) b.rewardsRoot = rewardsRoot;
            // The packed slot in one SSTORE, laid out as the Batch struct declares it, low-order
            // bits first.
            uint256 w = rewardsTotal | (uint256(lastSeq) << 96) | (uint256(op.index) << 144) | (finalAt << 168)
                | (prevId << 200) | (uint256(op.epoch) << 240);
            assembly ("memory-safe") {
                sstore(add(b.slot, 2), w)
            }
        }
        // forge-lint: disable-next-line(unsafe-typecast) -- checked against uint40 max above
        op.lastBatchId = uint40(batchId);

        _emitAnchored(batchId, cid, cdrCount, billableSeconds, rewardsRoot);
    }

    /// @dev Emits BatchAnchored from the just written (warm) batch slots, to keep `anchor`'s stack
    /// small.
    function _emitAnchored(
        uint256 batchId,
        bytes calldata cid,
        uint64 cdrCount,
        uint64 billableSeconds,
        bytes32 rewardsRoot
    ) private {
        Batch storage b = _batches[batchId];
        uint64 lastSeq = b.lastSeq;
        emit BatchAnchored(
            batchId,
            msg.sender,
            b.cdrRoot,
            cid,
            cdrCount,
            billableSeconds,
            lastSeq - cdrCount + 1,
            lastSeq,
            rewardsRoot,
            b.rewardsTotal,
            b.prevBatchId,
            b.finalAt
        );
    }

    /// @dev The seconds bounds of `anchor`: per batch by the CDR count, per operator by the day.
    function _checkSeconds(Operator storage op, uint64 cdrCount, uint64 billableSeconds) private {
        ColdParams memory c = _cold;
        uint256 maxBatch = uint256(cdrCount) * c.maxCallSeconds;
        if (billableSeconds > maxBatch) revert BillableTooLarge(billableSeconds, maxBatch);
        uint256 day = block.timestamp / 1 days;
        uint256 secs = billableSeconds;
        if (op.day == day) secs += op.daySeconds;
        if (secs > c.maxDailySeconds) revert DailySecondsExceeded(secs, c.maxDailySeconds);
        // forge-lint: disable-next-line(unsafe-typecast) -- days since 1970 fit uint24 until year 47,900
        op.day = uint24(day);
        // forge-lint: disable-next-line(unsafe-typecast) -- <= maxDailySeconds, a uint48
        op.daySeconds = uint48(secs);
    }

    // ---------------------------------------------------------------- disputes

    /// @inheritdoc ICDRAnchor
    /// @dev Costs O(invalidations of this operator since the batch was anchored + frozen batches
    /// of the operator), never O(number of batches).
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
        address operator = _operatorAt[b.opIndex];
        Operator storage op = _operators[operator];

        uint256 newEpoch = uint256(op.epoch) + 1;
        if (newEpoch >= type(uint16).max) revert TooManyInvalidations();
        {
            mapping(uint256 => uint40) storage cuts = _cutId[operator];
            for (uint256 e = b.epoch; e < newEpoch; ++e) {
                uint40 c = cuts[e];
                // forge-lint: disable-next-line(unsafe-typecast) -- batch ids fit uint40
                if (c == 0 || batchId < c) cuts[e] = uint40(batchId);
            }
        }
        _dropFrozenFrom(op, batchId);

        uint256 lastInvalidated = op.lastBatchId;
        uint40 tipId = b.prevBatchId;
        // forge-lint: disable-next-line(unsafe-typecast) -- checked against uint16 max above
        op.epoch = uint16(newEpoch);
        // forge-lint: disable-next-line(unsafe-typecast) -- checked against uint16 max above
        op.claimEpoch = uint16(newEpoch);
        op.lastBatchId = tipId;
        _emitInvalidated(batchId, operator, lastInvalidated, tipId);

        slashed = _slash(operator, op, slashRecipient);
    }

    function _emitInvalidated(uint256 batchId, address operator, uint256 lastInvalidated, uint256 tipId) private {
        uint64 tipSeq;
        uint256 tipTotal;
        if (tipId != 0) {
            Batch storage tip = _batches[tipId];
            (tipSeq, tipTotal) = (tip.lastSeq, tip.rewardsTotal);
        }
        emit BatchInvalidated(batchId, operator, lastInvalidated, tipId, tipSeq, tipTotal);
    }

    /// @inheritdoc ICDRAnchor
    /// @dev The batch must be Pending (a frozen batch still is, so it may be frozen again). Only
    /// this batch is frozen; later batches stay Pending because they chain on it.
    function freezeBatch(uint256 batchId) external onlyRole(DISPUTE_ROLE) {
        BatchState state = batchState(batchId);
        if (state != BatchState.Pending) revert BatchNotPending(batchId, state);
        address operator = _operatorAt[_batches[batchId].opIndex];
        Operator storage op = _operators[operator];
        Freeze storage f = _freezes[batchId];
        uint256 count = uint256(f.count) + 1;
        if (count > type(uint16).max) revert ValueTooLarge(count, type(uint16).max);
        // forge-lint: disable-next-line(unsafe-typecast) -- checked against uint16 max above
        f.count = uint16(count);
        if (count == 1) {
            // Insert into the operator's list, sorted by batch id.
            f.listed = true;
            uint40 id = uint40(batchId);
            uint40 head = op.frozenHead;
            if (head == 0 || id < head) {
                f.next = head;
                op.frozenHead = id;
            } else {
                uint40 cur = head;
                uint40 nxt = _freezes[cur].next;
                while (nxt != 0 && nxt < id) {
                    cur = nxt;
                    nxt = _freezes[cur].next;
                }
                f.next = nxt;
                _freezes[cur].next = id;
            }
        }
        emit BatchFrozen(batchId, operator, count, op.frozenHead);
    }

    /// @inheritdoc ICDRAnchor
    /// @dev Works whatever the batch's state now (it may have been invalidated meanwhile).
    function unfreezeBatch(uint256 batchId) external onlyRole(DISPUTE_ROLE) {
        Batch storage b = _batches[batchId];
        if (b.opIndex == 0) revert UnknownBatch(batchId);
        address operator = _operatorAt[b.opIndex];
        Operator storage op = _operators[operator];
        Freeze storage f = _freezes[batchId];
        uint256 count = f.count;
        if (count == 0) revert NotFrozen(batchId);
        count -= 1;
        // forge-lint: disable-next-line(unsafe-typecast) -- decreased
        f.count = uint16(count);
        if (count == 0 && f.listed) {
            f.listed = false;
            uint40 id = uint40(batchId);
            uint40 head = op.frozenHead;
            if (head == id) {
                op.frozenHead = f.next;
            } else {
                uint40 cur = head;
                while (_freezes[cur].next != id) cur = _freezes[cur].next;
                _freezes[cur].next = f.next;
            }
            f.next = 0;
        }
        emit BatchUnfrozen(batchId, operator, count, op.frozenHead);
    }

    /// @dev Drops every frozen batch with an id >= `fromId` from the operator's list (they are
    /// invalidated; their disputes still call unfreezeBatch, which then only counts down).
    function _dropFrozenFrom(Operator storage op, uint256 fromId) private {
        uint40 cur = op.frozenHead;
        if (cur == 0) return;
        if (cur >= fromId) {
            op.frozenHead = 0;
        } else {
            uint40 nxt = _freezes[cur].next;
            while (nxt != 0 && nxt < fromId) {
                cur = nxt;
                nxt = _freezes[cur].next;
            }
            _freezes[cur].next = 0;
            cur = nxt;
        }
        while (cur != 0) {
            Freeze storage f = _freezes[cur];
            f.listed = false;
            cur = f.next;
            f.next = 0;
        }
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
    /// the rewards root of `batchId`: any valid Final batch of the operator (a newer root does not
    /// make an older proof fail; leaves are cumulative, so the claim pays the difference to what
    /// the account already claimed). Anyone may send it; only `account` is paid.
    /// @dev No reentrancy guard: the only external call is to our own token (immutable, no hooks,
    /// no external calls), which keeps the per-account ledger of claims and mints.
    /// @return amount The amount minted: cumulativeAmount minus what the account already claimed.
    function claim(
        address operator,
        uint256 batchId,
        address account,
        uint256 cumulativeAmount,
        bytes32[] calldata proof
    ) external returns (uint256 amount) {
        amount = _claim(operator, batchId, account, cumulativeAmount, proof);
    }

    /// @notice Several claims in one call; reverts as a whole if any claim fails.
    /// @return total The sum minted.
    function claimMany(Claim[] calldata claims) external returns (uint256 total) {
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

    /// @notice Set the longest call the protocol rewards (seconds): a batch's billable seconds are
    /// at most its CDR count times this.
    function setMaxCallSeconds(uint32 value) external onlyRole(GOVERNOR_ROLE) {
        _cold.maxCallSeconds = value;
        emit ParametersSet(parameters());
    }

    /// @notice Set the most billable seconds one operator may anchor per UTC day (block time).
    function setMaxDailySeconds(uint64 value) external onlyRole(GOVERNOR_ROLE) {
        if (value > type(uint48).max) revert ValueTooLarge(value, type(uint48).max);
        // forge-lint: disable-next-line(unsafe-typecast) -- checked against uint48 max above
        _cold.maxDailySeconds = uint48(value);
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
            dailyCapSeconds: c.dailyCapSeconds,
            maxCallSeconds: c.maxCallSeconds,
            maxDailySeconds: c.maxDailySeconds
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

    /// @notice The longest call (seconds) a batch's billable seconds may count per CDR.
    function maxCallSeconds() external view returns (uint32) {
        return _cold.maxCallSeconds;
    }

    /// @notice The most billable seconds an operator may anchor per UTC day.
    function maxDailySeconds() external view returns (uint64) {
        return _cold.maxDailySeconds;
    }

    /// @notice Number of batches ever anchored (the newest batch id).
    function batchCount() external view returns (uint256) {
        return _hot.batchCounter;
    }

    /// @inheritdoc ICDRAnchor
    function batchState(uint256 batchId) public view returns (BatchState) {
        Batch storage b = _batches[batchId];
        uint256 index = b.opIndex;
        if (index == 0) return BatchState.None;
        address operator = _operatorAt[index];
        Operator storage op = _operators[operator];
        if (!_isValid(operator, b.epoch, batchId, op.epoch)) return BatchState.Invalidated;
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp < b.finalAt || _isFrozen(op.frozenHead, batchId)) return BatchState.Pending;
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
        info.lastBatchId = tip;
        if (tip != 0) {
            Batch storage t = _batches[tip];
            info.lastSeq = t.lastSeq;
            info.lastRoot = t.cdrRoot;
            info.rewardsTotal = t.rewardsTotal;
        }
        info.epoch = op.epoch;
        info.paid = op.paid;
        if (op.capBatchId != 0) info.claimCap = _batches[op.capBatchId].rewardsTotal;
        info.day = op.day;
        info.daySeconds = op.daySeconds;
        info.frozenFromBatchId = op.frozenHead;
    }

    /// @notice An operator's metadata (e.g. SIP URI or name).
    function operatorMetadata(address operator) external view returns (string memory) {
        return _metadata[operator];
    }

    /// @notice Everything stored about a batch, and its state now.
    function batch(uint256 batchId) external view returns (BatchInfo memory info) {
        Batch storage b = _batches[batchId];
        if (b.opIndex == 0) revert UnknownBatch(batchId);
        info.operator = _operatorAt[b.opIndex];
        info.cdrRoot = b.cdrRoot;
        info.rewardsRoot = b.rewardsRoot;
        info.rewardsTotal = b.rewardsTotal;
        info.lastSeq = b.lastSeq;
        info.prevBatchId = b.prevBatchId;
        if (b.prevBatchId != 0) {
            Batch storage p = _batches[b.prevBatchId];
            info.prevRoot = p.cdrRoot;
            info.firstSeq = p.lastSeq + 1;
        } else {
            info.firstSeq = 1;
        }
        info.cdrCount = info.lastSeq - info.firstSeq + 1;
        info.finalAt = b.finalAt;
        info.freezes = _freezes[batchId].count;
        info.state = batchState(batchId);
    }

    /// @notice The operator's newest Final batch, 0 if none (claims may use it or any older
    /// valid Final batch).
    /// @dev Walks back from the operator's tip over its Pending (by time or frozen) batches.
    function latestFinalBatch(address operator) external view returns (uint256 batchId) {
        Operator storage op = _operators[operator];
        uint40 head = op.frozenHead;
        batchId = op.lastBatchId;
        while (batchId != 0) {
            Batch storage b = _batches[batchId];
            // forge-lint: disable-next-line(block-timestamp)
            if (block.timestamp >= b.finalAt && !_isFrozen(head, batchId)) break;
            batchId = b.prevBatchId;
        }
    }

    /// @notice Open freezes of a batch, and its operator's lowest frozen valid batch (0: none),
    /// from which on its batches are not final.
    function freezeOf(uint256 batchId) external view returns (uint256 freezes, uint256 frozenFromBatchId) {
        Batch storage b = _batches[batchId];
        if (b.opIndex == 0) revert UnknownBatch(batchId);
        return (_freezes[batchId].count, _operators[_operatorAt[b.opIndex]].frozenHead);
    }

    /// @notice Cumulative amount `account` has claimed from `operator`'s rewards.
    function claimed(address operator, address account) external view returns (uint256) {
        uint256 index = _operators[operator].index;
        return index == 0 ? 0 : token.claimedOf(index, account);
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

    function _isValid(address operator, uint16 epoch, uint256 batchId, uint16 currentEpoch)
        private
        view
        returns (bool)
    {
        return epoch == currentEpoch || batchId < _cutId[operator][epoch];
    }

    /// @dev True when a freeze holds batch `batchId` of an operator whose lowest frozen valid
    /// batch is `head` (the batch is that one or chained after it). For valid batches only.
    function _isFrozen(uint40 head, uint256 batchId) private pure returns (bool) {
        return head != 0 && batchId >= head;
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
        Batch storage b = _batches[batchId];
        Operator storage op = _operators[operator];
        uint256 total = _checkClaimable(b, op, operator, batchId);
        if (!MerkleProof.verifyCalldata(proof, b.rewardsRoot, CDRLeaf.rewardHash(account, cumulativeAmount))) {
            revert InvalidProof();
        }
        // Paid is bounded by the total of the newest Final root claimed against so far; totals grow
        // along the chain, so that is this batch's total unless a newer one was used before, and
        // every Final total is at most the newest Final total.
        uint256 capId = op.capBatchId;
        if (batchId >= capId) capId = batchId;
        else total = _batches[capId].rewardsTotal;
        uint256 paidBefore = op.paid;
        // The token keeps the claim ledger next to the balances (one fresh slot for a first claim):
        // it reverts NothingToClaim unless cumulativeAmount is above what the account claimed from
        // this operator, and ExceedsDeclaredTotal if paid would pass `total`; it mints the difference.
        // Our immutable RewardToken makes no external call, so nothing can re-enter before the
        // bookkeeping below.
        amount = token.claimMint(op.claimIndex, account, cumulativeAmount, paidBefore, total);
        // forge-lint: disable-next-line(unsafe-typecast)
        op.paid = uint96(paidBefore + amount); // <= a batch's rewardsTotal, a uint96 (checked by the token)
        // forge-lint: disable-next-line(unsafe-typecast)
        op.capBatchId = uint40(capId); // a batch id
        emit RewardClaimed(operator, batchId, account, amount, cumulativeAmount);
    }

    /// @dev Checks that `batchId` is a valid Final batch of `operator` and returns its rewards
    /// total. O(1).
    function _checkClaimable(Batch storage b, Operator storage op, address operator, uint256 batchId)
        private
        view
        returns (uint256 total)
    {
        uint256 index = b.opIndex;
        if (index == 0) revert UnknownBatch(batchId);
        if (index != op.claimIndex) revert WrongOperator(batchId, operator);
        if (!_isValid(operator, b.epoch, batchId, op.claimEpoch)) {
            revert BatchNotClaimable(batchId, BatchState.Invalidated);
        }
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp < b.finalAt || _isFrozen(op.frozenHead, batchId)) {
            revert BatchNotClaimable(batchId, BatchState.Pending);
        }
        total = b.rewardsTotal;
    }
}
