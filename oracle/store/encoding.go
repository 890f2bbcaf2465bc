package store

import (
	"encoding/binary"
	"errors"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/oracle/ingest"
)

// A CDR is kept as one fixed binary record (one bound parameter instead of fifteen makes
// ingest several times faster): callId 32, salt 32, setup 8, answer 8, end 8, billable 4,
// sipStatus 2, q850 1, mos 2, origOperator 20, termOperator 20, side 1, then caller and
// callee, each a length byte and the bytes.
const fixedLen = 32 + 32 + 8 + 8 + 8 + 4 + 2 + 1 + 2 + 20 + 20 + 1

func encodeCall(c *ingest.Call, salt []byte) []byte {
	b := make([]byte, fixedLen, fixedLen+2+len(c.Caller)+len(c.Callee))
	copy(b[0:32], c.CallID[:])
	copy(b[32:64], salt)
	binary.BigEndian.PutUint64(b[64:], c.SetupTime)
	binary.BigEndian.PutUint64(b[72:], c.AnswerTime)
	binary.BigEndian.PutUint64(b[80:], c.EndTime)
	binary.BigEndian.PutUint32(b[88:], c.BillableSeconds)
	binary.BigEndian.PutUint16(b[92:], c.SIPStatus)
	b[94] = c.Q850Cause
	binary.BigEndian.PutUint16(b[95:], c.MOS)
	copy(b[97:117], c.OrigOperator[:])
	copy(b[117:137], c.TermOperator[:])
	b[137] = byte(c.Side)
	b = append(b, byte(len(c.Caller)))
	b = append(b, c.Caller...)
	b = append(b, byte(len(c.Callee)))
	return append(b, c.Callee...)
}

var errCorrupt = errors.New("corrupt stored record")

func decodeRecord(b []byte) (cdr.Record, error) {
	var r cdr.Record
	if len(b) < fixedLen+2 {
		return r, errCorrupt
	}
	r.CallID = common.BytesToHash(b[0:32])
	r.Salt = common.BytesToHash(b[32:64])
	r.SetupTime = binary.BigEndian.Uint64(b[64:])
	r.AnswerTime = binary.BigEndian.Uint64(b[72:])
	r.EndTime = binary.BigEndian.Uint64(b[80:])
	r.BillableSeconds = binary.BigEndian.Uint32(b[88:])
	r.SIPStatus = binary.BigEndian.Uint16(b[92:])
	r.Q850Cause = b[94]
	r.MOS = binary.BigEndian.Uint16(b[95:])
	r.OrigOperator = common.BytesToAddress(b[97:117])
	r.TermOperator = common.BytesToAddress(b[117:137])
	r.Side = cdr.Side(b[137])
	rest := b[fixedLen:]
	n := int(rest[0])
	if len(rest) < 1+n+1 {
		return r, errCorrupt
	}
	r.Caller = string(rest[1 : 1+n])
	rest = rest[1+n:]
	m := int(rest[0])
	if len(rest) != 1+m {
		return r, errCorrupt
	}
	r.Callee = string(rest[1:])
	return r, nil
}
