// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Vm} from "forge-std/Vm.sol";
import {CDRAnchorBase, TestMerkle} from "./CDRAnchor.t.sol";
import {CDRLeaf} from "../contracts/libraries/CDRLeaf.sol";

/// @notice Whole-transaction gas (21,000 + calldata + execution - refund) of anchoring and of
/// reward claims, side by side with Uniswap's MerkleDistributor (its compiled bytecode from the npm
/// package uniswap/merkle-distributor 1.0.1 under the uniswap scope, deployed here and funded with DOTS) claiming from a
/// tree of the same size (1,024 leaves). Every figure is recorded with vm.snapshotValue in group
/// "WholeTxGas"; `make snapshot` copies them to .gas-snapshot-tx. The measured accounts, contracts
/// and slots are cold (vm.cool) as in a transaction of their own, and the two sides of a pair
/// touch disjoint storage.
abstract contract WholeTxGasBase is CDRAnchorBase {
    uint256 internal constant N = 1024;
    string internal constant ARTIFACT = "node_modules/@uniswap/merkle-distributor/build/MerkleDistributor.json";

    bytes32[] internal dLeaves; // DOTS rewards tree of batch `rewardsBatch`
    uint256 internal rewardsBatch;
    bytes32[] internal uLeaves; // Uniswap tree of distributor `dist`
    address internal dist;
    address internal carol = makeAddr("carol"); // Uniswap index 0
    address internal dave = makeAddr("dave"); // Uniswap index 1

    function setUp() public virtual override {
        super.setUp();
        _register(op1, payout1, MIN_BOND);
        _anchor(op1, 1, 0, bytes32(0), 0); // the operator already has a tip, like a running oracle
        for (uint256 i = 0; i < N; ++i) {
            dLeaves.push(CDRLeaf.rewardHash(address(uint160(0x1000 + i)), 1e18 + i));
        }
        dLeaves[0] = CDRLeaf.rewardHash(alice, 1e18);
        dLeaves[1] = CDRLeaf.rewardHash(bob, 2e18);
        rewardsBatch = _anchor(op1, 1000, 100_000, TestMerkle.root(dLeaves), 1e20);
        (dist, uLeaves) = _distributor(carol, dave);
        vm.warp(block.timestamp + 1 hours);
    }

    /// @dev A funded MerkleDistributor over N leaves (index, account, amount); a and b at 0 and 1.
    function _distributor(address a, address b) internal returns (address d, bytes32[] memory leaves) {
        leaves = new bytes32[](N);
        for (uint256 i = 0; i < N; ++i) {
            address acc = i == 0 ? a : i == 1 ? b : address(uint160(0x5000 + i));
            leaves[i] = keccak256(abi.encodePacked(i, acc, _uAmount(i)));
        }
        bytes memory code = bytes.concat(
            vm.parseBytes(vm.parseJsonString(vm.readFile(ARTIFACT), ".bytecode")),
            abi.encode(address(token), TestMerkle.root(leaves))
        );
        assembly ("memory-safe") {
            d := create(0, add(code, 0x20), mload(code))
        }
        require(d != address(0), "MerkleDistributor deployment failed");
        vm.prank(treasury);
        token.transfer(d, 10_000e18);
    }

    function _uAmount(uint256 i) internal pure returns (uint256) {
        return 1e18 + i;
    }

    function _uClaim(uint256 i, address account, bytes32[] memory leaves) internal pure returns (bytes memory) {
        return abi.encodeWithSignature(
            "claim(uint256,address,uint256,bytes32[])", i, account, _uAmount(i), TestMerkle.proof(leaves, i)
        );
    }

    function _dClaim(uint256 batchId, address account, uint256 cum, bytes32[] memory leaves, uint256 i)
        internal
        view
        returns (bytes memory)
    {
        return abi.encodeCall(anchorC.claim, (op1, batchId, account, cum, TestMerkle.proof(leaves, i)));
    }

    function _calldataGas(bytes memory data) internal pure returns (uint256 g) {
        for (uint256 i = 0; i < data.length; ++i) {
            g += data[i] == 0 ? 4 : 16;
        }
    }

    /// @dev Sends `data` to `to` as `from` with every contract involved cold, and returns the gas a
    /// transaction doing just that would use.
    function _txGas(address from, address to, bytes memory data) internal returns (uint256) {
        vm.cool(address(anchorC));
        vm.cool(address(token));
        vm.cool(dist);
        vm.prank(from);
        (bool ok, bytes memory ret) = to.call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        Vm.Gas memory g = vm.lastCallGas();
        uint256 used = 21_000 + _calldataGas(data) + g.gasTotalUsed;
        uint256 refund = g.gasRefunded > 0 ? uint256(uint64(g.gasRefunded)) : 0;
        return used - (refund < used / 5 ? refund : used / 5);
    }

    /// @dev Records a DOTS / peer pair and the ratio (per mille) and checks DOTS <= peer * limit.
    function _record(string memory name, uint256 dots, uint256 peer) internal {
        vm.snapshotValue("WholeTxGas", string.concat(name, "_dots"), dots);
        vm.snapshotValue("WholeTxGas", string.concat(name, "_uniswap"), peer);
        vm.snapshotValue("WholeTxGas", string.concat(name, "_ratio_permille"), dots * 1000 / peer);
    }
}

contract WholeTxGasAnchorTest is WholeTxGasBase {
    function _anchorTx(string memory name, uint64 count, uint64 secs) internal returns (uint256 g) {
        uint64 first = 1002;
        bytes memory data = abi.encodeCall(
            anchorC.anchor, (_root(first), CID, count, secs, first, first + count - 1, keccak256("r"), 1e20 + uint256(secs) * 1e15)
        );
        g = _txGas(op1, address(anchorC), data);
        vm.snapshotValue("WholeTxGas", name, g);
        assertLe(g, 120_000, "anchor over 120,000 gas");
    }

    function test_wholeTx_anchor_1() public {
        _anchorTx("anchor_1_cdr", 1, 60);
    }

    function test_wholeTx_anchor_1k() public {
        _anchorTx("anchor_1k_cdrs", 1000, 60_000);
    }

    function test_wholeTx_anchor_1M() public {
        vm.prank(admin);
        anchorC.setMaxDailySeconds(1e12);
        _anchorTx("anchor_1M_cdrs", 1_000_000, 6e7);
    }

    function test_wholeTx_anchor_100M() public {
        vm.prank(admin);
        anchorC.setMaxDailySeconds(1e12);
        _anchorTx("anchor_100M_cdrs", 100_000_000, 3e9);
    }
}

/// @notice The first claim ever: a fresh account, an operator (distributor) nobody claimed from.
contract WholeTxGasFirstClaimTest is WholeTxGasBase {
    function test_wholeTx_claim_first() public {
        uint256 d = _txGas(stranger, address(anchorC), _dClaim(rewardsBatch, alice, 1e18, dLeaves, 0));
        uint256 u = _txGas(stranger, dist, _uClaim(0, carol, uLeaves));
        assertEq(token.balanceOf(alice), 1e18);
        assertEq(token.balanceOf(carol), _uAmount(0));
        _record("claim_first", d, u);
    }
}

/// @notice Claims after the first: another fresh account of the same operator (distributor), and
/// the same account again for a later round (DOTS: a newer cumulative root; Uniswap: a new
/// distributor, as it needs one per round).
contract WholeTxGasRepeatClaimTest is WholeTxGasBase {
    uint256 internal batch2;
    bytes32[] internal dLeaves2;
    address internal dist2;
    bytes32[] internal uLeaves2;

    function setUp() public override {
        super.setUp();
        anchorC.claim(op1, rewardsBatch, alice, 1e18, TestMerkle.proof(dLeaves, 0));
        (bool ok,) = dist.call(_uClaim(0, carol, uLeaves));
        require(ok, "uniswap claim");
        dLeaves2 = dLeaves;
        dLeaves2[0] = CDRLeaf.rewardHash(alice, 3e18);
        batch2 = _anchor(op1, 1000, 100_000, TestMerkle.root(dLeaves2), 2e20);
        (dist2, uLeaves2) = _distributor(carol, dave);
        vm.warp(block.timestamp + 1 hours);
    }

    function test_wholeTx_claim_otherAccount() public {
        uint256 d = _txGas(stranger, address(anchorC), _dClaim(rewardsBatch, bob, 2e18, dLeaves, 1));
        uint256 u = _txGas(stranger, dist, _uClaim(1, dave, uLeaves));
        _record("claim_other_account", d, u);
    }

    function test_wholeTx_claim_sameAccountNextRound() public {
        uint256 d = _txGas(stranger, address(anchorC), _dClaim(batch2, alice, 3e18, dLeaves2, 0));
        vm.cool(dist2);
        uint256 u = _txGas(stranger, dist2, _uClaim(0, carol, uLeaves2));
        assertEq(token.balanceOf(alice), 3e18);
        _record("claim_same_account_next_round", d, u);
    }

    /// @dev Claims race new roots (issue 13): a proof against the older root still pays.
    function test_wholeTx_claim_olderRoot() public {
        uint256 d = _txGas(stranger, address(anchorC), _dClaim(rewardsBatch, bob, 2e18, dLeaves, 1));
        vm.snapshotValue("WholeTxGas", "claim_older_root_dots", d);
        assertEq(token.balanceOf(bob), 2e18);
    }
}
