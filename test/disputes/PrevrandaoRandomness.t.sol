// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {PrevrandaoRandomness} from "../../contracts/PrevrandaoRandomness.sol";

contract PrevrandaoRandomnessTest is Test {
    PrevrandaoRandomness internal r;

    event RandomnessRequested(uint256 indexed requestId, address indexed requester, uint64 targetBlock);
    event RandomnessRevealed(uint256 indexed requestId, bytes32 value, uint64 revealBlock, address revealer);
    event RandomnessRetargeted(uint256 indexed requestId, uint64 oldTargetBlock, uint64 newTargetBlock);

    function setUp() public {
        vm.roll(1000);
        r = new PrevrandaoRandomness(5);
    }

    function test_constructor_zeroDelay_reverts() public {
        vm.expectRevert(PrevrandaoRandomness.ZeroDelay.selector);
        new PrevrandaoRandomness(0);
    }

    function test_request_setsFutureTarget() public {
        vm.expectEmit(address(r));
        emit RandomnessRequested(1, address(this), 1005);
        uint256 id = r.request();
        assertEq(id, 1);
        assertEq(r.targetBlockOf(id), 1005);
        (bool ready, bytes32 v) = r.valueOf(id);
        assertFalse(ready);
        assertEq(v, bytes32(0));
        assertEq(r.request(), 2);
    }

    function test_reveal_unknown_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(PrevrandaoRandomness.UnknownRequest.selector, 9));
        r.reveal(9);
    }

    function test_reveal_beforeTarget_reverts() public {
        uint256 id = r.request();
        vm.roll(1004);
        vm.expectRevert(abi.encodeWithSelector(PrevrandaoRandomness.TooEarly.selector, id, uint64(1005)));
        r.reveal(id);
    }

    function test_reveal_mixesPrevrandaoIdAndBlockhash() public {
        uint256 id = r.request();
        bytes32 h = keccak256("target block hash");
        vm.roll(1010);
        vm.setBlockhash(1005, h);
        vm.prevrandao(bytes32(uint256(0xabc)));
        bytes32 expected = keccak256(abi.encode(uint256(0xabc), id, h));
        vm.expectEmit(address(r));
        emit RandomnessRevealed(id, expected, 1010, address(this));
        (bool ok, bytes32 v) = r.reveal(id);
        assertTrue(ok);
        assertEq(v, expected);
        assertTrue(v != h, "never a bare blockhash");
        (bool ready, bytes32 stored) = r.valueOf(id);
        assertTrue(ready);
        assertEq(stored, expected);
    }

    function test_reveal_differentPrevrandao_differentValue() public {
        uint256 id = r.request();
        vm.roll(1006);
        uint256 snap = vm.snapshotState();
        vm.prevrandao(bytes32(uint256(1)));
        (, bytes32 a) = r.reveal(id);
        vm.revertToState(snap);
        vm.prevrandao(bytes32(uint256(2)));
        (, bytes32 b) = r.reveal(id);
        assertTrue(a != b);
    }

    function test_reveal_windowEdges() public {
        uint256 id = r.request();
        uint256 snap = vm.snapshotState();
        vm.roll(1005); // first block of the window
        (bool ok,) = r.reveal(id);
        assertTrue(ok);
        vm.revertToState(snap);
        vm.roll(1005 + 255); // last block of the window
        (ok,) = r.reveal(id);
        assertTrue(ok);
    }

    function test_reveal_twice_reverts() public {
        uint256 id = r.request();
        vm.roll(1006);
        r.reveal(id);
        vm.expectRevert(abi.encodeWithSelector(PrevrandaoRandomness.AlreadyRevealed.selector, id));
        r.reveal(id);
    }

    function test_reveal_afterWindow_retargetsAndNeverSticks() public {
        uint256 id = r.request();
        vm.roll(1005 + 256);
        vm.expectEmit(address(r));
        emit RandomnessRetargeted(id, 1005, 1005 + 256 + 5);
        (bool ok, bytes32 v) = r.reveal(id);
        assertFalse(ok);
        assertEq(v, bytes32(0));
        assertEq(r.targetBlockOf(id), 1005 + 256 + 5);
        (bool ready,) = r.valueOf(id);
        assertFalse(ready);
        // The new target works like the first.
        vm.expectRevert(abi.encodeWithSelector(PrevrandaoRandomness.TooEarly.selector, id, uint64(1005 + 261)));
        r.reveal(id);
        vm.roll(1005 + 262);
        (ok,) = r.reveal(id);
        assertTrue(ok);
        (ready,) = r.valueOf(id);
        assertTrue(ready);
    }

    function testFuzz_reveal_onlyInsideWindow(uint16 wait) public {
        uint256 id = r.request();
        vm.roll(1000 + uint256(wait));
        if (wait < 5) {
            vm.expectRevert(abi.encodeWithSelector(PrevrandaoRandomness.TooEarly.selector, id, uint64(1005)));
            r.reveal(id);
        } else {
            (bool ok,) = r.reveal(id);
            assertEq(ok, uint256(wait) < 5 + 256);
        }
    }
}
