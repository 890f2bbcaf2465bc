// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test, Vm} from "forge-std/Test.sol";
import {DisputeVoting} from "../../contracts/DisputeVoting.sol";
import {ICDRAnchor} from "../../contracts/interfaces/ICDRAnchor.sol";
import {MockDots, MockAnchor, MockRegistry, MockRandomness} from "./DisputeMocks.sol";

/// @notice Shared set-up for DisputeVoting tests: mock token, anchor, registry and a
/// randomness source whose values the test chooses.
abstract contract DisputeBase is Test {
    MockDots internal token;
    MockAnchor internal anchor;
    MockRegistry internal registry;
    MockRandomness internal rnd;
    DisputeVoting internal dv;

    address internal admin = makeAddr("admin");
    address internal disputer = makeAddr("disputer");
    address internal stranger = makeAddr("stranger");
    address internal operator = makeAddr("operator");
    address[] internal jurors;

    uint256 internal constant BATCH = 7;
    bytes32 internal constant NODE = keccak256("+15551234567");
    uint256 internal constant LOCK = 100e18; // default minJurorStake = lock per seat
    uint256 internal constant PLEDGE = 100e18;
    bytes internal constant CID = bytes("bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi");

    uint8 internal constant REJECT = 1;
    uint8 internal constant UPHOLD = 2;

    function setUp() public virtual {
        vm.roll(100);
        vm.warp(1_000_000);
        token = new MockDots();
        anchor = new MockAnchor(token);
        registry = new MockRegistry(token);
        rnd = new MockRandomness();
        dv = new DisputeVoting(admin, address(token), address(anchor), address(registry), address(rnd));
        anchor.setDispute(address(dv));
        registry.setDispute(address(dv));
        anchor.setBatch(BATCH, ICDRAnchor.BatchState.Pending);
        anchor.setOperator(operator, true);
        registry.setOwner(NODE, makeAddr("numberOwner"), 0);

        for (uint256 i; i < 8; ++i) {
            address j = makeAddr(string.concat("juror", vm.toString(i)));
            jurors.push(j);
            _fund(j, 10_000e18);
        }
        _fund(disputer, 100_000e18);
        _fund(stranger, 100_000e18);
    }

    function _fund(address who, uint256 amount) internal {
        token.mint(who, amount);
        vm.prank(who);
        token.approve(address(dv), type(uint256).max);
    }

    function _stake(address who, uint256 amount) internal {
        vm.prank(who);
        dv.stake(amount);
    }

    /// @dev Stakes `n` jurors with `amount` each, then moves to the next block.
    function _stakeJurors(uint256 n, uint256 amount) internal {
        for (uint256 i; i < n; ++i) {
            _stake(jurors[i], amount);
        }
        vm.roll(block.number + 1);
    }

    function _openBatch() internal returns (uint256 id) {
        vm.prank(disputer);
        id = dv.openDispute(0, bytes32(BATCH), CID, PLEDGE);
    }

    function _lastRound(uint256 id) internal view returns (uint256) {
        (,,,,, uint256 roundCount,,,,) = dv.getDispute(id);
        return roundCount - 1;
    }

    /// @dev Sets the randomness of the current round to keccak(seed) and draws.
    function _drawWith(uint256 id, uint256 seed) internal {
        rnd.set(rnd.count(), keccak256(abi.encode(seed)));
        dv.draw(id);
    }

    /// @dev Draws with the first seed (from `seed`) that seats every seat with a different juror.
    function _drawDistinct(uint256 id, uint256 seed) internal {
        uint256 r = _lastRound(id);
        for (uint256 s = seed; s < seed + 200; ++s) {
            uint256 snap = vm.snapshotState();
            _drawWith(id, s);
            (uint256 seats,,,,,,,,, address[] memory js) = dv.getRound(id, r);
            if (js.length == seats) return;
            vm.revertToState(snap);
        }
        revert("no distinct draw found");
    }

    function _jurorsOf(uint256 id, uint256 r) internal view returns (address[] memory js) {
        (,,,,,,,,, js) = dv.getRound(id, r);
    }

    function _seatsOf(uint256 id, uint256 r, address j) internal view returns (uint256 seats) {
        (seats,,,,) = dv.getVote(id, r, j);
    }

    function _salt(address j, uint256 r) internal pure returns (bytes32) {
        return keccak256(abi.encode("salt", j, r));
    }

    function _commit(uint256 id, address j, uint8 choice) internal {
        uint256 r = _lastRound(id);
        bytes32 c = dv.commitmentOf(choice, _salt(j, r), j, id, r);
        vm.prank(j);
        dv.commit(id, c);
    }

    function _reveal(uint256 id, address j, uint8 choice) internal {
        uint256 r = _lastRound(id);
        vm.prank(j);
        dv.reveal(id, choice, _salt(j, r));
    }

    function _deadlines(uint256 id, uint256 r) internal view returns (uint64 c, uint64 rv, uint64 a) {
        (,,, c, rv, a,,,,) = dv.getRound(id, r);
    }

    function _toReveal(uint256 id) internal {
        (uint64 c,,) = _deadlines(id, _lastRound(id));
        vm.warp(c + 1);
    }

    function _toAppeal(uint256 id) internal {
        (, uint64 rv,) = _deadlines(id, _lastRound(id));
        vm.warp(rv + 1);
    }

    function _toFinal(uint256 id) internal {
        (,, uint64 a) = _deadlines(id, _lastRound(id));
        vm.warp(a + 1);
    }

    /// @dev Commits and reveals `choices[i]` for juror js[i] (0 = stays absent).
    function _vote(uint256 id, address[] memory js, uint8[] memory choices) internal {
        for (uint256 i; i < js.length; ++i) {
            if (choices[i] != 0) _commit(id, js[i], choices[i]);
        }
        _toReveal(id);
        for (uint256 i; i < js.length; ++i) {
            if (choices[i] != 0) _reveal(id, js[i], choices[i]);
        }
    }

    function _staked(address j) internal view returns (uint256 s) {
        (s,,,,) = dv.jurorInfo(j);
    }

    function _locked(address j) internal view returns (uint256 l) {
        (, l,,,) = dv.jurorInfo(j);
    }

    function _assertAccounted() internal view {
        assertEq(token.balanceOf(address(dv)), dv.accountedBalance(), "balance != accounted");
    }
}
