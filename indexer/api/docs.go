package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/hashicorp/golang-lru/v2/expirable"
	"github.com/ipfs/go-cid"
	shell "github.com/ipfs/go-ipfs-api"

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/indexer/apitypes"
	"github.com/dotsnet/dots/ratecost"
)

// IPFS fetches documents through the Kubo RPC API (go-ipfs-api).
type IPFS struct {
	sh *shell.Shell
	// MaxSize bounds a document (default 512 MiB).
	MaxSize int64
}

// NewIPFS talks to the Kubo RPC API at url (for example http://127.0.0.1:5001).
func NewIPFS(url string, timeout time.Duration) *IPFS {
	c := &http.Client{Timeout: timeout, Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	return &IPFS{sh: shell.NewShellWithClient(url, c), MaxSize: 512 << 20}
}

// Cat reads a whole document (at most MaxSize bytes).
func (i *IPFS) Cat(ctx context.Context, c string) ([]byte, error) {
	return i.CatLimit(ctx, c, i.MaxSize)
}

// CatLimit reads a whole document of at most min(limit, MaxSize) bytes; it stops reading
// past the limit.
func (i *IPFS) CatLimit(ctx context.Context, c string, limit int64) ([]byte, error) {
	limit = min(limit, i.MaxSize)
	ctx, cancel := context.WithCancel(ctx)
	resp, err := i.sh.Request("cat", c).Send(ctx)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("fetching %s from IPFS: %w", c, err)
	}
	// Cancel first: Close would otherwise read the rest of a document refused as too large.
	defer func() { cancel(); resp.Close() }()
	if resp.Error != nil {
		return nil, fmt.Errorf("fetching %s from IPFS: %w", c, resp.Error)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Output, limit+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s from IPFS: %w", c, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("document %s is larger than %d bytes, more than its batch can hold", c, limit)
	}
	return b, nil
}

// cidString turns the CID bytes of an event (0x hex) into the CID's text form: binary CID
// bytes, or the text of a CID stored as its string.
func cidString(hexBytes string) string {
	b, err := hexutil.Decode(hexBytes)
	if err != nil || len(b) == 0 {
		return ""
	}
	if c, err := cid.Cast(b); err == nil {
		return c.String()
	}
	if c, err := cid.Decode(string(b)); err == nil {
		return c.String()
	}
	return ""
}

// Document bounds. A batch document holds what its batch anchored: at most perCDRBytes
// per CDR plus docBaseBytes. A rewards document named by an anchored batch's document
// holds at most rewardsPerCDR bytes per CDR its operator ever anchored (four accounts per
// call at most, cumulative) plus docBaseBytes; a rewards CID nobody named is read only up
// to unnamedDocBytes (the size check), then must declare a root an anchored batch has.
const (
	perCDRBytes     = 2 << 10
	rewardsPerCDR   = 1 << 10
	docBaseBytes    = 256 << 10
	unnamedDocBytes = 1 << 20
	// parsedFactor estimates a parsed document's memory from its bytes.
	parsedFactor = 3
	// failureTTL is how long a failed load is answered from the failure cache.
	failureTTL = 30 * time.Second
)

// docCache keeps parsed documents by CID (documents are immutable), bounded in bytes (an
// estimate from the document's size), least recently used out first; concurrent misses of
// one document share one load (singleflight), at most maxLoads loads run at once, and
// failures are remembered for failureTTL so a bad CID costs one load per TTL.
type docCache struct {
	mu       sync.Mutex
	maxBytes int64
	bytes    int64
	lru      *lru.Cache[string, cachedDoc]
	failed   *expirable.LRU[string, error]
	sf       singleflight.Group
	loads    chan struct{}
	// named maps the rewards CIDs named by loaded batch documents to their operator.
	named *lru.Cache[string, common.Address]
}

type cachedDoc struct {
	v    any
	size int64
}

func newDocCache(maxBytes int64, maxLoads int) *docCache {
	c := &docCache{maxBytes: maxBytes, loads: make(chan struct{}, maxLoads),
		failed: expirable.NewLRU[string, error](1024, nil, failureTTL)}
	c.lru, _ = lru.NewWithEvict[string, cachedDoc](1<<16, func(_ string, d cachedDoc) { c.bytes -= d.size })
	c.named, _ = lru.New[string, common.Address](1 << 16)
	return c
}

func (c *docCache) get(k string) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	d, ok := c.lru.Get(k)
	return d.v, ok
}

func (c *docCache) put(k string, v any, size int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	size *= parsedFactor
	if size > c.maxBytes {
		return // larger than the whole cache: served, not kept
	}
	if old, ok := c.lru.Peek(k); ok {
		c.bytes -= old.size
	}
	c.bytes += size
	c.lru.Add(k, cachedDoc{v, size})
	for c.bytes > c.maxBytes {
		if _, _, ok := c.lru.RemoveOldest(); !ok {
			break
		}
	}
}

// load returns the document under key k, loading it with fn on a miss (see docCache).
func (c *docCache) load(ctx context.Context, k string, fn func(ctx context.Context) (any, int64, error)) (any, error) {
	if v, ok := c.get(k); ok {
		return v, nil
	}
	if err, ok := c.failed.Get(k); ok {
		return nil, err
	}
	ch := c.sf.DoChan(k, func() (any, error) {
		// The load is shared: it waits for a slot on its own clock, not its first asker's.
		wait := time.NewTimer(60 * time.Second)
		defer wait.Stop()
		select {
		case c.loads <- struct{}{}:
		case <-wait.C:
			return nil, &httpError{http.StatusServiceUnavailable, "too many documents loading; retry"}
		}
		defer func() { <-c.loads }()
		v, size, err := fn(context.WithoutCancel(ctx))
		if err != nil {
			c.failed.Add(k, err)
			return nil, err
		}
		c.put(k, v, size)
		return v, nil
	})
	select {
	case r := <-ch:
		return r.Val, r.Err
	case <-ctx.Done():
		return nil, &httpError{http.StatusServiceUnavailable, "the document is still loading; retry"}
	}
}

// fetch reads a document of at most limit bytes.
func (s *Server) fetch(ctx context.Context, c string, limit int64) ([]byte, error) {
	if s.cfg.Docs == nil {
		return nil, &httpError{http.StatusServiceUnavailable, "no IPFS node configured; proofs are unavailable"}
	}
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	var b []byte
	var err error
	if l, ok := s.cfg.Docs.(LimitedDocuments); ok {
		b, err = l.CatLimit(ctx, c, limit)
	} else {
		b, err = s.cfg.Docs.Cat(ctx, c)
		if err == nil && int64(len(b)) > limit {
			err = fmt.Errorf("document %s is larger than %d bytes", c, limit)
		}
	}
	if err != nil {
		return nil, &httpError{http.StatusBadGateway, err.Error()}
	}
	return b, nil
}

// LimitedDocuments reads a document of at most limit bytes (IPFS does).
type LimitedDocuments interface {
	CatLimit(ctx context.Context, cid string, limit int64) ([]byte, error)
}

// batchDoc loads the batch document c of a batch anchored with count CDRs.
func (s *Server) batchDoc(ctx context.Context, c string, count int64) (*cdr.BatchDocument, error) {
	v, err := s.docs.load(ctx, "b:"+c, func(ctx context.Context) (any, int64, error) {
		b, err := s.fetch(ctx, c, docBaseBytes+max(count, 1)*perCDRBytes)
		if err != nil {
			return nil, 0, err
		}
		d, err := cdr.LoadBatchDocument(b)
		if err != nil {
			return nil, 0, &httpError{http.StatusBadGateway, fmt.Sprintf("batch document %s is not valid: %v", c, err)}
		}
		return d, int64(len(b)), nil
	})
	if err != nil {
		return nil, err
	}
	d := v.(*cdr.BatchDocument)
	if d.RewardsCID != "" {
		s.docs.named.Add(d.RewardsCID, d.Operator)
	}
	return d, nil
}

// rewardsDoc loads rewards document c: up to the bound of its operator's anchored CDRs
// when an anchored batch's document names it, else up to unnamedDocBytes.
func (s *Server) rewardsDoc(ctx context.Context, q *Snapshot, c string) (*cdr.RewardsDocument, error) {
	if v, ok := s.docs.get("r:" + c); ok {
		return v.(*cdr.RewardsDocument), nil
	}
	limit := int64(unnamedDocBytes)
	op, ok := s.docs.named.Get(c)
	if !ok {
		// Learn what the operators' newest final batches name (their documents are cached).
		if _, _, err := s.newestRewardsDocs(ctx, q); err != nil {
			return nil, err
		}
		op, ok = s.docs.named.Get(c)
	}
	if ok {
		// The operator's CDRs so far: its newest batch's last sequence number (gapless from 1).
		rows, err := q.Query(ctx, `SELECT last_seq FROM `+tbl("cdranchor", "BatchAnchored")+` WHERE operator = ? ORDER BY block_number DESC, log_index DESC LIMIT 1`,
			strings.ToLower(op.Hex()))
		if err != nil {
			return nil, err
		}
		if len(rows) == 1 {
			limit = max(limit, docBaseBytes+int64(min(rows[0].U64("last_seq"), 1<<40))*rewardsPerCDR)
		}
	}
	v, err := s.docs.load(ctx, "r:"+c, func(ctx context.Context) (any, int64, error) {
		b, err := s.fetch(ctx, c, limit)
		if err != nil {
			return nil, 0, err
		}
		d, err := cdr.LoadRewardsDocument(b)
		if err != nil {
			return nil, 0, &httpError{http.StatusBadGateway, fmt.Sprintf("rewards document %s is not valid: %v", c, err)}
		}
		return d, int64(len(b)), nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*cdr.RewardsDocument), nil
}

func hexes(hs []common.Hash) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.Hex()
	}
	return out
}

// batchProof answers the Merkle proof of the CDR with sequence number seq in a batch, from
// the batch's tree kept with its parsed document (built once per load, not per request).
func (s *Server) batchProof(r *http.Request, q *Snapshot) (any, error) {
	id, err := parseBatchID(r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	seq, err := parseUint("seq", r.URL.Query().Get("seq"), 0, false)
	if err != nil {
		return nil, err
	}
	ctx := r.Context()
	b, err := s.batchRow(ctx, q, id)
	if err != nil {
		return nil, err
	}
	if seq < b.FirstSeq || seq > b.LastSeq {
		return nil, bad("seq %d is outside batch %d's range %d-%d", seq, id, b.FirstSeq, b.LastSeq)
	}
	if b.CID == "" {
		return nil, &httpError{http.StatusBadGateway, fmt.Sprintf("batch %d's CID cannot be read", id)}
	}
	doc, err := s.batchDoc(ctx, b.CID, int64(min(b.CDRCount, 1<<40)))
	if err != nil {
		return nil, err
	}
	if !strings.EqualFold(doc.Root().Hex(), b.CDRRoot) {
		return nil, &httpError{http.StatusBadGateway, fmt.Sprintf("batch document %s has root %s, the chain says %s", b.CID, doc.Root().Hex(), b.CDRRoot)}
	}
	if seq < doc.FirstSeq || seq-doc.FirstSeq >= uint64(doc.Tree.Len()) {
		return nil, &httpError{http.StatusBadGateway, fmt.Sprintf("batch document %s does not hold seq %d", b.CID, seq)}
	}
	i := int(seq - doc.FirstSeq)
	proof, err := doc.Tree.Proof(i)
	if err != nil {
		return nil, fmt.Errorf("computing proof: %w", err)
	}
	value, err := json.Marshal(doc.Tree.At(i))
	if err != nil {
		return nil, fmt.Errorf("encoding the leaf: %w", err)
	}
	return q.Answer(apitypes.Proof{BatchID: b.BatchID, Seq: seq, Root: doc.Root().Hex(), Leaf: doc.Tree.Leaf(i).Hex(), Value: value,
		Proof: hexes(proof), CID: b.CID, State: b.State, BlockNumber: b.BlockNumber, Confirmations: b.Confirmations, Final: b.Final}, ""), nil
}

func toBig(v any) *big.Int {
	switch x := v.(type) {
	case int64:
		return big.NewInt(x)
	case int32:
		return big.NewInt(int64(x))
	case uint64:
		return new(big.Int).SetUint64(x)
	case float64:
		if b, acc := big.NewFloat(x).Int(nil); acc == big.Exact {
			return b
		}
	case string:
		if b, ok := new(big.Int).SetString(x, 10); ok {
			return b
		}
	case []byte:
		if b, ok := new(big.Int).SetString(string(x), 10); ok {
			return b
		}
	case bool:
		if x {
			return big.NewInt(1)
		}
	}
	return new(big.Int)
}

// costOf is RateExchange.costOf on an indexed entry (package ratecost, the rule the oracle
// uses too); an entry with a 0 increment is a conflict (publish never stores one).
func costOf(e apitypes.RateEntry, dur uint64) (string, error) {
	if dur > math.MaxUint32 || e.InitialIncrement > math.MaxUint32 || e.SubsequentIncrement > math.MaxUint32 {
		return "", &httpError{http.StatusConflict, "rate entry or duration out of the contract's range"}
	}
	c, err := ratecost.Cost(ratecost.Entry{RatePerMinute: toBig(e.RatePerMinute), ConnectFee: toBig(e.ConnectFee),
		InitialIncrement: uint32(e.InitialIncrement), SubsequentIncrement: uint32(e.SubsequentIncrement)}, uint32(dur))
	switch {
	case errors.Is(err, ratecost.ErrZeroIncrement):
		return "", &httpError{http.StatusConflict, "rate entry has a zero billing increment"}
	case err != nil:
		return "", &httpError{http.StatusConflict, "rate entry: " + err.Error()}
	}
	return c.String(), nil
}

// newestFinal is the newest final batch of operator op (ok false when none). When
// rewardsRoot is not empty, only batches declaring that rewards root count. Batches still in
// their challenge window come first; the newest 500 cover any window.
func (s *Server) newestFinal(ctx context.Context, q *Snapshot, op, rewardsRoot string) (apitypes.Batch, bool, error) {
	query, args := `SELECT * FROM `+tbl("cdranchor", "BatchAnchored")+` WHERE operator = ?`, []any{op}
	if rewardsRoot != "" {
		query, args = query+` AND rewards_root = ?`, append(args, strings.ToLower(rewardsRoot))
	}
	batches, err := q.Query(ctx, query+` ORDER BY block_number DESC, log_index DESC LIMIT 500`, args...)
	if err != nil {
		return apitypes.Batch{}, false, err
	}
	env, err := s.batchEnv(ctx, q, batches)
	if err != nil {
		return apitypes.Batch{}, false, err
	}
	for _, r := range batches {
		if b := env.batch(q, r); b.State == apitypes.StateFinal {
			return b, true, nil
		}
	}
	return apitypes.Batch{}, false, nil
}

// newestRewardsDocs finds, for every operator, its newest final batch and, through the batch
// document on IPFS, the rewards document anchored with it. Operators whose document cannot
// be read are answered as items with an error, so one bad operator does not hide the others.
func (s *Server) newestRewardsDocs(ctx context.Context, q *Snapshot) (docs []string, failed []apitypes.Claimable, err error) {
	ops, err := q.Query(ctx, `SELECT DISTINCT operator FROM `+tbl("cdranchor", "BatchAnchored")+` ORDER BY operator LIMIT 64`)
	if err != nil {
		return nil, nil, err
	}
	for _, o := range ops {
		op := o.Str("operator")
		newest, ok, err := s.newestFinal(ctx, q, op, "")
		if err != nil {
			return nil, nil, err
		}
		if !ok || toBig(newest.RewardsTotal).Sign() == 0 {
			continue
		}
		doc, err := s.batchDoc(ctx, newest.CID, int64(min(newest.CDRCount, 1<<40)))
		if err != nil {
			failed = append(failed, apitypes.Claimable{Operator: op, BatchID: newest.BatchID, Error: "reading the batch document: " + err.Error()})
			continue
		}
		if doc.RewardsCID == "" {
			failed = append(failed, apitypes.Claimable{Operator: op, BatchID: newest.BatchID, Error: "the batch document names no rewards document"})
			continue
		}
		docs = append(docs, doc.RewardsCID)
	}
	return docs, failed, nil
}

// rewards answers what account has claimed (its claims paged with limit and after; the
// amount per operator in full) and, for each rewards document given (?doc=CID, repeatable;
// by default each operator's newest final one), what it can claim with the proof, provided
// the document's root is the rewards root of one of the operator's final batches.
func (s *Server) rewards(r *http.Request, q *Snapshot) (any, error) {
	acct, err := parseAddr("account", r.PathValue("account"))
	if err != nil {
		return nil, err
	}
	ctx := r.Context()
	p, err := parsePage(r)
	if err != nil {
		return nil, err
	}
	t := tbl("cdranchor", "RewardClaimed")
	rows, err := q.Query(ctx, `SELECT * FROM `+t+` WHERE account = ? AND`+pageWhere+`ORDER BY block_number, log_index LIMIT ?`,
		append(append([]any{acct}, p.args()...), p.limit)...)
	if err != nil {
		return nil, err
	}
	claims := q.Events(t, rows)
	// What the account has claimed from each operator is the cumulative amount of its newest
	// claim there.
	last, err := q.Query(ctx, `SELECT operator, cumulative_amount FROM (SELECT operator, cumulative_amount, row_number() OVER
			(PARTITION BY operator ORDER BY block_number DESC, log_index DESC) AS newest FROM `+t+` WHERE account = ?) AS claims
		WHERE newest = 1`, acct)
	if err != nil {
		return nil, err
	}
	claimed := map[string]*big.Int{}
	out := apitypes.Rewards{Account: acct, Claims: claims, ClaimedByOperator: map[string]string{}, Claimable: []apitypes.Claimable{}}
	for _, c := range last {
		op := c.Str("operator")
		claimed[op] = c.Big("cumulative_amount")
		out.ClaimedByOperator[op] = claimed[op].String()
	}
	docs := r.URL.Query()["doc"]
	if len(docs) > 16 {
		return nil, bad("at most 16 doc parameters")
	}
	if len(docs) == 0 {
		// No documents named: each operator's newest final batch names its rewards document.
		found, failed, err := s.newestRewardsDocs(ctx, q)
		if err != nil {
			return nil, err
		}
		docs = found
		out.Claimable = append(out.Claimable, failed...)
	}
	for _, d := range docs {
		if _, err := cid.Decode(d); err != nil {
			return nil, bad("doc %q is not a CID: %v", d, err)
		}
		doc, err := s.rewardsDoc(ctx, q, d)
		if err != nil {
			return nil, err
		}
		op := strings.ToLower(doc.Operator.Hex())
		item := apitypes.Claimable{Doc: d, Operator: op, Root: doc.Root().Hex()}
		anchor, ok, err := s.newestFinal(ctx, q, op, doc.Root().Hex())
		if err != nil {
			return nil, err
		}
		if !ok {
			item.Error = "no final, valid batch of the operator declares this rewards root"
			out.Claimable = append(out.Claimable, item)
			continue
		}
		item.BatchID, item.Confirmations, item.Final = anchor.BatchID, anchor.Confirmations, anchor.Final
		got := claimed[op]
		if got == nil {
			got = new(big.Int)
		}
		idx := -1
		want := common.HexToAddress(acct)
		for i, v := range doc.Tree.Values() {
			if v.Account == want {
				idx = i
				break
			}
		}
		if idx < 0 {
			item.CumulativeAmount, item.Claimed, item.Claimable, item.Proof = "0", got.String(), "0", []string{}
			out.Claimable = append(out.Claimable, item)
			continue
		}
		v := doc.Tree.At(idx)
		proof, err := doc.Tree.Proof(idx)
		if err != nil {
			return nil, fmt.Errorf("computing proof: %w", err)
		}
		left := new(big.Int).Sub(v.CumulativeAmount, got)
		if left.Sign() < 0 {
			left.SetInt64(0)
		}
		item.CumulativeAmount, item.Claimed, item.Claimable, item.Proof = v.CumulativeAmount.String(), got.String(), left.String(), hexes(proof)
		out.Claimable = append(out.Claimable, item)
	}
	return q.Answer(out, p.next(len(claims), lastPos(claims))), nil
}
