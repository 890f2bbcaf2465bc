// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {CDRAnchor} from "../contracts/CDRAnchor.sol";
import {DisputeVoting} from "../contracts/DisputeVoting.sol";
import {NumberRegistry} from "../contracts/NumberRegistry.sol";
import {PrevrandaoRandomness} from "../contracts/PrevrandaoRandomness.sol";
import {RateExchange} from "../contracts/RateExchange.sol";
import {RewardToken} from "../contracts/RewardToken.sol";

/// @notice Role administration of every AccessControl contract: only the admin grants and
/// revokes, and nobody renounces a role for someone else. (Each contract's own tests refuse a
/// stranger every privileged function.)
contract RolesTest is Test {
    address internal admin = makeAddr("admin");
    address internal stranger = makeAddr("stranger");
    address internal holder = makeAddr("holder");

    function _contracts() internal returns (IAccessControl[4] memory cs, bytes32[4] memory roles) {
        address[] memory holders = new address[](1);
        uint256[] memory amounts = new uint256[](1);
        holders[0] = holder;
        amounts[0] = 1e18;
        // RewardToken has no roles: its only minter is CDRAnchor, fixed at deployment (issue 13)
        RewardToken token =
            new RewardToken(vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1), holders, amounts);
        CDRAnchor anchorC = new CDRAnchor(admin, address(token));
        NumberRegistry reg = new NumberRegistry(admin, address(token));
        RateExchange ex = new RateExchange(admin);
        DisputeVoting dv = new DisputeVoting(
            admin, address(token), address(anchorC), address(reg), address(new PrevrandaoRandomness(2))
        );
        cs = [
            IAccessControl(address(anchorC)),
            IAccessControl(address(reg)),
            IAccessControl(address(ex)),
            IAccessControl(address(dv))
        ];
        roles = [anchorC.DISPUTE_ROLE(), reg.DISPUTE_ROLE(), ex.GOVERNOR_ROLE(), dv.GOVERNOR_ROLE()];
    }

    function test_onlyAdminGrantsAndRevokes() public {
        (IAccessControl[4] memory cs, bytes32[4] memory roles) = _contracts();
        for (uint256 i; i < cs.length; ++i) {
            IAccessControl c = cs[i];
            bytes32 role = roles[i];
            vm.prank(stranger);
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, bytes32(0))
            );
            c.grantRole(role, stranger);

            vm.prank(admin);
            c.grantRole(role, holder);
            assertTrue(c.hasRole(role, holder));

            vm.prank(stranger);
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, bytes32(0))
            );
            c.revokeRole(role, holder);
            // the role's holder cannot revoke it from others either
            vm.prank(holder);
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, holder, bytes32(0))
            );
            c.revokeRole(role, admin);

            vm.prank(stranger);
            vm.expectRevert(IAccessControl.AccessControlBadConfirmation.selector);
            c.renounceRole(role, holder);
            assertTrue(c.hasRole(role, holder));

            vm.prank(admin);
            c.revokeRole(role, holder);
            assertFalse(c.hasRole(role, holder));
            vm.prank(admin);
            c.grantRole(role, holder);
            vm.prank(holder);
            c.renounceRole(role, holder);
            assertFalse(c.hasRole(role, holder));
        }
    }
}
