// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {RewardToken} from "../contracts/RewardToken.sol";

contract RewardTokenTest is Test {
    RewardToken internal token;
    address internal admin = makeAddr("admin");
    address internal minter = makeAddr("minter");
    address internal stranger = makeAddr("stranger");
    address internal holderA = makeAddr("holderA");
    address internal holderB = makeAddr("holderB");

    function setUp() public {
        address[] memory holders = new address[](2);
        uint256[] memory amounts = new uint256[](2);
        (holders[0], holders[1]) = (holderA, holderB);
        (amounts[0], amounts[1]) = (600e18, 400e18);
        token = new RewardToken(minter, holders, amounts);
    }

    function test_metadataAndGenesis() public view {
        assertEq(token.name(), "DOTS");
        assertEq(token.symbol(), "DOTS");
        assertEq(token.decimals(), 18);
        assertEq(token.balanceOf(holderA), 600e18);
        assertEq(token.balanceOf(holderB), 400e18);
        assertEq(token.totalSupply(), 1000e18);
        assertEq(token.genesisSupply(), 1000e18);
        assertEq(token.minter(), minter);
        assertEq(token.GENESIS_CAP(), 100_000_000e18);
    }

    function test_constructor_reverts() public {
        address[] memory holders = new address[](2);
        uint256[] memory amounts = new uint256[](1);
        vm.expectRevert(abi.encodeWithSelector(RewardToken.GenesisLengthMismatch.selector, 2, 1));
        new RewardToken(admin, holders, amounts);
        vm.expectRevert(RewardToken.ZeroAddress.selector);
        new RewardToken(address(0), new address[](0), new uint256[](0));
        // the genesis allocation is capped
        address[] memory one = new address[](1);
        uint256[] memory over = new uint256[](1);
        one[0] = holderA;
        over[0] = 100_000_000e18 + 1;
        vm.expectRevert(abi.encodeWithSelector(RewardToken.GenesisCapExceeded.selector, over[0], 100_000_000e18));
        new RewardToken(minter, one, over);
        over[0] = 100_000_000e18;
        assertEq(new RewardToken(minter, one, over).totalSupply(), 100_000_000e18);
        // a zero genesis holder is refused by ERC20
        amounts = new uint256[](2);
        amounts[0] = 1;
        vm.expectRevert();
        new RewardToken(admin, holders, amounts);
    }

    function test_emptyGenesis() public {
        RewardToken t = new RewardToken(minter, new address[](0), new uint256[](0));
        assertEq(t.totalSupply(), 0);
        assertEq(t.genesisSupply(), 0);
    }

    function test_mint_byMinter() public {
        vm.prank(minter);
        token.mint(stranger, 5e18);
        assertEq(token.balanceOf(stranger), 5e18);
        assertEq(token.totalSupply(), 1005e18);
        assertEq(token.genesisSupply(), 1000e18);
    }

    function test_mint_strangerAndAdminRefused() public {
        address[3] memory who = [stranger, admin, holderA];
        for (uint256 i = 0; i < who.length; ++i) {
            vm.prank(who[i]);
            vm.expectRevert(abi.encodeWithSelector(RewardToken.NotMinter.selector, who[i]));
            token.mint(who[i], 1);
        }
        assertEq(token.totalSupply(), 1000e18);
    }

    /// @dev There is no role to grant: the minter cannot be changed by anyone (issue 13, item 14).
    function test_noAdminPowers() public {
        address[2] memory who = [stranger, admin];
        for (uint256 i = 0; i < who.length; ++i) {
            vm.prank(who[i]);
            (bool ok,) = address(token).call(abi.encodeWithSignature("grantRole(bytes32,address)", bytes32(0), who[i]));
            assertFalse(ok);
        }
        assertEq(token.minter(), minter);
    }

    function testFuzz_mint_supplyIsGenesisPlusMinted(address to, uint128 a, uint128 b) public {
        vm.assume(to != address(0));
        vm.startPrank(minter);
        token.mint(to, a);
        token.mint(to, b);
        vm.stopPrank();
        assertEq(token.totalSupply(), token.genesisSupply() + uint256(a) + b);
    }

    bytes32 private constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    function _permitDigest(address owner, address spender, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
    }

    function test_permit_andReplayRefused() public {
        (address owner, uint256 key) = makeAddrAndKey("permit-owner");
        vm.prank(minter);
        token.mint(owner, 10e18);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, _permitDigest(owner, stranger, 3e18, 0, deadline));
        token.permit(owner, stranger, 3e18, deadline, v, r, s);
        assertEq(token.allowance(owner, stranger), 3e18);
        assertEq(token.nonces(owner), 1);
        vm.prank(stranger);
        token.transferFrom(owner, stranger, 3e18);
        assertEq(token.balanceOf(stranger), 3e18);
        // replaying the same signature fails (nonce used)
        vm.expectRevert();
        token.permit(owner, stranger, 3e18, deadline, v, r, s);
    }

    function test_permit_expiredAndOtherChainRefused() public {
        (address owner, uint256 key) = makeAddrAndKey("permit-owner");
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, _permitDigest(owner, stranger, 1, 0, deadline));
        uint256 chain = block.chainid;
        vm.chainId(chain + 1);
        vm.expectRevert();
        token.permit(owner, stranger, 1, deadline, v, r, s);
        vm.chainId(chain);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        token.permit(owner, stranger, 1, deadline, v, r, s);
    }
}
