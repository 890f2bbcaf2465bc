package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dotsnet/dots/cdr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
)

// runDots runs the app in process and returns stdout and the exit code run() would use.
func runDots(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	app := newApp()
	var out bytes.Buffer
	app.Writer, app.ErrWriter, app.Reader = &out, &out, strings.NewReader(stdin)
	err := app.Run(reorderArgs(app, append([]string{"dots"}, args...)))
	code := 0
	msg := ""
	if err != nil {
		msg = err.Error()
		code = 2
		var ec cli.ExitCoder
		if errors.As(err, &ec) {
			code = ec.ExitCode()
		}
	}
	return out.String(), msg, code
}

func testRecords(n int) []cdr.Record {
	op := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	rs := make([]cdr.Record, n)
	for i := range rs {
		r, err := cdr.New(cdr.Record{
			Operator:        op,
			Seq:             uint64(10 + i),
			CallID:          crypto.Keccak256Hash([]byte{byte(i), byte(i >> 8)}),
			Caller:          "+1415555" + string(rune('0'+i%10)) + "100",
			Callee:          "+4420718387" + string(rune('0'+i%10)) + "0",
			SetupTime:       1763890000 + uint64(i),
			AnswerTime:      1763890003 + uint64(i),
			EndTime:         1763890063 + uint64(i) + uint64(i%7),
			BillableSeconds: 60 + uint32(i%7),
			SIPStatus:       200,
			Q850Cause:       16,
			OrigOperator:    op,
			TermOperator:    common.Address{0x42},
			Side:            cdr.SideOriginating,
		})
		if err != nil {
			panic(err)
		}
		rs[i] = r
	}
	return rs
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestBatchRoot(t *testing.T) {
	records := testRecords(25)
	doc, err := cdr.NewBatchDocument(31337, time.Unix(1763890000, 0), records)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := doc.MarshalJSON()
	good := writeFile(t, "batch.json", data)
	out, msg, code := runDots(t, "", "batch", "root", good)
	if code != 0 || strings.TrimSpace(out) != doc.Root().Hex() {
		t.Fatalf("batch root: code %d out %q msg %q, want %s", code, out, msg, doc.Root().Hex())
	}

	// A changed value: the recomputed root differs; both roots are reported, exit 1.
	v0 := doc.Tree.At(0)
	tampered := strings.Replace(string(data), `"`+v0.CallerCommit.Hex()+`"`, `"`+common.Hash{1}.Hex()+`"`, 1)
	if tampered == string(data) {
		t.Fatal("test did not tamper")
	}
	out, msg, code = runDots(t, "", "batch", "root", writeFile(t, "t.json", []byte(tampered)))
	if code != 1 || !strings.Contains(msg, doc.Root().Hex()) || !strings.Contains(msg, strings.TrimSpace(out)) ||
		strings.TrimSpace(out) == doc.Root().Hex() {
		t.Fatalf("tampered value: code %d out %q msg %q", code, out, msg)
	}

	// Metadata that disagrees with the values: exit 1.
	badMeta := strings.Replace(string(data), `"cdrCount":25`, `"cdrCount":24`, 1)
	if _, msg, code = runDots(t, "", "batch", "root", writeFile(t, "m.json", []byte(badMeta))); code != 1 || !strings.Contains(msg, "cdrCount") {
		t.Fatalf("bad metadata: code %d msg %q", code, msg)
	}

	// Unreadable or invalid files: exit 2.
	for name, content := range map[string]string{
		"notjson":   "hello",
		"truncated": string(data[:len(data)/3]),
		"noformat":  `{"leafEncoding":["uint8"],"tree":[],"values":[]}`,
		"badvalue":  strings.Replace(string(data), `","200","16","`, `","2x0","16","`, 1),
		"dynamic":   `{"format":"standard-v1","leafEncoding":["string"],"tree":["0x` + strings.Repeat("0", 64) + `"],"values":[{"value":["a"],"treeIndex":0}]}`,
	} {
		if _, msg, code := runDots(t, "", "batch", "root", writeFile(t, name, []byte(content))); code != 2 {
			t.Errorf("%s: code %d (%s), want 2", name, code, msg)
		}
	}
	if _, _, code := runDots(t, "", "batch", "root", filepath.Join(t.TempDir(), "missing.json")); code != 2 {
		t.Errorf("missing file: code %d", code)
	}
	if _, _, code := runDots(t, "", "batch", "root"); code != 2 {
		t.Errorf("no argument: code %d", code)
	}
}

func TestBatchRootRewardsDocument(t *testing.T) {
	amounts := map[common.Address]*big.Int{{1}: big.NewInt(5), {2}: new(big.Int).Lsh(big.NewInt(1), 200)}
	doc, err := cdr.NewRewardsDocument(common.Address{9}, 1, 7, time.Unix(0, 0), amounts)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := doc.MarshalJSON()
	out, msg, code := runDots(t, "", "batch", "root", writeFile(t, "r.json", data))
	if code != 0 || strings.TrimSpace(out) != doc.Root().Hex() {
		t.Fatalf("rewards root: code %d out %q msg %q", code, out, msg)
	}
	inflated := strings.Replace(string(data), `"5"]`, `"6"]`, 1)
	if _, _, code := runDots(t, "", "batch", "root", writeFile(t, "i.json", []byte(inflated))); code != 1 {
		t.Fatalf("inflated reward: code %d, want 1", code)
	}
}

func TestBatchProof(t *testing.T) {
	records := testRecords(9)
	doc, _ := cdr.NewBatchDocument(1, time.Unix(0, 0), records)
	data, _ := doc.MarshalJSON()
	file := writeFile(t, "b.json", data)
	for i, r := range records {
		for _, args := range [][]string{{"--leaf", r.Leaf().Hex()}, {"--index", string(rune('0' + i))}} {
			out, msg, code := runDots(t, "", append([]string{"batch", "proof"}, append(args, file)...)...)
			if code != 0 {
				t.Fatalf("proof %v: code %d %s", args, code, msg)
			}
			var got struct {
				Leaf  common.Hash     `json:"leaf"`
				Proof []common.Hash   `json:"proof"`
				Root  common.Hash     `json:"root"`
				Index int             `json:"index"`
				Value json.RawMessage `json:"value"`
			}
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("output %q: %v", out, err)
			}
			if got.Leaf != r.Leaf() || got.Root != doc.Root() || got.Index != i ||
				!cdr.VerifyProof(doc.Root(), r.Leaf(), got.Proof) {
				t.Fatalf("proof of record %d (%v) does not verify: %s", i, args, out)
			}
		}
	}
	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"--leaf", common.Hash{7}.Hex(), file}, 1},                    // not in the tree
		{[]string{"--leaf", "0x1234", file}, 2},                                // malformed hash
		{[]string{"--index", "9", file}, 2},                                    // out of range
		{[]string{"--index", "-3", file}, 2},                                   // negative
		{[]string{file}, 2},                                                    // neither flag
		{[]string{"--index", "1", "--leaf", records[0].Leaf().Hex(), file}, 2}, // both
	} {
		if _, msg, code := runDots(t, "", append([]string{"batch", "proof"}, c.args...)...); code != c.code {
			t.Errorf("%v: code %d (%s), want %d", c.args, code, msg, c.code)
		}
	}
}

func TestCDRLeaf(t *testing.T) {
	r := testRecords(1)[0]
	data, _ := json.Marshal(r)
	out, msg, code := runDots(t, "", "cdr", "leaf", writeFile(t, "c.json", data))
	if code != 0 || strings.TrimSpace(out) != r.Leaf().Hex() {
		t.Fatalf("cdr leaf: code %d out %q msg %q", code, out, msg)
	}
	out, _, code = runDots(t, string(data), "cdr", "leaf", "-")
	if code != 0 || strings.TrimSpace(out) != r.Leaf().Hex() {
		t.Fatalf("cdr leaf from stdin: code %d out %q", code, out)
	}
	for field, bad := range map[string]string{
		"caller":          strings.Replace(string(data), `"caller":"+`, `"caller":"`, 1),
		"billableSeconds": strings.Replace(string(data), `"billableSeconds":60`, `"billableSeconds":61`, 1),
		"q850Cause":       strings.Replace(string(data), `"q850Cause":16`, `"q850Cause":200`, 1),
		"side":            strings.Replace(string(data), `"side":"originating"`, `"side":"terminating"`, 1), // op is not termOperator
	} {
		_, msg, code := runDots(t, "", "cdr", "leaf", writeFile(t, "bad.json", []byte(bad)))
		if code != 2 || !strings.Contains(msg, field) {
			t.Errorf("bad %s: code %d msg %q", field, code, msg)
		}
	}
	if _, _, code := runDots(t, "", "cdr", "leaf", writeFile(t, "x.json", []byte("{"))); code != 2 {
		t.Errorf("broken JSON: code %d", code)
	}
	// The side is in the leaf: the same call written by the terminating operator is
	// another leaf.
	term := r
	term.Operator, term.Side = term.TermOperator, cdr.SideTerminating
	tdata, _ := json.Marshal(term)
	if out, msg, code := runDots(t, "", "cdr", "leaf", writeFile(t, "t.json", tdata)); code != 0 || strings.TrimSpace(out) != term.Leaf().Hex() || term.Leaf() == r.Leaf() {
		t.Errorf("terminating side's CDR: code %d out %q msg %q", code, out, msg)
	}
	if _, msg, code := runDots(t, "", "cdr", "leaf", writeFile(t, "n.json", []byte(strings.Replace(string(data), `,"side":"originating"`, ``, 1)))); code != 2 || !strings.Contains(msg, "side") {
		t.Errorf("a CDR without its side: code %d msg %q", code, msg)
	}
}

// The oracle's full CDR file (server.FullCDR: the record under "cdr", its leaf, batch and
// proof) is accepted as it is, and a "leaf" that is not the CDR's fails the check.
func TestCDRLeafOfFullCDRFile(t *testing.T) {
	r := testRecords(1)[0]
	rec, _ := json.Marshal(r)
	full := []byte(`{"cdr":` + string(rec) + `,"source":"kamailio","sourceId":"x","leaf":"` + r.Leaf().Hex() + `","chainBatchId":3,"proof":[]}`)
	out, msg, code := runDots(t, "", "cdr", "leaf", writeFile(t, "full.json", full))
	if code != 0 || strings.TrimSpace(out) != r.Leaf().Hex() {
		t.Fatalf("cdr leaf of a full CDR file: code %d out %q msg %q", code, out, msg)
	}
	wrong := strings.Replace(string(full), r.Leaf().Hex()[2:10], "00000000", 1)
	if _, msg, code := runDots(t, "", "cdr", "leaf", writeFile(t, "wrong.json", []byte(wrong))); code != 1 || !strings.Contains(msg, "not the leaf") {
		t.Fatalf("full CDR with a wrong leaf: code %d msg %q", code, msg)
	}
}

// Flags after positional arguments are read (README: dots batch proof FILE --index N).
func TestFlagsAfterPositionalArguments(t *testing.T) {
	app := newApp()
	for _, c := range []struct{ in, want string }{
		{"dots batch proof F --index 3", "dots batch proof --index 3 F"},
		{"dots number show +1415 --json --rpc U", "dots number show --json --rpc U +1415"},
		{"dots number block +1 +2 --yes", "dots number block --yes +1 +2"},
		{"dots cdr leaf - ", "dots cdr leaf -"},
		{"dots number cnam +1 -- --name", "dots number cnam -- +1 --name"},
	} {
		got := strings.Join(reorderArgs(app, strings.Fields(c.in)), " ")
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}
