package cdr

import (
	"bytes"

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
