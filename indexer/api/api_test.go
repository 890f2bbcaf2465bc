package api

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/indexer/events"
	"github.com/dotsnet/dots/indexer/follow"
	"github.com/dotsnet/dots/indexer/store"
)

var (
	opA    = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	seller = common.HexToAddress("0x00000000000000000000000000000000000000b2")
	addrs  = events.Addresses{NumberRegistry: common.Address{1}, CDRAnchor: common.Address{2}, RewardToken: common.Address{3},
		RateExchange: common.Address{4}, DisputeVoting: common.Address{5}, Randomness: common.Address{6}}
)

// index is a real index (SQLite with the decoder's schema) filled through the decoder with
// ABI-encoded events, and the API over it.
type index struct {
	t     testing.TB
	db    *store.DB
	dec   *events.Decoder
	abis  map[string]events.Contract
	srv   *Server
	block uint64
}

func newIndex(t testing.TB) *index {
	dec, err := events.New(events.DOTS(addrs))
	if err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "api.db"), dec.Schema())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ix := &index{t: t, db: db, dec: dec, abis: map[string]events.Contract{}}
	for _, c := range events.DOTS(addrs) {
		ix.abis[c.Pkg] = c
	}
	ix.srv = New(Config{DB: db.R, Status: func() follow.Status {
		return follow.Status{Head: ix.block, Indexed: ix.block, HasIndexed: true, FinalityDepth: 3, ChainID: 31337}
	}})
	return ix
}

// emit indexes one block (time 1000+number) holding one event of pkg with the named
// arguments (missing ones are zero).
func (ix *index) emit(pkg, event string, args map[string]any) {
	ix.t.Helper()
	c := ix.abis[pkg]
	ev, ok := c.ABI.Events[event]
	if !ok {
		ix.t.Fatalf("no event %s.%s", pkg, event)
	}
	topics := []common.Hash{ev.ID}
	var data []any
	for _, in := range ev.Inputs {
		v, ok := args[in.Name]
		if !ok {
			v = reflect.New(in.Type.GetType()).Elem().Interface()
			if in.Type.T == abi.UintTy && in.Type.Size > 64 {
				v = new(big.Int)
			}
		}
		delete(args, in.Name)
		if in.Indexed {
			ts, err := abi.MakeTopics([]any{v})
			if err != nil {
				ix.t.Fatalf("%s.%s topic %s: %v", pkg, event, in.Name, err)
			}
			topics = append(topics, ts[0][0])
		} else {
			data = append(data, v)
		}
	}
	if len(args) > 0 {
		ix.t.Fatalf("%s.%s has no arguments %v", pkg, event, args)
	}
	packed, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		ix.t.Fatalf("packing %s.%s: %v", pkg, event, err)
	}
	ix.block++
	b := follow.Block{Number: ix.block, Hash: crypto.Keccak256Hash([]byte(fmt.Sprint(ix.block))), Time: 1000 + ix.block}
	l := types.Log{Address: c.Address, Topics: topics, Data: packed, BlockNumber: b.Number, BlockHash: b.Hash}
	ctx := context.Background()
	tx, err := ix.db.W.BeginTxx(ctx, nil)
	if err != nil {
		ix.t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`INSERT INTO blocks(block_number, hash, parent_hash, time) VALUES(?,?,?,?)`, b.Number, b.Hash.Hex(), "", b.Time); err != nil {
		ix.t.Fatal(err)
	}
	if err := ix.dec.HandleLogs(ctx, tx, []follow.Block{b}, []types.Log{l}); err != nil {
		ix.t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		ix.t.Fatal(err)
	}
}

func get(t testing.TB, h http.Handler, path string) (int, map[string]any) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	var m map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &m); err != nil {
		t.Fatalf("GET %s: %d %q is not JSON: %v", path, rec.Code, rec.Body.String(), err)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
		t.Fatalf("GET %s: content type %q", path, ct)
	}
	return rec.Code, m
}

func (ix *index) batch(id int64, finalAt uint64) {
	ix.emit("cdranchor", "BatchAnchored", map[string]any{
		"batchId": big.NewInt(id), "operator": opA, "cdrRoot": crypto.Keccak256Hash([]byte{byte(id)}),
		"cid": []byte("bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"), "cdrCount": uint64(10),
		"firstSeq": uint64(id*10 - 9), "lastSeq": uint64(id * 10), "rewardsTotal": big.NewInt(0), "prevBatchId": big.NewInt(id - 1), "finalAt": finalAt,
	})
}

func TestBadInput(t *testing.T) {
	ix := newIndex(t)
	ix.emit("cdranchor", "OperatorRegistered", map[string]any{"operator": opA, "payout": opA, "bond": big.NewInt(100), "metadata": "sip:a"})
	ix.batch(1, 0)
	a := opA.Hex()
	for _, c := range []struct {
		path   string
		code   int
		reason string
	}{
		{"/v1/numbers/4930123", 400, "E.164"},
		{"/v1/numbers/%2B0123", 400, "E.164"},
		{"/v1/numbers/%2B1234567890123456", 400, "E.164"},
		{"/v1/numbers/%2B49x", 400, "E.164"},
		{"/v1/numbers/%2B4930123/history?limit=0", 400, "limit"},
		{"/v1/numbers/%2B4930123/history?limit=1001", 400, "limit"},
		{"/v1/numbers/%2B4930123/history?limit=abc", 400, "limit"},
		{"/v1/numbers/%2B4930123/history?after=12", 400, "after"},
		{"/v1/numbers/%2B4930123/history?after=-1.2", 400, "after"},
		{"/v1/numbers/%2B4930123/history?after=1.x", 400, "after"},
		{"/v1/operators/0x12", 400, "address"},
		{"/v1/operators/" + a + "00", 400, "address"},
		{"/v1/operators/zz" + a[2:], 400, "address"},
		{"/v1/operators/" + a + "/batches?limit=-5", 400, "limit"},
		{"/v1/operators/" + a + "/slashes?after=", 200, ""},
		{"/v1/operators/nothex/slashes", 400, "address"},
		{"/v1/batches?operator=0x1", 400, "address"},
		{"/v1/batches?limit=1e3", 400, "limit"},
		{"/v1/batches/-1", 400, "batch id"},
		{"/v1/batches/1.5", 400, "batch id"},
		{"/v1/batches/99999999999999999999", 400, "batch id"},
		{"/v1/batches/abc/proof?seq=1", 400, "batch id"},
		{"/v1/batches/1/proof", 400, "the query parameter seq is missing: add ?seq=N"},
		{"/v1/batches/1/proof?seq=-1", 400, "seq"},
		{"/v1/batches/1/proof?seq=11", 400, "outside"},
		{"/v1/batches/1/proof?seq=5", 503, "IPFS"},
		{"/v1/rewards/0xabc", 400, "address"},
		{"/v1/rewards/" + a + "?doc=notacid", 400, "CID"},
		{"/v1/rewards/" + a + "?" + strings.Repeat("doc=x&", 17), 400, "at most 16"},
		{"/v1/rates/0x", 400, "address"},
		{"/v1/rates/" + a + "?at=yesterday", 400, "at"},
		{"/v1/rates/" + a + "?at=-1", 400, "at"},
		{"/v1/rates/" + a + "/quote?seconds=60", 400, "the query parameter destination is missing"},
		{"/v1/rates/" + a + "/quote?destination=49a&seconds=60", 400, "destination"},
		{"/v1/rates/" + a + "/quote?destination=%2B49&seconds=", 400, "the query parameter seconds is missing"},
		{"/v1/rates/" + a + "/quote?destination=%2B49&seconds=1.5", 400, "seconds"},
		{"/v1/rates/" + a + "/quote?destination=%2B49&seconds=4294967296", 400, "too large"},
		{"/v1/rates/" + a + "/quote?destination=1234567890123456&seconds=1", 400, "destination"},
		{"/v1/disputes?limit=x", 400, "limit"},
		{"/v1/disputes/-3", 400, "dispute id"},
		{"/v1/disputes/0x10", 400, "dispute id"},
		// Well-formed questions about things the index does not hold.
		{"/v1/numbers/%2B4930123", 404, "never claimed"},
		{"/v1/operators/0x00000000000000000000000000000000000000ff", 404, "not registered"},
		{"/v1/batches/2", 404, "not anchored"},
		{"/v1/batches/2/proof?seq=1", 404, "not anchored"},
		{"/v1/rates/" + a + "/quote?destination=%2B49&seconds=60", 404, "no rate"},
		{"/v1/disputes/7", 404, "not open"},
		{"/v1/nothing", 404, "no such endpoint"},
		{"/", 404, "no such endpoint"},
	} {
		code, m := get(t, ix.srv, c.path)
		if code != c.code {
			t.Errorf("GET %s: %d %v, want %d", c.path, code, m, c.code)
			continue
		}
		if c.code == 200 {
			continue
		}
		reason, _ := m["error"].(string)
		if !strings.Contains(reason, c.reason) || m["status"] != float64(c.code) {
			t.Errorf("GET %s: %d %v, want a reason with %q", c.path, code, m, c.reason)
		}
	}
	// The same server still answers good questions.
	if code, m := get(t, ix.srv, "/v1/operators/"+strings.ToUpper(a[2:])); code != 200 {
		t.Errorf("an address without 0x: %d %v", code, m)
	}
	if code, m := get(t, ix.srv, "/v1/operators/"+strings.ToLower(a)); code != 200 || m["data"].(map[string]any)["batchCount"] != float64(1) {
		t.Errorf("operator: %d %v", code, m)
	}
	rec := httptest.NewRecorder()
	ix.srv.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/batches", strings.NewReader("{}")))
	if rec.Code != http.StatusMethodNotAllowed || !strings.Contains(rec.Body.String(), "read-only") {
		t.Errorf("POST /v1/batches: %d", rec.Code)
	}
}

// states lists the states of the first 100 batches.
func (ix *index) states(t *testing.T) string {
	t.Helper()
	code, m := get(t, ix.srv, "/v1/batches")
	if code != 200 {
		t.Fatalf("batches: %d %v", code, m)
	}
	var out []string
	for _, r := range m["data"].([]any) {
		out = append(out, r.(map[string]any)["state"].(string))
	}
	return fmt.Sprint(out)
}

func TestBatchesPagesAndStates(t *testing.T) {
	ix := newIndex(t)
	ix.emit("cdranchor", "OperatorRegistered", map[string]any{"operator": opA, "payout": opA, "bond": big.NewInt(100), "metadata": "sip:a"})
	for id := int64(1); id <= 5; id++ {
		ix.batch(id, 1000+7) // final from block 7's time on
	}
	ix.emit("cdranchor", "BatchInvalidated", map[string]any{"batchId": big.NewInt(4), "operator": opA, "lastInvalidatedBatchId": big.NewInt(4),
		"tipBatchId": big.NewInt(3), "tipSeq": uint64(30), "tipRewardsTotal": big.NewInt(0)})
	// Head is block 7: batches 1-3 and 5 are final by time, 4 is invalidated.
	var ids []float64
	var states []string
	after := ""
	for pages := 0; ; pages++ {
		if pages > 5 {
			t.Fatal("pagination does not end")
		}
		code, m := get(t, ix.srv, "/v1/batches?limit=2"+after)
		if code != 200 {
			t.Fatalf("page: %d %v", code, m)
		}
		for _, r := range m["data"].([]any) {
			b := r.(map[string]any)
			ids = append(ids, b["batch_id"].(float64))
			states = append(states, b["state"].(string))
			conf := b["confirmations"].(float64)
			if want := float64(ix.block - uint64(b["block_number"].(float64)) + 1); conf != want {
				t.Errorf("batch %v: %v confirmations, want %v", b["batch_id"], conf, want)
			}
			if b["final"] != (conf >= 3) {
				t.Errorf("batch %v: final=%v with %v confirmations and depth 3", b["batch_id"], b["final"], conf)
			}
		}
		next, _ := m["next"].(string)
		if next == "" {
			break
		}
		after = "&after=" + next
	}
	if fmt.Sprint(ids) != "[1 2 3 4 5]" || fmt.Sprint(states) != "[final final final invalidated final]" {
		t.Fatalf("pages gave batches %v states %v", ids, states)
	}
	// A dispute freeze on batch 3 holds batch 3 and the later valid batch 5 (it chains on 3)
	// pending, not the invalidated 4; releasing the freeze makes them final again.
	ix.emit("cdranchor", "BatchFrozen", map[string]any{"batchId": big.NewInt(3), "operator": opA, "freezes": big.NewInt(1), "frozenFromBatchId": big.NewInt(3)})
	if got := ix.states(t); got != "[final final pending invalidated pending]" {
		t.Fatalf("states with batch 3 frozen: %s", got)
	}
	ix.emit("cdranchor", "BatchUnfrozen", map[string]any{"batchId": big.NewInt(3), "operator": opA, "freezes": big.NewInt(0), "frozenFromBatchId": big.NewInt(0)})
	if got := ix.states(t); got != "[final final final invalidated final]" {
		t.Fatalf("states after the freeze ended: %s", got)
	}
	// A freeze whose batch was invalidated since holds nothing.
	ix.emit("cdranchor", "BatchFrozen", map[string]any{"batchId": big.NewInt(4), "operator": opA, "freezes": big.NewInt(1), "frozenFromBatchId": big.NewInt(4)})
	if got := ix.states(t); got != "[final final final invalidated final]" {
		t.Fatalf("states with the invalidated batch 4 frozen: %s", got)
	}
	// A batch whose finality time is after the head's time is pending.
	ix.batch(6, 1000+100)
	code, m := get(t, ix.srv, "/v1/batches/6")
	if code != 200 || m["data"].(map[string]any)["state"] != "pending" {
		t.Fatalf("batch 6: %d %v", code, m)
	}
	code, m = get(t, ix.srv, "/v1/operators/"+opA.Hex()+"/batches?limit=1000&after=3.0")
	if code != 200 || len(m["data"].([]any)) != 4 {
		t.Fatalf("operator batches after block 3: %d %v", code, m)
	}
}

func TestRatesAndQuote(t *testing.T) {
	ix := newIndex(t)
	pub := func(prefix string, rate, fee int64, init, sub uint32, eff uint64, index int64) {
		ix.emit("rateexchange", "RatePublished", map[string]any{"seller": seller, "prefixKey": crypto.Keccak256Hash([]byte(prefix)),
			"prefix": prefix, "ratePerMinute": big.NewInt(rate), "connectFee": big.NewInt(fee), "initialIncrement": init,
			"subsequentIncrement": sub, "effectiveTime": eff, "index": big.NewInt(index)})
	}
	pub("49", 600, 5, 60, 60, 1000, 0)
	pub("4930", 120, 0, 30, 6, 1000, 1)
	pub("4930", 240, 1, 1, 1, 2000, 2) // in force from time 2000 only
	code, m := get(t, ix.srv, "/v1/rates/"+seller.Hex())
	if code != 200 || len(m["data"].(map[string]any)["entries"].([]any)) != 2 {
		t.Fatalf("rates now: %d %v", code, m)
	}
	for _, c := range []struct {
		q    string
		cost string
	}{
		// 4930: 30 s then 6 s steps: 61 s bills 66 s at 120/min = 132.
		{"destination=%2B4930555&seconds=61", "132"},
		// 49: 60 s then 60 s steps: 61 s bills 120 s at 600/min = 1200, plus 5.
		{"destination=%2B4940&seconds=61", "1205"},
		{"destination=4940&seconds=1", "605"},
		{"destination=4930&seconds=0", "0"},
		// At time 2000 the newer 4930 entry is in force: 10 s at 240/min = 40, plus 1.
		{"destination=4930&seconds=10&at=2000", "41"},
	} {
		code, m := get(t, ix.srv, "/v1/rates/"+seller.Hex()+"/quote?"+c.q)
		if code != 200 || m["data"].(map[string]any)["cost"] != c.cost {
			t.Errorf("quote %s: %d %v, want cost %s", c.q, code, m, c.cost)
		}
	}
	if code, m := get(t, ix.srv, "/v1/rates/"+seller.Hex()+"/quote?destination=33&seconds=10"); code != 404 {
		t.Errorf("quote for a destination without a rate: %d %v", code, m)
	}
	if code, m := get(t, ix.srv, "/v1/rates/"+seller.Hex()+"/quote?destination=49&seconds=10&at=999"); code != 404 {
		t.Errorf("quote before any rate is in force: %d %v", code, m)
	}
}

func TestNumberAndHealth(t *testing.T) {
	ix := newIndex(t)
	owner := common.HexToAddress("0x00000000000000000000000000000000000000c3")
	to := common.HexToAddress("0x00000000000000000000000000000000000000d4")
	node := crypto.Keccak256Hash([]byte("+4930123"))
	ix.emit("numberregistry", "NumberClaimed", map[string]any{"node": node, "e164": "+4930123", "owner": owner, "expires": uint64(5000), "deposit": big.NewInt(7)})
	ix.emit("numberregistry", "CnamSet", map[string]any{"node": node, "e164": "+4930123", "cnam": "ALICE"})
	ix.emit("numberregistry", "NumberTransferred", map[string]any{"node": node, "e164": "+4930123", "from": owner, "to": to})
	code, m := get(t, ix.srv, "/v1/numbers/%2B4930123")
	d, _ := m["data"].(map[string]any)
	if code != 200 || d["owner"] != strings.ToLower(to.Hex()) || d["cnam"] != "ALICE" || d["confirmations"] != float64(1) || d["final"] != false {
		t.Fatalf("number: %d %v", code, m)
	}
	code, m = get(t, ix.srv, "/v1/numbers/%2B4930123/history?limit=1")
	if code != 200 || len(m["data"].([]any)) != 1 || m["next"] != "1.0" {
		t.Fatalf("history page 1: %d %v", code, m)
	}
	code, m = get(t, ix.srv, "/v1/numbers/%2B4930123/history?limit=5&after=1.0")
	if code != 200 || len(m["data"].([]any)) != 1 || m["data"].([]any)[0].(map[string]any)["event"] != "NumberTransferred" || m["next"] != nil {
		t.Fatalf("history page 2: %d %v", code, m)
	}
	code, m = get(t, ix.srv, "/healthz")
	if code != 200 || m["head"] != float64(3) || m["lag"] != float64(0) {
		t.Fatalf("healthz: %d %v", code, m)
	}
}

// params is a CDRAnchor Parameters tuple with minBond set (other numbers zero).
func (ix *index) params(minBond int64) any {
	ix.t.Helper()
	in := ix.abis["cdranchor"].ABI.Events["ParametersSet"].Inputs[0]
	v := reflect.New(in.Type.GetType()).Elem()
	for i := 0; i < v.NumField(); i++ {
		if v.Field(i).Type() == reflect.TypeOf(new(big.Int)) {
			v.Field(i).Set(reflect.ValueOf(new(big.Int)))
		}
	}
	v.FieldByName("MinBond").Set(reflect.ValueOf(big.NewInt(minBond)))
	return v.Interface()
}

func TestOperatorStatus(t *testing.T) {
	ix := newIndex(t)
	ix.emit("cdranchor", "ParametersSet", map[string]any{"params": ix.params(50)})
	ix.emit("cdranchor", "OperatorRegistered", map[string]any{"operator": opA, "payout": opA, "bond": big.NewInt(100), "metadata": "sip:a"})
	status := func() (string, map[string]any) {
		t.Helper()
		code, m := get(t, ix.srv, "/v1/operators/"+opA.Hex())
		if code != 200 {
			t.Fatalf("operator: %d %v", code, m)
		}
		d := m["data"].(map[string]any)
		return d["status"].(string), d
	}
	if s, d := status(); s != "active" || d["bond"] != float64(100) || d["minBond"] != "50" {
		t.Fatalf("registered: %s %v", s, d)
	}
	ix.emit("cdranchor", "OperatorSlashed", map[string]any{"operator": opA, "recipient": owner(), "amount": big.NewInt(80), "bond": big.NewInt(20), "unbonding": big.NewInt(0)})
	if s, d := status(); s != "underbonded" || d["bond"] != float64(20) || d["slashCount"] != float64(1) {
		t.Fatalf("after a slash: %s %v", s, d)
	}
	ix.emit("cdranchor", "BondAdded", map[string]any{"operator": opA, "amount": big.NewInt(60), "bond": big.NewInt(80)})
	if s, d := status(); s != "active" || d["bond"] != float64(80) {
		t.Fatalf("after a top-up: %s %v", s, d)
	}
	ix.emit("cdranchor", "ParametersSet", map[string]any{"params": ix.params(1000)})
	if s, _ := status(); s != "underbonded" {
		t.Fatalf("after the minimum bond rose: %s", s)
	}
	ix.emit("cdranchor", "OperatorSuspended", map[string]any{"operator": opA, "recipient": owner(), "slashed": big.NewInt(80)})
	if s, _ := status(); s != "suspended" {
		t.Fatalf("after suspension: %s", s)
	}
	code, m := get(t, ix.srv, "/v1/operators/"+opA.Hex()+"/slashes")
	if code != 200 || len(m["data"].([]any)) != 1 {
		t.Fatalf("slashes: %d %v", code, m)
	}
}

func owner() common.Address { return common.HexToAddress("0x00000000000000000000000000000000000000c3") }

func TestRewardClaimsArePagedAndTheClaimedAmountIsWhole(t *testing.T) {
	ix := newIndex(t)
	acct := common.HexToAddress("0x00000000000000000000000000000000000000c3")
	opB := common.HexToAddress("0x00000000000000000000000000000000000000a2")
	claim := func(op common.Address, batch, cumulative int64) {
		ix.emit("cdranchor", "RewardClaimed", map[string]any{"operator": op, "batchId": big.NewInt(batch), "account": acct,
			"cumulativeAmount": big.NewInt(cumulative), "amount": big.NewInt(1)})
	}
	// Claims interleaved across two operators; the newest per operator is not the largest
	// batch id nor the first row of any page.
	claim(opA, 1, 100)
	claim(opB, 1, 7)
	claim(opA, 3, 250)
	claim(opB, 2, 9)
	claim(opA, 4, 400)
	want := map[string]any{strings.ToLower(opA.Hex()): "400", strings.ToLower(opB.Hex()): "9"}

	var seen []string
	next := ""
	for page := 0; ; page++ {
		path := "/v1/rewards/" + acct.Hex() + "?limit=2"
		if next != "" {
			path += "&after=" + next
		}
		code, m := get(t, ix.srv, path)
		if code != 200 {
			t.Fatalf("GET %s: %d %v", path, code, m)
		}
		d := m["data"].(map[string]any)
		if !reflect.DeepEqual(d["claimedByOperator"], want) {
			t.Fatalf("page %d: claimedByOperator %v, want %v", page, d["claimedByOperator"], want)
		}
		claims := d["claims"].([]any)
		if len(claims) > 2 {
			t.Fatalf("page %d: %d claims with limit=2", page, len(claims))
		}
		for _, c := range claims {
			seen = append(seen, fmt.Sprint(c.(map[string]any)["cumulative_amount"]))
		}
		next, _ = m["next"].(string)
		if next == "" {
			break
		}
		if page > 5 {
			t.Fatal("the cursor does not advance")
		}
	}
	if got := strings.Join(seen, ","); got != "100,7,250,9,400" {
		t.Fatalf("claims over all pages: %s", got)
	}
}

// While the follower rebuilds the index, every answer and /healthz say so.
func TestRebuildingShownToClients(t *testing.T) {
	ix := newIndex(t)
	rebuilding := true
	ix.srv = New(Config{DB: ix.db.R, Status: func() follow.Status {
		return follow.Status{Head: 10, Indexed: 2, HasIndexed: true, FinalityDepth: 3, ChainID: 31337, Rebuilding: rebuilding}
	}})
	for _, path := range []string{"/healthz", "/v1/batches", "/v1/disputes"} {
		code, m := get(t, ix.srv, path)
		if code != 200 || m["rebuilding"] != true {
			t.Fatalf("%s while rebuilding: %d %v", path, code, m)
		}
	}
	rebuilding = false
	if code, m := get(t, ix.srv, "/v1/batches"); code != 200 || m["rebuilding"] != nil {
		t.Fatalf("after the rebuild: %d %v", code, m)
	}
}
