package devnet

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// numberCommitment is NumberRegistry.makeCommitment computed off chain:
// keccak256(abi.encode(keccak256(bytes(e164)), owner, secret)).
func numberCommitment(e164 string, owner common.Address, secret [32]byte) [32]byte {
	buf := make([]byte, 96)
	copy(buf[0:32], crypto.Keccak256([]byte(e164)))
	copy(buf[44:64], owner[:])
	copy(buf[64:96], secret[:])
	return crypto.Keccak256Hash(buf)
}
