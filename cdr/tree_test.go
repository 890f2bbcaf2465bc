package cdr

import (
	"bytes"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// naiveLayout is the library's StandardMerkleTree.of written the plain way (stable sort of
// leaf hashes ascending, placed from the end of the array), as an independent reference.
func naiveLayout(leafHashes []common.Hash) ([]common.Hash, []int) {
	n := len(leafHashes)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return bytes.Compare(leafHashes[order[a]][:], leafHashes[order[b]][:]) < 0
	})
	tree := make([]common.Hash, 2*n-1)
	idx := make([]int, n)
	for k, vi := range order {
		tree[len(tree)-1-k] = leafHashes[vi]
		idx[vi] = len(tree) - 1 - k
	}
	for i := len(tree) - 1 - n; i >= 0; i-- {
		a, b := tree[2*i+1], tree[2*i+2]
		if bytes.Compare(a[:], b[:]) > 0 {
			a, b = b, a
		}
		tree[i] = crypto.Keccak256Hash(a[:], b[:])
	}
	return tree, idx
}

func TestTreeMatchesReferenceLayout(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	sizes := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 31, 33, 100, 1023, 1024, 1025, 3000, 5000}
	for _, n := range sizes {
		values := randLeaves(rng, n)
		if n >= 3000 { // many duplicates across the bucket-sort path
			for i := range values {
				values[i] = values[rng.IntN(50)]
			}
		}
		hashes := make([]common.Hash, n)
		for i := range values {
			hashes[i] = values[i].Hash()
		}
		wantTree, wantIdx := naiveLayout(hashes)
		for _, workers := range []int{1, 3} {
			tree := must(NewTreeParallel[CDRLeaf](CDRCodec{}, values, workers))
			if !slices.Equal(tree.Nodes(), wantTree) {
				t.Fatalf("n=%d workers=%d: nodes differ from the reference layout", n, workers)
			}
			for i := range values {
				if tree.TreeIndex(i) != wantIdx[i] {
					t.Fatalf("n=%d: value %d at %d, reference %d", n, i, tree.TreeIndex(i), wantIdx[i])
				}
			}
		}
		root := must(RootFromLeaves(slices.Clone(hashes), 2))
		if root != wantTree[0] {
			t.Fatalf("n=%d: RootFromLeaves differs", n)
		}
	}
}

func TestProofsAndMultiProofsVerify(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for n := 1; n <= 70; n++ {
		values := randRewards(rng, n)
		tree := must(NewTree[Reward](RewardCodec{}, values))
		for i := range n {
			p := must(tree.Proof(i))
			if !tree.Verify(values[i], p) {
				t.Fatalf("n=%d: proof %d fails", n, i)
			}
			j, p2, err := tree.ProofOf(tree.Leaf(i))
			if err != nil || !slices.Equal(p, p2) || j != i {
				t.Fatalf("n=%d: ProofOf(leaf %d) = %d, %v", n, i, j, err)
			}
			// A changed amount must not verify with the same proof.
			other := Reward{Account: values[i].Account, CumulativeAmount: new(big.Int).Add(values[i].CumulativeAmount, big.NewInt(1))}
			if other.Check() == nil && tree.Verify(other, p) {
				t.Fatalf("n=%d: inflated amount verifies", n)
			}
		}
		for range 5 {
			ix := rng.Perm(n)[:rng.IntN(n+1)]
			mp, order, err := tree.MultiProof(ix)
			if err != nil {
				t.Fatal(err)
			}
			if !tree.VerifyMultiProof(mp) {
				t.Fatalf("n=%d: multiproof of %v fails", n, ix)
			}
			for k, vi := range order {
				if mp.Leaves[k] != tree.Leaf(vi) {
					t.Fatal("multiproof order wrong")
				}
			}
			if len(mp.Leaves) > 0 {
				bad := mp
				bad.Leaves = slices.Clone(mp.Leaves)
				bad.Leaves[0][5] ^= 1
				if VerifyMultiProof(tree.Root(), bad) {
					t.Fatalf("n=%d: tampered multiproof verifies", n)
				}
			}
		}
	}
	tree := must(NewTree[Reward](RewardCodec{}, randRewards(rng, 4)))
	if _, _, err := tree.MultiProof([]int{1, 1}); err == nil {
		t.Fatal("duplicated multiproof index accepted")
	}
	if _, err := tree.Proof(4); err == nil {
		t.Fatal("out of range proof")
	}
	if _, _, err := tree.ProofOf(common.Hash{1}); err == nil {
		t.Fatal("proof of an absent leaf")
	}
	if _, err := NewTree[Reward](RewardCodec{}, nil); err == nil {
		t.Fatal("empty tree")
	}
	if _, err := NewTree[Reward](RewardCodec{}, []Reward{{CumulativeAmount: big.NewInt(-5)}}); err == nil {
		t.Fatal("negative amount in a tree")
	}
}

func FuzzVerify(f *testing.F) {
	f.Add(uint16(5), uint64(1), []byte{0x01}, uint16(0))
	f.Add(uint16(1), uint64(2), []byte{}, uint16(3))
	f.Add(uint16(64), uint64(3), bytes.Repeat([]byte{0xff}, 32), uint16(17))
	f.Fuzz(func(t *testing.T, size uint16, seed uint64, leafBytes []byte, proofFrom uint16) {
		n := 1 + int(size%200)
		rng := rand.New(rand.NewPCG(seed, 0))
		values := randRewards(rng, n)
		tree := must(NewTree[Reward](RewardCodec{}, values))
		in := map[common.Hash]bool{}
		for i := range n {
			in[tree.Leaf(i)] = true
		}
		leaf := crypto.Keccak256Hash(leafBytes) // a leaf hash of the fuzzer's choosing
		if len(leafBytes) == 32 {
			copy(leaf[:], leafBytes)
		}
		if in[leaf] {
			return
		}
		// No proof from the tree (of any value, or any node's path) proves an absent leaf.
		i := int(proofFrom) % n
		p := must(tree.Proof(i))
		for cut := 0; cut <= len(p); cut++ {
			if VerifyProof(tree.Root(), leaf, p[cut:]) {
				t.Fatalf("absent leaf %s verifies with proof of %d from %d", leaf, i, cut)
			}
		}
		mp, _, _ := tree.MultiProof([]int{i})
		mp.Leaves[0] = leaf
		if VerifyMultiProof(tree.Root(), mp) {
			t.Fatal("absent leaf verifies in a multiproof")
		}
		// Nor a value that is not in the tree.
		v := Reward{Account: common.BytesToAddress(leafBytes), CumulativeAmount: new(big.Int).SetUint64(seed)}
		if !in[tree.LeafHash(v)] && tree.Verify(v, p) {
			t.Fatal("absent value verifies")
		}
	})
}

func testBatch(t testing.TB, n int) ([]Record, *BatchDocument) {
	rng := rand.New(rand.NewPCG(uint64(n), 77))
	records := make([]Record, n)
	for i := range records {
		records[i] = randRecord(rng)
		setOperator(&records[i], common.HexToAddress("0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B"))
		records[i].Seq = 500 + uint64(i)
	}
	doc, err := NewBatchDocument(31337, time.Unix(1763890000, 0), records)
	if err != nil {
		t.Fatal(err)
	}
	return records, doc
}

func TestBatchDocumentRoundTrip(t *testing.T) {
	records, doc := testBatch(t, 300)
	data := must(doc.MarshalJSON())
	back, err := LoadBatchDocument(data)
	if err != nil {
		t.Fatal(err)
	}
	if back.Root() != doc.Root() || back.BatchMeta != doc.BatchMeta {
		t.Fatalf("round trip: %+v vs %+v", back.BatchMeta, doc.BatchMeta)
	}
	var sum uint64
	for i := range records {
		sum += uint64(records[i].BillableSeconds)
		p := must(back.Tree.Proof(i))
		if !VerifyProof(back.Root(), records[i].Leaf(), p) {
			t.Fatalf("record %d does not verify against the loaded document", i)
		}
	}
	if doc.BillableSeconds != sum || doc.CDRCount != 300 || doc.FirstSeq != 500 || doc.LastSeq != 799 {
		t.Fatalf("metadata %+v", doc.BatchMeta)
	}
	// No rewards: no rewardsCid key. With one, it survives the round trip.
	if strings.Contains(string(data), "rewardsCid") {
		t.Fatal("empty rewardsCid written")
	}
	doc.RewardsCID = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"
	withRewards, err := LoadBatchDocument(must(doc.MarshalJSON()))
	if err != nil || withRewards.RewardsCID != doc.RewardsCID || withRewards.Root() != doc.Root() {
		t.Fatalf("rewardsCid round trip: %v %+v", err, withRewards)
	}
	doc.RewardsCID = ""
	// The metadata keys are in the document, the operator checksummed.
	var generic map[string]any
	if err := json.Unmarshal(data, &generic); err != nil {
		t.Fatal(err)
	}
	if generic["operator"] != "0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B" || generic["kind"] != KindBatch ||
		generic["format"] != "standard-v1" {
		t.Fatalf("document keys: operator %v kind %v format %v", generic["operator"], generic["kind"], generic["format"])
	}
	if DocumentKind(data) != KindBatch {
		t.Fatal("DocumentKind")
	}
	// Tampering is refused with a reason.
	for name, edit := range map[string]func(s string) string{
		"cdrCount": func(s string) string { return strings.Replace(s, `"cdrCount":300`, `"cdrCount":301`, 1) },
		"billable": func(s string) string { return strings.Replace(s, `"billableSeconds":`, `"billableSeconds":1`, 1) },
		"lastSeq":  func(s string) string { return strings.Replace(s, `"lastSeq":799`, `"lastSeq":800`, 1) },
		"operator": func(s string) string { return strings.Replace(s, `"operator":"0xAb58`, `"operator":"0xAb59`, 1) },
		"kind":     func(s string) string { return strings.Replace(s, KindBatch, KindRewards, 1) },
		"value": func(s string) string {
			return strings.Replace(s, `"value":["0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B","500"`, `"value":["0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B","501"`, 1)
		},
		"root":      func(s string) string { return strings.Replace(s, `"tree":["0x`, `"tree":["0x0`, 1)[:len(s)] },
		"format":    func(s string) string { return strings.Replace(s, "standard-v1", "standard-v2", 1) },
		"truncated": func(s string) string { return s[:len(s)/2] },
	} {
		if _, err := LoadBatchDocument([]byte(edit(string(data)))); err == nil {
			t.Errorf("%s: tampered document accepted", name)
		}
	}
}

func TestBatchDocumentRefusesBadRecords(t *testing.T) {
	records, _ := testBatch(t, 5)
	gap := slices.Clone(records)
	gap[3].Seq++
	other := slices.Clone(records)
	setOperator(&other[2], common.Address{9})
	invalid := slices.Clone(records)
	invalid[4].SIPStatus = 42
	for name, rs := range map[string][]Record{"gap": gap, "operator": other, "invalid": invalid, "empty": nil} {
		if _, err := NewBatchDocument(1, time.Now(), rs); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := NewBatchDocument(1, time.Now(), invalid); !strings.Contains(err.Error(), "sipStatus") {
		t.Errorf("error does not name the field: %v", err)
	}
}

func TestRewardsDocumentRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	amounts := map[common.Address]*big.Int{}
	want := new(big.Int)
	for _, r := range randRewards(rng, 40) {
		amounts[r.Account] = r.CumulativeAmount
		want.Add(want, r.CumulativeAmount)
	}
	zero := common.Address{0xee}
	amounts[zero] = new(big.Int)
	op := common.Address{1}
	doc := must(NewRewardsDocument(op, 5, 99, time.Unix(1, 0), amounts))
	if doc.TotalAmount.Cmp(want) != 0 {
		t.Fatalf("total %s, want %s", doc.TotalAmount, want)
	}
	if _, ok := doc.Tree.IndexOf(must(RewardLeaf(zero, new(big.Int)))); ok {
		t.Fatal("zero amount has a leaf")
	}
	data := must(doc.MarshalJSON())
	back, err := LoadRewardsDocument(data)
	if err != nil {
		t.Fatal(err)
	}
	if back.Root() != doc.Root() || back.TotalAmount.Cmp(want) != 0 || back.AccountCount != doc.AccountCount {
		t.Fatal("round trip differs")
	}
	for acct, amt := range amounts {
		if amt.Sign() == 0 {
			continue
		}
		_, p, err := back.Tree.ProofOf(must(RewardLeaf(acct, amt)))
		if err != nil || !back.Tree.Verify(Reward{Account: acct, CumulativeAmount: amt}, p) {
			t.Fatalf("claim of %s does not verify: %v", acct, err)
		}
	}
	total := `"totalAmount":"` + want.String() + `"`
	if _, err := LoadRewardsDocument([]byte(strings.Replace(string(data), total, `"totalAmount":"1"`, 1))); err == nil {
		t.Fatal("wrong total accepted")
	}
	if _, err := NewRewardsDocument(op, 5, 99, time.Now(), map[common.Address]*big.Int{{1}: big.NewInt(-1)}); err == nil {
		t.Fatal("negative amount accepted")
	}
	if _, err := NewRewardsDocument(op, 5, 99, time.Now(), nil); err == nil {
		t.Fatal("empty rewards accepted")
	}
}

func FuzzLoad(f *testing.F) {
	_, doc := testBatch(f, 3)
	f.Add(must(doc.MarshalJSON()))
	rdoc := must(NewRewardsDocument(common.Address{1}, 1, 1, time.Unix(0, 0), map[common.Address]*big.Int{{2}: big.NewInt(7), {3}: big.NewInt(9)}))
	f.Add(must(rdoc.MarshalJSON()))
	f.Add(must(rdoc.Tree.MarshalJSON()))
	f.Add([]byte(`{"format":"standard-v1","leafEncoding":["uint8"],"tree":["0x00"],"values":[{"value":[1],"treeIndex":0}]}`))
	f.Add([]byte(`{"format":"standard-v1","leafEncoding":["string"],"tree":[],"values":[]}`))
	f.Add([]byte(`{"format":"standard-v1","leafEncoding":["int16","bytes2","bool"],"tree":["0x0000000000000000000000000000000000000000000000000000000000000000"],"values":[{"value":["-0x10","0x1","true"],"treeIndex":0}]}`))
	f.Add([]byte(`{"values":[{"treeIndex":-1}]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		// None of these may panic; whatever loads must be self-consistent.
		DocumentKind(data)
		if d, err := LoadBatchDocument(data); err == nil {
			if d.Check() != nil || !VerifyProof(d.Root(), d.Tree.Leaf(0), must(d.Tree.Proof(0))) {
				t.Fatal("loaded batch document is inconsistent")
			}
		}
		if d, err := LoadRewardsDocument(data); err == nil && d.Check() != nil {
			t.Fatal("loaded rewards document is inconsistent")
		}
		dump, err := ParseDump(data)
		if err != nil {
			return
		}
		codec, err := NewRawCodec(dump.LeafEncoding)
		if err != nil {
			return
		}
		tree, err := TreeFromDump[RawValue](codec, dump)
		if err != nil {
			return
		}
		for i := range tree.Len() {
			if !tree.Verify(tree.At(i), must(tree.Proof(i))) {
				t.Fatalf("loaded value %d does not verify", i)
			}
		}
		// Re-dumping and reloading gives the same root.
		again := must(LoadTree[RawValue](codec, must(tree.MarshalJSON())))
		if again.Root() != tree.Root() {
			t.Fatal("re-dump changes the root")
		}
	})
}

// The four-way hasher equals keccak256 for every length (multiple of 8) up to a few
// blocks, block boundaries included.
func TestHasherX4EqualsKeccak(t *testing.T) {
	if !useX4 {
		t.Skip("no AVX2: the four-way hasher is not used on this CPU")
	}
	rng := rand.New(rand.NewPCG(8, 8))
	h := newHasherX4()
	for n := 0; n <= 5*keccakRate; n += 8 {
		var want [4]common.Hash
		for j := range 4 {
			b := make([]byte, n)
			for i := range b {
				b[i] = byte(rng.UintN(256))
			}
			h.in[j] = b
			want[j] = crypto.Keccak256Hash(b)
		}
		h.sum()
		if h.out != want {
			t.Fatalf("length %d: four-way keccak differs", n)
		}
	}
}
