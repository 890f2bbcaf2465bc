// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {CDRAnchor} from "../contracts/CDRAnchor.sol";
import {DotsTimelock} from "../contracts/DotsTimelock.sol";
import {RewardToken} from "../contracts/RewardToken.sol";

/// @notice Admin powers behind the timelock, as `dots deploy` leaves them (issue 13, item 14):
/// nobody but the proposer schedules, nothing runs before the delay, and the deployer keeps nothing.
contract DotsTimelockTest is Test {
    uint256 internal constant DELAY = 9 days;
    address internal proposer = makeAddr("proposer");
    address internal stranger = makeAddr("stranger");
    DotsTimelock internal tl;
    CDRAnchor internal anchorC;

    function setUp() public {
        address[] memory who = new address[](1);
        who[0] = proposer;
        tl = new DotsTimelock(DELAY, who, who);
        RewardToken token = new RewardToken(
            vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1), new address[](0), new uint256[](0)
        );
        anchorC = new CDRAnchor(address(this), address(token));
        // what deploy.handOver does
        anchorC.grantRole(anchorC.GOVERNOR_ROLE(), address(tl));
        anchorC.grantRole(anchorC.DEFAULT_ADMIN_ROLE(), address(tl));
        anchorC.renounceRole(anchorC.GOVERNOR_ROLE(), address(this));
        anchorC.renounceRole(anchorC.DEFAULT_ADMIN_ROLE(), address(this));
    }

    function test_deployerKeepsNothing() public {
        bytes32 gov = anchorC.GOVERNOR_ROLE();
        assertFalse(anchorC.hasRole(gov, address(this)));
        assertFalse(anchorC.hasRole(anchorC.DEFAULT_ADMIN_ROLE(), address(this)));
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, address(this), gov));
        anchorC.setMinBond(1);
        // the timelock administers itself: no outside admin
        assertFalse(tl.hasRole(tl.DEFAULT_ADMIN_ROLE(), address(this)));
        assertTrue(tl.hasRole(tl.DEFAULT_ADMIN_ROLE(), address(tl)));
        assertEq(tl.getMinDelay(), DELAY);
    }

    function test_strangerCannotScheduleOrExecute() public {
        bytes memory call = abi.encodeCall(anchorC.setMinBond, (1));
        bytes32 proposerRole = tl.PROPOSER_ROLE();
        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, proposerRole)
        );
        tl.schedule(address(anchorC), 0, call, bytes32(0), bytes32(0), DELAY);
        vm.prank(proposer);
        tl.schedule(address(anchorC), 0, call, bytes32(0), bytes32(0), DELAY);
        bytes32 executorRole = tl.EXECUTOR_ROLE();
        vm.warp(block.timestamp + DELAY);
        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, executorRole)
        );
        tl.execute(address(anchorC), 0, call, bytes32(0), bytes32(0));
    }

    function test_changeWaitsForTheDelay() public {
        bytes memory call = abi.encodeCall(anchorC.setMinBond, (1));
        vm.startPrank(proposer);
        vm.expectRevert(abi.encodeWithSelector(TimelockController.TimelockInsufficientDelay.selector, DELAY - 1, DELAY));
        tl.schedule(address(anchorC), 0, call, bytes32(0), bytes32(0), DELAY - 1);
        tl.schedule(address(anchorC), 0, call, bytes32(0), bytes32(0), DELAY);
        bytes32 id = tl.hashOperation(address(anchorC), 0, call, bytes32(0), bytes32(0));
        vm.warp(block.timestamp + DELAY - 1);
        vm.expectRevert();
        tl.execute(address(anchorC), 0, call, bytes32(0), bytes32(0));
        vm.warp(block.timestamp + 1);
        tl.execute(address(anchorC), 0, call, bytes32(0), bytes32(0));
        vm.stopPrank();
        assertTrue(tl.isOperationDone(id));
        assertEq(anchorC.minBond(), 1);
    }
}
