package cdr

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// FormatStandardV1 is the "format" of @openzeppelin/merkle-tree's StandardMerkleTree dump.
const FormatStandardV1 = "standard-v1"

// Dump is a parsed "standard-v1" dump (StandardMerkleTree.dump() of the library) whose
// hashes have not been checked yet: ParseDump checks only its shape. TreeFromDump checks
// it the way StandardMerkleTree.load does.
type Dump struct {
	Format       string
	LeafEncoding []string
	Tree         []common.Hash
	Values       []DumpValue
}

// DumpValue is one entry of a dump's "values": the value (a JSON array, one element per
// leaf-encoding type) and the index of its leaf in "tree".
type DumpValue struct {
	Value     json.RawMessage
	TreeIndex int
}

type dumpValueJSON struct {
	Value     json.RawMessage `json:"value"`
	TreeIndex *int64          `json:"treeIndex"`
}

type dumpJSON struct {
	Format       *string         `json:"format"`
	LeafEncoding []string        `json:"leafEncoding"`
	Tree         []string        `json:"tree"`
	Values       []dumpValueJSON `json:"values"`
}

// ParseDump parses a "standard-v1" dump, or any JSON object holding one at its top level
// (extra keys, such as a batch document's metadata, are ignored). It checks the shape:
// format, leaf encoding, 2n-1 nodes of 32 bytes for n values, each value with a distinct
// leaf index. It does not check hashes.
func ParseDump(data []byte) (*Dump, error) {
	var j dumpJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return nil, fmt.Errorf("parsing merkle tree dump: %w", err)
	}
	return j.check()
}

func (j *dumpJSON) check() (*Dump, error) {
	if j.Format == nil {
		return nil, errors.New("merkle tree dump: no \"format\"")
	}
	if *j.Format != FormatStandardV1 {
		return nil, fmt.Errorf("merkle tree dump: unknown format %.40q (want %q)", *j.Format, FormatStandardV1)
	}
	if len(j.LeafEncoding) == 0 {
		return nil, errors.New("merkle tree dump: no \"leafEncoding\"")
	}
	n := len(j.Values)
	if n == 0 {
		return nil, errors.New("merkle tree dump: no \"values\"")
	}
	if n > maxLeaves {
		return nil, fmt.Errorf("merkle tree dump: %d values, at most %d supported", n, maxLeaves)
	}
	if len(j.Tree) != 2*n-1 {
		return nil, fmt.Errorf("merkle tree dump: %d values need %d tree nodes, found %d", n, 2*n-1, len(j.Tree))
	}
	d := &Dump{
		Format:       *j.Format,
		LeafEncoding: j.LeafEncoding,
		Tree:         make([]common.Hash, len(j.Tree)),
		Values:       make([]DumpValue, n),
	}
	for i, s := range j.Tree {
		h, err := parseHash(s)
		if err != nil {
			return nil, fmt.Errorf("merkle tree dump: tree[%d]: %w", i, err)
		}
		d.Tree[i] = h
	}
	seen := make([]bool, len(j.Tree))
	for i, v := range j.Values {
		if len(v.Value) == 0 || v.Value[0] != '[' {
			return nil, fmt.Errorf("merkle tree dump: values[%d]: \"value\" must be an array", i)
		}
		if v.TreeIndex == nil {
			return nil, fmt.Errorf("merkle tree dump: values[%d]: no \"treeIndex\"", i)
		}
		ti := *v.TreeIndex
		if ti < int64(n-1) || ti >= int64(len(j.Tree)) {
			return nil, fmt.Errorf("merkle tree dump: values[%d]: treeIndex %d is not a leaf (leaves are %d..%d)", i, ti, n-1, len(j.Tree)-1)
		}
		if seen[ti] {
			return nil, fmt.Errorf("merkle tree dump: values[%d]: treeIndex %d used twice", i, ti)
		}
		seen[ti] = true
		d.Values[i] = DumpValue{Value: v.Value, TreeIndex: int(ti)}
	}
	return d, nil
}

// parseHash reads a 32-byte hex string ("0x" optional, any case).
func parseHash(s string) (common.Hash, error) {
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	if len(s) != 64 {
		return common.Hash{}, fmt.Errorf("want 32 bytes of hex, got %d hex digits", len(s))
	}
	var h common.Hash
	if _, err := hex.Decode(h[:], []byte(s)); err != nil {
		return common.Hash{}, fmt.Errorf("bad hex: %w", err)
	}
	return h, nil
}

// ParseHash reads a 32-byte hash written as hex ("0x" optional).
func ParseHash(s string) (common.Hash, error) { return parseHash(s) }

// Root is the root stored in the dump (tree[0]).
func (d *Dump) Root() common.Hash { return d.Tree[0] }

// TreeFromDump checks d as StandardMerkleTree.load does (leaf encoding equal to the
// codec's, every value's leaf hash at its tree index, every inner node the hash of its
// children) and returns the tree. The node layout is taken from the dump as is (a dump
// written with sortLeaves false loads too; its root then differs from NewTree's).
func TreeFromDump[V any](codec Codec[V], d *Dump) (*Tree[V], error) {
	if !slices.Equal(d.LeafEncoding, codec.Encoding()) {
		return nil, fmt.Errorf("merkle tree dump: leaf encoding %q, want %q", d.LeafEncoding, codec.Encoding())
	}
	n := len(d.Values)
	if n == 0 || len(d.Tree) != 2*n-1 {
		return nil, errors.New("merkle tree dump: malformed (use ParseDump)")
	}
	t := &Tree[V]{codec: codec, nodes: d.Tree, values: make([]V, n), treeIndex: make([]uint32, n)}
	h := newHasher()
	enc := make([]byte, 32*len(codec.Encoding()))
	ck, hasCheck := any(codec).(checker[V])
	for i, dv := range d.Values {
		v, err := codec.ParseJSON(dv.Value)
		if err != nil {
			return nil, fmt.Errorf("merkle tree dump: values[%d]: %w", i, err)
		}
		if hasCheck {
			if err := ck.check(&v); err != nil {
				return nil, fmt.Errorf("merkle tree dump: values[%d]: %w", i, err)
			}
		}
		clear(enc)
		codec.Encode(enc, &v)
		if h.leaf(enc) != d.Tree[dv.TreeIndex] {
			return nil, fmt.Errorf("merkle tree dump: values[%d]: leaf hash differs from tree[%d]", i, dv.TreeIndex)
		}
		t.values[i] = v
		t.treeIndex[i] = uint32(dv.TreeIndex)
	}
	for i := n - 2; i >= 0; i-- {
		if h.node(&d.Tree[2*i+1], &d.Tree[2*i+2]) != d.Tree[i] {
			return nil, fmt.Errorf("merkle tree dump: tree[%d] is not the hash of its children", i)
		}
	}
	return t, nil
}

// LoadTree parses and checks a "standard-v1" dump (see ParseDump and TreeFromDump).
func LoadTree[V any](codec Codec[V], data []byte) (*Tree[V], error) {
	d, err := ParseDump(data)
	if err != nil {
		return nil, err
	}
	return TreeFromDump(codec, d)
}

// AppendDump appends the tree as the library's JSON.stringify(tree.dump()) writes it:
// {"format":"standard-v1","leafEncoding":[...],"tree":[...],"values":[{"value":[...],
// "treeIndex":N},...]}.
func (t *Tree[V]) AppendDump(dst []byte) []byte {
	dst = append(dst, '{')
	dst = t.appendDumpFields(dst)
	return append(dst, '}')
}

// MarshalJSON writes the tree's "standard-v1" dump.
func (t *Tree[V]) MarshalJSON() ([]byte, error) {
	return t.AppendDump(make([]byte, 0, t.dumpSizeHint())), nil
}

func (t *Tree[V]) dumpSizeHint() int {
	return 128 + len(t.nodes)*69 + len(t.values)*(40+60*len(t.codec.Encoding()))
}

func (t *Tree[V]) appendDumpFields(dst []byte) []byte {
	dst = append(dst, `"format":"standard-v1","leafEncoding":[`...)
	for i, s := range t.codec.Encoding() {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = strconv.AppendQuote(dst, s)
	}
	dst = append(dst, `],"tree":[`...)
	for i := range t.nodes {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `"0x`...)
		dst = hex.AppendEncode(dst, t.nodes[i][:])
		dst = append(dst, '"')
	}
	dst = append(dst, `],"values":[`...)
	for i := range t.values {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"value":`...)
		dst = t.codec.AppendJSON(dst, &t.values[i])
		dst = append(dst, `,"treeIndex":`...)
		dst = strconv.AppendUint(dst, uint64(t.treeIndex[i]), 10)
		dst = append(dst, '}')
	}
	return append(dst, ']')
}
