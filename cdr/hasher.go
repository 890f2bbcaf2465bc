package cdr

import (
	"bytes"
	"encoding/binary"

	"github.com/cloudflare/circl/simd/keccakf1600"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// hasher computes keccak256 without allocating: one per goroutine, never shared.
type hasher struct {
	st   crypto.KeccakState
	pair [64]byte
	out  [32]byte // digest buffer: reading into a field, not a local, avoids an allocation
	enc  []byte   // abi.encode scratch, reused between leaves
}

func newHasher() *hasher { return &hasher{st: crypto.NewKeccakState()} }

func (h *hasher) sum(data []byte) common.Hash {
	h.st.Reset()
	h.st.Write(data)
	h.st.Read(h.out[:])
	return h.out
}

// leaf is OpenZeppelin's standardLeafHash of an already abi-encoded value:
// keccak256(bytes.concat(keccak256(encoded))).
func (h *hasher) leaf(encoded []byte) common.Hash {
	h.sum(encoded)
	return h.sum(h.out[:])
}

// node is OpenZeppelin's standardNodeHash: keccak256 of the two children, smaller first.
func (h *hasher) node(a, b *common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	copy(h.pair[:32], a[:])
	copy(h.pair[32:], b[:])
	return h.sum(h.pair[:])
}

// HashPair is OpenZeppelin's commutative node hash (Hashes.commutativeKeccak256):
// keccak256 of the two 32-byte values, the smaller first.
func HashPair(a, b common.Hash) common.Hash {
	return newHasher().node(&a, &b)
}

// LeafHash is OpenZeppelin's StandardMerkleTree leaf hash of an abi-encoded value:
// keccak256(bytes.concat(keccak256(encoded))).
func LeafHash(encoded []byte) common.Hash {
	return newHasher().leaf(encoded)
}

// hasherX4 computes four keccak256 digests at once with the AVX2 four-way Keccak-f[1600]
// of cloudflare/circl (use only when keccakf1600.IsEnabledX4()). Inputs of one call have
// equal length, a multiple of 8 bytes (every ABI encoding and node pair is).
type hasherX4 struct {
	st    keccakf1600.StateX4
	a     []uint64
	in    [4][]byte
	out   [4]common.Hash
	enc   [4][]byte
	inner [4]common.Hash
	pair  [4][64]byte
}

func newHasherX4() *hasherX4 {
	h := &hasherX4{}
	h.a = h.st.Initialize(false)
	return h
}

// useX4 reports whether the four-way permutation is available on this CPU.
var useX4 = keccakf1600.IsEnabledX4()

const keccakRate = 136 // bytes per block of keccak256

// sum hashes h.in[0..3] into h.out.
func (h *hasherX4) sum() {
	a := h.a
	clear(a)
	n := len(h.in[0])
	off := 0
	for ; n-off >= keccakRate; off += keccakRate {
		for k := 0; k < keccakRate/8; k++ {
			p := off + 8*k
			a[4*k] ^= binary.LittleEndian.Uint64(h.in[0][p:])
			a[4*k+1] ^= binary.LittleEndian.Uint64(h.in[1][p:])
			a[4*k+2] ^= binary.LittleEndian.Uint64(h.in[2][p:])
			a[4*k+3] ^= binary.LittleEndian.Uint64(h.in[3][p:])
		}
		h.st.Permute()
	}
	lanes := (n - off) / 8
	for k := 0; k < lanes; k++ {
		p := off + 8*k
		a[4*k] ^= binary.LittleEndian.Uint64(h.in[0][p:])
		a[4*k+1] ^= binary.LittleEndian.Uint64(h.in[1][p:])
		a[4*k+2] ^= binary.LittleEndian.Uint64(h.in[2][p:])
		a[4*k+3] ^= binary.LittleEndian.Uint64(h.in[3][p:])
	}
	for j := 0; j < 4; j++ {
		a[4*lanes+j] ^= 0x01                  // keccak (legacy) domain/padding start
		a[4*(keccakRate/8-1)+j] ^= 0x80 << 56 // padding end, last byte of the block
	}
	h.st.Permute()
	for j := 0; j < 4; j++ {
		for k := 0; k < 4; k++ {
			binary.LittleEndian.PutUint64(h.out[j][8*k:], a[4*k+j])
		}
	}
}

// leaves computes standardLeafHash of the four encodings in h.enc into h.out.
func (h *hasherX4) leaves() {
	for j := range 4 {
		h.in[j] = h.enc[j]
	}
	h.sum()
	h.inner = h.out
	for j := range 4 {
		h.in[j] = h.inner[j][:]
	}
	h.sum()
}

// nodes computes the commutative node hashes of four child pairs into h.out.
func (h *hasherX4) nodes(l, r *[4]*common.Hash) {
	for j := range 4 {
		a, b := l[j], r[j]
		if bytes.Compare(a[:], b[:]) > 0 {
			a, b = b, a
		}
		copy(h.pair[j][:32], a[:])
		copy(h.pair[j][32:], b[:])
		h.in[j] = h.pair[j][:]
	}
	h.sum()
}
