// Package wire holds the types the oracle's API exchanges with its clients (the CLI's
// verify, the devnet, auditors) and the batch states, in a package that pulls in no
// server and no database: a client imports this, never oracle/server or oracle/store.
package wire

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/cdr"
)

// Batch states, in the order a batch moves through them.
const (
	StateSealed = "sealed" // sequence range fixed; documents not yet on IPFS
	StateStored = "stored" // batch and rewards documents on IPFS; roots known
	StateSent   = "sent"   // anchor transaction in flight
	StateMined  = "mined"  // anchor has the configured confirmations; batch pending on chain
	StateFinal  = "final"  // challenge window over, checked against this operator's batch on chain
)

// States lists the batch states in order.
var States = []string{StateSealed, StateStored, StateSent, StateMined, StateFinal}

// FullCDR is a CDR with everything needed to check it: numbers, salt, its batch and proof.
type FullCDR struct {
	CDR        cdr.Record    `json:"cdr"`
	Source     string        `json:"source"`
	SourceID   string        `json:"sourceId"`
	Leaf       common.Hash   `json:"leaf"`
	BatchID    uint64        `json:"batchId,omitempty"`      // the oracle's batch id
	ChainBatch uint64        `json:"chainBatchId,omitempty"` // CDRAnchor's batch id, once mined
	BatchState string        `json:"batchState,omitempty"`
	Root       *common.Hash  `json:"root,omitempty"`
	CID        string        `json:"cid,omitempty"`
	Proof      []common.Hash `json:"proof,omitempty"`
	// Cost is the call's rating under the operator's rates on RateExchange, once rated.
	Cost *CostView `json:"cost,omitempty"`
}

// CostView is a CDR's cost: Amount in token wei under the rate deck's Prefix, or NoRate
// when the operator had no rate in force for the callee at the time of the call.
type CostView struct {
	Amount string `json:"amount,omitempty"`
	Prefix string `json:"prefix,omitempty"`
	NoRate bool   `json:"noRate,omitempty"`
}
