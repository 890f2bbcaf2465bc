package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/ipfsnode"
	"github.com/dotsnet/dots/oracle/ipfs"
	"github.com/dotsnet/dots/reconcile"
)

// Two operators on anvil anchor their CDRs of the calls between them; B dropped two and
// changed the duration of one. `dots reconcile` finds exactly those from the chain and
// IPFS, shows A's calls in full with A's salts, exits 1, and pins the report.
func TestReconcileOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	tc := startTestChain(t, ctx)
	ip, err := ipfsnode.Open(ctx, ipfsnode.Config{RepoDir: t.TempDir(), APIAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer ip.Close()
	keyA, keyB := tc.node.Keys()[3], tc.node.Keys()[4]
	opA, opB := anvil.Address(keyA), anvil.Address(keyB)
	mustRun(t, tc.args(3, "operator", "register", "--amount", "1000", "--payout", opA.Hex())...)
	mustRun(t, tc.args(4, "operator", "register", "--amount", "1000", "--payout", opB.Hex())...)
	client, err := tc.node.Dial(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	chainID, _ := client.ChainID(ctx)
	const t0 = 1_763_000_000
	callID := func(i int) common.Hash { return crypto.Keccak256Hash([]byte(fmt.Sprint("call", i, "@a.example"))) }
	rec := func(op common.Address, i int, secs uint32) cdr.Record {
		orig, term := opA, opB
		if i%2 == 1 {
			orig, term = opB, opA
		}
		side, err := cdr.SideOf(op, orig, term)
		if err != nil {
			t.Fatal(err)
		}
		setup := uint64(t0 + 100*i)
		r, err := cdr.New(cdr.Record{Operator: op, CallID: callID(i), Caller: fmt.Sprintf("+4420794600%02d", i), Callee: fmt.Sprintf("+14155550%03d", i),
			SetupTime: setup, AnswerTime: setup + 2, EndTime: setup + 2 + uint64(secs), BillableSeconds: secs, SIPStatus: 200, Q850Cause: 16,
			OrigOperator: orig, TermOperator: term, Side: side})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	anchor := func(key int, op common.Address, rs []cdr.Record) {
		for i := range rs {
			rs[i].Seq = uint64(i + 1)
		}
		doc, err := cdr.NewBatchDocument(tc.dep.ChainID, time.Unix(t0, 0), rs)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := doc.MarshalJSON()
		c, err := ip.Add(ctx, bytes.NewReader(raw), ipfsnode.DefaultAddOptions())
		if err != nil {
			t.Fatal(err)
		}
		s, err := deploy.NewSender(ctx, client, tc.node.Keys()[key], chainID, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Send(ctx, "anchor", tc.dep.CDRAnchor, cdranchor.NewCDRAnchor().PackAnchor(doc.Root(), c.Bytes(), doc.CDRCount, doc.BillableSeconds,
			doc.FirstSeq, doc.LastSeq, common.Hash{}, new(big.Int))); err != nil {
			t.Fatal(err)
		}
	}
	var as, bs []cdr.Record
	for i := range 12 {
		as = append(as, rec(opA, i, uint32(30+i)))
		if i == 2 || i == 9 { // B dropped these
			continue
		}
		secs := uint32(30 + i)
		if i == 6 {
			secs += 20 // B says longer
		}
		bs = append(bs, rec(opB, i, secs))
	}
	anchor(3, opA, as)
	anchor(4, opB, bs)
	saltsJSON, _ := json.Marshal(as)
	salts := writeFile(t, "salts.json", saltsJSON)
	outFile := writeFile(t, "report.json", nil)
	args := append(tc.args(-1, "reconcile", "--operator", opA.Hex(), "--with", opB.Hex(), "--from", fmt.Sprint(t0), "--to", fmt.Sprint(t0+100*12),
		"--tolerance", "2", "--salts", salts, "--json", "--pin", "--out", outFile), "--ipfs", ip.APIURL())
	out, msg, code := runDots(t, "", args...)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (differences): %s\n%s", code, msg, out)
	}
	file, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	var rep reconcile.Report
	if err := json.Unmarshal(file, &rep); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"kind": "dots-reconciliation"`) {
		t.Errorf("--json printed no report: %s", out)
	}
	ids := func(calls []reconcile.Call) (s []common.Hash) {
		for _, c := range calls {
			s = append(s, c.CallID)
		}
		return s
	}
	if got := ids(rep.OnlyA); len(got) != 2 || got[0] != callID(2) || got[1] != callID(9) {
		t.Errorf("only at A: %v", got)
	}
	if got := ids(rep.Mismatched); len(got) != 1 || got[0] != callID(6) || rep.Mismatched[0].Reasons[0] != reconcile.ReasonSeconds {
		t.Errorf("mismatched: %+v", rep.Mismatched)
	}
	if rep.Totals.Matched != 9 || rep.Totals.OnlyB != 0 || rep.Totals.CDRsA != 12 || rep.Totals.CDRsB != 10 || rep.Totals.Priced != 12 {
		t.Errorf("totals %+v", rep.Totals)
	}
	if r := rep.OnlyA[0].A.Record; r == nil || r.Caller != as[2].Caller {
		t.Errorf("A's dropped call is not shown in full with A's salts: %+v", rep.OnlyA[0].A)
	}
	for _, c := range rep.OnlyA {
		if len(c.Costs) != 2 || !c.Costs[0].NoRate { // no decks published on this chain
			t.Errorf("costs %+v, want both decks' (no rate)", c.Costs)
		}
	}
	all := out + msg
	i := strings.Index(all, "report pinned: ")
	if i < 0 {
		t.Fatalf("no CID printed: %q", msg)
	}
	cid := strings.Fields(all[i+len("report pinned: "):])[0]
	pinned, err := ipfs.New(ip.APIURL()).Cat(ctx, cid, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(bytes.TrimSpace(pinned), bytes.TrimSpace(file)) {
		t.Error("the pinned report differs from --out")
	}
	// Bad input exits 2.
	for _, bad := range [][]string{
		{"--operator", "x", "--with", opB.Hex(), "--from", "1"},
		{"--operator", opA.Hex(), "--with", opA.Hex(), "--from", "1"},
		{"--operator", opA.Hex(), "--with", opB.Hex(), "--from", "5", "--to", "4"},
		{"--operator", opA.Hex(), "--with", opB.Hex(), "--from", "1", "--salts", writeFile(t, "bad.json", []byte("[{}]"))},
	} {
		if _, msg, code := runDots(t, "", append(tc.args(-1, append([]string{"reconcile"}, bad...)...), "--ipfs", ip.APIURL())...); code != 2 {
			t.Errorf("%v: exit %d %q, want 2", bad, code, msg)
		}
	}
}
