// Package cdr holds DOTS's call detail record, its Merkle leaf encoding and the
// OpenZeppelin-compatible Merkle trees and batch documents built from CDRs and rewards.
// It is shared by the oracle, the indexer and the CLI.
package cdr

import "github.com/ethereum/go-ethereum/common"

// Record is a full call detail record, numbers and salt included. Only the operator, the
// parties of the call and auditors see it; on chain and on IPFS only its leaf appears, in
// which Caller and Callee are commitments keccak256(abi.encodePacked(number, salt)).
//
// Field order and Solidity types of the leaf are fixed by contracts/libraries/CDRLeaf.sol.
type Record struct {
	Operator        common.Address `json:"operator"`        // operator that recorded and anchors it
	Seq             uint64         `json:"seq"`             // operator's gapless sequence number
	CallID          common.Hash    `json:"callId"`          // keccak256 of the SIP Call-ID / source id
	Caller          string         `json:"caller"`          // E.164, "+" and 1-15 digits
	Callee          string         `json:"callee"`          // E.164
	Salt            common.Hash    `json:"salt"`            // random 32 bytes per CDR
	SetupTime       uint64         `json:"setupTime"`       // unix seconds
	AnswerTime      uint64         `json:"answerTime"`      // unix seconds, 0 when unanswered
	EndTime         uint64         `json:"endTime"`         // unix seconds
	BillableSeconds uint32         `json:"billableSeconds"` // end - answer when answered, else 0
	SIPStatus       uint16         `json:"sipStatus"`       // final SIP status 100-699
	Q850Cause       uint8          `json:"q850Cause"`       // Q.850 cause 0-127
	OrigOperator    common.Address `json:"origOperator"`
	TermOperator    common.Address `json:"termOperator"`
	MOS             uint16         `json:"mos,omitempty"` // MOS x 100 (100-500); 0 when not measured
	Side            Side           `json:"side"`          // which side wrote it: originating or terminating
}
