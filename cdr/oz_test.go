package cdr

import (
	"bytes"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// ozRequest / ozResponse are the protocol of testdata/oz.js.
type ozRequest struct {
	LeafEncoding []string          `json:"leafEncoding"`
	Values       []json.RawMessage `json:"values"`
	Proofs       []int             `json:"proofs"`
	Multiproofs  [][]int           `json:"multiproofs"`
	GoDump       json.RawMessage   `json:"goDump,omitempty"`
	Bench        bool              `json:"bench,omitempty"`
}

type ozMultiProof struct {
	Leaves     []json.RawMessage `json:"leaves"`
	Proof      []common.Hash     `json:"proof"`
	ProofFlags []bool            `json:"proofFlags"`
}

type ozResponse struct {
	Dump           string          `json:"dump"`
	Root           common.Hash     `json:"root"`
	Proofs         [][]common.Hash `json:"proofs"`
	Multiproofs    []ozMultiProof  `json:"multiproofs"`
	GoDumpRoot     common.Hash     `json:"goDumpRoot"`
	GoDumpVerified bool            `json:"goDumpVerified"`
	BuildMillis    float64         `json:"buildMillis"`
}

// runOZ runs testdata/oz.js with the repository root as working directory, so node finds
// @openzeppelin/merkle-tree in /work/main/node_modules.
func runOZ(tb testing.TB, req ozRequest) ozResponse {
	tb.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		tb.Skip("node not installed: cannot cross-check with @openzeppelin/merkle-tree")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "node_modules/@openzeppelin/merkle-tree")); err != nil {
		tb.Fatalf("@openzeppelin/merkle-tree not installed in %s/node_modules (npm ci): %v", root, err)
	}
	in, err := json.Marshal(req)
	if err != nil {
		tb.Fatal(err)
	}
	cmd := exec.Command(node, filepath.Join(root, "cdr/testdata/oz.js"))
	cmd.Dir = root
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		tb.Fatalf("node oz.js: %v\n%s", err, stderr.String())
	}
	var resp ozResponse
	if err := json.Unmarshal(out, &resp); err != nil {
		tb.Fatalf("node oz.js output: %v\n%.500s", err, out)
	}
	return resp
}

func valuesJSON[V any](codec Codec[V], values []V) []json.RawMessage {
	out := make([]json.RawMessage, len(values))
	for i := range values {
		out[i] = codec.AppendJSON(nil, &values[i])
	}
	return out
}

// crossCheck builds the Go tree of values and requires the library to agree on the dump
// (byte for byte), root, proofs and multiproofs; the library must load the Go dump (or
// goDoc, a document holding it) and Go must load the library's dump.
func crossCheck[V any](t *testing.T, rng *rand.Rand, codec Codec[V], values []V, goDoc []byte) {
	t.Helper()
	tree, err := NewTree(codec, values)
	if err != nil {
		t.Fatal(err)
	}
	par, err := NewTreeParallel(codec, values, 4)
	if err != nil {
		t.Fatal(err)
	}
	goDump, _ := tree.MarshalJSON()
	if parDump, _ := par.MarshalJSON(); !bytes.Equal(goDump, parDump) {
		t.Fatal("parallel build differs from single-core build")
	}
	n := len(values)
	req := ozRequest{LeafEncoding: codec.Encoding(), Values: valuesJSON(codec, values), GoDump: goDump}
	if goDoc != nil {
		req.GoDump = goDoc
	}
	if n <= 64 {
		for i := range n {
			req.Proofs = append(req.Proofs, i)
		}
	} else {
		for range 25 {
			req.Proofs = append(req.Proofs, rng.IntN(n))
		}
	}
	req.Multiproofs = append(req.Multiproofs, []int{}, []int{rng.IntN(n)})
	if n <= 16 {
		all := make([]int, n)
		for i := range all {
			all[i] = i
		}
		rng.Shuffle(n, func(i, j int) { all[i], all[j] = all[j], all[i] })
		req.Multiproofs = append(req.Multiproofs, all)
	}
	for range 4 {
		k := 1 + rng.IntN(min(n, 20))
		req.Multiproofs = append(req.Multiproofs, rng.Perm(n)[:k])
	}
	resp := runOZ(t, req)

	if resp.Root != tree.Root() {
		t.Fatalf("n=%d: root: library %s, Go %s", n, resp.Root.Hex(), tree.Root().Hex())
	}
	if resp.Dump != string(goDump) {
		t.Fatalf("n=%d: dump differs\nlibrary: %.600s\nGo:      %.600s", n, resp.Dump, goDump)
	}
	for k, i := range req.Proofs {
		p, err := tree.Proof(i)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(p, resp.Proofs[k]) {
			t.Fatalf("n=%d: proof of %d: library %v, Go %v", n, i, resp.Proofs[k], p)
		}
		if !VerifyProof(tree.Root(), tree.Leaf(i), p) || !tree.Verify(values[i], p) {
			t.Fatalf("n=%d: proof of %d does not verify", n, i)
		}
	}
	for k, ix := range req.Multiproofs {
		mp, order, err := tree.MultiProof(slices.Clone(ix))
		if err != nil {
			t.Fatal(err)
		}
		lib := resp.Multiproofs[k]
		if !slices.Equal(mp.Proof, lib.Proof) || !slices.Equal(mp.ProofFlags, lib.ProofFlags) {
			t.Fatalf("n=%d: multiproof of %v differs:\nlibrary %v %v\nGo      %v %v", n, ix, lib.Proof, lib.ProofFlags, mp.Proof, mp.ProofFlags)
		}
		if len(lib.Leaves) != len(order) {
			t.Fatalf("n=%d: multiproof of %v: %d leaves, Go %d", n, ix, len(lib.Leaves), len(order))
		}
		for j, vi := range order {
			if got := codec.AppendJSON(nil, &values[vi]); !bytes.Equal(got, lib.Leaves[j]) {
				t.Fatalf("n=%d: multiproof leaf %d: library %s, Go %s", n, j, lib.Leaves[j], got)
			}
		}
		if !tree.VerifyMultiProof(mp) {
			t.Fatalf("n=%d: multiproof of %v does not verify", n, ix)
		}
	}
	if resp.GoDumpRoot != tree.Root() || !resp.GoDumpVerified {
		t.Fatalf("n=%d: library loaded the Go dump with root %s (want %s), verified %v", n, resp.GoDumpRoot.Hex(), tree.Root().Hex(), resp.GoDumpVerified)
	}
	back, err := LoadTree(codec, []byte(resp.Dump))
	if err != nil {
		t.Fatalf("n=%d: Go cannot load the library's dump: %v", n, err)
	}
	if back.Root() != tree.Root() {
		t.Fatalf("n=%d: loaded root differs", n)
	}
	again, _ := back.MarshalJSON()
	if !bytes.Equal(again, goDump) {
		t.Fatalf("n=%d: reloaded dump differs", n)
	}
}

func crossSizes(rng *rand.Rand) []int {
	sizes := []int{1, 2, 3, 4, 5, 7, 8, 9, 1000}
	for range 3 {
		sizes = append(sizes, 10+rng.IntN(200))
	}
	return sizes
}

func TestCrossCheckCDRTreeWithOpenZeppelin(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	for _, n := range crossSizes(rng) {
		crossCheck[CDRLeaf](t, rng, CDRCodec{}, randLeaves(rng, n), nil)
	}
}

func TestCrossCheckRewardTreeWithOpenZeppelin(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 2))
	for _, n := range crossSizes(rng) {
		crossCheck[Reward](t, rng, RewardCodec{}, randRewards(rng, n), nil)
	}
}

// Equal values have equal leaves: the order among them must follow the library's
// stable sort, or tree indices (and dumps) differ.
func TestCrossCheckDuplicateValues(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	base := randLeaves(rng, 3)
	values := []CDRLeaf{base[0], base[1], base[0], base[2], base[0], base[1]}
	crossCheck[CDRLeaf](t, rng, CDRCodec{}, values, nil)
	big := make([]CDRLeaf, 1100) // > bucket-sort threshold, two distinct values
	for i := range big {
		big[i] = base[i%2]
	}
	crossCheck[CDRLeaf](t, rng, CDRCodec{}, big, nil)
}

// A generic (RawCodec) tree of other static types agrees with the library too.
func TestCrossCheckRawCodec(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	codec := must(NewRawCodec([]string{"bool", "int8", "int256", "bytes4", "uint"}))
	var values []RawValue
	for i := range 40 {
		s := `[` + []string{"true", "false"}[i%2] + `,"` + []string{"-128", "127", "0", "-1"}[i%4] + `","-` +
			strings.Repeat("9", 1+rng.IntN(70)) + `","0x` + []string{"", "ab", "abcdef01"}[i%3] + `","0x` +
			[]string{"ff", "0", "1234567890abcdef"}[i%3] + `"]`
		v, err := codec.ParseJSON([]byte(s))
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		values = append(values, v)
	}
	crossCheck[RawValue](t, rng, codec, values, nil)
}

// The library loads whole batch and rewards documents (metadata keys next to the dump).
func TestCrossCheckDocumentsLoadInLibrary(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 11))
	records := make([]Record, 50)
	for i := range records {
		records[i] = randRecord(rng)
		setOperator(&records[i], records[0].Operator)
		records[i].Seq = 1000 + uint64(i)
	}
	doc := must(NewBatchDocument(31337, time.Unix(1763890000, 0), records))
	data := must(doc.MarshalJSON())
	crossCheck[CDRLeaf](t, rng, CDRCodec{}, doc.Tree.Values(), data)

	amounts := map[common.Address]*big.Int{}
	for _, r := range randRewards(rng, 30) {
		amounts[r.Account] = r.CumulativeAmount
	}
	rdoc := must(NewRewardsDocument(records[0].Operator, 31337, 1049, time.Unix(1763890000, 0), amounts))
	crossCheck[Reward](t, rng, RewardCodec{}, rdoc.Tree.Values(), must(rdoc.MarshalJSON()))
}
