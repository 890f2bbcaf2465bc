// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {ICDRAnchor} from "./interfaces/ICDRAnchor.sol";
import {INumberRegistry} from "./interfaces/INumberRegistry.sol";
import {IRandomness} from "./interfaces/IRandomness.sol";

/// @title DisputeVoting
/// @notice Anyone pledges DOTS to dispute a pending CDR batch, an operator or a number. Jurors,
/// drawn at random from DOTS stakers weighted by stake, vote with commit-reveal; a simple
/// majority of revealed votes decides and a tie keeps the status quo. An upheld dispute
/// executes its outcome on CDRAnchor or NumberRegistry.
///
/// @dev Rules (each one is tested):
/// - Draw weights. Stakes live in a Fenwick (binary indexed) tree over `jurorCapacity` juror
///   slots whose every node is an OpenZeppelin Checkpoints history by block number. A round
///   draws against the stakes at the end of the block before the round opened (the dispute's
///   opening block for round 0, the appeal's block for an appeal), so stake added once a dispute
///   is visible never counts for it. A draw costs log2(capacity) checkpoint look-ups per seat;
///   a stake change updates at most log2(capacity)+1 nodes.
/// - No fixed cap on jurors (issue 13, item 15). When every slot is taken, the next new juror
///   doubles the capacity (the new root node starts from the old total; the capacity is itself
///   checkpointed, so a round draws over the tree as it was at its snapshot). A pool filled
///   with minimum stakes therefore never locks anyone out; slots of jurors who withdrew
///   everything are reused first.
/// - Seats. A round of n seats samples n slots with replacement; a juror drawn twice holds two
///   seats (its vote counts twice). Each seat locks `minJurorStake` of the juror's stake, taken
///   when the juror is drawn; a seat whose juror no longer has that much unlocked stake is void
///   (it neither votes nor counts as absent).
/// - Unstaking. `requestUnstake` starts a delay; the stake keeps counting for draws and can be
///   locked until `withdraw` takes it out, and locked stake can never be withdrawn. No stake can
///   be withdrawn while any round waits for its draw (item 11): stake that was eligible at a
///   round's snapshot stays in until the round's jurors are drawn, so nobody can leave after
///   seeing the random value and void its seats.
/// - Randomness. `rerequestRandomness` (after the governor replaced the source) is refused once
///   the round's value is ready: nobody can swap a value they dislike for a new one.
/// - Votes. commitment = keccak256(abi.encode(uint8 choice, bytes32 salt, address juror,
///   uint256 disputeId, uint256 round)); one commit per juror per round; reveals open after the
///   commit deadline. Choices: 1 = REJECT (status quo), 2 = UPHOLD.
/// - Round result. More UPHOLD seats than REJECT seats upholds; otherwise REJECT, including a
///   tie. When nobody reveals: round 0 ends REJECT (status quo, every drawn juror absent), an
///   appeal round keeps the previous round's result. Never stuck: `finalize` is open to anyone
///   once the last round's deadlines have passed.
/// - Costs (items 9 and 10). Opening a dispute costs the pledge (>= minPledge, chosen by the
///   disputer) plus a juror fee of jurorFee per seat. An appeal creating round r costs a pledge
///   of minPledge * 2^r plus jurorFee per seat of round r: set by the round and the governed
///   parameters, never by what earlier pledgers chose, so nobody can price appeals out.
/// - Payouts (pulled: `claim` credits, `withdrawRewards` transfers). The final outcome O is the
///   last round's result. A seat is coherent when its juror revealed O (in any round). Jurors
///   are paid the same way whatever O is (item 9): coherent seats get their lock back plus a
///   pro-rata (by lock) share of the juror pool = every non-coherent lock (wrong or absent) of
///   every round + every round's juror fee. No pledge and no slashed amount ever goes to jurors.
///   Pledges that backed O are refunded and share, pro rata, the pledges that backed the losing
///   side; if no pledge backed O (a rejected dispute nobody appealed for REJECT), the losing
///   pledges go to the treasury.
/// - No votes (item 4). If no seat in any round is coherent (nobody revealed at all), no lock is
///   forfeited, every pledge is refunded minus noVoteBps of it, and those parts and every juror
///   fee go to the treasury: a dispute that fails for lack of votes always costs its pledgers.
/// - Slashed amounts. Tokens that arrive while an upheld dispute executes its outcome
///   (CDRAnchor's slash, NumberRegistry's deposit) are split: `slashDisputerBps` to the pledges
///   that backed UPHOLD, pro-rata to their size, the rest to the treasury (`treasury`, by
///   default BURN_ADDRESS: burnt).
/// - Batch disputes freeze exactly their batch. Opening a dispute on a pending batch calls
///   CDRAnchor.freezeBatch(batchId) once; the dispute's end calls unfreezeBatch(batchId) exactly
///   once, upheld or not, after executing an upheld outcome (invalidate and slash). If that call
///   fails, the dispute still resolves and `releaseSubject` retries it (anyone), so every freeze
///   is lifted exactly once.
/// - Number disputes bind to a registration (item 3). Opening one calls
///   NumberRegistry.holdForDispute(node), which returns the registration's (owner, epoch) and
///   blocks its release and transfer while held. An upheld outcome calls forceRelease(node,
///   epoch, owner, here): it acts only on that registration (or its escrowed deposit if it
///   lapsed meanwhile), never on a later owner. A rejected one calls releaseHold(node, epoch).
///   Either way exactly one call ends the hold; a failed one is retried by `releaseSubject`.
/// - Outcome execution failure (for example another dispute invalidated the batch first) does
///   not block the dispute: it resolves as upheld, pledges and jurors are paid, and
///   OutcomeExecuted reports success = false. A call that failed for lack of gas reverts the
///   whole finalize instead.
/// - Accounting invariant: token balance == totalStaked + disputeFunds + totalOwed -
///   forfeitedUnsettled (see accountedBalance). Forfeited locks stay inside the losing juror's
///   stake until that juror is settled by `claim` (callable by anyone for anyone).
contract DisputeVoting is AccessControl, ReentrancyGuard {
    using SafeERC20 for IERC20;
    using Checkpoints for Checkpoints.Trace208;

    // ---------------------------------------------------------------- constants and types

    /// @notice May set parameters and replace the randomness source.
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");

    /// @notice Juror slots in the draw tree at deployment (a power of two); it doubles whenever
    /// every slot is taken. Slots of jurors who withdrew everything are reused first.
    uint256 public constant INITIAL_JUROR_CAPACITY = 1024;
    /// @notice Where the treasury's share goes until the governor names a treasury (burnt).
    address public constant BURN_ADDRESS = 0x000000000000000000000000000000000000dEaD;
    /// @notice Largest jury of any round (bounds the gas of `draw`).
    uint256 public constant MAX_SEATS = 63;
    /// @notice Largest number of appeals a dispute may allow.
    uint256 public constant MAX_APPEALS = 4;
    /// @notice Longest evidence CID accepted, in bytes.
    uint256 public constant MAX_CID_LENGTH = 128;

    uint8 public constant KIND_BATCH = 0;
    uint8 public constant KIND_OPERATOR = 1;
    uint8 public constant KIND_NUMBER = 2;

    uint8 public constant REJECT = 1;
    uint8 public constant UPHOLD = 2;

    enum Status {
        None,
        Active,
        Resolved
    }

    /// @notice Governance parameters. maxAppeals and the jury size are fixed when a dispute
    /// opens; a round takes the periods and the seat lock in force when it is drawn, so a change
    /// never alters a round already drawn.
    struct Params {
        uint256 minPledge; // smallest pledge to open a dispute
        uint256 minJurorStake; // smallest stake, and the stake locked per seat
        uint64 commitPeriod; // seconds from the draw to the commit deadline
        uint64 revealPeriod; // seconds from the commit deadline to the reveal deadline
        uint64 appealPeriod; // seconds after the reveal deadline during which an appeal is open
        uint64 unstakeDelay; // seconds between requestUnstake and withdraw
        uint16 jurorsPerDispute; // seats of round 0; round r+1 has 2 * seats(r) + 1
        uint8 maxAppeals; // appeals allowed per dispute
        uint16 slashDisputerBps; // share of slashed amounts for the UPHOLD pledges (rest: treasury)
        uint256 jurorFee; // paid per seat by each round's pledger, to that dispute's coherent jurors
        uint16 noVoteBps; // share of each pledge kept (for the treasury) when nobody reveals
    }

    struct Dispute {
        uint8 kind;
        Status status;
        uint8 outcome; // REJECT or UPHOLD once resolved
        uint8 maxRounds;
        uint8 roundCount;
        bool refundAll;
        bool executed;
        address disputer;
        uint16 noVoteBps; // fixed at opening
        bool bound; // a freeze (batch) or hold (number) still to be released
        uint32 numberEpoch; // number disputes: the registration disputed
        address numberOwner; // number disputes: its owner
        bytes32 subject;
        uint256 fees; // juror fees of every round
        uint256 pool; // left to pay to coherent jurors
        uint256 coherentLockRemaining; // coherent locks not yet settled
        uint256 pledgerBounty; // left to pay to the pledges that backed UPHOLD
        uint256 winningPledgeRemaining; // winning pledges not yet settled
        uint256[3] pledgeOn; // by side
    }

    struct Round {
        address randomness;
        uint64 snapshotBlock;
        uint16 seats;
        uint8 side; // side the round's pledge backs
        bool drawn;
        address pledger;
        uint64 commitDeadline;
        uint64 revealDeadline;
        uint64 appealDeadline;
        uint256 requestId;
        uint256 pledge;
        uint256 totalLocked;
        uint256[3] votes; // revealed seats by choice
        uint256[3] lockedFor; // revealed locks by choice
        address[] jurors;
    }

    struct Vote {
        uint16 seats;
        uint8 choice;
        bool committed;
        uint256 locked;
        bytes32 commitment;
    }

    struct Juror {
        uint256 staked;
        uint256 locked;
        uint256 unstakeAmount;
        uint64 unstakeAt;
        uint32 slot;
    }

    // ---------------------------------------------------------------- state

    IERC20 public immutable token;
    ICDRAnchor public immutable anchor;
    INumberRegistry public immutable registry;
    IRandomness public randomness;
    /// @notice Receives the treasury's share (slashes, unclaimed pledges, no-vote fees).
    address public treasury;
    /// @notice Juror slots in the draw tree now.
    uint256 public jurorCapacity;
    /// @dev Rounds created and not drawn yet, plus one (a non-zero resting value keeps the
    /// counter's writes cheap). See undrawnRounds.
    uint256 private _undrawnPlusOne = 1;

    Params private _params;

    uint256 public disputeCount;
    mapping(uint256 id => Dispute) private _disputes;
    mapping(uint256 id => mapping(uint256 round => Round)) private _rounds;
    mapping(uint256 id => mapping(uint256 round => mapping(address juror => Vote))) private _votes;
    mapping(uint256 id => mapping(address account => bool)) public settled;

    mapping(address juror => Juror) private _jurors;
    mapping(address account => uint256) public owed;

    /// @notice Sum of all jurors' stakes (locked and forfeited-but-unsettled included).
    uint256 public totalStaked;
    /// @notice Tokens held for disputes: pledges, pools and slashed amounts not yet credited.
    uint256 public disputeFunds;
    /// @notice Credited payouts not yet withdrawn.
    uint256 public totalOwed;
    /// @notice Forfeited locks counted in a dispute pool but still inside a juror's stake.
    uint256 public forfeitedUnsettled;

    mapping(uint256 node => Checkpoints.Trace208) private _tree;
    mapping(uint256 slot => Checkpoints.Trace208) private _slotOwner;
    uint256 public slotsUsed;
    uint32[] private _freeSlots;
    Checkpoints.Trace208 private _capacityHistory;

    // ---------------------------------------------------------------- events

    event DisputeOpened(
        uint256 indexed disputeId,
        uint8 indexed kind,
        bytes32 indexed subject,
        address disputer,
        bytes evidenceCid,
        uint256 pledge,
        uint256 round,
        uint256 seats,
        uint64 snapshotBlock,
        address randomness,
        uint256 requestId
    );
    event Appealed(
        uint256 indexed disputeId,
        uint256 round,
        address indexed appellant,
        uint8 side,
        uint256 pledge,
        uint256 seats,
        uint64 snapshotBlock,
        address randomness,
        uint256 requestId
    );
    event RandomnessRerequested(uint256 indexed disputeId, uint256 round, address randomness, uint256 requestId);
    event JurorsDrawn(
        uint256 indexed disputeId,
        uint256 round,
        address[] jurors,
        uint256[] seats,
        uint256 lockPerSeat,
        uint256 voidSeats,
        uint64 commitDeadline,
        uint64 revealDeadline,
        uint64 appealDeadline
    );
    event VoteCommitted(uint256 indexed disputeId, uint256 round, address indexed juror, bytes32 commitment);
    event VoteRevealed(uint256 indexed disputeId, uint256 round, address indexed juror, uint8 choice, uint256 seats);
    event OutcomeExecuted(
        uint256 indexed disputeId, uint8 kind, bytes32 subject, bool success, uint256 slashedReceived
    );
    event DisputeResolved(
        uint256 indexed disputeId,
        bool upheld,
        uint256 finalRound,
        uint256 jurorPool,
        uint256 coherentLocked,
        uint256 forfeited,
        uint256 pledgerBounty,
        bool refundAll
    );
    event DisputeSettled(
        uint256 indexed disputeId,
        address indexed account,
        uint256 unlocked,
        uint256 forfeited,
        uint256 jurorReward,
        uint256 pledgeRefund
    );
    event RewardPaid(address indexed account, uint256 amount);
    event Staked(address indexed juror, uint256 amount, uint256 newStake, uint256 slot);
    event UnstakeRequested(address indexed juror, uint256 amount, uint64 availableAt);
    event Withdrawn(address indexed juror, uint256 amount, uint256 newStake, uint256 stillRequested);
    event ParametersSet(Params params);
    event RandomnessSourceSet(address indexed previous, address indexed source);
    event TreasurySet(address indexed previous, address indexed treasury);
    event JurorCapacityGrown(uint256 capacity);
    /// @notice A round's pledger paid `fee` for its jurors (on top of the pledge).
    event JurorFeePaid(uint256 indexed disputeId, uint256 round, address indexed payer, uint256 fee);
    /// @notice A number dispute bound itself to registration (node, epoch) of `owner`.
    event NumberBound(uint256 indexed disputeId, bytes32 indexed node, address indexed owner, uint32 epoch);
    /// @notice The dispute's freeze (batch) or hold (number) was released (`success`) or the call failed.
    event SubjectReleased(uint256 indexed disputeId, uint8 kind, bytes32 subject, bool success);
    /// @notice `amount` of the dispute's funds went to the treasury.
    event TreasuryPaid(uint256 indexed disputeId, address indexed treasury, uint256 amount);

    // ---------------------------------------------------------------- errors

    error ZeroAddress();
    error InvalidParameters();
    error InvalidKind(uint8 kind);
    error InvalidSubject(bytes32 subject);
    error SubjectNotDisputable(uint8 kind, bytes32 subject);
    error InvalidEvidence();
    error PledgeTooLow(uint256 pledge, uint256 minPledge);
    error DisputeNotActive(uint256 disputeId);
    error DisputeNotResolved(uint256 disputeId);
    error AlreadyDrawn(uint256 disputeId, uint256 round);
    error NotDrawn(uint256 disputeId, uint256 round);
    error RandomnessNotReady(uint256 disputeId, uint256 round);
    error RandomnessSourceUnchanged();
    error NotJuror(uint256 disputeId, uint256 round, address account);
    error CommitPeriodOver(uint64 deadline);
    error AlreadyCommitted();
    error RevealNotOpen(uint64 opensAfter);
    error RevealPeriodOver(uint64 deadline);
    error NotCommitted();
    error AlreadyRevealed();
    error InvalidChoice(uint8 choice);
    error CommitmentMismatch();
    error AppealNotOpen(uint64 opensAfter);
    error AppealPeriodOver(uint64 deadline);
    error NoMoreAppeals(uint256 disputeId);
    error TooEarlyToFinalize(uint64 notBefore);
    error OutcomeOutOfGas();
    error AlreadySettled(uint256 disputeId, address account);
    error NothingToClaim(uint256 disputeId, address account);
    error NothingToWithdraw();
    error ZeroAmount();
    error StakeBelowMinimum(uint256 newStake, uint256 minJurorStake);
    error DrawPending(uint256 undrawnRounds);
    error RandomnessAlreadyReady(uint256 disputeId, uint256 round);
    error NothingToRelease(uint256 disputeId);
    error InsufficientStake(uint256 requested, uint256 staked);
    error NoUnstakeRequest();
    error UnstakeNotReady(uint64 availableAt);
    error StakeLocked(uint256 staked, uint256 locked);

    // ---------------------------------------------------------------- construction

    /// @param admin Receives DEFAULT_ADMIN_ROLE and GOVERNOR_ROLE.
    /// @param token_ The DOTS token (stakes, pledges, payouts).
    /// @param anchor_ CDRAnchor (batch and operator disputes).
    /// @param registry_ NumberRegistry (number disputes).
    /// @param randomness_ The initial randomness source.
    constructor(address admin, address token_, address anchor_, address registry_, address randomness_) {
        if (
            admin == address(0) || token_ == address(0) || anchor_ == address(0) || registry_ == address(0)
                || randomness_ == address(0)
        ) revert ZeroAddress();
        token = IERC20(token_);
        anchor = ICDRAnchor(anchor_);
        registry = INumberRegistry(registry_);
        randomness = IRandomness(randomness_);
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(GOVERNOR_ROLE, admin);
        Params memory p = Params({
            minPledge: 100e18,
            minJurorStake: 100e18,
            commitPeriod: 1 days,
            revealPeriod: 1 days,
            appealPeriod: 1 days,
            unstakeDelay: 7 days,
            jurorsPerDispute: 3,
            maxAppeals: 2,
            slashDisputerBps: 5000,
            jurorFee: 5e18,
            noVoteBps: 2000
        });
        _params = p;
        treasury = BURN_ADDRESS;
        jurorCapacity = INITIAL_JUROR_CAPACITY;
        _capacityHistory.push(uint48(block.number), uint208(INITIAL_JUROR_CAPACITY));
        emit ParametersSet(p);
        emit RandomnessSourceSet(address(0), randomness_);
        emit TreasurySet(address(0), BURN_ADDRESS);
    }

    // ---------------------------------------------------------------- governance

    /// @notice Set every parameter at once. Only GOVERNOR_ROLE. Running rounds keep the values
    /// they were created with.
    /// @param p The new parameters: minPledge > 0, minJurorStake > 0, periods in (0, 30 days],
    /// unstakeDelay <= 365 days, jurorsPerDispute >= 1, maxAppeals <= MAX_APPEALS, the largest
    /// round's jury <= MAX_SEATS, slashDisputerBps <= 10000, noVoteBps <= 10000, minPledge and
    /// jurorFee below 2^128.
    function setParameters(Params calldata p) external onlyRole(GOVERNOR_ROLE) {
        if (
            p.minPledge == 0 || p.minPledge > type(uint128).max || p.jurorFee > type(uint128).max
                || p.noVoteBps > 10_000 || p.minJurorStake == 0 || p.commitPeriod == 0 || p.commitPeriod > 30 days
                || p.revealPeriod == 0 || p.revealPeriod > 30 days || p.appealPeriod == 0 || p.appealPeriod > 30 days
                || p.unstakeDelay > 365 days || p.jurorsPerDispute == 0 || p.maxAppeals > MAX_APPEALS
                || p.slashDisputerBps > 10_000
        ) revert InvalidParameters();
        if ((uint256(p.jurorsPerDispute) + 1) * (uint256(1) << p.maxAppeals) - 1 > MAX_SEATS) {
            revert InvalidParameters();
        }
        _params = p;
        emit ParametersSet(p);
    }

    /// @notice Replace the randomness source for rounds created from now on. Only GOVERNOR_ROLE.
    /// Rounds still waiting on the old source may switch with `rerequestRandomness`.
    /// @param source The new source.
    function setRandomness(IRandomness source) external onlyRole(GOVERNOR_ROLE) {
        if (address(source) == address(0)) revert ZeroAddress();
        address previous = address(randomness);
        randomness = source;
        emit RandomnessSourceSet(previous, address(source));
    }

    /// @notice Name the treasury that receives slashes (beyond the disputer's share), pledges
    /// nobody won and no-vote fees. Only GOVERNOR_ROLE. BURN_ADDRESS burns them.
    /// @param treasury_ The new treasury.
    function setTreasury(address treasury_) external onlyRole(GOVERNOR_ROLE) {
        if (treasury_ == address(0)) revert ZeroAddress();
        address previous = treasury;
        treasury = treasury_;
        emit TreasurySet(previous, treasury_);
    }

    // ---------------------------------------------------------------- jurors

    /// @notice Stake `amount` DOTS (approved to this contract) into the juror pool. The result
    /// must reach minJurorStake. New stake counts for rounds opened in later blocks only. A new
    /// juror always gets a slot: when all are taken the capacity doubles.
    /// @param amount Tokens to add.
    function stake(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Juror storage j = _jurors[msg.sender];
        uint256 newStake = j.staked + amount;
        if (newStake < _params.minJurorStake) revert StakeBelowMinimum(newStake, _params.minJurorStake);
        uint256 slot = j.slot;
        if (slot == 0) {
            uint256 free = _freeSlots.length;
            if (free > 0) {
                slot = _freeSlots[free - 1];
                _freeSlots.pop();
            } else {
                if (slotsUsed == jurorCapacity) _growCapacity();
                slot = ++slotsUsed;
            }
            j.slot = SafeCast.toUint32(slot);
            _slotOwner[slot].push(uint48(block.number), uint208(uint160(msg.sender)));
        }
        j.staked = newStake;
        totalStaked += amount;
        _treeUpdate(slot, amount, true);
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit Staked(msg.sender, amount, newStake, slot);
    }

    /// @notice Ask to take `amount` out after unstakeDelay. It replaces any earlier request.
    /// Until withdrawn, the stake still counts for draws and can be locked. What stays staked
    /// must be 0 or at least minJurorStake.
    /// @param amount Tokens to take out.
    function requestUnstake(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Juror storage j = _jurors[msg.sender];
        if (amount > j.staked) revert InsufficientStake(amount, j.staked);
        uint256 rest = j.staked - amount;
        if (rest != 0 && rest < _params.minJurorStake) revert StakeBelowMinimum(rest, _params.minJurorStake);
        uint64 at = uint64(block.timestamp) + _params.unstakeDelay;
        j.unstakeAmount = amount;
        j.unstakeAt = at;
        emit UnstakeRequested(msg.sender, amount, at);
    }

    /// @notice Withdraw the requested stake once the delay has passed: as much of it as is not
    /// locked; the rest stays requested. Refused while any round waits for its draw.
    function withdraw() external nonReentrant {
        uint256 undrawn = _undrawnPlusOne - 1;
        if (undrawn != 0) revert DrawPending(undrawn);
        Juror storage j = _jurors[msg.sender];
        uint256 requested = j.unstakeAmount;
        if (requested == 0) revert NoUnstakeRequest();
        if (block.timestamp < j.unstakeAt) revert UnstakeNotReady(j.unstakeAt);
        uint256 free = j.staked - j.locked;
        uint256 amount = requested < free ? requested : free;
        if (amount == 0) revert StakeLocked(j.staked, j.locked);
        uint256 still = requested - amount;
        j.unstakeAmount = still;
        if (still == 0) j.unstakeAt = 0;
        _reduceStake(j, amount);
        token.safeTransfer(msg.sender, amount);
        emit Withdrawn(msg.sender, amount, j.staked, still);
    }

    // ---------------------------------------------------------------- disputes

    /// @notice Open a dispute with a pledge of at least minPledge plus the juror fee
    /// (jurorsPerDispute * jurorFee), both approved to this contract. Randomness for the draw is
    /// requested now; jurors are drawn against the stakes at the end of the previous block. A
    /// batch dispute freezes the batch on CDRAnchor until it resolves; a number dispute binds
    /// to the number's current registration (NumberRegistry.holdForDispute).
    /// @param kind KIND_BATCH (subject = bytes32(batchId), batch must be Pending),
    /// KIND_OPERATOR (subject = bytes32(uint256(uint160(operator))), operator must be active) or
    /// KIND_NUMBER (subject = node, number must have an owner).
    /// @param subject What is disputed.
    /// @param evidenceCid IPFS CID of the evidence (1 to MAX_CID_LENGTH bytes).
    /// @param pledge Tokens pledged on UPHOLD.
    /// @return disputeId The new dispute's id (from 1).
    function openDispute(uint8 kind, bytes32 subject, bytes calldata evidenceCid, uint256 pledge)
        external
        nonReentrant
        returns (uint256 disputeId)
    {
        if (kind > KIND_NUMBER) revert InvalidKind(kind);
        if (evidenceCid.length == 0 || evidenceCid.length > MAX_CID_LENGTH) revert InvalidEvidence();
        Params memory p = _params;
        if (pledge < p.minPledge) revert PledgeTooLow(pledge, p.minPledge);
        _checkSubject(kind, subject);

        disputeId = ++disputeCount;
        Dispute storage d = _disputes[disputeId];
        d.kind = kind;
        d.status = Status.Active;
        d.maxRounds = p.maxAppeals + 1;
        d.disputer = msg.sender;
        d.noVoteBps = p.noVoteBps;
        d.subject = subject;
        d.pledgeOn[UPHOLD] = pledge;
        uint256 fee = uint256(p.jurorsPerDispute) * p.jurorFee;
        d.fees = fee;
        disputeFunds += pledge + fee;
        Round storage rd = _newRound(disputeId, 0, p.jurorsPerDispute, UPHOLD, pledge);
        d.roundCount = 1;
        ++_undrawnPlusOne;
        if (kind != KIND_OPERATOR) d.bound = true;

        token.safeTransferFrom(msg.sender, address(this), pledge + fee);
        if (kind == KIND_BATCH) {
            anchor.freezeBatch(uint256(subject));
        } else if (kind == KIND_NUMBER) {
            (address owner, uint32 epoch) = registry.holdForDispute(subject);
            d.numberOwner = owner;
            d.numberEpoch = epoch;
            emit NumberBound(disputeId, subject, owner, epoch);
        }
        // Trusted, governor-set source; the function is nonReentrant.
        uint256 requestId = randomness.request();
        rd.requestId = requestId;
        emit JurorFeePaid(disputeId, 0, msg.sender, fee);
        emit DisputeOpened(
            disputeId,
            kind,
            subject,
            msg.sender,
            evidenceCid,
            pledge,
            0,
            p.jurorsPerDispute,
            rd.snapshotBlock,
            address(randomness),
            requestId
        );
    }

    /// @notice Draw the jurors of the dispute's current round once its randomness is ready.
    /// Callable by anyone. Starts the commit period.
    /// @param disputeId The dispute.
    function draw(uint256 disputeId) external nonReentrant {
        Dispute storage d = _activeDispute(disputeId);
        uint256 r = d.roundCount - 1;
        Round storage rd = _rounds[disputeId][r];
        if (rd.drawn) revert AlreadyDrawn(disputeId, r);
        (bool ready, bytes32 value) = IRandomness(rd.randomness).valueOf(rd.requestId);
        if (!ready) revert RandomnessNotReady(disputeId, r);

        rd.drawn = true;
        --_undrawnPlusOne;
        Params storage p = _params;
        {
            uint64 commitDeadline = uint64(block.timestamp) + p.commitPeriod;
            rd.commitDeadline = commitDeadline;
            rd.revealDeadline = commitDeadline + p.revealPeriod;
            rd.appealDeadline = commitDeadline + p.revealPeriod + p.appealPeriod;
        }
        uint256 lock = p.minJurorStake;
        uint256 voidSeats = _drawSeats(disputeId, r, rd, value, lock);
        _emitDrawn(disputeId, r, rd, lock, voidSeats);
    }

    /// @notice Switch a round still waiting for its draw to the current randomness source
    /// (after the governor replaced a source that does not answer). Callable by anyone. Refused
    /// once the round's value is ready on its source (a source whose valueOf reverts counts as
    /// not ready).
    /// @param disputeId The dispute.
    function rerequestRandomness(uint256 disputeId) external nonReentrant {
        Dispute storage d = _activeDispute(disputeId);
        uint256 r = d.roundCount - 1;
        Round storage rd = _rounds[disputeId][r];
        if (rd.drawn) revert AlreadyDrawn(disputeId, r);
        IRandomness source = randomness;
        if (rd.randomness == address(source)) revert RandomnessSourceUnchanged();
        try IRandomness(rd.randomness).valueOf(rd.requestId) returns (bool ready, bytes32) {
            if (ready) revert RandomnessAlreadyReady(disputeId, r);
        } catch {}
        rd.randomness = address(source);
        uint256 requestId = source.request();
        rd.requestId = requestId;
        emit RandomnessRerequested(disputeId, r, address(source), requestId);
    }

    /// @notice Commit a vote in the current round, until its commit deadline. One commit per
    /// juror per round; see commitmentOf.
    /// @param disputeId The dispute.
    /// @param commitment commitmentOf(choice, salt, msg.sender, disputeId, round).
    function commit(uint256 disputeId, bytes32 commitment) external nonReentrant {
        Dispute storage d = _activeDispute(disputeId);
        uint256 r = d.roundCount - 1;
        Round storage rd = _rounds[disputeId][r];
        if (!rd.drawn) revert NotDrawn(disputeId, r);
        if (block.timestamp > rd.commitDeadline) revert CommitPeriodOver(rd.commitDeadline);
        Vote storage v = _votes[disputeId][r][msg.sender];
        if (v.seats == 0) revert NotJuror(disputeId, r, msg.sender);
        if (v.committed) revert AlreadyCommitted();
        v.committed = true;
        v.commitment = commitment;
        emit VoteCommitted(disputeId, r, msg.sender, commitment);
    }

    /// @notice Reveal a committed vote after the commit deadline and until the reveal deadline.
    /// @param disputeId The dispute.
    /// @param choice REJECT (1) or UPHOLD (2).
    /// @param salt The salt used in the commitment.
    function reveal(uint256 disputeId, uint8 choice, bytes32 salt) external nonReentrant {
        Dispute storage d = _activeDispute(disputeId);
        uint256 r = d.roundCount - 1;
        Round storage rd = _rounds[disputeId][r];
        if (!rd.drawn) revert NotDrawn(disputeId, r);
        if (block.timestamp <= rd.commitDeadline) revert RevealNotOpen(rd.commitDeadline);
        if (block.timestamp > rd.revealDeadline) revert RevealPeriodOver(rd.revealDeadline);
        Vote storage v = _votes[disputeId][r][msg.sender];
        if (v.seats == 0) revert NotJuror(disputeId, r, msg.sender);
        if (!v.committed) revert NotCommitted();
        if (v.choice != 0) revert AlreadyRevealed();
        if (choice != REJECT && choice != UPHOLD) revert InvalidChoice(choice);
        if (commitmentOf(choice, salt, msg.sender, disputeId, r) != v.commitment) revert CommitmentMismatch();
        v.choice = choice;
        rd.votes[choice] += v.seats;
        rd.lockedFor[choice] += v.locked;
        emit VoteRevealed(disputeId, r, msg.sender, choice, v.seats);
    }

    /// @notice Appeal the current round's result, after its reveal deadline and within the
    /// appeal period, on the other side. The new round r costs a pledge of minPledge * 2^r plus
    /// jurorFee per seat (see appealCost), approved to this contract. The next round has 2n+1
    /// seats and its own randomness and stake snapshot.
    /// @param disputeId The dispute.
    /// @return round The new round's index.
    function appeal(uint256 disputeId) external nonReentrant returns (uint256 round) {
        Dispute storage d = _activeDispute(disputeId);
        uint256 r = d.roundCount - 1;
        Round storage prev = _rounds[disputeId][r];
        if (!prev.drawn) revert NotDrawn(disputeId, r);
        if (block.timestamp <= prev.revealDeadline) revert AppealNotOpen(prev.revealDeadline);
        if (block.timestamp > prev.appealDeadline) revert AppealPeriodOver(prev.appealDeadline);
        if (d.roundCount >= d.maxRounds) revert NoMoreAppeals(disputeId);

        uint8 side = _roundResult(disputeId, r) == UPHOLD ? REJECT : UPHOLD;
        uint16 seats = prev.seats * 2 + 1;
        round = r + 1;
        (uint256 pledge, uint256 fee) = _appealCost(round, seats);
        Round storage rd = _newRound(disputeId, round, seats, side, pledge);
        // forge-lint: disable-next-line(unsafe-typecast)
        d.roundCount = uint8(round + 1); // <= MAX_APPEALS + 1
        d.pledgeOn[side] += pledge;
        d.fees += fee;
        disputeFunds += pledge + fee;
        ++_undrawnPlusOne;

        token.safeTransferFrom(msg.sender, address(this), pledge + fee);
        uint256 requestId = randomness.request();
        rd.requestId = requestId;
        emit JurorFeePaid(disputeId, round, msg.sender, fee);
        emit Appealed(
            disputeId, round, msg.sender, side, pledge, seats, rd.snapshotBlock, address(randomness), requestId
        );
    }

    /// @notice Resolve the dispute once the last round's reveal deadline (and, if another
    /// appeal is allowed, its appeal period) has passed. Callable by anyone. An upheld dispute
    /// executes its outcome: Batch -> CDRAnchor.invalidateBatch, Operator ->
    /// CDRAnchor.suspendOperator, Number -> NumberRegistry.forceRelease of the registration it
    /// was opened against, with slashed amounts sent here and split as described in the contract
    /// notes. Then the dispute's freeze (batch) or hold (number) is released, upheld or not, and
    /// the treasury's share is paid.
    /// @param disputeId The dispute.
    function finalize(uint256 disputeId) external nonReentrant {
        Dispute storage d = _activeDispute(disputeId);
        uint256 last = d.roundCount - 1;
        Round storage lr = _rounds[disputeId][last];
        if (!lr.drawn) revert NotDrawn(disputeId, last);
        uint64 notBefore = d.roundCount < d.maxRounds ? lr.appealDeadline : lr.revealDeadline;
        if (block.timestamp <= notBefore) revert TooEarlyToFinalize(notBefore);

        uint8 outcome = _roundResult(disputeId, last);
        d.status = Status.Resolved;
        d.outcome = outcome;

        (uint256 coherent, uint256 forfeited) = _tallyLocks(disputeId, last, outcome);
        uint256 toTreasury;
        if (coherent == 0) {
            // Nobody revealed in any round: nothing is forfeited; the juror fees and noVoteBps of
            // every pledge go to the treasury, the rest of the pledges is refunded.
            d.refundAll = true;
            forfeited = 0;
            toTreasury = d.fees;
            for (uint256 r; r <= last; ++r) {
                toTreasury += _rounds[disputeId][r].pledge * d.noVoteBps / 10_000;
            }
        } else {
            d.pool = forfeited + d.fees;
            forfeitedUnsettled += forfeited;
            disputeFunds += forfeited;
            d.coherentLockRemaining = coherent;
            uint256 winning = d.pledgeOn[outcome];
            uint256 losing = d.pledgeOn[outcome == UPHOLD ? REJECT : UPHOLD];
            d.winningPledgeRemaining = winning;
            if (winning != 0) d.pledgerBounty = losing;
            else toTreasury = losing;
        }
        if (outcome == UPHOLD) toTreasury += _executeAndSplit(disputeId, d);
        if (d.bound) _releaseSubject(disputeId, d, false);
        if (toTreasury != 0) {
            disputeFunds -= toTreasury;
            address t = treasury;
            emit TreasuryPaid(disputeId, t, toTreasury);
            token.safeTransfer(t, toTreasury);
        }
        emit DisputeResolved(
            disputeId, outcome == UPHOLD, last, d.pool, coherent, forfeited, d.pledgerBounty, d.refundAll
        );
    }

    /// @notice Retry releasing a resolved dispute's freeze (batch) or hold (number) when the
    /// call at finalize failed. Callable by anyone; reverts if the call fails again.
    /// @param disputeId The dispute.
    function releaseSubject(uint256 disputeId) external nonReentrant {
        Dispute storage d = _disputes[disputeId];
        if (d.status != Status.Resolved || !d.bound) revert NothingToRelease(disputeId);
        _releaseSubject(disputeId, d, true);
    }

    /// @notice Settle `account`'s part of a resolved dispute: its seats in every round (coherent:
    /// lock released plus a pool share credited; otherwise the lock is forfeited from its stake)
    /// and its pledges (winning or refunded: pledge plus bounty share credited). Callable by
    /// anyone for anyone; credits go to `owed[account]`, taken out with withdrawRewards.
    /// @param disputeId The dispute.
    /// @param account The juror or pledger to settle.
    function claim(uint256 disputeId, address account) external nonReentrant {
        Dispute storage d = _disputes[disputeId];
        if (d.status != Status.Resolved) revert DisputeNotResolved(disputeId);
        if (settled[disputeId][account]) revert AlreadySettled(disputeId, account);
        settled[disputeId][account] = true;

        uint256 unlocked;
        uint256 lost;
        uint256 reward;
        uint256 refund;
        bool any;
        uint8 outcome = d.outcome;
        bool refundAll = d.refundAll;
        uint256 rounds = d.roundCount;
        for (uint256 r; r < rounds; ++r) {
            uint256 l = _votes[disputeId][r][account].locked;
            if (l > 0) {
                any = true;
                if (refundAll) {
                    unlocked += l;
                } else if (_votes[disputeId][r][account].choice == outcome) {
                    unlocked += l;
                    uint256 share = d.pool * l / d.coherentLockRemaining;
                    d.pool -= share;
                    d.coherentLockRemaining -= l;
                    reward += share;
                } else {
                    lost += l;
                }
            }
            Round storage rd = _rounds[disputeId][r];
            if (rd.pledger == account) {
                any = true;
                if (refundAll) {
                    refund += rd.pledge - rd.pledge * d.noVoteBps / 10_000;
                } else if (rd.side == outcome) {
                    uint256 bounty = d.pledgerBounty * rd.pledge / d.winningPledgeRemaining;
                    d.pledgerBounty -= bounty;
                    d.winningPledgeRemaining -= rd.pledge;
                    refund += rd.pledge + bounty;
                }
            }
        }
        if (!any) revert NothingToClaim(disputeId, account);

        Juror storage j = _jurors[account];
        if (unlocked + lost > 0) j.locked -= unlocked + lost;
        if (lost > 0) {
            forfeitedUnsettled -= lost;
            _reduceStake(j, lost);
        }
        uint256 credit = reward + refund;
        if (credit > 0) {
            disputeFunds -= credit;
            owed[account] += credit;
            totalOwed += credit;
        }
        emit DisputeSettled(disputeId, account, unlocked, lost, reward, refund);
    }

    /// @notice Transfer everything credited to the caller by `claim`.
    function withdrawRewards() external nonReentrant {
        uint256 amount = owed[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        owed[msg.sender] = 0;
        totalOwed -= amount;
        token.safeTransfer(msg.sender, amount);
        emit RewardPaid(msg.sender, amount);
    }

    // ---------------------------------------------------------------- views

    /// @notice The commitment a juror submits: keccak256(abi.encode(choice, salt, juror,
    /// disputeId, round)).
    function commitmentOf(uint8 choice, bytes32 salt, address juror, uint256 disputeId, uint256 round)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(choice, salt, juror, disputeId, round));
    }

    /// @notice Rounds created and not drawn yet (no stake can be withdrawn while > 0).
    function undrawnRounds() external view returns (uint256) {
        return _undrawnPlusOne - 1;
    }

    /// @notice Current parameters.
    function params() external view returns (Params memory) {
        return _params;
    }

    /// @notice What opening a dispute costs on top of the pledge: jurorsPerDispute * jurorFee.
    function openingFee() external view returns (uint256) {
        return uint256(_params.jurorsPerDispute) * _params.jurorFee;
    }

    /// @notice What appealing the dispute's current round costs now: the new round r's pledge
    /// minPledge * 2^r and its juror fee (jurorFee per seat of round r).
    function appealCost(uint256 disputeId) external view returns (uint256 pledge, uint256 fee) {
        Dispute storage d = _disputes[disputeId];
        uint256 r = d.roundCount;
        if (r == 0) revert DisputeNotActive(disputeId);
        return _appealCost(r, _rounds[disputeId][r - 1].seats * 2 + 1);
    }

    /// @notice What the contract must hold: totalStaked + disputeFunds + totalOwed -
    /// forfeitedUnsettled. Equal to its token balance at all times.
    function accountedBalance() external view returns (uint256) {
        return totalStaked + disputeFunds + totalOwed - forfeitedUnsettled;
    }

    /// @notice A dispute's summary.
    function getDispute(uint256 disputeId)
        external
        view
        returns (
            uint8 kind,
            bytes32 subject,
            address disputer,
            Status status,
            uint8 outcome,
            uint256 roundCount,
            uint256 maxRounds,
            bool executed,
            bool refundAll,
            uint256 pool
        )
    {
        Dispute storage d = _disputes[disputeId];
        return (
            d.kind,
            d.subject,
            d.disputer,
            d.status,
            d.outcome,
            d.roundCount,
            d.maxRounds,
            d.executed,
            d.refundAll,
            d.pool
        );
    }

    /// @notice A round's schedule and tally.
    function getRound(uint256 disputeId, uint256 round)
        external
        view
        returns (
            uint256 seats,
            bool drawn,
            uint64 snapshotBlock,
            uint64 commitDeadline,
            uint64 revealDeadline,
            uint64 appealDeadline,
            uint256 rejectVotes,
            uint256 upholdVotes,
            uint256 pledge,
            address[] memory jurors
        )
    {
        Round storage rd = _rounds[disputeId][round];
        return (
            rd.seats,
            rd.drawn,
            rd.snapshotBlock,
            rd.commitDeadline,
            rd.revealDeadline,
            rd.appealDeadline,
            rd.votes[REJECT],
            rd.votes[UPHOLD],
            rd.pledge,
            rd.jurors
        );
    }

    /// @notice A juror's seats, lock, commitment and revealed choice in a round.
    function getVote(uint256 disputeId, uint256 round, address juror)
        external
        view
        returns (uint256 seats, uint256 locked, bool committed, bytes32 commitment, uint8 choice)
    {
        Vote storage v = _votes[disputeId][round][juror];
        return (v.seats, v.locked, v.committed, v.commitment, v.choice);
    }

    /// @notice The result a round has (or would have with the votes revealed so far).
    function roundResult(uint256 disputeId, uint256 round) external view returns (uint8) {
        return _roundResult(disputeId, round);
    }

    /// @notice A juror's stake, locked part, pending unstake request and slot.
    function jurorInfo(address juror)
        external
        view
        returns (uint256 staked, uint256 locked, uint256 unstakeAmount, uint64 unstakeAt, uint256 slot)
    {
        Juror storage j = _jurors[juror];
        return (j.staked, j.locked, j.unstakeAmount, j.unstakeAt, j.slot);
    }

    /// @notice A juror's draw weight at the end of block `blockNumber`.
    function drawWeightAt(address juror, uint48 blockNumber) external view returns (uint256) {
        uint256 slot = _jurors[juror].slot;
        if (slot == 0 || address(uint160(_slotOwner[slot].upperLookupRecent(blockNumber))) != juror) return 0;
        return _prefixAt(slot, blockNumber) - _prefixAt(slot - 1, blockNumber);
    }

    /// @notice Sum of all draw weights at the end of block `blockNumber`.
    function totalWeightAt(uint48 blockNumber) external view returns (uint256) {
        uint256 cap = _capacityHistory.upperLookupRecent(blockNumber);
        return cap == 0 ? 0 : _tree[cap].upperLookupRecent(blockNumber);
    }

    /// @notice The draw tree's capacity at the end of block `blockNumber`.
    function jurorCapacityAt(uint48 blockNumber) external view returns (uint256) {
        return _capacityHistory.upperLookupRecent(blockNumber);
    }

    // ---------------------------------------------------------------- internals

    function _activeDispute(uint256 disputeId) private view returns (Dispute storage d) {
        d = _disputes[disputeId];
        if (d.status != Status.Active) revert DisputeNotActive(disputeId);
    }

    function _checkSubject(uint8 kind, bytes32 subject) private view {
        if (kind == KIND_BATCH) {
            if (anchor.batchState(uint256(subject)) != ICDRAnchor.BatchState.Pending) {
                revert SubjectNotDisputable(kind, subject);
            }
        } else if (kind == KIND_OPERATOR) {
            if (uint256(subject) >> 160 != 0 || subject == bytes32(0)) revert InvalidSubject(subject);
            if (!anchor.isActiveOperator(address(uint160(uint256(subject))))) {
                revert SubjectNotDisputable(kind, subject);
            }
        } else {
            if (registry.ownerOfNode(subject) == address(0)) revert SubjectNotDisputable(kind, subject);
        }
    }

    function _newRound(uint256 disputeId, uint256 r, uint16 seats, uint8 side, uint256 pledge)
        private
        returns (Round storage rd)
    {
        rd = _rounds[disputeId][r];
        rd.randomness = address(randomness);
        rd.snapshotBlock = uint64(block.number - 1);
        rd.seats = seats;
        rd.side = side;
        rd.pledger = msg.sender;
        rd.pledge = pledge;
    }

    /// @dev Samples rd.seats slots with replacement and locks a seat's stake from each drawn
    /// juror that still has it unlocked. Returns the number of void seats.
    function _drawSeats(uint256 disputeId, uint256 r, Round storage rd, bytes32 value, uint256 lock)
        private
        returns (uint256 voidSeats)
    {
        uint48 snap = uint48(rd.snapshotBlock);
        uint256 cap = _capacityHistory.upperLookupRecent(snap);
        uint256 n = rd.seats;
        uint256 total = cap == 0 ? 0 : _tree[cap].upperLookupRecent(snap);
        if (total == 0) return n;
        for (uint256 i; i < n; ++i) {
            address juror = _pick(uint256(keccak256(abi.encode(value, disputeId, r, i))) % total, snap, cap);
            if (!_seat(_votes[disputeId][r][juror], rd, juror, lock)) ++voidSeats;
        }
    }

    function _pick(uint256 target, uint48 snap, uint256 cap) private view returns (address) {
        return address(uint160(_slotOwner[_findSlot(target, snap, cap)].upperLookupRecent(snap)));
    }

    /// @dev Locks one seat's stake from `juror` if it has that much unlocked.
    function _seat(Vote storage v, Round storage rd, address juror, uint256 lock) private returns (bool) {
        Juror storage j = _jurors[juror];
        if (j.staked - j.locked < lock) return false;
        j.locked += lock;
        if (v.seats == 0) rd.jurors.push(juror);
        v.seats += 1;
        v.locked += lock;
        rd.totalLocked += lock;
        return true;
    }

    function _emitDrawn(uint256 disputeId, uint256 r, Round storage rd, uint256 lock, uint256 voidSeats) private {
        uint256 n = rd.jurors.length;
        uint256[] memory seats = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            seats[i] = _votes[disputeId][r][rd.jurors[i]].seats;
        }
        emit JurorsDrawn(
            disputeId, r, rd.jurors, seats, lock, voidSeats, rd.commitDeadline, rd.revealDeadline, rd.appealDeadline
        );
    }

    function _roundResult(uint256 disputeId, uint256 r) private view returns (uint8) {
        while (true) {
            Round storage rd = _rounds[disputeId][r];
            if (rd.votes[UPHOLD] > rd.votes[REJECT]) return UPHOLD;
            if (rd.votes[REJECT] > 0 || r == 0) return REJECT;
            --r; // an appeal round nobody voted in keeps the previous round's result
        }
    }

    function _tallyLocks(uint256 disputeId, uint256 last, uint8 outcome)
        private
        view
        returns (uint256 coherent, uint256 forfeited)
    {
        for (uint256 r; r <= last; ++r) {
            Round storage rd = _rounds[disputeId][r];
            coherent += rd.lockedFor[outcome];
            forfeited += rd.totalLocked - rd.lockedFor[outcome];
        }
    }

    function _appealCost(uint256 round, uint256 seats) private view returns (uint256 pledge, uint256 fee) {
        pledge = _params.minPledge << round;
        fee = seats * _params.jurorFee;
    }

    /// @dev Executes an upheld outcome and splits what arrived: slashDisputerBps to the UPHOLD
    /// pledges, the rest (returned) to the treasury.
    function _executeAndSplit(uint256 disputeId, Dispute storage d) private returns (uint256 toTreasury) {
        uint256 received = _execute(disputeId, d);
        if (received == 0) return 0;
        disputeFunds += received;
        uint256 pledgerPart = received * _params.slashDisputerBps / 10_000;
        if (d.winningPledgeRemaining == 0) pledgerPart = 0;
        d.pledgerBounty += pledgerPart;
        toTreasury = received - pledgerPart;
    }

    function _execute(uint256 disputeId, Dispute storage d) private returns (uint256 received) {
        uint256 before = token.balanceOf(address(this));
        bytes32 subject = d.subject;
        uint8 kind = d.kind;
        uint256 gasBefore = gasleft();
        bool ok;
        bool called;
        if (kind == KIND_BATCH) {
            try anchor.invalidateBatch(uint256(subject), address(this)) returns (uint256) {
                ok = true;
            } catch {}
        } else if (kind == KIND_OPERATOR) {
            try anchor.suspendOperator(address(uint160(uint256(subject))), address(this)) returns (uint256) {
                ok = true;
            } catch {}
        } else {
            try registry.forceRelease(subject, d.numberEpoch, d.numberOwner, address(this)) returns (bool applied) {
                ok = applied;
                called = true;
                d.bound = false; // forceRelease ended the hold
            } catch {}
        }
        // A failure caused by a caller who sent too little gas must not end the dispute.
        if (!ok && !called && gasleft() <= gasBefore / 63) revert OutcomeOutOfGas();
        d.executed = ok;
        uint256 afterBal = token.balanceOf(address(this));
        received = afterBal > before ? afterBal - before : 0;
        emit OutcomeExecuted(disputeId, kind, subject, ok, received);
    }

    /// @dev Releases the dispute's freeze (CDRAnchor.unfreezeBatch, which emits BatchUnfrozen) or
    /// number hold (NumberRegistry.releaseHold), exactly once. At finalize (`strict` false) a
    /// failure (only if this contract lost DISPUTE_ROLE) must not block the dispute and leaves
    /// it to `releaseSubject`; one for lack of gas must. With `strict` a failure reverts.
    function _releaseSubject(uint256 disputeId, Dispute storage d, bool strict) private {
        bytes32 subject = d.subject;
        uint8 kind = d.kind;
        d.bound = false;
        uint256 gasBefore = gasleft();
        bool ok;
        if (kind == KIND_BATCH) {
            if (strict) {
                anchor.unfreezeBatch(uint256(subject));
                ok = true;
            } else {
                try anchor.unfreezeBatch(uint256(subject)) {
                    ok = true;
                } catch {}
            }
        } else if (strict) {
            registry.releaseHold(subject, d.numberEpoch);
            ok = true;
        } else {
            try registry.releaseHold(subject, d.numberEpoch) {
                ok = true;
            } catch {}
        }
        if (!ok) {
            if (gasleft() <= gasBefore / 63) revert OutcomeOutOfGas();
            d.bound = true;
        }
        emit SubjectReleased(disputeId, kind, subject, ok);
    }

    function _growCapacity() private {
        uint256 cap = jurorCapacity;
        uint256 next = cap * 2;
        uint48 key = uint48(block.number);
        // Node `next` covers slots 1..next: it starts as the total of the old tree.
        _tree[next].push(key, _tree[cap].latest());
        _capacityHistory.push(key, SafeCast.toUint208(next));
        jurorCapacity = next;
        emit JurorCapacityGrown(next);
    }

    function _reduceStake(Juror storage j, uint256 amount) private {
        uint256 slot = j.slot;
        j.staked -= amount;
        totalStaked -= amount;
        _treeUpdate(slot, amount, false);
        if (j.staked == 0) {
            j.slot = 0;
            // The slot's owner history keeps this juror as owner for past snapshots.
            // forge-lint: disable-next-line(unsafe-typecast)
            _freeSlots.push(uint32(slot)); // slot was stored as uint32
        }
    }

    function _treeUpdate(uint256 slot, uint256 amount, bool add) private {
        uint48 key = uint48(block.number);
        uint208 delta = SafeCast.toUint208(amount);
        uint256 cap = jurorCapacity;
        for (uint256 i = slot; i <= cap; i += i & (~i + 1)) {
            uint208 v = _tree[i].latest();
            _tree[i].push(key, add ? v + delta : v - delta);
        }
    }

    function _prefixAt(uint256 slot, uint48 blockNumber) private view returns (uint256 sum) {
        for (uint256 i = slot; i > 0; i -= i & (~i + 1)) {
            sum += _tree[i].upperLookupRecent(blockNumber);
        }
    }

    /// @dev Smallest slot whose prefix sum at `snap` exceeds `target` (target < total), in the
    /// tree of capacity `cap` (the capacity at `snap`).
    function _findSlot(uint256 target, uint48 snap, uint256 cap) private view returns (uint256) {
        uint256 pos;
        for (uint256 step = cap / 2; step > 0; step >>= 1) {
            uint256 v = _tree[pos + step].upperLookupRecent(snap);
            if (v <= target) {
                pos += step;
                target -= v;
            }
        }
        return pos + 1;
    }
}
