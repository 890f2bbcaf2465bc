package api

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/indexer/follow"
	"github.com/dotsnet/dots/oracle/ipfs"
	"github.com/dotsnet/dots/reconcile"
)

// mapDocs serves documents from memory by CID.
type mapDocs map[string][]byte

func (m mapDocs) Cat(_ context.Context, c string) ([]byte, error) {
	if b, ok := m[c]; ok {
		return b, nil
	}
	return nil, fmt.Errorf("no document %s", c)
}

// GET /v1/reconcile matches the two operators' anchored CDRs by call id from their batch
// documents: the calls B dropped are only at A, the one A dropped only at B, the one whose
// seconds B changed is mismatched; the public endpoint reveals no record.
func TestReconcileEndpoint(t *testing.T) {
	ix := newIndex(t)
	docs := mapDocs{}
	ix.srv = New(Config{DB: ix.db.R, Docs: docs, Status: func() follow.Status {
		return follow.Status{Head: ix.block, Indexed: ix.block, HasIndexed: true, FinalityDepth: 3, ChainID: 31337}
	}})
	opB := common.HexToAddress("0x00000000000000000000000000000000000000b1")
	const t0 = 500 // setup times before the blocks' (1000 + number)
	rec := func(op common.Address, i int, secs uint32) cdr.Record {
		orig, term := opA, opB
		if i%2 == 1 {
			orig, term = opB, opA
		}
		r := cdr.Record{Operator: op, CallID: crypto.Keccak256Hash([]byte(fmt.Sprint("call", i))), Caller: "+4930901820", Callee: "+14155550123",
			SetupTime: t0 + uint64(i), AnswerTime: t0 + uint64(i) + 1, EndTime: t0 + uint64(i) + 1 + uint64(secs), BillableSeconds: secs,
			SIPStatus: 200, Q850Cause: 16, OrigOperator: orig, TermOperator: term}
		side, err := cdr.SideOf(op, orig, term)
		if err != nil {
			t.Fatal(err)
		}
		r.Side = side
		r, err = cdr.New(r)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	var batchID int64
	anchor := func(op common.Address, rs []cdr.Record) {
		for i := range rs {
			rs[i].Seq = uint64(i + 1)
		}
		d, err := cdr.NewBatchDocument(31337, time.Unix(t0, 0), rs)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := d.MarshalJSON()
		c, err := ipfs.CID(data)
		if err != nil {
			t.Fatal(err)
		}
		docs[c] = data
		batchID++
		ix.emit("cdranchor", "BatchAnchored", map[string]any{
			"batchId": big.NewInt(batchID), "operator": op, "cdrRoot": d.Root(), "cid": []byte(c), "cdrCount": uint64(len(rs)),
			"firstSeq": uint64(1), "lastSeq": uint64(len(rs)), "rewardsTotal": big.NewInt(0), "prevBatchId": big.NewInt(0), "finalAt": uint64(0),
		})
	}
	var as, bs []cdr.Record
	for i := range 20 {
		if i != 4 {
			as = append(as, rec(opA, i, 60))
		}
		if i != 7 && i != 11 {
			secs := uint32(60)
			if i == 15 {
				secs = 90
			}
			bs = append(bs, rec(opB, i, secs))
		}
	}
	anchor(opA, as)
	anchor(opB, bs)
	code, m := get(t, ix.srv, fmt.Sprintf("/v1/reconcile?operator=%s&with=%s&from=%d&to=%d&tolerance=2", opA.Hex(), opB.Hex(), t0, t0+20))
	if code != 200 {
		t.Fatalf("%d %v", code, m)
	}
	raw, _ := json.Marshal(m["data"])
	var rep reconcile.Report
	if err := json.Unmarshal(raw, &rep); err != nil {
		t.Fatal(err)
	}
	callID := func(i int) common.Hash { return crypto.Keccak256Hash([]byte(fmt.Sprint("call", i))) }
	tt := rep.Totals
	if tt.Matched != 16 || tt.OnlyA != 2 || tt.OnlyB != 1 || tt.Mismatched != 1 || tt.CDRsA != 19 || tt.CDRsB != 18 {
		t.Fatalf("totals %+v", tt)
	}
	if rep.OnlyA[0].CallID != callID(7) || rep.OnlyA[1].CallID != callID(11) || rep.OnlyB[0].CallID != callID(4) || rep.Mismatched[0].CallID != callID(15) {
		t.Fatalf("wrong calls: %+v", rep)
	}
	if rep.OnlyA[0].A.Record != nil {
		t.Fatal("the endpoint revealed a full record")
	}
	for _, c := range []struct {
		q    string
		code int
	}{
		{"operator=" + opA.Hex() + "&with=" + opA.Hex() + "&from=1&to=2", 400},
		{"operator=x&with=" + opB.Hex() + "&from=1&to=2", 400},
		{"operator=" + opA.Hex() + "&with=" + opB.Hex() + "&from=5&to=5", 400},
		{"operator=" + opA.Hex() + "&with=" + opB.Hex() + "&from=1", 400},
		{"operator=" + opA.Hex() + "&with=" + opB.Hex() + "&from=1&to=9&tolerance=-1", 400},
	} {
		rec := httptest.NewRecorder()
		ix.srv.ServeHTTP(rec, httptest.NewRequest("GET", "/v1/reconcile?"+c.q, nil))
		if rec.Code != c.code {
			t.Errorf("%s: %d %s, want %d", c.q, rec.Code, rec.Body, c.code)
		}
	}
}
