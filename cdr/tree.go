package cdr

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// Codec tells a Tree how to encode its values: the leaf encoding (Solidity types of the
// fields, as in StandardMerkleTree.of(values, leafEncoding)), the ABI encoding of a value
// and its JSON form in a "standard-v1" dump. Only static types are supported (address,
// bool, uintN, intN, bytesN), so abi.encode of a value is one 32-byte word per field.
//
// Codecs in this package: CDRCodec (batch documents), RewardCodec (rewards documents) and
// RawCodec (any static leaf encoding, values kept as the JSON they came in).
type Codec[V any] interface {
	// Encoding is the leaf encoding, e.g. ["address","uint256"].
	Encoding() []string
	// Encode writes abi.encode(v) into dst, which has 32*len(Encoding()) bytes.
	Encode(dst []byte, v *V)
	// AppendJSON appends v as the JSON array the library's dump holds.
	AppendJSON(dst []byte, v *V) []byte
	// ParseJSON parses one value (a JSON array) of a dump.
	ParseJSON(data []byte) (V, error)
}

// maxLeaves bounds a tree so that node indices fit in uint32.
const maxLeaves = 1 << 30

// Tree is a Merkle tree byte-for-byte identical to OpenZeppelin's StandardMerkleTree
// (@openzeppelin/merkle-tree 1.0.8, sortLeaves true): leaves are
// keccak256(keccak256(abi.encode(value))), sorted by hash and stored at the end of an
// array of 2n-1 nodes (the smallest hash last), node i = hashPair(node 2i+1, node 2i+2),
// node 0 the root. Values keep the order they were given in; value i sits at node
// TreeIndex(i). Proofs, multiproofs and dumps are the library's.
//
// A Tree is immutable and safe for concurrent reads. It keeps the values slice it was
// built from: do not modify it afterwards.
type Tree[V any] struct {
	codec     Codec[V]
	nodes     []common.Hash
	values    []V
	treeIndex []uint32
	lookup    sync.Once
	byLeaf    map[common.Hash]int
}

// NewTree builds the tree of values on the calling goroutine.
func NewTree[V any](codec Codec[V], values []V) (*Tree[V], error) {
	return buildTree(codec, values, 1)
}

// NewTreeParallel builds the tree of values with up to workers goroutines
// (workers <= 0: GOMAXPROCS). The result is identical to NewTree's.
func NewTreeParallel[V any](codec Codec[V], values []V, workers int) (*Tree[V], error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	return buildTree(codec, values, workers)
}

func buildTree[V any](codec Codec[V], values []V, workers int) (*Tree[V], error) {
	n := len(values)
	if n == 0 {
		return nil, errors.New("merkle tree: no values (a tree needs at least one leaf)")
	}
	if n > maxLeaves {
		return nil, fmt.Errorf("merkle tree: %d values, at most %d supported", n, maxLeaves)
	}
	if c, ok := any(codec).(checker[V]); ok {
		for i := range values {
			if err := c.check(&values[i]); err != nil {
				return nil, fmt.Errorf("merkle tree: value %d: %w", i, err)
			}
		}
	}
	width := 32 * len(codec.Encoding())
	nodes := make([]common.Hash, 2*n-1)
	leaves := nodes[n-1:]
	// Hash leaves into the leaf region in value order, then sort them in place.
	parallelFor(n, workers, 4096, func(lo, hi int) {
		if useX4 {
			h4 := newHasherX4()
			for j := range 4 {
				h4.enc[j] = make([]byte, width)
			}
			for ; lo+4 <= hi; lo += 4 {
				for j := range 4 {
					clear(h4.enc[j])
					codec.Encode(h4.enc[j], &values[lo+j])
				}
				h4.leaves()
				copy(leaves[lo:lo+4], h4.out[:])
			}
		}
		h := newHasher()
		if cap(h.enc) < width {
			h.enc = make([]byte, width)
		}
		enc := h.enc[:width]
		for i := lo; i < hi; i++ {
			clear(enc)
			codec.Encode(enc, &values[i])
			leaves[i] = h.leaf(enc)
		}
	})
	treeIndex := sortLeaves(leaves)
	hashInternal(nodes, n, workers)
	return &Tree[V]{codec: codec, nodes: nodes, values: values, treeIndex: treeIndex}, nil
}

// RootFromLeaves returns the root of the StandardMerkleTree whose leaf hashes are
// leaves (in any order), without values: useful to check a root from leaf hashes alone.
// leaves is reordered.
func RootFromLeaves(leaves []common.Hash, workers int) (common.Hash, error) {
	n := len(leaves)
	if n == 0 {
		return common.Hash{}, errors.New("merkle tree: no leaves")
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	nodes := make([]common.Hash, 2*n-1)
	copy(nodes[n-1:], leaves)
	sortLeaves(nodes[n-1:])
	hashInternal(nodes, n, workers)
	return nodes[0], nil
}

// sortLeaves reorders leaves (leaf hashes in value order) into the library's layout:
// descending by hash, equal hashes by descending value index (the library's stable sort
// puts the earlier value at the higher tree index). It returns each value's tree index.
func sortLeaves(leaves []common.Hash) []uint32 {
	n := len(leaves)
	s := &leafSorter{h: leaves, idx: make([]uint32, n)}
	for i := range s.idx {
		s.idx[i] = uint32(i)
	}
	if n > 1024 {
		s.bucketSort()
	} else {
		sort.Sort(s)
	}
	treeIndex := make([]uint32, n)
	for j, vi := range s.idx {
		treeIndex[vi] = uint32(n - 1 + j)
	}
	return treeIndex
}

// leafSorter sorts hashes (with their value indices) descending by (hash, index).
type leafSorter struct {
	h   []common.Hash
	idx []uint32
}

func (s *leafSorter) Len() int { return len(s.h) }
func (s *leafSorter) Less(i, j int) bool {
	if c := bytes.Compare(s.h[i][:], s.h[j][:]); c != 0 {
		return c > 0
	}
	return s.idx[i] > s.idx[j]
}
func (s *leafSorter) Swap(i, j int) {
	s.h[i], s.h[j] = s.h[j], s.h[i]
	s.idx[i], s.idx[j] = s.idx[j], s.idx[i]
}

// bucketSort scatters by the first 16 bits (descending), then sorts each bucket.
func (s *leafSorter) bucketSort() {
	const buckets = 1 << 16
	n := len(s.h)
	var count [buckets + 1]int
	for i := range s.h {
		count[buckets-1-(int(s.h[i][0])<<8|int(s.h[i][1]))+1]++
	}
	for b := 1; b <= buckets; b++ {
		count[b] += count[b-1]
	}
	starts := count // copy: bucket b occupies [starts[b], starts[b+1])
	h2 := make([]common.Hash, n)
	idx2 := make([]uint32, n)
	for i := range s.h {
		b := buckets - 1 - (int(s.h[i][0])<<8 | int(s.h[i][1]))
		p := count[b]
		count[b]++
		h2[p] = s.h[i]
		idx2[p] = s.idx[i]
	}
	copy(s.h, h2)
	copy(s.idx, idx2)
	for b := 0; b < buckets; b++ {
		lo, hi := starts[b], starts[b+1]
		if hi-lo < 2 {
			continue
		}
		sub := &leafSorter{h: s.h[lo:hi], idx: s.idx[lo:hi]}
		if hi-lo <= 12 {
			for i := 1; i < hi-lo; i++ {
				for j := i; j > 0 && sub.Less(j, j-1); j-- {
					sub.Swap(j, j-1)
				}
			}
		} else {
			sort.Sort(sub)
		}
	}
}

// hashInternal fills nodes[0:n-1] from the leaves in nodes[n-1:], level by level so that
// each level's nodes can be hashed in parallel (a node's children are one level down).
func hashInternal(nodes []common.Hash, n, workers int) {
	last := n - 2 // last internal node
	if last < 0 {
		return
	}
	// Level k holds nodes [2^k-1, 2^(k+1)-2]; find the deepest level with internal nodes.
	top := 0
	for (1<<(top+1))-1 <= last {
		top++
	}
	for k := top; k >= 0; k-- {
		lo := (1 << k) - 1
		hi := min((1<<(k+1))-2, last) + 1
		parallelFor(hi-lo, workers, 8192, func(a, b int) {
			i := lo + a
			if useX4 {
				h4 := newHasherX4()
				var l, r [4]*common.Hash
				for ; i+4 <= lo+b; i += 4 {
					for j := range 4 {
						l[j], r[j] = &nodes[2*(i+j)+1], &nodes[2*(i+j)+2]
					}
					h4.nodes(&l, &r)
					copy(nodes[i:i+4], h4.out[:])
				}
			}
			h := newHasher()
			for ; i < lo+b; i++ {
				nodes[i] = h.node(&nodes[2*i+1], &nodes[2*i+2])
			}
		})
	}
}

// parallelFor runs fn over [0,n) split into at most workers chunks of at least minChunk.
func parallelFor(n, workers, minChunk int, fn func(lo, hi int)) {
	if workers <= 1 || n < 2*minChunk {
		fn(0, n)
		return
	}
	chunks := min(workers, n/minChunk)
	var wg sync.WaitGroup
	for c := 0; c < chunks; c++ {
		lo, hi := c*n/chunks, (c+1)*n/chunks
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(lo, hi)
		}()
	}
	wg.Wait()
}

// Root is the Merkle root (node 0).
func (t *Tree[V]) Root() common.Hash { return t.nodes[0] }

// Len is the number of values (leaves).
func (t *Tree[V]) Len() int { return len(t.values) }

// At returns value i (in the order the values were given).
func (t *Tree[V]) At(i int) V { return t.values[i] }

// Values returns the values in their original order; do not modify the slice.
func (t *Tree[V]) Values() []V { return t.values }

// TreeIndex is the node index of value i.
func (t *Tree[V]) TreeIndex(i int) int { return int(t.treeIndex[i]) }

// Leaf is the leaf hash of value i.
func (t *Tree[V]) Leaf(i int) common.Hash { return t.nodes[t.treeIndex[i]] }

// Nodes returns the whole node array (the dump's "tree"); do not modify it.
func (t *Tree[V]) Nodes() []common.Hash { return t.nodes }

// Encoding is the tree's leaf encoding.
func (t *Tree[V]) Encoding() []string { return t.codec.Encoding() }

// LeafHash computes the leaf hash of v with the tree's codec (v need not be in the tree).
func (t *Tree[V]) LeafHash(v V) common.Hash {
	enc := make([]byte, 32*len(t.codec.Encoding()))
	t.codec.Encode(enc, &v)
	return LeafHash(enc)
}

// IndexOf returns the index of the value whose leaf hash is leaf. When equal values occur
// more than once, the last one wins, as in the library.
func (t *Tree[V]) IndexOf(leaf common.Hash) (int, bool) {
	t.lookup.Do(func() {
		t.byLeaf = make(map[common.Hash]int, len(t.values))
		for i, ti := range t.treeIndex {
			t.byLeaf[t.nodes[ti]] = i
		}
	})
	i, ok := t.byLeaf[leaf]
	return i, ok
}

// ErrNotInTree is returned when a proof is asked for a leaf the tree does not hold.
var ErrNotInTree = errors.New("leaf is not in tree")

// Proof returns the proof of value i: sibling hashes from the leaf up, as the library's
// getProof(i). OpenZeppelin's MerkleProof.verify accepts it.
func (t *Tree[V]) Proof(i int) ([]common.Hash, error) {
	if i < 0 || i >= len(t.values) {
		return nil, fmt.Errorf("proof: index %d out of range [0,%d)", i, len(t.values))
	}
	return proofAt(t.nodes, int(t.treeIndex[i])), nil
}

// ProofOf returns the index and proof of the value whose leaf hash is leaf.
func (t *Tree[V]) ProofOf(leaf common.Hash) (int, []common.Hash, error) {
	i, ok := t.IndexOf(leaf)
	if !ok {
		return -1, nil, fmt.Errorf("proof of %s: %w", leaf.Hex(), ErrNotInTree)
	}
	p, err := t.Proof(i)
	return i, p, err
}

func proofAt(nodes []common.Hash, ti int) []common.Hash {
	var proof []common.Hash
	for ti > 0 {
		s := ti + 1
		if ti%2 == 0 {
			s = ti - 1
		}
		proof = append(proof, nodes[s])
		ti = (ti - 1) / 2
	}
	return proof
}

// Verify reports whether proof proves value v against the tree's root.
func (t *Tree[V]) Verify(v V, proof []common.Hash) bool {
	return VerifyProof(t.Root(), t.LeafHash(v), proof)
}

// ProcessProof folds proof into leaf with the commutative node hash (the library's
// processProof and OpenZeppelin's MerkleProof.processProof).
func ProcessProof(leaf common.Hash, proof []common.Hash) common.Hash {
	h := newHasher()
	acc := leaf
	for i := range proof {
		acc = h.node(&acc, &proof[i])
	}
	return acc
}

// VerifyProof reports whether proof proves leaf (a leaf hash) against root.
func VerifyProof(root, leaf common.Hash, proof []common.Hash) bool {
	return ProcessProof(leaf, proof) == root
}

// MultiProof proves several leaves at once, as the library's getMultiProof returns it and
// OpenZeppelin's MerkleProof.multiProofVerify takes it. Leaves are ordered by descending
// tree index (not by value index).
type MultiProof struct {
	Leaves     []common.Hash `json:"leaves"`
	Proof      []common.Hash `json:"proof"`
	ProofFlags []bool        `json:"proofFlags"`
}

// MultiProof returns the multiproof of the values at indices (value indices, no
// duplicates) and the value indices in the order of the proof's leaves.
func (t *Tree[V]) MultiProof(indices []int) (MultiProof, []int, error) {
	tis := make([]int, len(indices))
	for k, i := range indices {
		if i < 0 || i >= len(t.values) {
			return MultiProof{}, nil, fmt.Errorf("multiproof: index %d out of range [0,%d)", i, len(t.values))
		}
		tis[k] = int(t.treeIndex[i])
	}
	mp, err := multiProofAt(t.nodes, tis)
	if err != nil {
		return MultiProof{}, nil, err
	}
	order := make([]int, len(tis))
	for k, ti := range tis { // tis is now sorted descending
		order[k], _ = t.IndexOf(t.nodes[ti])
	}
	return mp, order, nil
}

// multiProofAt is the library's core getMultiProof on node indices (sorted in place).
func multiProofAt(nodes []common.Hash, tis []int) (MultiProof, error) {
	sort.Sort(sort.Reverse(sort.IntSlice(tis)))
	for k := 1; k < len(tis); k++ {
		if tis[k] == tis[k-1] {
			return MultiProof{}, errors.New("multiproof: cannot prove duplicated index")
		}
	}
	stack := append([]int(nil), tis...)
	head := 0
	mp := MultiProof{Proof: []common.Hash{}, ProofFlags: []bool{}}
	for head < len(stack) && stack[head] > 0 {
		j := stack[head]
		head++
		s := j + 1
		if j%2 == 0 {
			s = j - 1
		}
		p := (j - 1) / 2
		if head < len(stack) && s == stack[head] {
			mp.ProofFlags = append(mp.ProofFlags, true)
			head++
		} else {
			mp.ProofFlags = append(mp.ProofFlags, false)
			mp.Proof = append(mp.Proof, nodes[s])
		}
		stack = append(stack, p)
	}
	if len(tis) == 0 {
		mp.Proof = append(mp.Proof, nodes[0])
	}
	mp.Leaves = make([]common.Hash, len(tis))
	for k, ti := range tis {
		mp.Leaves[k] = nodes[ti]
	}
	return mp, nil
}

// ProcessMultiProof computes the root a multiproof proves (the library's
// processMultiProof; OpenZeppelin's MerkleProof.processMultiProof). Malformed proofs give
// an error.
func ProcessMultiProof(mp MultiProof) (common.Hash, error) {
	falses := 0
	for _, f := range mp.ProofFlags {
		if !f {
			falses++
		}
	}
	if len(mp.Proof) < falses {
		return common.Hash{}, errors.New("multiproof: invalid multiproof format")
	}
	if len(mp.Leaves)+len(mp.Proof) != len(mp.ProofFlags)+1 {
		return common.Hash{}, errors.New("multiproof: provided leaves and multiproof are not compatible")
	}
	h := newHasher()
	queue := make([]common.Hash, 0, len(mp.Leaves)+len(mp.ProofFlags))
	queue = append(queue, mp.Leaves...)
	qh, ph := 0, 0
	for _, flag := range mp.ProofFlags {
		if qh >= len(queue) {
			return common.Hash{}, errors.New("multiproof: invalid multiproof")
		}
		a := queue[qh]
		qh++
		var b common.Hash
		if flag {
			if qh >= len(queue) {
				return common.Hash{}, errors.New("multiproof: invalid multiproof")
			}
			b = queue[qh]
			qh++
		} else {
			if ph >= len(mp.Proof) {
				return common.Hash{}, errors.New("multiproof: invalid multiproof")
			}
			b = mp.Proof[ph]
			ph++
		}
		queue = append(queue, h.node(&a, &b))
	}
	if (len(queue)-qh)+(len(mp.Proof)-ph) != 1 {
		return common.Hash{}, errors.New("multiproof: invalid multiproof")
	}
	if qh < len(queue) {
		return queue[len(queue)-1], nil
	}
	return mp.Proof[ph], nil
}

// VerifyMultiProof reports whether mp proves its leaves against root.
func VerifyMultiProof(root common.Hash, mp MultiProof) bool {
	r, err := ProcessMultiProof(mp)
	return err == nil && r == root
}

// VerifyMultiProof reports whether mp (with leaf hashes) proves against the tree's root.
func (t *Tree[V]) VerifyMultiProof(mp MultiProof) bool { return VerifyMultiProof(t.Root(), mp) }
