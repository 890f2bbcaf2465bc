package cdr

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// RewardLeafEncoding is the StandardMerkleTree leaf encoding of a rewards entry
// (address account, uint256 cumulativeAmount), as CDRLeaf.rewardHash.
var RewardLeafEncoding = []string{"address", "uint256"}

var rewardTypes = mustParseEncoding(RewardLeafEncoding)

// Reward is one leaf of a rewards tree: the cumulative amount (token base units) account
// may have claimed in total from the operator's rewards roots so far.
type Reward struct {
	Account          common.Address `json:"account"`
	CumulativeAmount *big.Int       `json:"cumulativeAmount"`
}

// RewardLeaf returns the leaf of (account, cumulativeAmount), as CDRLeaf.rewardHash.
func RewardLeaf(account common.Address, cumulativeAmount *big.Int) (common.Hash, error) {
	r := Reward{Account: account, CumulativeAmount: cumulativeAmount}
	if err := r.Check(); err != nil {
		return common.Hash{}, err
	}
	var enc [64]byte
	RewardCodec{}.Encode(enc[:], &r)
	return LeafHash(enc[:]), nil
}

// Check reports whether the amount fits uint256.
func (r *Reward) Check() error {
	switch {
	case r.CumulativeAmount == nil:
		return fmt.Errorf("reward of %s: cumulativeAmount missing", r.Account.Hex())
	case r.CumulativeAmount.Sign() < 0:
		return fmt.Errorf("reward of %s: cumulativeAmount %s is negative", r.Account.Hex(), r.CumulativeAmount)
	case r.CumulativeAmount.BitLen() > 256:
		return fmt.Errorf("reward of %s: cumulativeAmount does not fit uint256", r.Account.Hex())
	}
	return nil
}

// RewardCodec is the Codec of rewards trees: values are Reward, the leaf encoding is
// RewardLeafEncoding; in a dump the account is an EIP-55 hex string and the amount a
// decimal string.
type RewardCodec struct{}

// Encoding implements Codec.
func (RewardCodec) Encoding() []string { return RewardLeafEncoding }

// Encode implements Codec. Amounts that fail Check encode as zero; trees check first.
func (RewardCodec) Encode(dst []byte, v *Reward) {
	putAddress(dst[0:], v.Account)
	clear(dst[32:64])
	if v.Check() == nil {
		v.CumulativeAmount.FillBytes(dst[32:64])
	}
}

// AppendJSON implements Codec.
func (RewardCodec) AppendJSON(dst []byte, v *Reward) []byte {
	dst = append(dst, '[')
	dst = appendQuoted(dst, v.Account.Hex())
	dst = append(dst, ',', '"')
	if v.CumulativeAmount != nil {
		dst = v.CumulativeAmount.Append(dst, 10)
	} else {
		dst = append(dst, '0')
	}
	return append(dst, '"', ']')
}

// ParseJSON implements Codec.
func (RewardCodec) ParseJSON(data []byte) (Reward, error) {
	w, err := parseWords(data, rewardTypes)
	if err != nil {
		return Reward{}, fmt.Errorf("reward leaf: %w", err)
	}
	return Reward{
		Account:          common.BytesToAddress(w[12:32]),
		CumulativeAmount: new(big.Int).SetBytes(w[32:64]),
	}, nil
}

// check implements the optional checker interface trees call before building.
func (RewardCodec) check(v *Reward) error { return v.Check() }

// checker is implemented by codecs whose values can be invalid.
type checker[V any] interface {
	check(v *V) error
}
