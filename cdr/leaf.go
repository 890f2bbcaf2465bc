package cdr

import (
	"encoding/binary"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// CDRLeafEncoding is the StandardMerkleTree leaf encoding of a CDR, the field order and
// types of CDRLeaf.CDR in contracts/libraries/CDRLeaf.sol.
var CDRLeafEncoding = []string{
	"address", "uint64", "bytes32", "bytes32", "bytes32", "uint64", "uint64", "uint64",
	"uint32", "uint16", "uint8", "address", "address", "uint16", "uint8",
}

// cdrWords is the number of 32-byte words in abi.encode of a CDR leaf.
const cdrWords = 15

var cdrTypes = mustParseEncoding(CDRLeafEncoding)

func mustParseEncoding(enc []string) []abiType {
	ts, err := parseEncoding(enc)
	if err != nil {
		panic(err)
	}
	return ts
}

// CDRLeaf is the public form of a CDR, the value a batch tree holds: CDRLeaf.CDR of the
// contracts, where the phone numbers are only commitments keccak256(abi.encodePacked(
// number, salt)). Build it with Record.LeafValue.
type CDRLeaf struct {
	Operator        common.Address `json:"operator"`
	Seq             uint64         `json:"seq"`
	CallID          common.Hash    `json:"callId"`
	CallerCommit    common.Hash    `json:"callerCommit"`
	CalleeCommit    common.Hash    `json:"calleeCommit"`
	SetupTime       uint64         `json:"setupTime"`
	AnswerTime      uint64         `json:"answerTime"`
	EndTime         uint64         `json:"endTime"`
	BillableSeconds uint32         `json:"billableSeconds"`
	SIPStatus       uint16         `json:"sipStatus"`
	Q850Cause       uint8          `json:"q850Cause"`
	OrigOperator    common.Address `json:"origOperator"`
	TermOperator    common.Address `json:"termOperator"`
	MOS             uint16         `json:"mos"`
	Side            Side           `json:"side"`
}

// NumberCommitment is the commitment to a phone number that stands in a leaf:
// keccak256(abi.encodePacked(e164, salt)) (CDRLeaf.numberCommit).
func NumberCommitment(e164 string, salt common.Hash) common.Hash {
	h := newHasher()
	buf := make([]byte, 0, len(e164)+32)
	buf = append(buf, e164...)
	buf = append(buf, salt[:]...)
	return h.sum(buf)
}

// Commitments returns the caller and callee commitments of r.
func (r *Record) Commitments() (caller, callee common.Hash) {
	return NumberCommitment(r.Caller, r.Salt), NumberCommitment(r.Callee, r.Salt)
}

// LeafValue returns the leaf form of r (numbers replaced by their commitments). It does
// not validate r; call Validate first.
func (r *Record) LeafValue() CDRLeaf {
	h := newHasher()
	return r.leafValue(h)
}

func (r *Record) leafValue(h *hasher) CDRLeaf {
	buf := h.enc[:0]
	buf = append(append(buf, r.Caller...), r.Salt[:]...)
	caller := h.sum(buf)
	buf = append(append(buf[:0], r.Callee...), r.Salt[:]...)
	callee := h.sum(buf)
	h.enc = buf
	return CDRLeaf{
		Operator:        r.Operator,
		Seq:             r.Seq,
		CallID:          r.CallID,
		CallerCommit:    caller,
		CalleeCommit:    callee,
		SetupTime:       r.SetupTime,
		AnswerTime:      r.AnswerTime,
		EndTime:         r.EndTime,
		BillableSeconds: r.BillableSeconds,
		SIPStatus:       r.SIPStatus,
		Q850Cause:       r.Q850Cause,
		OrigOperator:    r.OrigOperator,
		TermOperator:    r.TermOperator,
		MOS:             r.MOS,
		Side:            r.Side,
	}
}

// Leaf returns the Merkle leaf of r: keccak256(bytes.concat(keccak256(abi.encode(
// CDRLeaf.CDR)))), what CDRLeaf.hash and CDRAnchor.cdrLeaf compute. It does not validate r.
func (r *Record) Leaf() common.Hash {
	v := r.LeafValue()
	return v.Hash()
}

// Hash returns the Merkle leaf of l.
func (l *CDRLeaf) Hash() common.Hash {
	var enc [32 * cdrWords]byte
	CDRCodec{}.Encode(enc[:], l)
	return LeafHash(enc[:])
}

func putAddress(w []byte, a common.Address) {
	clear(w[:12])
	copy(w[12:32], a[:])
}

func putUint(w []byte, x uint64) {
	clear(w[:24])
	binary.BigEndian.PutUint64(w[24:32], x)
}

// CDRCodec is the Codec of batch trees: values are CDRLeaf, the leaf encoding is
// CDRLeafEncoding. In a dump, addresses are EIP-55 hex strings, bytes32 lowercase hex
// strings and integers decimal strings.
type CDRCodec struct{}

// Encoding implements Codec.
func (CDRCodec) Encoding() []string { return CDRLeafEncoding }

// Encode implements Codec: abi.encode of the 15 static fields, one word each.
func (CDRCodec) Encode(dst []byte, v *CDRLeaf) {
	_ = dst[32*cdrWords-1]
	putAddress(dst[0:], v.Operator)
	putUint(dst[32:], v.Seq)
	copy(dst[64:96], v.CallID[:])
	copy(dst[96:128], v.CallerCommit[:])
	copy(dst[128:160], v.CalleeCommit[:])
	putUint(dst[160:], v.SetupTime)
	putUint(dst[192:], v.AnswerTime)
	putUint(dst[224:], v.EndTime)
	putUint(dst[256:], uint64(v.BillableSeconds))
	putUint(dst[288:], uint64(v.SIPStatus))
	putUint(dst[320:], uint64(v.Q850Cause))
	putAddress(dst[352:], v.OrigOperator)
	putAddress(dst[384:], v.TermOperator)
	putUint(dst[416:], uint64(v.MOS))
	putUint(dst[448:], uint64(v.Side))
}

func appendQuoted(dst []byte, s string) []byte {
	dst = append(dst, '"')
	dst = append(dst, s...)
	return append(dst, '"')
}

func appendUintString(dst []byte, x uint64) []byte {
	dst = append(dst, '"')
	dst = strconv.AppendUint(dst, x, 10)
	return append(dst, '"')
}

// AppendJSON implements Codec.
func (CDRCodec) AppendJSON(dst []byte, v *CDRLeaf) []byte {
	dst = append(dst, '[')
	dst = appendQuoted(dst, v.Operator.Hex())
	dst = append(dst, ',')
	dst = appendUintString(dst, v.Seq)
	dst = append(dst, ',')
	dst = appendQuoted(dst, hexutil.Encode(v.CallID[:]))
	dst = append(dst, ',')
	dst = appendQuoted(dst, hexutil.Encode(v.CallerCommit[:]))
	dst = append(dst, ',')
	dst = appendQuoted(dst, hexutil.Encode(v.CalleeCommit[:]))
	for _, x := range []uint64{v.SetupTime, v.AnswerTime, v.EndTime, uint64(v.BillableSeconds),
		uint64(v.SIPStatus), uint64(v.Q850Cause)} {
		dst = append(dst, ',')
		dst = appendUintString(dst, x)
	}
	dst = append(dst, ',')
	dst = appendQuoted(dst, v.OrigOperator.Hex())
	dst = append(dst, ',')
	dst = appendQuoted(dst, v.TermOperator.Hex())
	dst = append(dst, ',')
	dst = appendUintString(dst, uint64(v.MOS))
	dst = append(dst, ',')
	dst = appendUintString(dst, uint64(v.Side))
	return append(dst, ']')
}

// ParseJSON implements Codec; it accepts what the library accepts for these types.
func (CDRCodec) ParseJSON(data []byte) (CDRLeaf, error) {
	w, err := parseWords(data, cdrTypes)
	if err != nil {
		return CDRLeaf{}, fmt.Errorf("cdr leaf: %w", err)
	}
	word := func(i int) []byte { return w[32*i : 32*i+32] }
	u := func(i int) uint64 { return binary.BigEndian.Uint64(word(i)[24:]) }
	return CDRLeaf{
		Operator:        common.BytesToAddress(word(0)[12:]),
		Seq:             u(1),
		CallID:          common.BytesToHash(word(2)),
		CallerCommit:    common.BytesToHash(word(3)),
		CalleeCommit:    common.BytesToHash(word(4)),
		SetupTime:       u(5),
		AnswerTime:      u(6),
		EndTime:         u(7),
		BillableSeconds: uint32(u(8)),
		SIPStatus:       uint16(u(9)),
		Q850Cause:       uint8(u(10)),
		OrigOperator:    common.BytesToAddress(word(11)[12:]),
		TermOperator:    common.BytesToAddress(word(12)[12:]),
		MOS:             uint16(u(13)),
		Side:            Side(u(14)),
	}, nil
}
