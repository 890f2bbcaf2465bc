// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

import {INumberRegistry} from "./interfaces/INumberRegistry.sol";

/// @title NumberRegistry
/// @notice Phone numbers in E.164 form ("+" and 1-15 digits, first digit not 0) owned by
/// wallets. A number is claimed by commit-reveal against a refundable DOTS deposit, held for a
/// term, renewable by anyone until the end of a grace period, and then claimable by anyone
/// (the former owner's deposit is refunded to the former owner). Owners release ("dump"),
/// transfer and port numbers, and keep per-number records: SIP route, CNAM, feature flags and
/// hashed blocked callers.
/// @dev Timeline of a registration with expiry `E` and grace `G`:
///   `t < E`             registered;
///   `E <= t < E + G`    in grace: still owned, records still served, renewable by anyone;
///   `t >= E + G`        lapsed: `ownerOf` is zero, records are empty, anyone may claim it.
/// Records are keyed by (node, epoch). The epoch of a number is bumped when it is released,
/// force-released or reclaimed after lapsing, so every record (route, CNAM, features, blocked
/// list of any length) is cleared in O(1). A transfer or port keeps the epoch: records follow
/// the number to its new owner or operator.
///
/// Hardening rules (issue 13; each one is tested):
/// - Disputes bind to a registration. DisputeVoting calls `holdForDispute` when a number
///   dispute opens: it records the registration (owner, epoch) the dispute is against. While a
///   registration is held, its owner can neither `release` nor `transfer` it (no dodging the
///   outcome); it may still renew and edit records. If it lapses while held, its deposit is
///   escrowed for the dispute instead of being refunded. The dispute ends with exactly one
///   `forceRelease(node, epoch, owner, recipient)` (upheld) or `releaseHold(node, epoch)`
///   (rejected). An upheld outcome releases the number only if that same registration is still
///   current; if it has ended (lapsed and perhaps claimed by someone else, or released by an
///   earlier dispute) it takes at most the escrowed deposit and never touches a later owner.
///   When the last hold ends without an upheld outcome, an escrowed deposit goes back to the
///   registration's owner.
/// - Port signatures go stale. The port nonce of a number advances on every change of route
///   (`setRoute`, `port`), of owner (`claim`, `transfer`, `release`, a lapse, `forceRelease`) and on
///   the owner's explicit `cancelPortSignatures`, so an outstanding signed port can never pull
///   the number back after any of those.
/// - Routing to an operator needs its consent. `setRoute` with a non-zero operator takes that
///   operator's EIP-712 `Port` signature (EOA or ERC-1271) over the same struct `port` uses, for
///   the current nonce and a deadline; a bare SIP URI (operator zero) needs no signature.
/// - Squatting. Every claim takes `depositAmount` (refundable, non-zero by default) and, for a
///   number that became claimable again recently (lapsed past its grace period, or released /
///   force-released and out of its cooldown), a non-refundable premium paid to
///   `premiumRecipient` that starts at `premiumStart` and halves every `premiumHalfLife`
///   (linearly between halvings), reaching 0 `premiumDuration` after the number became
///   available (as ENS does after expiry). A number never claimed before carries no premium.
contract NumberRegistry is INumberRegistry, AccessControl, EIP712, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    // ---------------------------------------------------------------- constants

    /// @notice Role that may change the registry's parameters.
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");
    /// @notice Role that may force-release a number (DisputeVoting).
    bytes32 public constant DISPUTE_ROLE = keccak256("DISPUTE_ROLE");

    /// @notice EIP-712 type of a port authorisation, signed by the owner and the receiving operator.
    bytes32 public constant PORT_TYPEHASH =
        keccak256("Port(bytes32 node,address toOperator,bytes32 sipUriHash,uint256 nonce,uint256 deadline)");

    /// @notice Longest CNAM in bytes.
    uint256 public constant MAX_CNAM_LENGTH = 15;
    /// @notice Longest SIP URI in bytes.
    uint256 public constant MAX_SIP_URI_LENGTH = 256;
    /// @notice Longest duration parameter (seconds), so timestamps never overflow 64 bits.
    uint64 public constant MAX_DURATION = type(uint32).max;
    /// @notice Feature bits: voice, SMS, MMS, video, fax, RCS.
    uint8 public constant FEATURE_VOICE = 1 << 0;
    uint8 public constant FEATURE_SMS = 1 << 1;
    uint8 public constant FEATURE_MMS = 1 << 2;
    uint8 public constant FEATURE_VIDEO = 1 << 3;
    uint8 public constant FEATURE_FAX = 1 << 4;
    uint8 public constant FEATURE_RCS = 1 << 5;
    /// @notice Every defined feature bit; higher bits are rejected.
    uint8 public constant FEATURES_ALL = 0x3f;

    // ---------------------------------------------------------------- storage

    struct Number {
        // slot 0
        address owner; // registrant; zero when unregistered
        uint64 expires; // end of the term (grace follows)
        uint32 epoch; // records epoch
        // slot 1
        uint128 deposit; // DOTS held for this registration
        uint64 availableAt; // no claim before this (release cooldown)
        uint64 digits; // the number's digits as an integer (no leading zero, so reversible)
    }

    struct Records {
        address operator;
        uint8 features;
        string sipUri;
        string cnam;
        mapping(bytes32 callerHash => bool) blocked;
    }

    /// @notice The DOTS token deposits are paid in.
    IERC20 public immutable token;

    /// @notice A commitment may be revealed once it is at least this old (seconds)...
    uint64 public minCommitAge;
    /// @notice ...and at most this old (seconds).
    uint64 public maxCommitAge;
    /// @notice Length of a registration and of each renewal (seconds).
    uint64 public term;
    /// @notice After expiry the owner keeps the number this long (seconds), renewable by anyone.
    uint64 public gracePeriod;
    /// @notice A released number cannot be claimed again for this long (seconds).
    uint64 public releaseCooldown;
    /// @notice DOTS deposit taken at each claim (refunded on release or lapse).
    uint128 public depositAmount;

    mapping(bytes32 commitment => uint256 timestamp) private _commitments;
    mapping(bytes32 node => Number) private _numbers;
    mapping(bytes32 node => mapping(uint32 epoch => Records)) private _records;
    mapping(bytes32 node => uint256) private _portNonces;

    /// @dev A dispute hold on one registration (node, epoch).
    struct Hold {
        uint32 count; // open disputes bound to this registration
        address owner; // the registration's owner when the first hold was taken
        uint128 escrow; // deposit kept for the disputes when the registration lapsed while held
    }

    mapping(bytes32 node => mapping(uint32 epoch => Hold)) private _holds;

    /// @notice Premium of a claim at the moment a number becomes claimable again (DOTS).
    uint128 public premiumStart;
    /// @notice The premium halves every this many seconds.
    uint64 public premiumHalfLife;
    /// @notice The premium is 0 from this many seconds after the number became claimable.
    uint64 public premiumDuration;
    /// @notice Receives premiums (a treasury, or BURN_ADDRESS).
    address public premiumRecipient;

    /// @notice Where premiums go when no treasury is set: tokens sent here are out of circulation.
    address public constant BURN_ADDRESS = 0x000000000000000000000000000000000000dEaD;

    // ---------------------------------------------------------------- events

    /// @notice A commitment was stored at `timestamp`.
    event NumberCommitted(bytes32 indexed commitment, address indexed committer, uint256 timestamp);
    /// @notice `owner` claimed a number until `expires`, with `deposit` DOTS held.
    event NumberClaimed(bytes32 indexed node, string e164, address indexed owner, uint64 expires, uint256 deposit);
    /// @notice A number's term was extended to `expires` (by `renewer`).
    event NumberRenewed(bytes32 indexed node, string e164, address indexed owner, uint64 expires, address renewer);
    /// @notice A number was released (by its owner, or `forced` by a dispute), `refund` DOTS paid
    /// out (to the owner, or to the dispute's recipient when forced); claimable again at `availableAt`.
    event NumberReleased(
        bytes32 indexed node, string e164, address indexed owner, uint256 refund, bool forced, uint64 availableAt
    );
    /// @notice A lapsed number (past expiry and grace) was cleared; `refund` DOTS went back to `formerOwner`.
    event NumberExpired(bytes32 indexed node, string e164, address indexed formerOwner, uint256 refund);
    /// @notice A number moved from `from` to `to` (records and deposit move with it).
    event NumberTransferred(bytes32 indexed node, string e164, address indexed from, address indexed to);
    /// @notice A number's route moved from `fromOperator` to `toOperator` at `sipUri`.
    event NumberPorted(
        bytes32 indexed node, string e164, address indexed fromOperator, address indexed toOperator, string sipUri
    );
    /// @notice The owner set the number's route.
    event RouteSet(bytes32 indexed node, string e164, address indexed operator, string sipUri);
    /// @notice The owner set the number's caller-ID name.
    event CnamSet(bytes32 indexed node, string e164, string cnam);
    /// @notice The owner set the number's feature flags.
    event FeaturesSet(bytes32 indexed node, string e164, uint8 features);
    /// @notice The owner blocked a caller (`callerHash` = keccak256 of the caller's E.164).
    event CallerBlocked(bytes32 indexed node, string e164, bytes32 indexed callerHash);
    /// @notice The owner unblocked a caller.
    event CallerUnblocked(bytes32 indexed node, string e164, bytes32 indexed callerHash);
    /// @notice A dispute bound itself to the registration (owner, epoch); `holds` are now open on it.
    event NumberHeld(bytes32 indexed node, address indexed owner, uint32 epoch, uint256 holds);
    /// @notice A dispute on registration (node, epoch) ended without taking anything; `holds` remain.
    event NumberHoldReleased(bytes32 indexed node, uint32 epoch, uint256 holds);
    /// @notice A held registration lapsed: its `deposit` is kept for the disputes bound to it.
    event DepositEscrowed(bytes32 indexed node, uint32 epoch, address indexed owner, uint256 deposit);
    /// @notice An escrowed deposit was paid out: to the dispute's recipient (`forced`) or back to the owner.
    event EscrowPaid(bytes32 indexed node, uint32 epoch, address indexed to, uint256 amount, bool forced);
    /// @notice An upheld dispute against registration (node, epoch) found it ended: nothing to release.
    event ForceReleaseSkipped(bytes32 indexed node, uint32 epoch, address owner);
    /// @notice `payer` paid a `premium` for claiming a recently freed number.
    event PremiumPaid(bytes32 indexed node, address indexed payer, address indexed recipient, uint256 premium);
    /// @notice The owner cancelled every outstanding port signature; the next nonce is `nonce`.
    event PortSignaturesCancelled(bytes32 indexed node, string e164, uint256 nonce);
    /// @notice Governance set the premium schedule.
    event PremiumSet(uint256 start, uint64 halfLife, uint64 duration, address recipient);
    /// @notice Governance set the parameters.
    event ParametersSet(
        uint64 minCommitAge,
        uint64 maxCommitAge,
        uint64 term,
        uint64 gracePeriod,
        uint64 releaseCooldown,
        uint256 depositAmount
    );

    // ---------------------------------------------------------------- errors

    error ZeroAddress();
    error InvalidNumber(string e164);
    error InvalidParameters();
    error CommitmentStillLive(bytes32 commitment, uint256 committedAt);
    error CommitmentNotFound(bytes32 commitment);
    error CommitmentTooNew(bytes32 commitment, uint256 age);
    error CommitmentTooOld(bytes32 commitment, uint256 age);
    error NumberNotAvailable(bytes32 node);
    error NumberCoolingDown(bytes32 node, uint64 availableAt);
    error NumberNotLive(bytes32 node);
    error NumberNotLapsed(bytes32 node);
    error NotNumberOwner(bytes32 node, address caller);
    error RenewalTooEarly(bytes32 node, uint64 expires);
    error InvalidCnam();
    error InvalidFeatures(uint8 features);
    error SipUriTooLong(uint256 length);
    error CallerAlreadyBlocked(bytes32 node, bytes32 callerHash);
    error CallerNotBlocked(bytes32 node, bytes32 callerHash);
    error PortDeadlinePassed(uint256 deadline);
    error InvalidOwnerSignature();
    error InvalidOperatorSignature();
    error NumberDisputed(bytes32 node);
    error NoDisputeHold(bytes32 node, uint32 epoch);

    // ---------------------------------------------------------------- construction

    /// @param admin Receives DEFAULT_ADMIN_ROLE and GOVERNOR_ROLE.
    /// @param token_ The DOTS ERC-20 deposits are paid in.
    constructor(address admin, address token_) EIP712("DOTS NumberRegistry", "1") {
        if (admin == address(0) || token_ == address(0)) revert ZeroAddress();
        token = IERC20(token_);
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(GOVERNOR_ROLE, admin);
        // Deployment defaults: a 50 DOTS deposit per number, and a premium of 10,000 DOTS for a
        // freed number halving daily to 0 after 21 days (a devnet lowers both).
        _setParameters(60, 1 days, 365 days, 30 days, 7 days, 50e18);
        _setPremium(10_000e18, 1 days, 21 days, BURN_ADDRESS);
    }

    // ---------------------------------------------------------------- governance

    /// @notice Set every parameter at once. Only GOVERNOR_ROLE. New values apply to commitments,
    /// claims and renewals from now on; a number's deposit stays what it paid.
    /// @dev Reverts InvalidParameters unless 0 < maxCommitAge, minCommitAge <= maxCommitAge,
    /// 0 < term, every duration fits in 32 bits (136 years) and depositAmount in 128 bits.
    function setParameters(
        uint64 minCommitAge_,
        uint64 maxCommitAge_,
        uint64 term_,
        uint64 gracePeriod_,
        uint64 releaseCooldown_,
        uint256 depositAmount_
    ) external onlyRole(GOVERNOR_ROLE) {
        _setParameters(minCommitAge_, maxCommitAge_, term_, gracePeriod_, releaseCooldown_, depositAmount_);
    }

    /// @notice Set the premium schedule for freed numbers. Only GOVERNOR_ROLE. `start` 0 turns
    /// premiums off. Reverts InvalidParameters unless start fits in 128 bits, halfLife > 0 (when
    /// start > 0), both durations fit in 32 bits and recipient is non-zero.
    /// @param start Premium at the moment a number becomes claimable again.
    /// @param halfLife Seconds per halving.
    /// @param duration Seconds after which the premium is 0.
    /// @param recipient Receives premiums (BURN_ADDRESS to burn them).
    function setPremium(uint256 start, uint64 halfLife, uint64 duration, address recipient)
        external
        onlyRole(GOVERNOR_ROLE)
    {
        _setPremium(start, halfLife, duration, recipient);
    }

    // ---------------------------------------------------------------- commit-reveal claim

    /// @notice The commitment to store with `commit` before claiming `e164` as `owner`.
    /// @param e164 The number, e.g. "+14155550123".
    /// @param owner The address that will send `claim` (the commitment binds it).
    /// @param secret A random value kept private until the claim.
    function makeCommitment(string calldata e164, address owner, bytes32 secret) public pure returns (bytes32) {
        return keccak256(abi.encode(keccak256(bytes(e164)), owner, secret));
    }

    /// @notice Store a commitment (see `makeCommitment`). Refused while the same commitment is
    /// still live (not older than maxCommitAge), so nobody can reset its timer.
    function commit(bytes32 commitment) external {
        uint256 at = _commitments[commitment];
        if (at != 0 && block.timestamp <= at + maxCommitAge) revert CommitmentStillLive(commitment, at);
        _commitments[commitment] = block.timestamp;
        emit NumberCommitted(commitment, msg.sender, block.timestamp);
    }

    /// @notice Claim `e164` for msg.sender with the secret of a commitment aged between
    /// minCommitAge and maxCommitAge (inclusive). Takes `depositAmount` DOTS (approve first).
    /// A lapsed number is claimable (its former owner's deposit is refunded to them); a
    /// released number only after its cooldown.
    /// @return expires End of the new term.
    function claim(string calldata e164, bytes32 secret) external nonReentrant returns (uint64 expires) {
        uint64 digits = _parse(e164);
        bytes32 node = keccak256(bytes(e164));

        bytes32 commitment = makeCommitment(e164, msg.sender, secret);
        uint256 at = _commitments[commitment];
        if (at == 0) revert CommitmentNotFound(commitment);
        uint256 age = block.timestamp - at;
        if (age < minCommitAge) revert CommitmentTooNew(commitment, age);
        if (age > maxCommitAge) revert CommitmentTooOld(commitment, age);
        delete _commitments[commitment];

        Number storage n = _numbers[node];
        address former = n.owner;
        uint256 refund;
        if (former != address(0)) {
            if (_isLive(n)) revert NumberNotAvailable(node);
            refund = _lapse(node, n, e164);
        }
        if (block.timestamp < n.availableAt) revert NumberCoolingDown(node, n.availableAt);

        uint128 deposit = depositAmount;
        expires = uint64(block.timestamp) + term;
        n.owner = msg.sender;
        n.expires = expires;
        n.deposit = deposit;
        n.digits = digits;
        ++_portNonces[node];
        emit NumberClaimed(node, e164, msg.sender, expires, deposit);

        if (refund != 0) token.safeTransfer(former, refund);
        if (deposit != 0) token.safeTransferFrom(msg.sender, address(this), deposit);
        _payPremium(node, n.availableAt); // a claim leaves availableAt as it was
    }

    /// @dev Take the premium of a number claimable since `from` from the claimant.
    function _payPremium(bytes32 node, uint64 from) private {
        uint256 premium = _premiumAt(from);
        if (premium == 0) return;
        address recipient = premiumRecipient;
        emit PremiumPaid(node, msg.sender, recipient, premium);
        token.safeTransferFrom(msg.sender, recipient, premium);
    }

    // ---------------------------------------------------------------- lifecycle

    /// @notice Extend a live number (registered or in grace) by one term from its current
    /// expiry. Anyone may renew. Refused when the number already runs more than one term ahead,
    /// so a registration never reaches beyond two terms from now.
    /// @return expires The new expiry.
    function renew(string calldata e164) external returns (uint64 expires) {
        bytes32 node = keccak256(bytes(e164));
        Number storage n = _numbers[node];
        if (!_isLive(n)) revert NumberNotLive(node);
        uint64 t = term;
        if (n.expires > block.timestamp + t) revert RenewalTooEarly(node, n.expires);
        expires = n.expires + t;
        n.expires = expires;
        emit NumberRenewed(node, e164, n.owner, expires, msg.sender);
    }

    /// @notice Release ("dump") a number you own: refunds its deposit to you and clears its
    /// route, CNAM, features and blocked list at once. Nobody can claim it for releaseCooldown.
    /// Refused while a dispute is bound to the registration.
    function release(string calldata e164) external nonReentrant {
        bytes32 node = keccak256(bytes(e164));
        Number storage n = _numbers[node];
        _requireOwner(node, n);
        if (_holds[node][n.epoch].count != 0) revert NumberDisputed(node);
        ++_portNonces[node];
        uint256 refund = n.deposit;
        uint64 availableAt = _clear(n);
        emit NumberReleased(node, e164, msg.sender, refund, false, availableAt);
        if (refund != 0) token.safeTransfer(msg.sender, refund);
    }

    /// @notice Clear a lapsed number (past expiry and grace) without claiming it: refunds the
    /// former owner's deposit to them and clears its records. Anyone may call; a claim does the
    /// same on its own.
    function reclaimExpired(string calldata e164) external nonReentrant {
        bytes32 node = keccak256(bytes(e164));
        Number storage n = _numbers[node];
        address former = n.owner;
        if (former == address(0) || _isLive(n)) revert NumberNotLapsed(node);
        ++_portNonces[node];
        uint256 refund = _lapse(node, n, e164);
        if (refund != 0) token.safeTransfer(former, refund);
    }

    /// @inheritdoc INumberRegistry
    function holdForDispute(bytes32 node)
        external
        onlyRole(DISPUTE_ROLE)
        returns (address owner, uint32 epoch)
    {
        Number storage n = _numbers[node];
        if (!_isLive(n)) revert NumberNotLive(node);
        owner = n.owner;
        epoch = n.epoch;
        Hold storage h = _holds[node][epoch];
        uint32 count = h.count + 1;
        h.count = count;
        h.owner = owner;
        emit NumberHeld(node, owner, epoch, count);
    }

    /// @inheritdoc INumberRegistry
    /// @dev The number is released (deposit to `depositRecipient`, records cleared, cooldown)
    /// only while registration `epoch` of `owner` is still the current one, live or lapsed but
    /// not reclaimed. If it lapsed while held, the escrowed deposit goes to `depositRecipient`
    /// instead. A later registration of the same number is never touched.
    function forceRelease(bytes32 node, uint32 epoch, address owner, address depositRecipient)
        external
        onlyRole(DISPUTE_ROLE)
        nonReentrant
        returns (bool applied)
    {
        if (depositRecipient == address(0)) revert ZeroAddress();
        Hold storage h = _holds[node][epoch];
        if (h.count == 0) revert NoDisputeHold(node, epoch);
        h.count -= 1;
        Number storage n = _numbers[node];
        if (n.epoch == epoch && n.owner == owner && owner != address(0)) {
            uint256 refund = n.deposit;
            string memory e164 = _e164(n.digits);
            ++_portNonces[node];
            uint64 availableAt = _clear(n);
            emit NumberReleased(node, e164, owner, refund, true, availableAt);
            if (refund != 0) token.safeTransfer(depositRecipient, refund);
            return true;
        }
        uint256 escrow = h.escrow;
        if (escrow != 0) {
            h.escrow = 0;
            emit EscrowPaid(node, epoch, depositRecipient, escrow, true);
            token.safeTransfer(depositRecipient, escrow);
            return true;
        }
        emit ForceReleaseSkipped(node, epoch, owner);
        return false;
    }

    /// @inheritdoc INumberRegistry
    function releaseHold(bytes32 node, uint32 epoch) external onlyRole(DISPUTE_ROLE) nonReentrant {
        Hold storage h = _holds[node][epoch];
        uint32 count = h.count;
        if (count == 0) revert NoDisputeHold(node, epoch);
        h.count = --count;
        emit NumberHoldReleased(node, epoch, count);
        uint256 escrow = h.escrow;
        if (count == 0 && escrow != 0) {
            h.escrow = 0;
            address owner = h.owner;
            emit EscrowPaid(node, epoch, owner, escrow, false);
            token.safeTransfer(owner, escrow);
        }
    }

    /// @notice Transfer a number you own to `to`. Its records, expiry and deposit go with it
    /// (the deposit is refunded to whoever owns the number when it is released). Refused while a
    /// dispute is bound to the registration. Outstanding port signatures become invalid.
    function transfer(string calldata e164, address to) external {
        if (to == address(0)) revert ZeroAddress();
        bytes32 node = keccak256(bytes(e164));
        Number storage n = _numbers[node];
        _requireOwner(node, n);
        if (_holds[node][n.epoch].count != 0) revert NumberDisputed(node);
        ++_portNonces[node];
        n.owner = to;
        emit NumberTransferred(node, e164, msg.sender, to);
    }

    /// @notice Port a number: move its route to `toOperator` at `sipUri`. Anyone may submit it
    /// with EIP-712 `Port` signatures of the number's owner and of `toOperator` (EOA or
    /// ERC-1271) over (node, toOperator, keccak256(sipUri), portNonce(node), deadline). The
    /// donating operator has no say. Each signature pair works once, on this chain, until the deadline.
    function port(
        string calldata e164,
        address toOperator,
        string calldata sipUri,
        uint256 deadline,
        bytes calldata ownerSig,
        bytes calldata operatorSig
    ) external {
        if (toOperator == address(0)) revert ZeroAddress();
        if (block.timestamp > deadline) revert PortDeadlinePassed(deadline);
        if (bytes(sipUri).length > MAX_SIP_URI_LENGTH) revert SipUriTooLong(bytes(sipUri).length);
        bytes32 node = keccak256(bytes(e164));
        Number storage n = _numbers[node];
        if (!_isLive(n)) revert NumberNotLive(node);

        _checkPortSignatures(node, n.owner, toOperator, keccak256(bytes(sipUri)), deadline, ownerSig, operatorSig);
        _portRoute(node, n.epoch, e164, toOperator, sipUri);
    }

    // ---------------------------------------------------------------- records (owner only)

    /// @notice Set the SIP route: the serving operator and a SIP URI. A non-zero `operator` must
    /// consent: `operatorSig` is its EIP-712 `Port` signature (see portDigest) over (node,
    /// operator, keccak256(sipUri), portNonce(node), deadline), valid until `deadline`. With
    /// `operator` zero the route is a bare SIP URI and `deadline`/`operatorSig` are ignored.
    /// Either way the port nonce advances: outstanding port signatures become invalid.
    /// @param e164 The number (caller must own it).
    /// @param operator The serving operator, or zero for a bare SIP URI.
    /// @param sipUri The SIP URI (at most MAX_SIP_URI_LENGTH bytes).
    /// @param deadline Last second the operator's signature is valid.
    /// @param operatorSig The operator's signature (EOA or ERC-1271).
    function setRoute(
        string calldata e164,
        address operator,
        string calldata sipUri,
        uint256 deadline,
        bytes calldata operatorSig
    ) external {
        if (bytes(sipUri).length > MAX_SIP_URI_LENGTH) revert SipUriTooLong(bytes(sipUri).length);
        (bytes32 node, Records storage r) = _ownedRecords(e164);
        uint256 nonce = _portNonces[node]++;
        if (operator != address(0)) {
            if (block.timestamp > deadline) revert PortDeadlinePassed(deadline);
            bytes32 digest = _hashTypedDataV4(
                keccak256(abi.encode(PORT_TYPEHASH, node, operator, keccak256(bytes(sipUri)), nonce, deadline))
            );
            if (!SignatureChecker.isValidSignatureNowCalldata(operator, digest, operatorSig)) {
                revert InvalidOperatorSignature();
            }
        }
        r.operator = operator;
        r.sipUri = sipUri;
        emit RouteSet(node, e164, operator, sipUri);
    }

    /// @notice Invalidate every outstanding port (and route-consent) signature of a number you own.
    /// @param e164 The number.
    function cancelPortSignatures(string calldata e164) external {
        bytes32 node = keccak256(bytes(e164));
        _requireOwner(node, _numbers[node]);
        uint256 nonce = ++_portNonces[node];
        emit PortSignaturesCancelled(node, e164, nonce);
    }

    /// @notice Set the caller-ID name: at most 15 printable ASCII characters (0x20-0x7E); "" clears it.
    function setCnam(string calldata e164, string calldata cnam) external {
        bytes calldata b = bytes(cnam);
        if (b.length > MAX_CNAM_LENGTH) revert InvalidCnam();
        for (uint256 i; i < b.length; ++i) {
            uint8 c = uint8(b[i]);
            if (c < 0x20 || c > 0x7e) revert InvalidCnam();
        }
        (bytes32 node, Records storage r) = _ownedRecords(e164);
        r.cnam = cnam;
        emit CnamSet(node, e164, cnam);
    }

    /// @notice Set the feature flags: bit 0 voice, 1 SMS, 2 MMS, 3 video, 4 fax, 5 RCS. Higher bits are rejected.
    function setFeatures(string calldata e164, uint8 features) external {
        if (features & ~FEATURES_ALL != 0) revert InvalidFeatures(features);
        (bytes32 node, Records storage r) = _ownedRecords(e164);
        r.features = features;
        emit FeaturesSet(node, e164, features);
    }

    /// @notice Block a caller, given as keccak256(bytes(callerE164)).
    function blockCaller(string calldata e164, bytes32 callerHash) external {
        (bytes32 node, Records storage r) = _ownedRecords(e164);
        if (r.blocked[callerHash]) revert CallerAlreadyBlocked(node, callerHash);
        r.blocked[callerHash] = true;
        emit CallerBlocked(node, e164, callerHash);
    }

    /// @notice Unblock a caller blocked with `blockCaller`.
    function unblockCaller(string calldata e164, bytes32 callerHash) external {
        (bytes32 node, Records storage r) = _ownedRecords(e164);
        if (!r.blocked[callerHash]) revert CallerNotBlocked(node, callerHash);
        r.blocked[callerHash] = false;
        emit CallerUnblocked(node, e164, callerHash);
    }

    // ---------------------------------------------------------------- views

    /// @notice A number's node: keccak256(bytes(e164)).
    function nodeOf(string calldata e164) external pure returns (bytes32) {
        return keccak256(bytes(e164));
    }

    /// @notice True when `e164` is a valid E.164 number ("+", 1-15 digits, first digit not 0).
    function isValidNumber(string calldata e164) external pure returns (bool) {
        return _isValid(bytes(e164));
    }

    /// @inheritdoc INumberRegistry
    function ownerOf(string calldata e164) external view returns (address) {
        return _liveOwner(_numbers[keccak256(bytes(e164))]);
    }

    /// @inheritdoc INumberRegistry
    function ownerOfNode(bytes32 node) external view returns (address) {
        return _liveOwner(_numbers[node]);
    }

    /// @notice Expiry of a live number (grace follows it), else 0.
    function expiresOf(string calldata e164) external view returns (uint64) {
        Number storage n = _numbers[keccak256(bytes(e164))];
        return _isLive(n) ? n.expires : 0;
    }

    /// @notice DOTS deposit held for a number (also for a lapsed one not yet reclaimed), else 0.
    function depositOf(string calldata e164) external view returns (uint256) {
        return _numbers[keccak256(bytes(e164))].deposit;
    }

    /// @notice Route of a live number (operator, SIP URI); empty otherwise.
    function routeOf(string calldata e164) external view returns (address operator, string memory sipUri) {
        return routeOfNode(keccak256(bytes(e164)));
    }

    /// @notice Route of a live number by node; empty otherwise.
    function routeOfNode(bytes32 node) public view returns (address operator, string memory sipUri) {
        Number storage n = _numbers[node];
        if (!_isLive(n)) return (address(0), "");
        Records storage r = _records[node][n.epoch];
        return (r.operator, r.sipUri);
    }

    /// @notice Caller-ID name of a live number; "" otherwise.
    function cnamOf(string calldata e164) external view returns (string memory) {
        bytes32 node = keccak256(bytes(e164));
        Number storage n = _numbers[node];
        if (!_isLive(n)) return "";
        return _records[node][n.epoch].cnam;
    }

    /// @notice Feature flags of a live number; 0 otherwise.
    function featuresOf(string calldata e164) external view returns (uint8) {
        bytes32 node = keccak256(bytes(e164));
        Number storage n = _numbers[node];
        if (!_isLive(n)) return 0;
        return _records[node][n.epoch].features;
    }

    /// @notice True when a live number blocks the caller keccak256(bytes(callerE164)).
    function isBlocked(string calldata e164, bytes32 callerHash) external view returns (bool) {
        return isBlockedNode(keccak256(bytes(e164)), callerHash);
    }

    /// @notice `isBlocked` by node.
    function isBlockedNode(bytes32 node, bytes32 callerHash) public view returns (bool) {
        Number storage n = _numbers[node];
        if (!_isLive(n)) return false;
        return _records[node][n.epoch].blocked[callerHash];
    }

    /// @notice True when `e164` is valid and nobody can stop a (properly committed) claim of it now.
    function isAvailable(string calldata e164) external view returns (bool) {
        if (!_isValid(bytes(e164))) return false;
        Number storage n = _numbers[keccak256(bytes(e164))];
        if (n.owner != address(0) && _isLive(n)) return false;
        return n.owner != address(0) || block.timestamp >= n.availableAt;
    }

    /// @notice The full state of a number by node. `registrant` is the stored owner (also of a
    /// lapsed number not yet reclaimed); `live` says whether it still owns the number.
    function numberInfo(bytes32 node)
        external
        view
        returns (
            address registrant,
            uint64 expires,
            uint256 deposit,
            uint64 availableAt,
            uint32 epoch,
            bool live,
            string memory e164
        )
    {
        Number storage n = _numbers[node];
        return (
            n.owner,
            n.expires,
            n.deposit,
            n.availableAt,
            n.epoch,
            _isLive(n),
            n.owner == address(0) ? "" : _e164(n.digits)
        );
    }

    /// @notice The premium a claim of `e164` would pay now (0 for a number never claimed, still
    /// owned, or freed more than premiumDuration ago).
    function premiumOf(string calldata e164) external view returns (uint256) {
        Number storage n = _numbers[keccak256(bytes(e164))];
        if (n.owner != address(0)) {
            if (_isLive(n)) return 0;
            return _premiumAt(uint64(uint256(n.expires) + gracePeriod));
        }
        return _premiumAt(n.availableAt);
    }

    /// @notice The dispute holds on registration (node, epoch): open disputes, the owner they are
    /// against and the deposit escrowed for them.
    function holdOf(bytes32 node, uint32 epoch) external view returns (uint256 count, address owner, uint256 escrow) {
        Hold storage h = _holds[node][epoch];
        return (h.count, h.owner, h.escrow);
    }

    /// @notice When `commitment` was stored (0 if never or already used).
    function commitmentTime(bytes32 commitment) external view returns (uint256) {
        return _commitments[commitment];
    }

    /// @notice The nonce the next port signature of `node` must carry.
    function portNonce(bytes32 node) external view returns (uint256) {
        return _portNonces[node];
    }

    /// @notice The EIP-712 digest the owner and `toOperator` sign to port `node` now (current nonce).
    function portDigest(bytes32 node, address toOperator, string calldata sipUri, uint256 deadline)
        external
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(PORT_TYPEHASH, node, toOperator, keccak256(bytes(sipUri)), _portNonces[node], deadline)
            )
        );
    }

    /// @notice The EIP-712 domain separator (name "DOTS NumberRegistry", version "1", this chain, this contract).
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ---------------------------------------------------------------- internals

    function _setParameters(
        uint64 minCommitAge_,
        uint64 maxCommitAge_,
        uint64 term_,
        uint64 gracePeriod_,
        uint64 releaseCooldown_,
        uint256 depositAmount_
    ) private {
        if (
            maxCommitAge_ == 0 || minCommitAge_ > maxCommitAge_ || term_ == 0 || maxCommitAge_ > MAX_DURATION
                || term_ > MAX_DURATION || gracePeriod_ > MAX_DURATION || releaseCooldown_ > MAX_DURATION
                || depositAmount_ > type(uint128).max
        ) revert InvalidParameters();
        minCommitAge = minCommitAge_;
        maxCommitAge = maxCommitAge_;
        term = term_;
        gracePeriod = gracePeriod_;
        releaseCooldown = releaseCooldown_;
        // forge-lint: disable-next-line(unsafe-typecast)
        depositAmount = uint128(depositAmount_); // checked above
        emit ParametersSet(minCommitAge_, maxCommitAge_, term_, gracePeriod_, releaseCooldown_, depositAmount_);
    }

    function _setPremium(uint256 start, uint64 halfLife, uint64 duration, address recipient) private {
        if (
            start > type(uint128).max || (start != 0 && halfLife == 0) || halfLife > MAX_DURATION
                || duration > MAX_DURATION || recipient == address(0)
        ) revert InvalidParameters();
        // forge-lint: disable-next-line(unsafe-typecast)
        premiumStart = uint128(start); // checked above
        premiumHalfLife = halfLife;
        premiumDuration = duration;
        premiumRecipient = recipient;
        emit PremiumSet(start, halfLife, duration, recipient);
    }

    /// @dev Premium now for a number claimable since `from` (0: never owned, no premium): start
    /// halved per elapsed half-life, linear between halvings, 0 from `premiumDuration` on.
    function _premiumAt(uint64 from) private view returns (uint256 p) {
        uint256 start = premiumStart;
        if (start == 0 || from == 0 || block.timestamp < from) return 0;
        uint256 elapsed = block.timestamp - from;
        if (elapsed >= premiumDuration) return 0;
        uint256 h = premiumHalfLife;
        uint256 halvings = elapsed / h;
        if (halvings >= 128) return 0;
        p = start >> halvings;
        p -= p * (elapsed % h) / (2 * h);
    }

    /// @dev "+" then 1-15 ASCII digits, the first not "0".
    function _isValid(bytes calldata b) private pure returns (bool) {
        uint256 len = b.length;
        if (len < 2 || len > 16 || b[0] != "+" || b[1] == "0") return false;
        for (uint256 i = 1; i < len; ++i) {
            if (b[i] < "0" || b[i] > "9") return false;
        }
        return true;
    }

    /// @dev Validate E.164 and return its digits as an integer (reversible: no leading zero).
    function _parse(string calldata e164) private pure returns (uint64 digits) {
        if (!_isValid(bytes(e164))) revert InvalidNumber(e164);
        bytes calldata b = bytes(e164);
        for (uint256 i = 1; i < b.length; ++i) {
            digits = digits * 10 + (uint8(b[i]) - 0x30);
        }
    }

    function _e164(uint64 digits) private pure returns (string memory) {
        return string.concat("+", Strings.toString(digits));
    }

    function _isLive(Number storage n) private view returns (bool) {
        return n.owner != address(0) && block.timestamp < uint256(n.expires) + gracePeriod;
    }

    function _liveOwner(Number storage n) private view returns (address) {
        return _isLive(n) ? n.owner : address(0);
    }

    function _requireOwner(bytes32 node, Number storage n) private view {
        if (n.owner != msg.sender || !_isLive(n)) revert NotNumberOwner(node, msg.sender);
    }

    function _ownedRecords(string calldata e164) private view returns (bytes32 node, Records storage r) {
        node = keccak256(bytes(e164));
        Number storage n = _numbers[node];
        _requireOwner(node, n);
        r = _records[node][n.epoch];
    }

    /// @dev Consume `node`'s port nonce and check both signatures over the Port struct.
    function _checkPortSignatures(
        bytes32 node,
        address owner,
        address toOperator,
        bytes32 sipUriHash,
        uint256 deadline,
        bytes calldata ownerSig,
        bytes calldata operatorSig
    ) private {
        uint256 nonce = _portNonces[node]++;
        bytes32 digest =
            _hashTypedDataV4(keccak256(abi.encode(PORT_TYPEHASH, node, toOperator, sipUriHash, nonce, deadline)));
        if (!SignatureChecker.isValidSignatureNowCalldata(owner, digest, ownerSig)) revert InvalidOwnerSignature();
        if (!SignatureChecker.isValidSignatureNowCalldata(toOperator, digest, operatorSig)) {
            revert InvalidOperatorSignature();
        }
    }

    function _portRoute(bytes32 node, uint32 epoch, string calldata e164, address toOperator, string calldata sipUri)
        private
    {
        Records storage r = _records[node][epoch];
        address fromOperator = r.operator;
        r.operator = toOperator;
        r.sipUri = sipUri;
        emit NumberPorted(node, e164, fromOperator, toOperator, sipUri);
    }

    /// @dev Clear a lapsed registration (effects only); the caller pays the refund to the former owner.
    /// A registration held by a dispute keeps its deposit in escrow for the dispute (refund 0).
    /// The number counts as claimable again from the end of its grace period (premium clock).
    function _lapse(bytes32 node, Number storage n, string calldata e164) private returns (uint256 refund) {
        address former = n.owner;
        refund = n.deposit;
        uint32 epoch = n.epoch;
        Hold storage h = _holds[node][epoch];
        if (h.count != 0 && refund != 0) {
            // forge-lint: disable-next-line(unsafe-typecast)
            h.escrow = uint128(refund); // a deposit is uint128
            emit DepositEscrowed(node, epoch, former, refund);
            refund = 0;
        }
        n.availableAt = uint64(uint256(n.expires) + gracePeriod);
        n.owner = address(0);
        n.expires = 0;
        n.deposit = 0;
        n.epoch = epoch + 1;
        emit NumberExpired(node, e164, former, refund);
    }

    /// @dev Clear a registration on release (effects only) and start the cooldown.
    function _clear(Number storage n) private returns (uint64 availableAt) {
        availableAt = uint64(block.timestamp) + releaseCooldown;
        n.owner = address(0);
        n.expires = 0;
        n.deposit = 0;
        n.availableAt = availableAt;
        ++n.epoch;
    }
}
