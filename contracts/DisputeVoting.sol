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
/// - Draw weights. Stakes live in a Fenwick (binary indexed) tree over at most MAX_JURORS juror
///   slots whose every node is an OpenZeppelin Checkpoints history by block number. A round
///   draws against the stakes at the end of the block before the round opened (the dispute's
///   opening block for round 0, the appeal's block for an appeal), so stake added once a dispute
///   is visible never counts for it. A draw costs log2(MAX_JURORS) checkpoint look-ups per seat;
///   a stake change updates at most log2(MAX_JURORS)+1 nodes.
/// - Seats. A round of n seats samples n slots with replacement; a juror drawn twice holds two
///   seats (its vote counts twice). Each seat locks `minJurorStake` of the juror's stake, taken
///   when the juror is drawn; a seat whose juror no longer has that much unlocked stake is void
///   (it neither votes nor counts as absent).
/// - Unstaking. `requestUnstake` starts a delay; the stake keeps counting for draws and can be
///   locked until `withdraw` takes it out, and locked stake can never be withdrawn.
/// - Votes. commitment = keccak256(abi.encode(uint8 choice, bytes32 salt, address juror,
///   uint256 disputeId, uint256 round)); one commit per juror per round; reveals open after the
///   commit deadline. Choices: 1 = REJECT (status quo), 2 = UPHOLD.
/// - Round result. More UPHOLD seats than REJECT seats upholds; otherwise REJECT, including a
///   tie. When nobody reveals: round 0 ends REJECT (status quo, every drawn juror absent), an
///   appeal round keeps the previous round's result. Never stuck: `finalize` is open to anyone
///   once the last round's deadlines have passed.
/// - Appeals. Within `appealPeriod` after a round's reveal deadline anyone may appeal against
///   that round's result by pledging twice the round's pledge; the next round has 2n+1 seats.
///   At most `maxAppeals` appeals.
/// - Payouts (pulled: `claim` credits, `withdrawRewards` transfers). The final outcome O is the
///   last round's result. A seat is coherent when its juror revealed O (in any round). Coherent
///   seats get their lock back plus a pro-rata (by lock) share of the pool: all non-coherent
///   locks (wrong or absent) of all rounds, every pledge that backed the losing side, and the
///   jurors' part of any slashed amount. Pledges that backed O are refunded. If no seat in any
///   round is coherent (only possible when nobody revealed at all), nothing is forfeited: every
///   lock is released and every pledge refunded.
/// - Slashed amounts. Tokens that arrive while an upheld dispute executes its outcome
///   (CDRAnchor's slash, NumberRegistry's deposit) are split: `slashDisputerBps` to the pledges
///   that backed UPHOLD, pro-rata to their size, the rest to the coherent jurors' pool.
/// - Batch disputes freeze. Opening a dispute on a pending batch freezes it on CDRAnchor
///   (freezeBatch): it and the operator's later batches stay Pending, so they can neither become
///   final nor be claimed against while the dispute runs (days, against a one-hour challenge
///   window). `finalize` first executes an upheld outcome (invalidate and slash), then releases
///   the freeze (unfreezeBatch) whatever the outcome; a rejected dispute's batch becomes final
///   as soon as no other dispute freezes it.
/// - Outcome execution failure (for example another dispute invalidated the batch first) does
///   not block the dispute: it resolves as upheld, pledges and jurors are paid, and
///   OutcomeExecuted reports success = false. Likewise a failed unfreeze (possible only if this
///   contract lost DISPUTE_ROLE) does not block it. A call that failed for lack of gas reverts
///   the whole finalize instead.
/// - Accounting invariant: token balance == totalStaked + disputeFunds + totalOwed -
///   forfeitedUnsettled (see accountedBalance). Forfeited locks stay inside the losing juror's
///   stake until that juror is settled by `claim` (callable by anyone for anyone).
contract DisputeVoting is AccessControl, ReentrancyGuard {
    using SafeERC20 for IERC20;
    using Checkpoints for Checkpoints.Trace208;

    // ---------------------------------------------------------------- constants and types

    /// @notice May set parameters and replace the randomness source.
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");

    /// @notice Juror slots in the draw tree (a power of two). Slots of jurors who withdrew
    /// everything are reused.
    uint256 public constant MAX_JURORS = 1024;
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
        uint16 slashDisputerBps; // share of slashed amounts for the UPHOLD pledges
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
        bytes32 subject;
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
        uint16 slot;
    }

    // ---------------------------------------------------------------- state

    IERC20 public immutable token;
    ICDRAnchor public immutable anchor;
    INumberRegistry public immutable registry;
    IRandomness public randomness;

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
    uint16[] private _freeSlots;

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
    error JurorPoolFull();
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
            slashDisputerBps: 5000
        });
        _params = p;
        emit ParametersSet(p);
        emit RandomnessSourceSet(address(0), randomness_);
    }

    // ---------------------------------------------------------------- governance

    /// @notice Set every parameter at once. Only GOVERNOR_ROLE. Running rounds keep the values
    /// they were created with.
    /// @param p The new parameters: minPledge > 0, minJurorStake > 0, periods in (0, 30 days],
    /// unstakeDelay <= 365 days, jurorsPerDispute >= 1, maxAppeals <= MAX_APPEALS, the largest
    /// round's jury <= MAX_SEATS, slashDisputerBps <= 10000.
    function setParameters(Params calldata p) external onlyRole(GOVERNOR_ROLE) {
        if (
            p.minPledge == 0 || p.minJurorStake == 0 || p.commitPeriod == 0 || p.commitPeriod > 30 days
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

    // ---------------------------------------------------------------- jurors

    /// @notice Stake `amount` DOTS (approved to this contract) into the juror pool. The result
    /// must reach minJurorStake. New stake counts for rounds opened in later blocks only.
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
                if (slotsUsed == MAX_JURORS) revert JurorPoolFull();
                slot = ++slotsUsed;
            }
            // forge-lint: disable-next-line(unsafe-typecast)
            j.slot = uint16(slot); // slot <= MAX_JURORS
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
    /// locked; the rest stays requested.
    function withdraw() external nonReentrant {
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

    /// @notice Open a dispute with a pledge (approved to this contract) of at least minPledge.
    /// Randomness for the draw is requested now; jurors are drawn against the stakes at the end
    /// of the previous block. A batch dispute freezes the batch on CDRAnchor until it resolves.
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
        d.subject = subject;
        d.pledgeOn[UPHOLD] = pledge;
        disputeFunds += pledge;
        Round storage rd = _newRound(disputeId, 0, p.jurorsPerDispute, UPHOLD, pledge);
        d.roundCount = 1;

        token.safeTransferFrom(msg.sender, address(this), pledge);
        if (kind == KIND_BATCH) anchor.freezeBatch(uint256(subject));
        // Trusted, governor-set source; the function is nonReentrant.
        uint256 requestId = randomness.request();
        rd.requestId = requestId;
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
    /// (after the governor replaced a source that does not answer). Callable by anyone.
    /// @param disputeId The dispute.
    function rerequestRandomness(uint256 disputeId) external nonReentrant {
        Dispute storage d = _activeDispute(disputeId);
        uint256 r = d.roundCount - 1;
        Round storage rd = _rounds[disputeId][r];
        if (rd.drawn) revert AlreadyDrawn(disputeId, r);
        IRandomness source = randomness;
        if (rd.randomness == address(source)) revert RandomnessSourceUnchanged();
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
    /// appeal period, by pledging twice the round's pledge (approved to this contract) on the
    /// other side. The next round has 2n+1 seats and its own randomness and stake snapshot.
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
        uint256 pledge = prev.pledge * 2;
        uint16 seats = prev.seats * 2 + 1;
        round = r + 1;
        Round storage rd = _newRound(disputeId, round, seats, side, pledge);
        // forge-lint: disable-next-line(unsafe-typecast)
        d.roundCount = uint8(round + 1); // <= MAX_APPEALS + 1
        d.pledgeOn[side] += pledge;
        disputeFunds += pledge;

        token.safeTransferFrom(msg.sender, address(this), pledge);
        uint256 requestId = randomness.request();
        rd.requestId = requestId;
        emit Appealed(
            disputeId, round, msg.sender, side, pledge, seats, rd.snapshotBlock, address(randomness), requestId
        );
    }

    /// @notice Resolve the dispute once the last round's reveal deadline (and, if another
    /// appeal is allowed, its appeal period) has passed. Callable by anyone. An upheld dispute
    /// executes its outcome: Batch -> CDRAnchor.invalidateBatch, Operator ->
    /// CDRAnchor.suspendOperator, Number -> NumberRegistry.forceRelease, with slashed amounts
    /// sent here and split as described in the contract notes. A batch dispute then releases its
    /// freeze of the batch, upheld or not.
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
        if (coherent == 0) {
            // Nobody revealed in any round: nothing is forfeited, every pledge is refunded.
            d.refundAll = true;
            forfeited = 0;
        } else {
            d.pool = forfeited + d.pledgeOn[outcome == UPHOLD ? REJECT : UPHOLD];
            forfeitedUnsettled += forfeited;
            disputeFunds += forfeited;
            d.coherentLockRemaining = coherent;
            d.winningPledgeRemaining = d.pledgeOn[outcome];
        }
        if (outcome == UPHOLD) _executeAndSplit(disputeId, d);
        if (d.kind == KIND_BATCH) _unfreeze(d.subject);
        emit DisputeResolved(
            disputeId, outcome == UPHOLD, last, d.pool, coherent, forfeited, d.pledgerBounty, d.refundAll
        );
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
                    refund += rd.pledge;
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

    /// @notice Current parameters.
    function params() external view returns (Params memory) {
        return _params;
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
        return _tree[MAX_JURORS].upperLookupRecent(blockNumber);
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
        uint256 total = _tree[MAX_JURORS].upperLookupRecent(snap);
        uint256 n = rd.seats;
        if (total == 0) return n;
        for (uint256 i; i < n; ++i) {
            uint256 pick = uint256(keccak256(abi.encode(value, disputeId, r, i))) % total;
            uint256 slot = _findSlot(pick, snap);
            address juror = address(uint160(_slotOwner[slot].upperLookupRecent(snap)));
            if (!_seat(_votes[disputeId][r][juror], rd, juror, lock)) ++voidSeats;
        }
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

    /// @dev Executes an upheld outcome and splits what arrived: slashDisputerBps to the UPHOLD
    /// pledges, the rest to the coherent jurors' pool.
    function _executeAndSplit(uint256 disputeId, Dispute storage d) private {
        uint256 received = _execute(disputeId, d);
        if (received == 0) return;
        disputeFunds += received;
        uint256 pledgerPart = received * _params.slashDisputerBps / 10_000;
        if (d.winningPledgeRemaining == 0) pledgerPart = 0;
        d.pledgerBounty = pledgerPart;
        d.pool += received - pledgerPart;
    }

    function _execute(uint256 disputeId, Dispute storage d) private returns (uint256 received) {
        uint256 before = token.balanceOf(address(this));
        bytes32 subject = d.subject;
        uint8 kind = d.kind;
        uint256 gasBefore = gasleft();
        bool ok;
        if (kind == KIND_BATCH) {
            try anchor.invalidateBatch(uint256(subject), address(this)) returns (uint256) {
                ok = true;
            } catch {}
        } else if (kind == KIND_OPERATOR) {
            try anchor.suspendOperator(address(uint160(uint256(subject))), address(this)) returns (uint256) {
                ok = true;
            } catch {}
        } else {
            try registry.forceRelease(subject, address(this)) {
                ok = true;
            } catch {}
        }
        // A failure caused by a caller who sent too little gas must not end the dispute.
        if (!ok && gasleft() <= gasBefore / 63) revert OutcomeOutOfGas();
        d.executed = ok;
        uint256 afterBal = token.balanceOf(address(this));
        received = afterBal > before ? afterBal - before : 0;
        emit OutcomeExecuted(disputeId, kind, subject, ok, received);
    }

    /// @dev Releases a batch dispute's freeze. CDRAnchor emits BatchUnfrozen; a failure (only if
    /// this contract lost DISPUTE_ROLE) must not block the dispute, one for lack of gas must.
    function _unfreeze(bytes32 subject) private {
        uint256 gasBefore = gasleft();
        try anchor.unfreezeBatch(uint256(subject)) {}
        catch {
            if (gasleft() <= gasBefore / 63) revert OutcomeOutOfGas();
        }
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
            _freeSlots.push(uint16(slot)); // slot <= MAX_JURORS
        }
    }

    function _treeUpdate(uint256 slot, uint256 amount, bool add) private {
        uint48 key = uint48(block.number);
        uint208 delta = SafeCast.toUint208(amount);
        for (uint256 i = slot; i <= MAX_JURORS; i += i & (~i + 1)) {
            uint208 v = _tree[i].latest();
            _tree[i].push(key, add ? v + delta : v - delta);
        }
    }

    function _prefixAt(uint256 slot, uint48 blockNumber) private view returns (uint256 sum) {
        for (uint256 i = slot; i > 0; i -= i & (~i + 1)) {
            sum += _tree[i].upperLookupRecent(blockNumber);
        }
    }

    /// @dev Smallest slot whose prefix sum at `snap` exceeds `target` (target < total).
    function _findSlot(uint256 target, uint48 snap) private view returns (uint256) {
        uint256 pos;
        for (uint256 step = MAX_JURORS / 2; step > 0; step >>= 1) {
            uint256 v = _tree[pos + step].upperLookupRecent(snap);
            if (v <= target) {
                pos += step;
                target -= v;
            }
        }
        return pos + 1;
    }
}
