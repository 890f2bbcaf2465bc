// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test, Vm} from "forge-std/Test.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {NumberRegistry} from "../contracts/NumberRegistry.sol";
import {INumberRegistry} from "../contracts/interfaces/INumberRegistry.sol";
import {MockDOTS} from "./numreg/MockDOTS.sol";

/// @dev A minimal smart-contract wallet: owns numbers, approves ERC-1271 digests one by one.
contract Wallet1271 is IERC1271 {
    mapping(bytes32 => bool) public approved;

    function approve(bytes32 digest) external {
        approved[digest] = true;
    }

    function isValidSignature(bytes32 digest, bytes memory) external view returns (bytes4) {
        return approved[digest] ? IERC1271.isValidSignature.selector : bytes4(0xffffffff);
    }

    function exec(address target, bytes calldata data) external returns (bytes memory) {
        (bool ok, bytes memory ret) = target.call(data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }
}

contract NumberRegistryTest is Test {
    // Mirrors of the registry's events, for expectEmit.
    event NumberCommitted(bytes32 indexed commitment, address indexed committer, uint256 timestamp);
    event NumberClaimed(bytes32 indexed node, string e164, address indexed owner, uint64 expires, uint256 deposit);
    event NumberRenewed(bytes32 indexed node, string e164, address indexed owner, uint64 expires, address renewer);
    event NumberReleased(
        bytes32 indexed node, string e164, address indexed owner, uint256 refund, bool forced, uint64 availableAt
    );
    event NumberExpired(bytes32 indexed node, string e164, address indexed formerOwner, uint256 refund);
    event NumberTransferred(bytes32 indexed node, string e164, address indexed from, address indexed to);
    event NumberPorted(
        bytes32 indexed node, string e164, address indexed fromOperator, address indexed toOperator, string sipUri
    );
    event RouteSet(bytes32 indexed node, string e164, address indexed operator, string sipUri);
    event CnamSet(bytes32 indexed node, string e164, string cnam);
    event FeaturesSet(bytes32 indexed node, string e164, uint8 features);
    event CallerBlocked(bytes32 indexed node, string e164, bytes32 indexed callerHash);
    event CallerUnblocked(bytes32 indexed node, string e164, bytes32 indexed callerHash);
    event ParametersSet(
        uint64 minCommitAge,
        uint64 maxCommitAge,
        uint64 term,
        uint64 gracePeriod,
        uint64 releaseCooldown,
        uint256 depositAmount
    );

    uint64 constant MIN_AGE = 60;
    uint64 constant MAX_AGE = 1 days;
    uint64 constant TERM = 365 days;
    uint64 constant GRACE = 30 days;
    uint64 constant COOLDOWN = 7 days;
    uint256 constant DEPOSIT = 100e18;

    string constant NUM = "+14155550123";
    string constant NUM2 = "+442071838750";
    bytes32 constant SECRET = keccak256("secret");
    bytes32 constant CALLER = keccak256(bytes("+15005550006"));
    uint256 constant DL = 2_000_000_000; // route-consent deadline used by the helpers

    MockDOTS dots;
    NumberRegistry reg;

    address admin = makeAddr("admin");
    address disputer = makeAddr("disputer");
    address alice;
    uint256 aliceKey;
    address bob;
    uint256 bobKey;
    address carol = makeAddr("carol");
    address stranger = makeAddr("stranger");
    address opA;
    uint256 opAKey;
    address opB;
    uint256 opBKey;

    function setUp() public {
        (alice, aliceKey) = makeAddrAndKey("alice");
        (bob, bobKey) = makeAddrAndKey("bob");
        (opA, opAKey) = makeAddrAndKey("operatorA");
        (opB, opBKey) = makeAddrAndKey("operatorB");
        vm.warp(1_700_000_000);

        dots = new MockDOTS();
        reg = new NumberRegistry(admin, address(dots));
        vm.startPrank(admin);
        reg.grantRole(reg.DISPUTE_ROLE(), disputer);
        reg.setParameters(MIN_AGE, MAX_AGE, TERM, GRACE, COOLDOWN, DEPOSIT);
        reg.setPremium(0, 0, 0, admin); // premiums have their own tests
        vm.stopPrank();

        address[3] memory users = [alice, bob, carol];
        for (uint256 i; i < users.length; ++i) {
            dots.mint(users[i], 1_000e18);
            vm.prank(users[i]);
            dots.approve(address(reg), type(uint256).max);
        }
    }

    // ------------------------------------------------------------ helpers

    function _node(string memory e164) internal pure returns (bytes32) {
        return keccak256(bytes(e164));
    }

    function _commit(address who, string memory e164, bytes32 secret) internal returns (bytes32 c) {
        c = reg.makeCommitment(e164, who, secret);
        vm.prank(who);
        reg.commit(c);
    }

    /// Commit, wait the minimum age, claim.
    function _claim(address who, string memory e164) internal returns (uint64 expires) {
        bytes32 secret = keccak256(abi.encode(who, e164, block.timestamp));
        _commit(who, e164, secret);
        vm.warp(block.timestamp + reg.minCommitAge());
        vm.prank(who);
        expires = reg.claim(e164, secret);
    }

    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function _portSigs(
        uint256 ownerKey,
        uint256 operatorKey,
        string memory e164,
        address toOperator,
        string memory sipUri,
        uint256 deadline
    ) internal view returns (bytes memory ownerSig, bytes memory operatorSig) {
        bytes32 digest = reg.portDigest(_node(e164), toOperator, sipUri, deadline);
        ownerSig = _sign(ownerKey, digest);
        operatorSig = _sign(operatorKey, digest);
    }

    /// Independent computation of the EIP-712 port digest (checks portDigest and the domain).
    function _expectedPortDigest(bytes32 node, address toOp, string memory sipUri, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("DOTS NumberRegistry"),
                keccak256("1"),
                block.chainid,
                address(reg)
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Port(bytes32 node,address toOperator,bytes32 sipUriHash,uint256 nonce,uint256 deadline)"),
                node,
                toOp,
                keccak256(bytes(sipUri)),
                nonce,
                deadline
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    /// The operator's consent to route `e164` to it at `uri` (current nonce, deadline DL).
    function _consent(uint256 opKey, string memory e164, address op, string memory uri)
        internal
        view
        returns (bytes memory)
    {
        return _sign(opKey, _expectedPortDigest(_node(e164), op, uri, reg.portNonce(_node(e164)), DL));
    }

    /// `who` routes `e164` to opA or opB (with the operator's consent) or to a bare URI.
    function _route(address who, string memory e164, address op, string memory uri) internal {
        bytes memory sig = op == address(0) ? bytes("") : _consent(op == opA ? opAKey : opBKey, e164, op, uri);
        vm.prank(who);
        reg.setRoute(e164, op, uri, DL, sig);
    }

    /// The dispute role holds the current registration of `e164`.
    function _hold(string memory e164) internal returns (address owner, uint32 epoch) {
        vm.prank(disputer);
        (owner, epoch) = reg.holdForDispute(_node(e164));
    }

    function _setAllRecords(address who, string memory e164) internal {
        vm.startPrank(who);
        reg.setRoute(e164, opA, "sip:alice@a.example", DL, _consent(opAKey, e164, opA, "sip:alice@a.example"));
        reg.setCnam(e164, "ALICE");
        reg.setFeatures(e164, 0x3f);
        reg.blockCaller(e164, CALLER);
        vm.stopPrank();
    }

    function _assertNoRecords(string memory e164) internal view {
        (address op, string memory uri) = reg.routeOf(e164);
        assertEq(op, address(0), "route operator");
        assertEq(bytes(uri).length, 0, "route uri");
        assertEq(bytes(reg.cnamOf(e164)).length, 0, "cnam");
        assertEq(reg.featuresOf(e164), 0, "features");
        assertFalse(reg.isBlocked(e164, CALLER), "blocked");
    }

    function _assertAllRecords(string memory e164) internal view {
        (address op, string memory uri) = reg.routeOf(e164);
        assertEq(op, opA);
        assertEq(uri, "sip:alice@a.example");
        assertEq(reg.cnamOf(e164), "ALICE");
        assertEq(reg.featuresOf(e164), 0x3f);
        assertTrue(reg.isBlocked(e164, CALLER));
    }

    // ------------------------------------------------------------ constructor and parameters

    function test_Constructor_RolesTokenAndDefaults() public {
        NumberRegistry r = new NumberRegistry(admin, address(dots));
        assertTrue(r.hasRole(r.DEFAULT_ADMIN_ROLE(), admin));
        assertTrue(r.hasRole(r.GOVERNOR_ROLE(), admin));
        assertFalse(r.hasRole(r.DISPUTE_ROLE(), admin));
        assertFalse(r.hasRole(r.DEFAULT_ADMIN_ROLE(), address(this)));
        assertEq(address(r.token()), address(dots));
        assertEq(r.minCommitAge(), 60);
        assertEq(r.maxCommitAge(), 1 days);
        assertEq(r.term(), 365 days);
        assertEq(r.gracePeriod(), 30 days);
        assertEq(r.releaseCooldown(), 7 days);
        assertEq(r.depositAmount(), 50e18, "non-zero default deposit");
        assertEq(r.premiumStart(), 10_000e18);
        assertEq(r.premiumHalfLife(), 1 days);
        assertEq(r.premiumDuration(), 21 days);
        assertEq(r.premiumRecipient(), r.BURN_ADDRESS());
    }

    function test_Constructor_EmitsDefaultParameters() public {
        vm.expectEmit();
        emit ParametersSet(60, 1 days, 365 days, 30 days, 7 days, 50e18);
        new NumberRegistry(admin, address(dots));
    }

    function test_Constructor_RevertsOnZeroAdmin() public {
        vm.expectRevert(NumberRegistry.ZeroAddress.selector);
        new NumberRegistry(address(0), address(dots));
    }

    function test_Constructor_RevertsOnZeroToken() public {
        vm.expectRevert(NumberRegistry.ZeroAddress.selector);
        new NumberRegistry(admin, address(0));
    }

    function test_SetParameters_SetsAndEmits() public {
        vm.expectEmit(address(reg));
        emit ParametersSet(1, 2, 3, 4, 5, 6);
        vm.prank(admin);
        reg.setParameters(1, 2, 3, 4, 5, 6);
        assertEq(reg.minCommitAge(), 1);
        assertEq(reg.maxCommitAge(), 2);
        assertEq(reg.term(), 3);
        assertEq(reg.gracePeriod(), 4);
        assertEq(reg.releaseCooldown(), 5);
        assertEq(reg.depositAmount(), 6);
    }

    function test_SetParameters_AcceptsEqualMinMaxAndZeroMinGraceCooldownDeposit() public {
        vm.startPrank(admin);
        reg.setParameters(10, 10, 1, 0, 0, 0);
        reg.setParameters(0, 1, 1, 0, 0, 0);
        uint64 m = reg.MAX_DURATION();
        reg.setParameters(m, m, m, m, m, type(uint128).max);
        vm.stopPrank();
        assertEq(reg.depositAmount(), type(uint128).max);
    }

    function test_SetParameters_RevertsForStranger() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, reg.GOVERNOR_ROLE()
            )
        );
        vm.prank(stranger);
        reg.setParameters(1, 2, 3, 4, 5, 6);
    }

    function test_SetParameters_RevertsForDisputeRole() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, disputer, reg.GOVERNOR_ROLE()
            )
        );
        vm.prank(disputer);
        reg.setParameters(1, 2, 3, 4, 5, 6);
    }

    function test_SetParameters_RevertsOnInvalid() public {
        uint64 m = reg.MAX_DURATION();
        vm.startPrank(admin);
        vm.expectRevert(NumberRegistry.InvalidParameters.selector);
        reg.setParameters(0, 0, 1, 1, 1, 0); // max age 0
        vm.expectRevert(NumberRegistry.InvalidParameters.selector);
        reg.setParameters(11, 10, 1, 1, 1, 0); // min > max
        vm.expectRevert(NumberRegistry.InvalidParameters.selector);
        reg.setParameters(1, 10, 0, 1, 1, 0); // term 0
        vm.expectRevert(NumberRegistry.InvalidParameters.selector);
        reg.setParameters(1, 10, 1, 1, 1, uint256(type(uint128).max) + 1); // deposit too big
        vm.expectRevert(NumberRegistry.InvalidParameters.selector);
        reg.setParameters(1, m + 1, 1, 1, 1, 0);
        vm.expectRevert(NumberRegistry.InvalidParameters.selector);
        reg.setParameters(1, 10, m + 1, 1, 1, 0);
        vm.expectRevert(NumberRegistry.InvalidParameters.selector);
        reg.setParameters(1, 10, 1, m + 1, 1, 0);
        vm.expectRevert(NumberRegistry.InvalidParameters.selector);
        reg.setParameters(1, 10, 1, 1, m + 1, 0);
        vm.stopPrank();
        assertEq(reg.term(), TERM, "unchanged");
    }

    function test_GrantedGovernorCanSetParameters() public {
        bytes32 role = reg.GOVERNOR_ROLE();
        vm.prank(admin);
        reg.grantRole(role, carol);
        vm.prank(carol);
        reg.setParameters(1, 2, 3, 4, 5, 6);
        assertEq(reg.term(), 3);
    }

    function test_SupportsInterfaceAccessControl() public view {
        assertTrue(reg.supportsInterface(type(IAccessControl).interfaceId));
    }

    // ------------------------------------------------------------ makeCommitment / commit

    function test_MakeCommitment_BindsNumberOwnerAndSecret() public view {
        bytes32 c = reg.makeCommitment(NUM, alice, SECRET);
        assertEq(c, keccak256(abi.encode(_node(NUM), alice, SECRET)));
        assertTrue(c != reg.makeCommitment(NUM2, alice, SECRET));
        assertTrue(c != reg.makeCommitment(NUM, bob, SECRET));
        assertTrue(c != reg.makeCommitment(NUM, alice, bytes32(uint256(SECRET) ^ 1)));
    }

    function test_Commit_StoresAndEmits() public {
        bytes32 c = reg.makeCommitment(NUM, alice, SECRET);
        vm.expectEmit(address(reg));
        emit NumberCommitted(c, alice, block.timestamp);
        vm.prank(alice);
        reg.commit(c);
        assertEq(reg.commitmentTime(c), block.timestamp);
    }

    function test_Commit_RefusesRecommitOfLiveCommitmentUpToMaxAgeInclusive() public {
        bytes32 c = _commit(alice, NUM, SECRET);
        uint256 t0 = block.timestamp;

        // anyone (e.g. a griefer who copied the hash) trying to reset the timer is refused...
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.CommitmentStillLive.selector, c, t0));
        vm.prank(stranger);
        reg.commit(c);
        // ...up to and including the last second the commitment can still be revealed
        vm.warp(t0 + MAX_AGE);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.CommitmentStillLive.selector, c, t0));
        vm.prank(alice);
        reg.commit(c);
        assertEq(reg.commitmentTime(c), t0);

        // one second later it has expired and may be stored anew
        vm.warp(t0 + MAX_AGE + 1);
        vm.prank(alice);
        reg.commit(c);
        assertEq(reg.commitmentTime(c), t0 + MAX_AGE + 1);
    }

    // ------------------------------------------------------------ claim

    function test_Claim_SetsOwnerExpiryDepositAndEmits() public {
        bytes32 c = _commit(alice, NUM, SECRET);
        vm.warp(block.timestamp + MIN_AGE);
        uint64 expect = uint64(block.timestamp) + TERM;

        vm.expectEmit(address(reg));
        emit NumberClaimed(_node(NUM), NUM, alice, expect, DEPOSIT);
        vm.prank(alice);
        uint64 expires = reg.claim(NUM, SECRET);

        assertEq(expires, expect);
        assertEq(reg.ownerOf(NUM), alice);
        assertEq(reg.ownerOfNode(_node(NUM)), alice);
        assertEq(reg.expiresOf(NUM), expect);
        assertEq(reg.depositOf(NUM), DEPOSIT);
        assertEq(dots.balanceOf(address(reg)), DEPOSIT);
        assertEq(dots.balanceOf(alice), 1_000e18 - DEPOSIT);
        assertEq(reg.commitmentTime(c), 0, "commitment deleted on use");
        (address registrant,, uint256 dep,, uint32 epoch, bool live, string memory e164) = reg.numberInfo(_node(NUM));
        assertEq(registrant, alice);
        assertEq(dep, DEPOSIT);
        assertEq(epoch, 0);
        assertTrue(live);
        assertEq(e164, NUM);
    }

    function test_Claim_WithZeroDepositNeedsNoApproval() public {
        vm.prank(admin);
        reg.setParameters(MIN_AGE, MAX_AGE, TERM, GRACE, COOLDOWN, 0);
        _claim(stranger, NUM); // stranger holds no tokens and approved nothing
        assertEq(reg.ownerOf(NUM), stranger);
        assertEq(reg.depositOf(NUM), 0);
        assertEq(dots.balanceOf(address(reg)), 0);
    }

    function test_Claim_RevertsWithoutAllowance() public {
        _commit(stranger, NUM, SECRET);
        vm.warp(block.timestamp + MIN_AGE);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(reg), 0, DEPOSIT)
        );
        vm.prank(stranger);
        reg.claim(NUM, SECRET);
    }

    function test_Claim_RevertsOnInvalidNumber() public {
        string memory bad = "+0123";
        _commit(alice, bad, SECRET);
        vm.warp(block.timestamp + MIN_AGE);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.InvalidNumber.selector, bad));
        vm.prank(alice);
        reg.claim(bad, SECRET);
    }

    function test_Claim_RevertsWithoutCommitment() public {
        bytes32 c = reg.makeCommitment(NUM, alice, SECRET);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.CommitmentNotFound.selector, c));
        vm.prank(alice);
        reg.claim(NUM, SECRET);
    }

    function test_Claim_CommitmentAgeEdges() public {
        bytes32 c = _commit(alice, NUM, SECRET);
        uint256 t0 = block.timestamp;

        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.CommitmentTooNew.selector, c, 0));
        vm.prank(alice);
        reg.claim(NUM, SECRET);

        vm.warp(t0 + MIN_AGE - 1);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.CommitmentTooNew.selector, c, MIN_AGE - 1));
        vm.prank(alice);
        reg.claim(NUM, SECRET);

        vm.warp(t0 + MIN_AGE); // age == min: accepted
        vm.prank(alice);
        reg.claim(NUM, SECRET);
        assertEq(reg.ownerOf(NUM), alice);
    }

    function test_Claim_AcceptsAgeEqualToMax() public {
        _commit(alice, NUM, SECRET);
        vm.warp(block.timestamp + MAX_AGE);
        vm.prank(alice);
        reg.claim(NUM, SECRET);
        assertEq(reg.ownerOf(NUM), alice);
    }

    function test_Claim_RevertsWhenAgeAboveMax() public {
        bytes32 c = _commit(alice, NUM, SECRET);
        vm.warp(block.timestamp + MAX_AGE + 1);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.CommitmentTooOld.selector, c, MAX_AGE + 1));
        vm.prank(alice);
        reg.claim(NUM, SECRET);
    }

    function test_Claim_CommitmentCannotBeUsedTwice() public {
        bytes32 c = _commit(alice, NUM, SECRET);
        vm.warp(block.timestamp + MIN_AGE);
        vm.startPrank(alice);
        reg.claim(NUM, SECRET);
        reg.release(NUM);
        vm.warp(block.timestamp + COOLDOWN);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.CommitmentNotFound.selector, c));
        reg.claim(NUM, SECRET);
        vm.stopPrank();
    }

    function test_Claim_RevertsWhenOwnedByAnother() public {
        _claim(alice, NUM);
        _commit(bob, NUM, SECRET);
        vm.warp(block.timestamp + MIN_AGE);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NumberNotAvailable.selector, _node(NUM)));
        vm.prank(bob);
        reg.claim(NUM, SECRET);
    }

    function test_Claim_RevertsWhenOwnedBySelf() public {
        _claim(alice, NUM);
        _commit(alice, NUM, SECRET);
        vm.warp(block.timestamp + MIN_AGE);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NumberNotAvailable.selector, _node(NUM)));
        vm.prank(alice);
        reg.claim(NUM, SECRET);
    }

    /// The mempool attack: an attacker sees alice's reveal and copies its arguments.
    function test_Claim_FrontRunningTheRevealFails() public {
        bytes32 c = _commit(alice, NUM, SECRET);
        vm.warp(block.timestamp + MIN_AGE);

        // 1. copying claim(NUM, SECRET) from the mempool: the commitment binds alice, not the attacker
        bytes32 attackers = reg.makeCommitment(NUM, stranger, SECRET);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.CommitmentNotFound.selector, attackers));
        vm.prank(stranger);
        reg.claim(NUM, SECRET);

        // 2. committing for itself and revealing in the same block: too new
        bytes32 own = _commit(stranger, NUM, SECRET);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.CommitmentTooNew.selector, own, 0));
        vm.prank(stranger);
        reg.claim(NUM, SECRET);

        // 3. re-committing alice's commitment to reset her timer: refused
        vm.expectRevert(
            abi.encodeWithSelector(NumberRegistry.CommitmentStillLive.selector, c, block.timestamp - MIN_AGE)
        );
        vm.prank(stranger);
        reg.commit(c);

        // alice's reveal still goes through
        vm.prank(alice);
        reg.claim(NUM, SECRET);
        assertEq(reg.ownerOf(NUM), alice);
    }

    function test_Claim_LapsedNumberRefundsFormerOwnerAndClearsRecords() public {
        uint64 expires = _claim(alice, NUM);
        _setAllRecords(alice, NUM);
        bytes32 secret2 = keccak256("bob2");
        vm.warp(uint256(expires) + GRACE - 1 - MIN_AGE);
        _commit(bob, NUM, secret2);

        // last second of grace: still alice's
        vm.warp(uint256(expires) + GRACE - 1);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NumberNotAvailable.selector, _node(NUM)));
        vm.prank(bob);
        reg.claim(NUM, secret2);
        // first second after grace: anyone may claim
        vm.warp(uint256(expires) + GRACE);

        uint256 aliceBefore = dots.balanceOf(alice);
        uint256 bobBefore = dots.balanceOf(bob);
        vm.expectEmit(address(reg));
        emit NumberExpired(_node(NUM), NUM, alice, DEPOSIT);
        vm.expectEmit(address(reg));
        emit NumberClaimed(_node(NUM), NUM, bob, uint64(block.timestamp) + TERM, DEPOSIT);
        vm.prank(bob);
        reg.claim(NUM, secret2);

        assertEq(reg.ownerOf(NUM), bob);
        assertEq(dots.balanceOf(alice), aliceBefore + DEPOSIT, "alice refunded");
        assertEq(dots.balanceOf(bob), bobBefore - DEPOSIT);
        assertEq(dots.balanceOf(address(reg)), DEPOSIT);
        _assertNoRecords(NUM);
        (,,,, uint32 epoch,,) = reg.numberInfo(_node(NUM));
        assertEq(epoch, 1);
    }

    function test_Claim_ReleasedNumberWaitsCooldown() public {
        _claim(alice, NUM);
        vm.prank(alice);
        reg.release(NUM);
        uint64 availableAt = uint64(block.timestamp) + COOLDOWN;
        assertFalse(reg.isAvailable(NUM));

        vm.warp(availableAt - MIN_AGE - 1);
        _commit(bob, NUM, SECRET);
        vm.warp(availableAt - 1);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NumberCoolingDown.selector, _node(NUM), availableAt));
        vm.prank(bob);
        reg.claim(NUM, SECRET);

        vm.warp(availableAt);
        assertTrue(reg.isAvailable(NUM));
        vm.prank(bob);
        reg.claim(NUM, SECRET);
        assertEq(reg.ownerOf(NUM), bob);
    }

    function test_Claim_UsesDepositInForceAtClaimTime() public {
        _claim(alice, NUM);
        vm.prank(admin);
        reg.setParameters(MIN_AGE, MAX_AGE, TERM, GRACE, COOLDOWN, 7e18);
        _claim(bob, NUM2);
        assertEq(reg.depositOf(NUM), DEPOSIT);
        assertEq(reg.depositOf(NUM2), 7e18);
        uint256 before = dots.balanceOf(alice);
        vm.prank(alice);
        reg.release(NUM);
        assertEq(dots.balanceOf(alice), before + DEPOSIT, "refund is what was paid");
        assertEq(dots.balanceOf(address(reg)), 7e18);
    }

    // ------------------------------------------------------------ renew

    function test_Renew_ByAnyoneExtendsByTerm() public {
        uint64 expires = _claim(alice, NUM);
        vm.expectEmit(address(reg));
        emit NumberRenewed(_node(NUM), NUM, alice, expires + TERM, stranger);
        vm.prank(stranger);
        uint64 renewed = reg.renew(NUM);
        assertEq(renewed, expires + TERM);
        assertEq(reg.expiresOf(NUM), expires + TERM);
        assertEq(reg.ownerOf(NUM), alice, "owner unchanged");
    }

    function test_Renew_RefusedWhenMoreThanOneTermAhead() public {
        uint64 expires = _claim(alice, NUM);
        reg.renew(NUM); // now runs two terms ahead
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.RenewalTooEarly.selector, _node(NUM), expires + TERM));
        reg.renew(NUM);
        // once no more than one term remains, renewal works again
        vm.warp(expires); // (expires + TERM) - now == TERM
        reg.renew(NUM);
        assertEq(reg.expiresOf(NUM), expires + 2 * TERM);
    }

    function test_Renew_GraceEdges() public {
        uint64 expires = _claim(alice, NUM);
        vm.warp(expires); // expired, in grace: still owned
        assertEq(reg.ownerOf(NUM), alice);
        vm.warp(uint256(expires) + GRACE - 1); // last second of grace
        assertEq(reg.ownerOf(NUM), alice);
        reg.renew(NUM);
        assertEq(reg.expiresOf(NUM), expires + TERM);
        assertEq(reg.ownerOf(NUM), alice);
    }

    function test_Renew_RevertsAfterGrace() public {
        uint64 expires = _claim(alice, NUM);
        vm.warp(uint256(expires) + GRACE);
        assertEq(reg.ownerOf(NUM), address(0));
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NumberNotLive.selector, _node(NUM)));
        reg.renew(NUM);
    }

    function test_Renew_RevertsForUnregistered() public {
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NumberNotLive.selector, _node(NUM)));
        reg.renew(NUM);
    }

    // ------------------------------------------------------------ release

    function test_Release_RefundsClearsRecordsAndStartsCooldown() public {
        _claim(alice, NUM);
        _setAllRecords(alice, NUM);
        _assertAllRecords(NUM);
        uint256 before = dots.balanceOf(alice);

        vm.expectEmit(address(reg));
        emit NumberReleased(_node(NUM), NUM, alice, DEPOSIT, false, uint64(block.timestamp) + COOLDOWN);
        vm.prank(alice);
        reg.release(NUM);

        assertEq(dots.balanceOf(alice), before + DEPOSIT);
        assertEq(dots.balanceOf(address(reg)), 0);
        assertEq(reg.ownerOf(NUM), address(0));
        assertEq(reg.expiresOf(NUM), 0);
        assertEq(reg.depositOf(NUM), 0);
        _assertNoRecords(NUM);
        (address registrant,,, uint64 availableAt, uint32 epoch, bool live, string memory e164) =
            reg.numberInfo(_node(NUM));
        assertEq(registrant, address(0));
        assertEq(availableAt, block.timestamp + COOLDOWN);
        assertEq(epoch, 1);
        assertFalse(live);
        assertEq(bytes(e164).length, 0);

        // the same owner claiming it back starts with empty records
        vm.warp(block.timestamp + COOLDOWN);
        _claim(alice, NUM);
        _assertNoRecords(NUM);
    }

    function test_Release_RevertsForNonOwner() public {
        _claim(alice, NUM);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NotNumberOwner.selector, _node(NUM), bob));
        vm.prank(bob);
        reg.release(NUM);
    }

    function test_Release_RevertsForUnregistered() public {
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NotNumberOwner.selector, _node(NUM), alice));
        vm.prank(alice);
        reg.release(NUM);
    }

    function test_Release_RevertsAfterLapse() public {
        uint64 expires = _claim(alice, NUM);
        vm.warp(uint256(expires) + GRACE);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NotNumberOwner.selector, _node(NUM), alice));
        vm.prank(alice);
        reg.release(NUM);
    }

    function test_Release_AllowedDuringGrace() public {
        uint64 expires = _claim(alice, NUM);
        vm.warp(uint256(expires) + GRACE - 1);
        vm.prank(alice);
        reg.release(NUM);
        assertEq(reg.depositOf(NUM), 0);
    }

    // ------------------------------------------------------------ reclaimExpired

    function test_ReclaimExpired_RefundsAndClearsWithoutCooldown() public {
        uint64 expires = _claim(alice, NUM);
        _setAllRecords(alice, NUM);
        vm.warp(uint256(expires) + GRACE);
        uint256 before = dots.balanceOf(alice);

        vm.expectEmit(address(reg));
        emit NumberExpired(_node(NUM), NUM, alice, DEPOSIT);
        vm.prank(stranger);
        reg.reclaimExpired(NUM);

        assertEq(dots.balanceOf(alice), before + DEPOSIT);
        assertEq(dots.balanceOf(address(reg)), 0);
        assertEq(reg.depositOf(NUM), 0);
        assertTrue(reg.isAvailable(NUM), "no cooldown after a lapse");
        _claim(bob, NUM);
        assertEq(reg.ownerOf(NUM), bob);
        _assertNoRecords(NUM);
    }

    function test_ReclaimExpired_RevertsWhileLive() public {
        uint64 expires = _claim(alice, NUM);
        vm.warp(uint256(expires) + GRACE - 1);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NumberNotLapsed.selector, _node(NUM)));
        reg.reclaimExpired(NUM);
    }

    function test_ReclaimExpired_RevertsForUnregistered() public {
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NumberNotLapsed.selector, _node(NUM)));
        reg.reclaimExpired(NUM);
    }

    // ------------------------------------------------------------ forceRelease

    function test_ForceRelease_PaysRecipientClearsAndCoolsDown() public {
        _claim(alice, NUM);
        _setAllRecords(alice, NUM);
        address pot = makeAddr("disputePot");
        uint256 aliceBefore = dots.balanceOf(alice);

        (address owner, uint32 epoch) = _hold(NUM);
        assertEq(owner, alice);
        vm.expectEmit(address(reg));
        emit NumberReleased(_node(NUM), NUM, alice, DEPOSIT, true, uint64(block.timestamp) + COOLDOWN);
        vm.prank(disputer);
        assertTrue(INumberRegistry(address(reg)).forceRelease(_node(NUM), epoch, owner, pot));

        assertEq(dots.balanceOf(pot), DEPOSIT);
        assertEq(dots.balanceOf(alice), aliceBefore, "owner gets nothing back");
        assertEq(dots.balanceOf(address(reg)), 0);
        assertEq(reg.ownerOf(NUM), address(0));
        _assertNoRecords(NUM);
        assertFalse(reg.isAvailable(NUM));
        vm.warp(block.timestamp + COOLDOWN);
        assertTrue(reg.isAvailable(NUM));
    }

    function test_ForceRelease_RevertsForStranger() public {
        _claim(alice, NUM);
        bytes32 role = reg.DISPUTE_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        reg.forceRelease(_node(NUM), 0, alice, stranger);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        reg.holdForDispute(_node(NUM));
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        reg.releaseHold(_node(NUM), 0);
    }

    function test_ForceRelease_RevertsForOwnerAndGovernor() public {
        _claim(alice, NUM);
        bytes32 role = reg.DISPUTE_ROLE();
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, role));
        vm.prank(alice);
        reg.forceRelease(_node(NUM), 0, alice, alice);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, role));
        vm.prank(admin);
        reg.forceRelease(_node(NUM), 0, alice, admin);
    }

    function test_ForceRelease_RevertsOnZeroRecipient() public {
        _claim(alice, NUM);
        (address owner, uint32 epoch) = _hold(NUM);
        vm.expectRevert(NumberRegistry.ZeroAddress.selector);
        vm.prank(disputer);
        reg.forceRelease(_node(NUM), epoch, owner, address(0));
    }

    function test_ForceRelease_WithoutHoldReverts() public {
        _claim(alice, NUM);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NoDisputeHold.selector, _node(NUM), uint32(0)));
        vm.prank(disputer);
        reg.forceRelease(_node(NUM), 0, alice, disputer);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NoDisputeHold.selector, _node(NUM), uint32(0)));
        vm.prank(disputer);
        reg.releaseHold(_node(NUM), 0);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NumberNotLive.selector, _node(NUM2)));
        vm.prank(disputer);
        reg.holdForDispute(_node(NUM2));
        assertEq(reg.ownerOf(NUM), alice);
    }

    function test_ForceRelease_LapsedRegistration() public {
        uint64 expires = _claim(alice, NUM);
        (address owner, uint32 epoch) = _hold(NUM);
        vm.warp(uint256(expires) + GRACE + 1);
        vm.prank(disputer);
        reg.forceRelease(_node(NUM), epoch, owner, disputer);
        assertEq(dots.balanceOf(disputer), DEPOSIT);
        assertEq(reg.depositOf(NUM), 0);
    }

    // ------------------------------------------------------------ transfer

    function test_Transfer_MovesNumberWithRecordsAndDeposit() public {
        _claim(alice, NUM);
        _setAllRecords(alice, NUM);
        vm.expectEmit(address(reg));
        emit NumberTransferred(_node(NUM), NUM, alice, bob);
        vm.prank(alice);
        reg.transfer(NUM, bob);

        assertEq(reg.ownerOf(NUM), bob);
        _assertAllRecords(NUM);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NotNumberOwner.selector, _node(NUM), alice));
        vm.prank(alice);
        reg.setCnam(NUM, "X");

        uint256 bobBefore = dots.balanceOf(bob);
        vm.prank(bob);
        reg.release(NUM);
        assertEq(dots.balanceOf(bob), bobBefore + DEPOSIT, "deposit goes to the owner at release");
    }

    function test_Transfer_RevertsForNonOwner() public {
        _claim(alice, NUM);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NotNumberOwner.selector, _node(NUM), bob));
        vm.prank(bob);
        reg.transfer(NUM, bob);
    }

    function test_Transfer_RevertsToZero() public {
        _claim(alice, NUM);
        vm.expectRevert(NumberRegistry.ZeroAddress.selector);
        vm.prank(alice);
        reg.transfer(NUM, address(0));
    }

    function test_Transfer_RevertsAfterLapse() public {
        uint64 expires = _claim(alice, NUM);
        vm.warp(uint256(expires) + GRACE);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NotNumberOwner.selector, _node(NUM), alice));
        vm.prank(alice);
        reg.transfer(NUM, bob);
    }

    // ------------------------------------------------------------ port

    function _portSetup() internal returns (uint256 deadline) {
        _claim(alice, NUM);
        _route(alice, NUM, opA, "sip:+14155550123@a.example");
        deadline = block.timestamp + 1 hours;
    }

    function test_Port_ByAnyoneWithOwnerAndOperatorSignatures() public {
        uint256 deadline = _portSetup();
        string memory uri = "sip:+14155550123@b.example";
        assertEq(reg.portDigest(_node(NUM), opB, uri, deadline), _expectedPortDigest(_node(NUM), opB, uri, 2, deadline));
        (bytes memory os, bytes memory ps) = _portSigs(aliceKey, opBKey, NUM, opB, uri, deadline);

        vm.expectEmit(address(reg));
        emit NumberPorted(_node(NUM), NUM, opA, opB, uri);
        vm.prank(stranger); // a relayer; the donating operator opA takes no part
        reg.port(NUM, opB, uri, deadline, os, ps);

        (address op, string memory got) = reg.routeOf(NUM);
        assertEq(op, opB);
        assertEq(got, uri);
        assertEq(reg.portNonce(_node(NUM)), 3, "claim, setRoute and port each advance it");
        assertEq(reg.ownerOf(NUM), alice, "port does not change the owner");
        // the donating operator cannot undo it: records are the owner's alone
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NotNumberOwner.selector, _node(NUM), opA));
        vm.prank(opA);
        reg.setRoute(NUM, opA, "sip:back@a.example", DL, "");
    }

    function test_Port_ReplayAfterUseFails() public {
        uint256 deadline = _portSetup();
        string memory uri = "sip:x@b.example";
        (bytes memory os, bytes memory ps) = _portSigs(aliceKey, opBKey, NUM, opB, uri, deadline);
        reg.port(NUM, opB, uri, deadline, os, ps);
        // alice moves the route back herself, then someone replays the old port
        _route(alice, NUM, opA, "sip:a");
        vm.expectRevert(NumberRegistry.InvalidOwnerSignature.selector);
        reg.port(NUM, opB, uri, deadline, os, ps);
        (address op,) = reg.routeOf(NUM);
        assertEq(op, opA);
    }

    function test_Port_OtherChainIdFails() public {
        uint256 deadline = _portSetup();
        string memory uri = "sip:x@b.example";
        bytes32 domainHere = reg.DOMAIN_SEPARATOR();
        (bytes memory os, bytes memory ps) = _portSigs(aliceKey, opBKey, NUM, opB, uri, deadline);

        vm.chainId(block.chainid + 1);
        assertTrue(reg.DOMAIN_SEPARATOR() != domainHere, "chain id is in the domain");
        vm.expectRevert(NumberRegistry.InvalidOwnerSignature.selector);
        reg.port(NUM, opB, uri, deadline, os, ps);

        // signatures made for this other chain do work on it
        (os, ps) = _portSigs(aliceKey, opBKey, NUM, opB, uri, deadline);
        reg.port(NUM, opB, uri, deadline, os, ps);
        (address op,) = reg.routeOf(NUM);
        assertEq(op, opB);
    }

    function test_Port_DeadlineEdges() public {
        uint256 deadline = _portSetup();
        string memory uri = "sip:x@b.example";
        (bytes memory os, bytes memory ps) = _portSigs(aliceKey, opBKey, NUM, opB, uri, deadline);

        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.PortDeadlinePassed.selector, deadline));
        reg.port(NUM, opB, uri, deadline, os, ps);

        vm.warp(deadline); // the deadline itself is still valid
        reg.port(NUM, opB, uri, deadline, os, ps);
        (address op,) = reg.routeOf(NUM);
        assertEq(op, opB);
    }

    function test_Port_RevertsOnWrongOwnerSignature() public {
        uint256 deadline = _portSetup();
        string memory uri = "sip:x@b.example";
        (bytes memory os, bytes memory ps) = _portSigs(bobKey, opBKey, NUM, opB, uri, deadline);
        vm.expectRevert(NumberRegistry.InvalidOwnerSignature.selector);
        reg.port(NUM, opB, uri, deadline, os, ps);
    }

    function test_Port_RevertsOnWrongOperatorSignature() public {
        uint256 deadline = _portSetup();
        string memory uri = "sip:x@b.example";
        (bytes memory os, bytes memory ps) = _portSigs(aliceKey, opAKey, NUM, opB, uri, deadline);
        vm.expectRevert(NumberRegistry.InvalidOperatorSignature.selector);
        reg.port(NUM, opB, uri, deadline, os, ps);
    }

    function test_Port_RevertsWhenArgumentsDifferFromSigned() public {
        uint256 deadline = _portSetup();
        (bytes memory os, bytes memory ps) = _portSigs(aliceKey, opBKey, NUM, opB, "sip:x@b.example", deadline);
        vm.expectRevert(NumberRegistry.InvalidOwnerSignature.selector);
        reg.port(NUM, opB, "sip:evil@b.example", deadline, os, ps);
        vm.expectRevert(NumberRegistry.InvalidOwnerSignature.selector);
        reg.port(NUM, opB, "sip:x@b.example", deadline + 1, os, ps);
        vm.expectRevert(NumberRegistry.InvalidOwnerSignature.selector);
        reg.port(NUM, opA, "sip:x@b.example", deadline, os, ps);
    }

    function test_Port_RevertsOnMalformedSignature() public {
        uint256 deadline = _portSetup();
        (, bytes memory ps) = _portSigs(aliceKey, opBKey, NUM, opB, "sip:x", deadline);
        vm.expectRevert(NumberRegistry.InvalidOwnerSignature.selector);
        reg.port(NUM, opB, "sip:x", deadline, hex"1234", ps);
    }

    function test_Port_OldOwnerSignatureFailsAfterTransfer() public {
        uint256 deadline = _portSetup();
        (bytes memory os, bytes memory ps) = _portSigs(aliceKey, opBKey, NUM, opB, "sip:x", deadline);
        vm.prank(alice);
        reg.transfer(NUM, bob);
        vm.expectRevert(NumberRegistry.InvalidOwnerSignature.selector);
        reg.port(NUM, opB, "sip:x", deadline, os, ps);
        (os, ps) = _portSigs(bobKey, opBKey, NUM, opB, "sip:x", deadline);
        reg.port(NUM, opB, "sip:x", deadline, os, ps);
    }

    function test_Port_RevertsOnZeroOperator() public {
        uint256 deadline = _portSetup();
        vm.expectRevert(NumberRegistry.ZeroAddress.selector);
        reg.port(NUM, address(0), "sip:x", deadline, "", "");
    }

    function test_Port_RevertsOnLongSipUri() public {
        uint256 deadline = _portSetup();
        string memory uri = string(new bytes(257));
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.SipUriTooLong.selector, 257));
        reg.port(NUM, opB, uri, deadline, "", "");
    }

    function test_Port_RevertsWhenNotLive() public {
        uint256 deadline = block.timestamp + 1;
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NumberNotLive.selector, _node(NUM)));
        reg.port(NUM, opB, "sip:x", deadline, "", "");
    }

    function test_Port_SmartWalletOwnerViaERC1271() public {
        Wallet1271 w = new Wallet1271();
        vm.prank(admin);
        reg.setParameters(MIN_AGE, MAX_AGE, TERM, GRACE, COOLDOWN, 0);
        bytes32 c = reg.makeCommitment(NUM, address(w), SECRET);
        w.exec(address(reg), abi.encodeCall(reg.commit, (c)));
        vm.warp(block.timestamp + MIN_AGE);
        w.exec(address(reg), abi.encodeCall(reg.claim, (NUM, SECRET)));
        assertEq(reg.ownerOf(NUM), address(w));

        uint256 deadline = block.timestamp + 100;
        bytes32 digest = reg.portDigest(_node(NUM), opB, "sip:w", deadline);
        bytes memory ps = _sign(opBKey, digest);
        vm.expectRevert(NumberRegistry.InvalidOwnerSignature.selector);
        reg.port(NUM, opB, "sip:w", deadline, "", ps);
        w.approve(digest);
        reg.port(NUM, opB, "sip:w", deadline, "", ps);
        (address op,) = reg.routeOf(NUM);
        assertEq(op, opB);
    }

    // ------------------------------------------------------------ records

    function test_SetRoute_SetsAndEmits() public {
        _claim(alice, NUM);
        bytes memory sig = _consent(opAKey, NUM, opA, "sip:alice@a.example");
        vm.expectEmit(address(reg));
        emit RouteSet(_node(NUM), NUM, opA, "sip:alice@a.example");
        vm.prank(alice);
        reg.setRoute(NUM, opA, "sip:alice@a.example", DL, sig);
        (address op, string memory uri) = reg.routeOfNode(_node(NUM));
        assertEq(op, opA);
        assertEq(uri, "sip:alice@a.example");
        // a bare SIP URI without a serving operator
        vm.prank(alice);
        reg.setRoute(NUM, address(0), "sip:alice@home.example", 0, "");
        (op, uri) = reg.routeOf(NUM);
        assertEq(op, address(0));
        assertEq(uri, "sip:alice@home.example");
    }

    function test_SetRoute_SipUriLengthEdge() public {
        _claim(alice, NUM);
        vm.startPrank(alice);
        reg.setRoute(NUM, opA, string(new bytes(256)), DL, _consent(opAKey, NUM, opA, string(new bytes(256))));
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.SipUriTooLong.selector, 257));
        reg.setRoute(NUM, opA, string(new bytes(257)), DL, "");
        vm.stopPrank();
    }

    function test_SetRoute_RevertsForNonOwner() public {
        _claim(alice, NUM);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NotNumberOwner.selector, _node(NUM), bob));
        vm.prank(bob);
        reg.setRoute(NUM, opB, "sip:bob", DL, "");
    }

    function test_SetCnam_SetsAndEmits() public {
        _claim(alice, NUM);
        vm.expectEmit(address(reg));
        emit CnamSet(_node(NUM), NUM, "ACME Corp ~ 123");
        vm.prank(alice);
        reg.setCnam(NUM, "ACME Corp ~ 123"); // 15 chars, includes 0x20 and 0x7e
        assertEq(reg.cnamOf(NUM), "ACME Corp ~ 123");
        vm.prank(alice);
        reg.setCnam(NUM, "");
        assertEq(bytes(reg.cnamOf(NUM)).length, 0);
    }

    function test_SetCnam_RevertsOnLengthAndCharacters() public {
        _claim(alice, NUM);
        vm.startPrank(alice);
        vm.expectRevert(NumberRegistry.InvalidCnam.selector);
        reg.setCnam(NUM, "ABCDEFGHIJKLMNOP"); // 16
        vm.expectRevert(NumberRegistry.InvalidCnam.selector);
        reg.setCnam(NUM, string(abi.encodePacked("A", bytes1(0x1f))));
        vm.expectRevert(NumberRegistry.InvalidCnam.selector);
        reg.setCnam(NUM, string(abi.encodePacked("A", bytes1(0x7f))));
        vm.expectRevert(NumberRegistry.InvalidCnam.selector);
        reg.setCnam(NUM, unicode"Zoë");
        vm.stopPrank();
    }

    function test_SetCnam_RevertsForNonOwner() public {
        _claim(alice, NUM);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NotNumberOwner.selector, _node(NUM), bob));
        vm.prank(bob);
        reg.setCnam(NUM, "BOB");
    }

    function testFuzz_SetCnam_PrintableAsciiUpTo15(bytes memory cnam) public {
        _claim(alice, NUM);
        bool ok = cnam.length <= 15;
        for (uint256 i; i < cnam.length; ++i) {
            if (uint8(cnam[i]) < 0x20 || uint8(cnam[i]) > 0x7e) ok = false;
        }
        if (!ok) vm.expectRevert(NumberRegistry.InvalidCnam.selector);
        vm.prank(alice);
        reg.setCnam(NUM, string(cnam));
        if (ok) assertEq(bytes(reg.cnamOf(NUM)), cnam);
    }

    function test_SetFeatures_SetsAndEmits() public {
        _claim(alice, NUM);
        uint8 mask = reg.FEATURE_VOICE() | reg.FEATURE_SMS() | reg.FEATURE_RCS();
        assertEq(mask, 0x23);
        vm.expectEmit(address(reg));
        emit FeaturesSet(_node(NUM), NUM, mask);
        vm.prank(alice);
        reg.setFeatures(NUM, mask);
        assertEq(reg.featuresOf(NUM), mask);
    }

    function testFuzz_SetFeatures_HigherBitsRejected(uint8 mask) public {
        _claim(alice, NUM);
        if (mask > 0x3f) vm.expectRevert(abi.encodeWithSelector(NumberRegistry.InvalidFeatures.selector, mask));
        vm.prank(alice);
        reg.setFeatures(NUM, mask);
        if (mask <= 0x3f) assertEq(reg.featuresOf(NUM), mask);
    }

    function test_SetFeatures_RevertsForNonOwner() public {
        _claim(alice, NUM);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NotNumberOwner.selector, _node(NUM), bob));
        vm.prank(bob);
        reg.setFeatures(NUM, 1);
    }

    function test_BlockAndUnblockCaller() public {
        _claim(alice, NUM);
        bytes32 other = keccak256(bytes("+15005550007"));
        vm.expectEmit(address(reg));
        emit CallerBlocked(_node(NUM), NUM, CALLER);
        vm.prank(alice);
        reg.blockCaller(NUM, CALLER);
        assertTrue(reg.isBlocked(NUM, CALLER));
        assertTrue(reg.isBlockedNode(_node(NUM), CALLER));
        assertFalse(reg.isBlocked(NUM, other));
        assertFalse(reg.isBlocked(NUM2, CALLER));

        vm.expectEmit(address(reg));
        emit CallerUnblocked(_node(NUM), NUM, CALLER);
        vm.prank(alice);
        reg.unblockCaller(NUM, CALLER);
        assertFalse(reg.isBlocked(NUM, CALLER));
    }

    function test_BlockCaller_RevertsWhenAlreadyBlocked() public {
        _claim(alice, NUM);
        vm.startPrank(alice);
        reg.blockCaller(NUM, CALLER);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.CallerAlreadyBlocked.selector, _node(NUM), CALLER));
        reg.blockCaller(NUM, CALLER);
        vm.stopPrank();
    }

    function test_UnblockCaller_RevertsWhenNotBlocked() public {
        _claim(alice, NUM);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.CallerNotBlocked.selector, _node(NUM), CALLER));
        vm.prank(alice);
        reg.unblockCaller(NUM, CALLER);
    }

    function test_BlockCaller_RevertsForNonOwner() public {
        _claim(alice, NUM);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NotNumberOwner.selector, _node(NUM), bob));
        vm.prank(bob);
        reg.blockCaller(NUM, CALLER);
    }

    function test_UnblockCaller_RevertsForNonOwner() public {
        _claim(alice, NUM);
        vm.prank(alice);
        reg.blockCaller(NUM, CALLER);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NotNumberOwner.selector, _node(NUM), bob));
        vm.prank(bob);
        reg.unblockCaller(NUM, CALLER);
    }

    /// Records are served through grace, vanish the second a number lapses, and a long blocked
    /// list is cleared by release in constant gas.
    function test_Records_FollowExpiry() public {
        uint64 expires = _claim(alice, NUM);
        _setAllRecords(alice, NUM);
        vm.warp(uint256(expires) + GRACE - 1);
        _assertAllRecords(NUM);
        assertEq(reg.expiresOf(NUM), expires);
        vm.warp(uint256(expires) + GRACE);
        _assertNoRecords(NUM);
        assertEq(reg.expiresOf(NUM), 0);
        assertEq(reg.depositOf(NUM), DEPOSIT, "deposit still held until reclaimed");
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NotNumberOwner.selector, _node(NUM), alice));
        vm.prank(alice);
        reg.setCnam(NUM, "STALE");
    }

    function test_Release_ClearsLongBlockListInConstantGas() public {
        _claim(alice, NUM);
        // The same release from the same state, with a 1-entry and a 200-entry block list
        // (measured from one snapshot each way, so it holds with and without --isolate).
        uint256 snap = vm.snapshotState();
        uint256 one = _blockAndRelease(1);
        vm.revertToState(snap);
        uint256 many = _blockAndRelease(200);
        // same code path, same storage shape: the 200-entry list costs nothing extra
        assertApproxEqAbs(many, one, 200);
        for (uint256 i; i < 200; ++i) {
            assertFalse(reg.isBlocked(NUM, bytes32(i + 1)));
        }
    }

    function _blockAndRelease(uint256 n) internal returns (uint256 used) {
        vm.startPrank(alice);
        for (uint256 i; i < n; ++i) {
            reg.blockCaller(NUM, bytes32(i + 1));
        }
        vm.stopPrank();
        vm.prank(alice);
        uint256 g = gasleft();
        reg.release(NUM);
        used = g - gasleft();
    }

    // ------------------------------------------------------------ views

    function test_Views_UnregisteredNumber() public view {
        assertEq(reg.ownerOf(NUM), address(0));
        assertEq(reg.ownerOfNode(_node(NUM)), address(0));
        assertEq(reg.expiresOf(NUM), 0);
        assertEq(reg.depositOf(NUM), 0);
        _assertNoRecords(NUM);
        assertTrue(reg.isAvailable(NUM));
        assertFalse(reg.isAvailable("+0123"));
        assertEq(reg.nodeOf(NUM), _node(NUM));
        assertEq(reg.portNonce(_node(NUM)), 0);
    }

    function test_IsAvailable_Timeline() public {
        uint64 expires = _claim(alice, NUM);
        assertFalse(reg.isAvailable(NUM));
        vm.warp(uint256(expires) + GRACE - 1);
        assertFalse(reg.isAvailable(NUM));
        vm.warp(uint256(expires) + GRACE);
        assertTrue(reg.isAvailable(NUM));
    }

    function test_NumberInfo_RoundTripsLongestNumber() public {
        string memory longest = "+999999999999999";
        _claim(alice, longest);
        (,,,,,, string memory e164) = reg.numberInfo(_node(longest));
        assertEq(e164, longest);
        (address owner, uint32 epoch) = _hold(longest);
        vm.expectEmit(address(reg));
        emit NumberReleased(_node(longest), longest, alice, DEPOSIT, true, uint64(block.timestamp) + COOLDOWN);
        vm.prank(disputer);
        reg.forceRelease(_node(longest), epoch, owner, disputer);
    }

    // ------------------------------------------------------------ fuzz: E.164 validation

    /// Reference validator written independently of the contract.
    function _refValid(bytes memory b) internal pure returns (bool) {
        if (b.length < 2 || b.length > 16) return false;
        if (b[0] != 0x2b) return false;
        if (b[1] == 0x30) return false;
        for (uint256 i = 1; i < b.length; ++i) {
            if (!(uint8(b[i]) >= 48 && uint8(b[i]) <= 57)) return false;
        }
        return true;
    }

    function _validFrom(uint256 seed, uint256 len) internal pure returns (bytes memory b) {
        b = new bytes(len + 1);
        b[0] = "+";
        for (uint256 i = 1; i <= len; ++i) {
            uint256 d = uint256(keccak256(abi.encode(seed, i))) % 10;
            if (i == 1) d = 1 + (d % 9);
            b[i] = bytes1(uint8(48 + d));
        }
    }

    function testFuzz_E164_ValidNumbersClaimAndRoundTrip(uint256 seed, uint256 len) public {
        len = bound(len, 1, 15);
        string memory e164 = string(_validFrom(seed, len));
        assertTrue(reg.isValidNumber(e164));
        _claim(alice, e164);
        assertEq(reg.ownerOf(e164), alice);
        (,,,,,, string memory back) = reg.numberInfo(_node(e164));
        assertEq(back, e164);
    }

    function testFuzz_E164_MutatedNumbersMatchReference(uint256 seed, uint256 len, uint256 pos, uint8 ch, uint8 mode)
        public
    {
        len = bound(len, 1, 15);
        bytes memory b = _validFrom(seed, len);
        mode = mode % 4;
        if (mode == 0) {
            b[bound(pos, 0, b.length - 1)] = bytes1(ch); // replace one byte
        } else if (mode == 1) {
            b = _validFrom(seed, 16 + (pos % 8)); // too many digits
        } else if (mode == 2) {
            b[1] = "0"; // leading zero
        } else {
            b = bytes.concat(bytes1(ch), b); // prefix a byte
        }
        string memory e164 = string(b);
        bool valid = _refValid(b);
        assertEq(reg.isValidNumber(e164), valid);

        _commit(alice, e164, SECRET);
        vm.warp(block.timestamp + MIN_AGE);
        if (!valid) vm.expectRevert(abi.encodeWithSelector(NumberRegistry.InvalidNumber.selector, e164));
        vm.prank(alice);
        reg.claim(e164, SECRET);
        assertEq(reg.ownerOf(e164), valid ? alice : address(0));
    }

    function testFuzz_E164_ArbitraryBytesMatchReference(bytes calldata raw) public view {
        assertEq(reg.isValidNumber(string(raw)), _refValid(raw));
    }

    function test_E164_Examples() public view {
        assertTrue(reg.isValidNumber("+1"));
        assertTrue(reg.isValidNumber("+999999999999999"));
        assertFalse(reg.isValidNumber("+9999999999999999")); // 16 digits
        assertFalse(reg.isValidNumber("+"));
        assertFalse(reg.isValidNumber(""));
        assertFalse(reg.isValidNumber("14155550123"));
        assertFalse(reg.isValidNumber("+04155550123"));
        assertFalse(reg.isValidNumber("+1 415"));
        assertFalse(reg.isValidNumber("+1-415"));
        assertFalse(reg.isValidNumber("++1415"));
        assertFalse(reg.isValidNumber("+1415a"));
        assertFalse(reg.isValidNumber("+1/"));
        assertFalse(reg.isValidNumber("+1:"));
    }

    // ------------------------------------------------------------ fuzz: timing

    function testFuzz_CommitTiming(uint256 wait) public {
        wait = bound(wait, 0, 3 * uint256(MAX_AGE));
        bytes32 c = _commit(alice, NUM, SECRET);
        vm.warp(block.timestamp + wait);
        if (wait < MIN_AGE) {
            vm.expectRevert(abi.encodeWithSelector(NumberRegistry.CommitmentTooNew.selector, c, wait));
        } else if (wait > MAX_AGE) {
            vm.expectRevert(abi.encodeWithSelector(NumberRegistry.CommitmentTooOld.selector, c, wait));
        }
        vm.prank(alice);
        reg.claim(NUM, SECRET);
        assertEq(reg.ownerOf(NUM), wait >= MIN_AGE && wait <= MAX_AGE ? alice : address(0));
    }

    function testFuzz_CommitTimingWithParameters(uint64 minAge, uint64 maxAge, uint256 wait) public {
        maxAge = uint64(bound(maxAge, 1, 30 days));
        minAge = uint64(bound(minAge, 0, maxAge));
        wait = bound(wait, 0, 2 * uint256(maxAge) + 2);
        vm.prank(admin);
        reg.setParameters(minAge, maxAge, TERM, GRACE, COOLDOWN, DEPOSIT);
        bytes32 c = _commit(alice, NUM, SECRET);
        vm.warp(block.timestamp + wait);

        // a re-commit is refused exactly while the commitment can still be revealed
        if (wait <= maxAge) {
            vm.expectRevert(
                abi.encodeWithSelector(NumberRegistry.CommitmentStillLive.selector, c, block.timestamp - wait)
            );
            reg.commit(c);
        }
        if (wait < minAge) {
            vm.expectRevert(abi.encodeWithSelector(NumberRegistry.CommitmentTooNew.selector, c, wait));
        } else if (wait > maxAge) {
            vm.expectRevert(abi.encodeWithSelector(NumberRegistry.CommitmentTooOld.selector, c, wait));
        }
        vm.prank(alice);
        reg.claim(NUM, SECRET);
    }

    function testFuzz_ExpiryAndGraceTiming(uint256 elapsed) public {
        uint64 expires = _claim(alice, NUM);
        _setAllRecords(alice, NUM);
        uint256 start = block.timestamp;
        elapsed = bound(elapsed, 0, uint256(TERM) + 2 * GRACE);
        vm.warp(start + elapsed);
        bool live = block.timestamp < uint256(expires) + GRACE;
        assertEq(reg.ownerOf(NUM), live ? alice : address(0));
        assertEq(reg.isBlocked(NUM, CALLER), live);
        assertEq(reg.isAvailable(NUM), !live);
        if (!live) {
            vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NumberNotLive.selector, _node(NUM)));
        }
        reg.renew(NUM);
        if (live) assertEq(reg.expiresOf(NUM), expires + TERM);
    }
    // ------------------------------------------------------------ issue 13: item 12

    /// The attack (it worked before the fix): alice signs a port to opB, changes her mind and
    /// routes to opA herself; the old signatures then pulled the number to opB anyway.
    function test_attack12_staleSignatureAfterSetRoute() public {
        _claim(alice, NUM);
        uint256 deadline = block.timestamp + 30 days;
        (bytes memory os, bytes memory ps) = _portSigs(aliceKey, opBKey, NUM, opB, "sip:b", deadline);
        _route(alice, NUM, opA, "sip:a");
        vm.expectRevert(NumberRegistry.InvalidOwnerSignature.selector);
        reg.port(NUM, opB, "sip:b", deadline, os, ps);
        (address op,) = reg.routeOf(NUM);
        assertEq(op, opA);
    }

    function test_item12_transferAndCancelInvalidatePortSignatures() public {
        _claim(alice, NUM);
        uint256 deadline = block.timestamp + 30 days;
        (bytes memory os, bytes memory ps) = _portSigs(aliceKey, opBKey, NUM, opB, "sip:b", deadline);
        vm.expectEmit(address(reg));
        emit PortSignaturesCancelled(_node(NUM), NUM, reg.portNonce(_node(NUM)) + 1);
        vm.prank(alice);
        reg.cancelPortSignatures(NUM);
        vm.expectRevert(NumberRegistry.InvalidOwnerSignature.selector);
        reg.port(NUM, opB, "sip:b", deadline, os, ps);
        // a transfer (even back and forth) also invalidates them
        (os, ps) = _portSigs(aliceKey, opBKey, NUM, opB, "sip:b", deadline);
        vm.prank(alice);
        reg.transfer(NUM, bob);
        vm.prank(bob);
        reg.transfer(NUM, alice);
        vm.expectRevert(NumberRegistry.InvalidOwnerSignature.selector);
        reg.port(NUM, opB, "sip:b", deadline, os, ps);
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.NotNumberOwner.selector, _node(NUM), bob));
        vm.prank(bob);
        reg.cancelPortSignatures(NUM);
    }

    /// Release and reclaim by the same owner: the old signature is dead too.
    function test_item12_newRegistrationInvalidatesPortSignatures() public {
        _claim(alice, NUM);
        uint256 deadline = block.timestamp + 60 days;
        (bytes memory os, bytes memory ps) = _portSigs(aliceKey, opBKey, NUM, opB, "sip:b", deadline);
        vm.prank(alice);
        reg.release(NUM);
        vm.warp(block.timestamp + COOLDOWN);
        _claim(alice, NUM);
        vm.expectRevert(NumberRegistry.InvalidOwnerSignature.selector);
        reg.port(NUM, opB, "sip:b", deadline, os, ps);
    }

    /// The attack (it worked before the fix): setRoute named any operator without its consent.
    function test_attack12_routeNeedsOperatorConsent() public {
        _claim(alice, NUM);
        address unwilling = makeAddr("unwilling");
        vm.expectRevert(NumberRegistry.InvalidOperatorSignature.selector);
        vm.prank(alice);
        reg.setRoute(NUM, unwilling, "sip:x", DL, "");
        // opA's consent for another number, URI or nonce does not work either
        bytes memory other = _consent(opAKey, NUM, opA, "sip:other");
        vm.expectRevert(NumberRegistry.InvalidOperatorSignature.selector);
        vm.prank(alice);
        reg.setRoute(NUM, opA, "sip:x", DL, other);
        // a consent is used once: replaying it after the nonce moved fails
        bytes memory ok = _consent(opAKey, NUM, opA, "sip:x");
        vm.prank(alice);
        reg.setRoute(NUM, opA, "sip:x", DL, ok);
        vm.expectRevert(NumberRegistry.InvalidOperatorSignature.selector);
        vm.prank(alice);
        reg.setRoute(NUM, opA, "sip:x", DL, ok);
        // an expired consent is refused
        bytes memory late = _sign(opAKey, _expectedPortDigest(_node(NUM), opA, "sip:y", reg.portNonce(_node(NUM)), block.timestamp - 1));
        vm.expectRevert(abi.encodeWithSelector(NumberRegistry.PortDeadlinePassed.selector, block.timestamp - 1));
        vm.prank(alice);
        reg.setRoute(NUM, opA, "sip:y", block.timestamp - 1, late);
        // a bare SIP URI needs nobody's consent
        vm.prank(alice);
        reg.setRoute(NUM, address(0), "sip:alice@home.example", 0, "");
    }

    /// An ERC-1271 operator consents by approving the digest.
    function test_item12_contractOperatorConsents() public {
        Wallet1271 w = new Wallet1271();
        _claim(alice, NUM);
        bytes32 digest = reg.portDigest(_node(NUM), address(w), "sip:w", DL);
        w.approve(digest);
        vm.prank(alice);
        reg.setRoute(NUM, address(w), "sip:w", DL, "");
        (address op,) = reg.routeOf(NUM);
        assertEq(op, address(w));
    }

    /// Fuzz: after any of setRoute / transfer / cancel / port, a signature made before is dead.
    function testFuzz_item12_anyChangeKillsOutstandingSignatures(uint8 action) public {
        _claim(alice, NUM);
        uint256 deadline = block.timestamp + 30 days;
        (bytes memory os, bytes memory ps) = _portSigs(aliceKey, opBKey, NUM, opB, "sip:b", deadline);
        action %= 4;
        if (action == 0) {
            _route(alice, NUM, address(0), "sip:bare");
        } else if (action == 1) {
            vm.prank(alice);
            reg.transfer(NUM, alice); // even to itself
        } else if (action == 2) {
            vm.prank(alice);
            reg.cancelPortSignatures(NUM);
        } else {
            (bytes memory os2, bytes memory ps2) = _portSigs(aliceKey, opAKey, NUM, opA, "sip:a", deadline);
            reg.port(NUM, opA, "sip:a", deadline, os2, ps2);
        }
        vm.expectRevert(NumberRegistry.InvalidOwnerSignature.selector);
        reg.port(NUM, opB, "sip:b", deadline, os, ps);
    }

    // ------------------------------------------------------------ issue 13: squatting

    /// The attack (it worked before the fix): the registry took no deposit by default and a
    /// lapsed number could be re-claimed the instant it lapsed at no extra cost.
    function test_attackSquat_defaultsAndPremium() public {
        NumberRegistry r = new NumberRegistry(admin, address(dots));
        assertGt(r.depositAmount(), 0, "a deployment takes a deposit");
        reg = r; // use the defaults from here on
        dots.mint(alice, 100_000e18);
        dots.mint(bob, 100_000e18);
        vm.prank(alice);
        dots.approve(address(reg), type(uint256).max);
        vm.prank(bob);
        dots.approve(address(reg), type(uint256).max);
        assertEq(reg.premiumOf(NUM), 0, "a number never claimed has no premium");
        uint64 expires = _claim(alice, NUM);
        uint256 freeAt = uint256(expires) + reg.gracePeriod();
        vm.warp(freeAt);
        assertEq(reg.premiumOf(NUM), 10_000e18, "full premium the moment it lapses");
        vm.warp(freeAt + 1 days);
        assertEq(reg.premiumOf(NUM), 5_000e18, "halves daily");
        vm.warp(freeAt + 1 days + 12 hours);
        assertEq(reg.premiumOf(NUM), 3_750e18, "linear between halvings");
        vm.warp(freeAt + 21 days);
        assertEq(reg.premiumOf(NUM), 0, "gone after 21 days");
        // a claim pays it to the recipient (burnt by default)
        vm.warp(freeAt + 2 days - reg.minCommitAge());
        uint256 before = dots.balanceOf(bob);
        _claim(bob, NUM);
        assertEq(before - dots.balanceOf(bob), reg.depositAmount() + 2_500e18);
        assertEq(dots.balanceOf(reg.BURN_ADDRESS()), 2_500e18);
        assertEq(reg.premiumOf(NUM), 0, "owned again");
    }

    /// Released numbers carry the premium from the end of their cooldown.
    function test_premium_afterReleaseCooldown() public {
        vm.prank(admin);
        reg.setPremium(500e18, 1 days, 10 days, carol);
        _claim(alice, NUM);
        vm.prank(alice);
        reg.release(NUM);
        assertEq(reg.premiumOf(NUM), 0, "cooling down");
        vm.warp(block.timestamp + COOLDOWN - MIN_AGE);
        uint256 before = dots.balanceOf(bob);
        _claim(bob, NUM);
        assertEq(before - dots.balanceOf(bob), DEPOSIT + 500e18);
        assertEq(dots.balanceOf(carol), 1_000e18 + 500e18, "premium to the recipient");
    }

    function test_setPremium_governorOnlyAndValidated() public {
        vm.expectRevert();
        vm.prank(stranger);
        reg.setPremium(1, 1, 1, stranger);
        vm.startPrank(admin);
        vm.expectRevert(NumberRegistry.InvalidParameters.selector);
        reg.setPremium(1, 0, 1, admin); // a premium needs a half-life
        vm.expectRevert(NumberRegistry.InvalidParameters.selector);
        reg.setPremium(1, 1, 1, address(0));
        vm.expectRevert(NumberRegistry.InvalidParameters.selector);
        reg.setPremium(uint256(type(uint128).max) + 1, 1, 1, admin);
        vm.expectEmit(address(reg));
        emit PremiumSet(5, 6, 7, carol);
        reg.setPremium(5, 6, 7, carol);
        vm.stopPrank();
    }

    /// Fuzz: the premium never grows with time and is 0 from premiumDuration on.
    function testFuzz_premiumDecays(uint96 start, uint32 halfLife, uint32 duration, uint32 t1, uint32 t2) public {
        halfLife = uint32(bound(halfLife, 1, 30 days));
        vm.prank(admin);
        reg.setPremium(start, halfLife, duration, carol);
        _claim(alice, NUM);
        uint64 expires = reg.expiresOf(NUM);
        uint256 freeAt = uint256(expires) + GRACE;
        (uint256 a, uint256 b) = t1 < t2 ? (uint256(t1), uint256(t2)) : (uint256(t2), uint256(t1));
        vm.warp(freeAt + a);
        uint256 pa = reg.premiumOf(NUM);
        vm.warp(freeAt + b);
        uint256 pb = reg.premiumOf(NUM);
        assertLe(pb, pa, "never grows");
        assertLe(pa, start);
        if (b >= duration) assertEq(pb, 0);
    }

    event PortSignaturesCancelled(bytes32 indexed node, string e164, uint256 nonce);
    event PremiumSet(uint256 start, uint64 halfLife, uint64 duration, address recipient);
}
