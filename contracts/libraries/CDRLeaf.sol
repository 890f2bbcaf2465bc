// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title CDRLeaf
/// @notice DOTS's call detail record leaf encoding, shared by CDRAnchor, the Go `cdr`
/// package and every auditor. Leaves follow OpenZeppelin's StandardMerkleTree exactly:
/// leaf = keccak256(bytes.concat(keccak256(abi.encode(fields...)))), with the field order
/// and types below (StandardMerkleTree leaf encoding:
/// ["address","uint64","bytes32","bytes32","bytes32","uint64","uint64","uint64",
///  "uint32","uint16","uint8","address","address","uint16","uint8"]).
/// Phone numbers never appear: callerCommit and calleeCommit are
/// keccak256(abi.encodePacked(e164Number, salt)) with a random 32-byte salt per CDR.
library CDRLeaf {
    struct CDR {
        address operator; // operator that recorded and anchors the CDR
        uint64 seq; // operator's gapless sequence number
        bytes32 callId; // keccak256 of the SIP Call-ID or the source's unique id
        bytes32 callerCommit; // keccak256(abi.encodePacked(caller, salt))
        bytes32 calleeCommit; // keccak256(abi.encodePacked(callee, salt))
        uint64 setupTime; // unix seconds
        uint64 answerTime; // unix seconds, 0 when unanswered
        uint64 endTime; // unix seconds
        uint32 billableSeconds;
        uint16 sipStatus; // final SIP status, 100..699
        uint8 q850Cause; // Q.850 cause, 0..127
        address origOperator;
        address termOperator;
        uint16 mos; // MOS x 100 (100..500); 0 when not measured
        uint8 side; // which side wrote it: 1 originating (operator == origOperator), 2 terminating (operator == termOperator)
    }

    /// @notice `side` of a CDR written by the originating operator (also a call inside one operator).
    uint8 internal constant SIDE_ORIGINATING = 1;
    /// @notice `side` of a CDR written by the terminating operator of a call between two operators.
    uint8 internal constant SIDE_TERMINATING = 2;

    /// @notice The StandardMerkleTree leaf of a CDR.
    /// @dev Every CDR field is a static type, so abi.encode(c) is the 15 fields' 32-byte words in
    /// declaration order: the same bytes as abi.encode(c.operator, c.seq, ..., c.side), which the
    /// legacy code generator cannot compile ("stack too deep" with 15 values).
    function hash(CDR memory c) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(c))));
    }

    /// @notice The StandardMerkleTree leaf of a rewards entry (address account, uint256 cumulativeAmount).
    function rewardHash(address account, uint256 cumulativeAmount) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(account, cumulativeAmount))));
    }

    /// @notice The commitment to a phone number that stands in a leaf.
    function numberCommit(string memory e164, bytes32 salt) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(e164, salt));
    }
}
