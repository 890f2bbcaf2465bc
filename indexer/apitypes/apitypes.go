// Package apitypes holds the indexer HTTP API's answer types, shared by the server
// (indexer/api), the CLI and the tests. It imports only the standard library, so a client
// links no server, no SQL driver and no chain code.
//
// Conventions, everywhere: JSON names in camelCase; a CID as its text form only; amounts and
// every integer wider than 64 bits as decimal strings; addresses and hashes as 0x and lower
// case hex; times as Unix seconds.
package apitypes

import "encoding/json"

// Answer is the envelope of every successful answer but /healthz and /v1.
type Answer[T any] struct {
	ChainID       uint64 `json:"chainId"`
	Head          uint64 `json:"head"`        // the chain's head block, as the follower last saw it
	IndexedHead   uint64 `json:"indexedHead"` // newest block in the snapshot this answer was read from
	FinalityDepth uint64 `json:"finalityDepth"`
	// Rebuilding is true while the index is rebuilt from scratch (a reorg below the start
	// block, or a new chain): the answer comes from a partial index.
	Rebuilding bool   `json:"rebuilding,omitempty"`
	Data       T      `json:"data"`
	Next       string `json:"next,omitempty"` // cursor of the next page ("block.logIndex"), empty on the last
}

// Error is the body of every 4xx and 5xx answer.
type Error struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// Endpoints is the answer of GET /v1 (and GET / when no page is served there).
type Endpoints struct {
	Endpoints []string `json:"endpoints"` // "METHOD /path" patterns
}

// Health is the answer of GET /healthz.
type Health struct {
	ChainID       uint64 `json:"chainId"`
	Genesis       string `json:"genesis"`
	Head          uint64 `json:"head"`
	IndexedHead   uint64 `json:"indexedHead"`
	Lag           uint64 `json:"lag"`
	FinalityDepth uint64 `json:"finalityDepth"`
	Rebuilding    bool   `json:"rebuilding"`
}

// Position is where a record is on chain and how settled it is.
type Position struct {
	BlockNumber   uint64 `json:"blockNumber"`
	LogIndex      uint64 `json:"logIndex"`
	TxHash        string `json:"txHash"`
	Time          uint64 `json:"time"` // the block's time
	Confirmations uint64 `json:"confirmations"`
	Final         bool   `json:"final"`
}

// Event is one indexed contract event. Args holds its arguments under their ABI names
// (camelCase): integers of at most 64 bits as numbers, wider ones as decimal strings,
// booleans, strings, addresses and hashes as hex, bytes as 0x hex, arrays and tuples as
// JSON arrays and objects.
type Event struct {
	Event string `json:"event"` // the event's name, e.g. "NumberClaimed"
	Position
	Args map[string]any `json:"args"`
}

// Route is where calls to a number go.
type Route struct {
	Operator string `json:"operator"`
	SipURI   string `json:"sipUri"`
}

// Number is the answer of GET /v1/numbers/{e164}: the number's state after its newest event.
type Number struct {
	E164                string   `json:"e164"`
	Owner               string   `json:"owner,omitempty"`   // empty once released or expired
	Expires             uint64   `json:"expires,omitempty"` // Unix seconds
	Deposit             string   `json:"deposit,omitempty"`
	Route               *Route   `json:"route"`
	Cnam                string   `json:"cnam"`
	Features            uint64   `json:"features"`
	BlockedCallerHashes []string `json:"blockedCallerHashes"`
	// The newest event's block.
	BlockNumber   uint64 `json:"blockNumber"`
	Confirmations uint64 `json:"confirmations"`
	Final         bool   `json:"final"`
}

// Operator is the answer of GET /v1/operators/{addr}.
type Operator struct {
	Operator   string `json:"operator"`
	Registered Event  `json:"registered"`
	Bond       string `json:"bond"`
	Unbonding  string `json:"unbonding,omitempty"`
	BondEvent  Event  `json:"bondEvent"` // the newest event that states the bond
	MinBond    string `json:"minBond"`
	Status     string `json:"status"` // active, underbonded, suspended
	Suspended  *Event `json:"suspended,omitempty"`
	Payout     string `json:"payout"`
	Metadata   string `json:"metadata"`
	BatchCount uint64 `json:"batchCount"`
	// CDRCount is the operator's anchored CDRs: the last sequence number of its newest
	// batch (the per-operator sequence is gapless from 1).
	CDRCount   uint64 `json:"cdrCount"`
	SlashCount uint64 `json:"slashCount"`
}

// Batch states.
const (
	StatePending     = "pending"
	StateFinal       = "final"
	StateInvalidated = "invalidated"
)

// Batch is one anchored batch of CDRs (GET /v1/batches, /v1/batches/{id}, /v1/operators/{addr}/batches).
type Batch struct {
	BatchID         uint64 `json:"batchId"`
	Operator        string `json:"operator"`
	CDRRoot         string `json:"cdrRoot"`
	CID             string `json:"cid"` // the batch document's CID, text form
	CDRCount        uint64 `json:"cdrCount"`
	BillableSeconds uint64 `json:"billableSeconds"`
	FirstSeq        uint64 `json:"firstSeq"`
	LastSeq         uint64 `json:"lastSeq"`
	RewardsRoot     string `json:"rewardsRoot"`
	RewardsTotal    string `json:"rewardsTotal"`
	PrevBatchID     uint64 `json:"prevBatchId"`
	FinalAt         uint64 `json:"finalAt"` // Unix seconds: end of the challenge window
	State           string `json:"state"`   // pending, final, invalidated
	Invalidated     *Event `json:"invalidated,omitempty"`
	Frozen          *Event `json:"frozen,omitempty"` // the dispute freeze that holds it pending
	Position
}

// Proof is the answer of GET /v1/batches/{id}/proof?seq=N.
type Proof struct {
	BatchID       uint64          `json:"batchId"`
	Seq           uint64          `json:"seq"`
	Root          string          `json:"root"`
	Leaf          string          `json:"leaf"`
	Value         json.RawMessage `json:"value"` // the CDR leaf's fields
	Proof         []string        `json:"proof"`
	CID           string          `json:"cid"`
	State         string          `json:"state"`
	BlockNumber   uint64          `json:"blockNumber"`
	Confirmations uint64          `json:"confirmations"`
	Final         bool            `json:"final"`
}

// Rewards is the answer of GET /v1/rewards/{account}.
type Rewards struct {
	Account           string            `json:"account"`
	Claims            []Event           `json:"claims"`            // RewardClaimed events (paged)
	ClaimedByOperator map[string]string `json:"claimedByOperator"` // cumulative amount claimed, by operator
	Claimable         []Claimable       `json:"claimable"`
}

// Claimable is what an account can claim under one rewards document. Error is set (and
// the amounts are not) when the document cannot be used.
type Claimable struct {
	Doc              string   `json:"doc,omitempty"` // the rewards document's CID
	Operator         string   `json:"operator"`
	Root             string   `json:"root,omitempty"`
	BatchID          uint64   `json:"batchId,omitempty"` // the final batch that declares the root
	Confirmations    uint64   `json:"confirmations,omitempty"`
	Final            bool     `json:"final,omitempty"`
	CumulativeAmount string   `json:"cumulativeAmount,omitempty"`
	Claimed          string   `json:"claimed,omitempty"`
	Claimable        string   `json:"claimable,omitempty"`
	Proof            []string `json:"proof,omitempty"`
	Error            string   `json:"error,omitempty"`
}

// RateEntry is a seller's rate for a prefix.
type RateEntry struct {
	Seller              string `json:"seller"`
	Prefix              string `json:"prefix"`
	PrefixKey           string `json:"prefixKey"`
	RatePerMinute       string `json:"ratePerMinute"`
	ConnectFee          string `json:"connectFee"`
	InitialIncrement    uint64 `json:"initialIncrement"`
	SubsequentIncrement uint64 `json:"subsequentIncrement"`
	EffectiveTime       uint64 `json:"effectiveTime"`
	Index               string `json:"index"`
	Position
}

// Rates is the answer of GET /v1/rates/{seller}.
type Rates struct {
	Seller  string      `json:"seller"`
	At      uint64      `json:"at"`
	Entries []RateEntry `json:"entries"`
}

// Quote is the answer of GET /v1/rates/{seller}/quote.
type Quote struct {
	Seller      string    `json:"seller"`
	Destination string    `json:"destination"`
	Seconds     uint64    `json:"seconds"`
	At          uint64    `json:"at"`
	Prefix      string    `json:"prefix"`
	Entry       RateEntry `json:"entry"`
	Cost        string    `json:"cost"`
}

// Dispute states.
const (
	DisputeOpen     = "open"
	DisputeResolved = "resolved"
)

// DisputeSummary is one item of GET /v1/disputes.
type DisputeSummary struct {
	DisputeID uint64 `json:"disputeId"`
	State     string `json:"state"`
	Upheld    *bool  `json:"upheld,omitempty"` // set once resolved
	Opened    Event  `json:"opened"`
}

// Dispute is the answer of GET /v1/disputes/{id}.
type Dispute struct {
	DisputeSummary
	Appeals     []Event `json:"appeals"`
	Draws       []Event `json:"draws"`
	Commits     []Event `json:"commits"`
	Votes       []Event `json:"votes"`
	Executed    []Event `json:"executed"`
	Resolved    []Event `json:"resolved"`
	Settlements []Event `json:"settlements"`
	Randomness  []Event `json:"randomness"`
}
