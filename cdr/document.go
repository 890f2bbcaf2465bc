package cdr

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"runtime"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Document kinds (the "kind" key of a document) and the current format version.
const (
	KindBatch             = "dots-cdr-batch"
	KindRewards           = "dots-rewards"
	DocumentFormatVersion = 1
)

// BatchMeta is the metadata of a batch document. It sits at the top level of the JSON
// object, before the library's dump keys:
//
//	{
//	  "kind": "dots-cdr-batch",      // KindBatch
//	  "formatVersion": 1,            // DocumentFormatVersion
//	  "operator": "0xAbC…",          // EIP-55 address of the operator that anchors the batch
//	  "chainId": 31337,              // chain of the CDRAnchor contract
//	  "firstSeq": 1, "lastSeq": 100, // the operator's sequence numbers, gapless, inclusive
//	  "createdAt": 1763890000,       // unix seconds when the batch was sealed
//	  "cdrCount": 100,               // number of CDRs (= lastSeq-firstSeq+1 = len(values))
//	  "billableSeconds": 12345,      // sum of the CDRs' billable seconds
//	  // values are CDRLeaf.CDR tuples, the last element the side that wrote the CDR
//	  // ("1" originating, "2" terminating)
//	  "format": "standard-v1", "leafEncoding": [...], "tree": [...], "values": [...]
//	}
//
// The last four keys are exactly the library's StandardMerkleTree dump with leaf
// encoding CDRLeafEncoding; StandardMerkleTree.load() of @openzeppelin/merkle-tree
// accepts the whole document as it is (it reads only those four keys), so any auditor
// gets proofs from it without DOTS. The batch's Merkle root is tree[0]. Values are in
// sequence order: values[i] is the CDR with seq firstSeq+i.
type BatchMeta struct {
	Kind            string         `json:"kind"`
	FormatVersion   int            `json:"formatVersion"`
	Operator        common.Address `json:"operator"`
	ChainID         uint64         `json:"chainId"`
	FirstSeq        uint64         `json:"firstSeq"`
	LastSeq         uint64         `json:"lastSeq"`
	CreatedAt       int64          `json:"createdAt"`
	CDRCount        uint64         `json:"cdrCount"`
	BillableSeconds uint64         `json:"billableSeconds"`
	// RewardsCID names the rewards document anchored with the batch (empty when the batch
	// earned no rewards), so anyone holding the batch's CID can find the claim proofs.
	RewardsCID string `json:"rewardsCid,omitempty"`
}

// BatchDocument is what an operator puts on IPFS for each anchored batch: its metadata and
// the Merkle tree of its CDR leaves.
//
// Build one from validated records in sequence order:
//
//	doc, err := cdr.NewBatchDocument(chainID, time.Now(), records) // records[i].Seq = first+i
//	data, _ := doc.MarshalJSON()                                 // bytes for IPFS
//	root := doc.Root()                                           // the root to anchor
//	proof, _ := doc.Tree.Proof(i)                                // proof of records[i]
//
// and read one back with LoadBatchDocument, which checks the tree and the metadata.
type BatchDocument struct {
	BatchMeta
	Tree *Tree[CDRLeaf]
}

// NewBatchDocument validates records (all of one operator, with consecutive sequence
// numbers, in that order), computes their leaves and tree using all cores, and returns the
// batch document.
func NewBatchDocument(chainID uint64, createdAt time.Time, records []Record) (*BatchDocument, error) {
	if len(records) == 0 {
		return nil, errors.New("batch document: no records")
	}
	op, first := records[0].Operator, records[0].Seq
	var billable uint64
	for i := range records {
		r := &records[i]
		if err := r.Validate(); err != nil {
			return nil, fmt.Errorf("batch document: record %d (seq %d): %w", i, r.Seq, err)
		}
		if r.Operator != op {
			return nil, fmt.Errorf("batch document: record %d has operator %s, record 0 has %s", i, r.Operator.Hex(), op.Hex())
		}
		if r.Seq != first+uint64(i) {
			return nil, fmt.Errorf("batch document: record %d has seq %d, want %d (records must be consecutive, in order)", i, r.Seq, first+uint64(i))
		}
		billable += uint64(r.BillableSeconds)
	}
	leaves := make([]CDRLeaf, len(records))
	parallelFor(len(records), runtime.GOMAXPROCS(0), 4096, func(lo, hi int) {
		h := newHasher()
		for i := lo; i < hi; i++ {
			leaves[i] = records[i].leafValue(h)
		}
	})
	tree, err := NewTreeParallel[CDRLeaf](CDRCodec{}, leaves, 0)
	if err != nil {
		return nil, fmt.Errorf("batch document: %w", err)
	}
	return &BatchDocument{
		BatchMeta: BatchMeta{
			Kind:            KindBatch,
			FormatVersion:   DocumentFormatVersion,
			Operator:        op,
			ChainID:         chainID,
			FirstSeq:        first,
			LastSeq:         first + uint64(len(records)) - 1,
			CreatedAt:       createdAt.Unix(),
			CDRCount:        uint64(len(records)),
			BillableSeconds: billable,
		},
		Tree: tree,
	}, nil
}

// Root is the batch's Merkle root.
func (d *BatchDocument) Root() common.Hash { return d.Tree.Root() }

// Check verifies the metadata against the values: kind and version, count, operator,
// gapless sequence numbers firstSeq..lastSeq in order, billable-second sum, and each
// value's side (originating or terminating, consistent with its operators as
// Record.Validate requires).
func (d *BatchDocument) Check() error {
	m := &d.BatchMeta
	if m.Kind != KindBatch {
		return fmt.Errorf("batch document: kind %q, want %q", m.Kind, KindBatch)
	}
	if m.FormatVersion != DocumentFormatVersion {
		return fmt.Errorf("batch document: formatVersion %d not supported (want %d)", m.FormatVersion, DocumentFormatVersion)
	}
	n := uint64(d.Tree.Len())
	if m.CDRCount != n {
		return fmt.Errorf("batch document: cdrCount %d, but %d values", m.CDRCount, n)
	}
	if m.LastSeq < m.FirstSeq || m.LastSeq-m.FirstSeq != n-1 {
		return fmt.Errorf("batch document: firstSeq %d..lastSeq %d does not span %d CDRs", m.FirstSeq, m.LastSeq, n)
	}
	var billable uint64
	for i, v := range d.Tree.Values() {
		if v.Operator != m.Operator {
			return fmt.Errorf("batch document: values[%d] has operator %s, document %s", i, v.Operator.Hex(), m.Operator.Hex())
		}
		if v.Seq != m.FirstSeq+uint64(i) {
			return fmt.Errorf("batch document: values[%d] has seq %d, want %d", i, v.Seq, m.FirstSeq+uint64(i))
		}
		if err := checkSide(v.Operator, v.OrigOperator, v.TermOperator, v.Side); err != nil {
			return fmt.Errorf("batch document: values[%d]: %w", i, err)
		}
		billable += uint64(v.BillableSeconds)
	}
	if billable != m.BillableSeconds {
		return fmt.Errorf("batch document: billableSeconds %d, values sum to %d", m.BillableSeconds, billable)
	}
	return nil
}

// MarshalJSON writes the document (metadata, then the library's dump keys).
func (d *BatchDocument) MarshalJSON() ([]byte, error) {
	m := d.BatchMeta
	meta, err := json.Marshal(struct {
		Kind            string `json:"kind"`
		FormatVersion   int    `json:"formatVersion"`
		Operator        string `json:"operator"`
		ChainID         uint64 `json:"chainId"`
		FirstSeq        uint64 `json:"firstSeq"`
		LastSeq         uint64 `json:"lastSeq"`
		CreatedAt       int64  `json:"createdAt"`
		CDRCount        uint64 `json:"cdrCount"`
		BillableSeconds uint64 `json:"billableSeconds"`
		RewardsCID      string `json:"rewardsCid,omitempty"`
	}{m.Kind, m.FormatVersion, m.Operator.Hex(), m.ChainID, m.FirstSeq, m.LastSeq, m.CreatedAt, m.CDRCount, m.BillableSeconds, m.RewardsCID})
	if err != nil {
		return nil, err
	}
	return joinDocument(meta, d.Tree.appendDumpFields, d.Tree.dumpSizeHint()), nil
}

func joinDocument(meta []byte, fields func([]byte) []byte, hint int) []byte {
	out := make([]byte, 0, len(meta)+hint)
	out = append(out, meta[:len(meta)-1]...) // drop '}'
	out = append(out, ',')
	out = fields(out)
	return append(out, '}')
}

// LoadBatchDocument parses a batch document and checks it: the tree as
// StandardMerkleTree.load does, and the metadata as Check does.
func LoadBatchDocument(data []byte) (*BatchDocument, error) {
	var m BatchMeta
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("parsing batch document: %w", err)
	}
	tree, err := LoadTree[CDRLeaf](CDRCodec{}, data)
	if err != nil {
		return nil, fmt.Errorf("batch document: %w", err)
	}
	d := &BatchDocument{BatchMeta: m, Tree: tree}
	if err := d.Check(); err != nil {
		return nil, err
	}
	return d, nil
}

// RewardsMeta is the metadata of a rewards document, at the top level of its JSON object
// before the library's dump keys (leaf encoding RewardLeafEncoding):
//
//	{
//	  "kind": "dots-rewards",        // KindRewards
//	  "formatVersion": 1,
//	  "operator": "0xAbC…",          // operator whose rewards root this is
//	  "chainId": 31337,
//	  "lastSeq": 100,                // amounts cover the operator's CDRs up to this seq
//	  "createdAt": 1763890000,
//	  "accountCount": 3,             // number of leaves
//	  "totalAmount": "123000",       // sum of cumulativeAmount (decimal string), the root's total
//	  "format": "standard-v1", "leafEncoding": ["address","uint256"], "tree": [...], "values": [...]
//	}
//
// Values are [account, cumulativeAmount] with the account as an EIP-55 string and the
// amount as a decimal string, sorted by account. StandardMerkleTree.load() accepts the
// document as it is.
type RewardsMeta struct {
	Kind          string         `json:"kind"`
	FormatVersion int            `json:"formatVersion"`
	Operator      common.Address `json:"operator"`
	ChainID       uint64         `json:"chainId"`
	LastSeq       uint64         `json:"lastSeq"`
	CreatedAt     int64          `json:"createdAt"`
	AccountCount  uint64         `json:"accountCount"`
	TotalAmount   *big.Int       `json:"-"`
	// InputsBlock is the block at which the reward inputs (parameters, number owners,
	// payout addresses) were read, so anyone can recompute the root later (0: not recorded).
	InputsBlock uint64 `json:"inputsBlock,omitempty"`
}

// RewardsDocument is an operator's cumulative rewards tree and its metadata.
//
// Build one from the cumulative amounts per account:
//
//	amounts := map[common.Address]*big.Int{alice: big.NewInt(700), bob: big.NewInt(300)}
//	doc, err := cdr.NewRewardsDocument(operator, chainID, lastSeq, time.Now(), amounts)
//	data, _ := doc.MarshalJSON()       // bytes for IPFS
//	root, total := doc.Root(), doc.TotalAmount // what the anchor declares
//	i, _ := doc.Tree.IndexOf(leaf); proof, _ := doc.Tree.Proof(i)
//
// Zero amounts are left out; negative or over-uint256 amounts are an error.
type RewardsDocument struct {
	RewardsMeta
	Tree *Tree[Reward]
}

// NewRewardsDocument builds the rewards document of amounts (account -> cumulative
// amount), leaves sorted by account.
func NewRewardsDocument(operator common.Address, chainID, lastSeq uint64, createdAt time.Time, amounts map[common.Address]*big.Int) (*RewardsDocument, error) {
	values := make([]Reward, 0, len(amounts))
	total := new(big.Int)
	for acct, amt := range amounts {
		r := Reward{Account: acct, CumulativeAmount: amt}
		if err := r.Check(); err != nil {
			return nil, fmt.Errorf("rewards document: %w", err)
		}
		if amt.Sign() == 0 {
			continue
		}
		values = append(values, Reward{Account: acct, CumulativeAmount: new(big.Int).Set(amt)})
		total.Add(total, amt)
	}
	if len(values) == 0 {
		return nil, errors.New("rewards document: no account with a non-zero amount")
	}
	slices.SortFunc(values, func(a, b Reward) int { return bytes.Compare(a.Account[:], b.Account[:]) })
	tree, err := NewTreeParallel[Reward](RewardCodec{}, values, 0)
	if err != nil {
		return nil, fmt.Errorf("rewards document: %w", err)
	}
	return &RewardsDocument{
		RewardsMeta: RewardsMeta{
			Kind:          KindRewards,
			FormatVersion: DocumentFormatVersion,
			Operator:      operator,
			ChainID:       chainID,
			LastSeq:       lastSeq,
			CreatedAt:     createdAt.Unix(),
			AccountCount:  uint64(len(values)),
			TotalAmount:   total,
		},
		Tree: tree,
	}, nil
}

// Root is the rewards Merkle root.
func (d *RewardsDocument) Root() common.Hash { return d.Tree.Root() }

// Check verifies the metadata against the values: kind and version, account count,
// distinct accounts, total amount.
func (d *RewardsDocument) Check() error {
	m := &d.RewardsMeta
	if m.Kind != KindRewards {
		return fmt.Errorf("rewards document: kind %q, want %q", m.Kind, KindRewards)
	}
	if m.FormatVersion != DocumentFormatVersion {
		return fmt.Errorf("rewards document: formatVersion %d not supported (want %d)", m.FormatVersion, DocumentFormatVersion)
	}
	if m.AccountCount != uint64(d.Tree.Len()) {
		return fmt.Errorf("rewards document: accountCount %d, but %d values", m.AccountCount, d.Tree.Len())
	}
	total := new(big.Int)
	seen := make(map[common.Address]bool, d.Tree.Len())
	for i, v := range d.Tree.Values() {
		if seen[v.Account] {
			return fmt.Errorf("rewards document: values[%d]: account %s appears twice", i, v.Account.Hex())
		}
		seen[v.Account] = true
		total.Add(total, v.CumulativeAmount)
	}
	if m.TotalAmount == nil || m.TotalAmount.Cmp(total) != 0 {
		return fmt.Errorf("rewards document: totalAmount %v, values sum to %s", m.TotalAmount, total)
	}
	return nil
}

// MarshalJSON writes the document (metadata, then the library's dump keys).
func (d *RewardsDocument) MarshalJSON() ([]byte, error) {
	m := d.RewardsMeta
	total := "0"
	if m.TotalAmount != nil {
		total = m.TotalAmount.String()
	}
	meta, err := json.Marshal(struct {
		Kind          string `json:"kind"`
		FormatVersion int    `json:"formatVersion"`
		Operator      string `json:"operator"`
		ChainID       uint64 `json:"chainId"`
		LastSeq       uint64 `json:"lastSeq"`
		CreatedAt     int64  `json:"createdAt"`
		AccountCount  uint64 `json:"accountCount"`
		TotalAmount   string `json:"totalAmount"`
		InputsBlock   uint64 `json:"inputsBlock,omitempty"`
	}{m.Kind, m.FormatVersion, m.Operator.Hex(), m.ChainID, m.LastSeq, m.CreatedAt, m.AccountCount, total, m.InputsBlock})
	if err != nil {
		return nil, err
	}
	return joinDocument(meta, d.Tree.appendDumpFields, d.Tree.dumpSizeHint()), nil
}

// LoadRewardsDocument parses a rewards document and checks its tree and metadata.
func LoadRewardsDocument(data []byte) (*RewardsDocument, error) {
	var m struct {
		RewardsMeta
		TotalAmount string `json:"totalAmount"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("parsing rewards document: %w", err)
	}
	total, ok := parseIntString(m.TotalAmount)
	if !ok || total.Sign() < 0 {
		return nil, fmt.Errorf("rewards document: totalAmount %.80q is not a non-negative integer", m.TotalAmount)
	}
	m.RewardsMeta.TotalAmount = total
	tree, err := LoadTree[Reward](RewardCodec{}, data)
	if err != nil {
		return nil, fmt.Errorf("rewards document: %w", err)
	}
	d := &RewardsDocument{RewardsMeta: m.RewardsMeta, Tree: tree}
	if err := d.Check(); err != nil {
		return nil, err
	}
	return d, nil
}

// DocumentKind returns the "kind" of a document (KindBatch, KindRewards), or "" when it
// has none (a bare library dump) or is not a JSON object.
func DocumentKind(data []byte) string {
	var k struct {
		Kind string `json:"kind"`
	}
	if json.Unmarshal(data, &k) != nil {
		return ""
	}
	return k.Kind
}
