package cdr

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
)

// FieldError is a validation error naming the Record field (by its JSON name) at fault.
type FieldError struct {
	Field  string // JSON name of the field, e.g. "billableSeconds"
	Reason string
}

func (e *FieldError) Error() string { return "cdr: " + e.Field + ": " + e.Reason }

func fieldErr(field, format string, args ...any) error {
	return &FieldError{Field: field, Reason: fmt.Sprintf(format, args...)}
}

// E164Error says why Number is not E.164, and what E.164 is.
type E164Error struct {
	Number string
	Reason string // e.g. "it has 16 digits; E.164 allows at most 15 after the \"+\""
}

func (e *E164Error) Error() string {
	return fmt.Sprintf("%.40q is not E.164: %s", e.Number, e.Reason)
}

// ValidE164 reports why s is not an E.164 number ("+", then 1 to 15 digits, the first
// not 0), as an *E164Error, or nil when it is one.
func ValidE164(s string) error {
	bad := func(format string, a ...any) error { return &E164Error{Number: s, Reason: fmt.Sprintf(format, a...)} }
	switch {
	case len(s) < 2 || s[0] != '+':
		return bad("want \"+\", the country code and the number, 1 to 15 digits in all (e.g. +14155550123)")
	case s[1] == '0':
		return bad("a country code never starts with 0 (write +44..., not +044...)")
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return bad("%q is not a digit (only digits follow the \"+\")", s[i])
		}
	}
	if len(s) > 16 {
		return bad("it has %d digits; E.164 allows at most 15 after the \"+\"", len(s)-1)
	}
	return nil
}

// Validate checks r and returns a *FieldError naming the first field at fault:
//   - operator and salt non-zero; caller and callee E.164;
//   - setupTime <= endTime; answerTime 0 (unanswered) or setupTime <= answerTime <= endTime;
//   - billableSeconds == endTime - answerTime when answered, 0 when unanswered;
//   - sipStatus 100..699, q850Cause 0..127, mos 0 (not measured) or 100..500;
//   - side originating (operator == origOperator) or terminating (operator ==
//     termOperator != origOperator): a call inside one operator is written once, from the
//     originating side.
func (r *Record) Validate() error {
	if r.Operator == (common.Address{}) {
		return fieldErr("operator", "zero address")
	}
	if err := ValidE164(r.Caller); err != nil {
		return &FieldError{Field: "caller", Reason: err.Error()}
	}
	if err := ValidE164(r.Callee); err != nil {
		return &FieldError{Field: "callee", Reason: err.Error()}
	}
	if r.Salt == (common.Hash{}) {
		return fieldErr("salt", "zero salt (draw 32 random bytes, see New)")
	}
	if r.EndTime < r.SetupTime {
		return fieldErr("endTime", "%d is before setupTime %d", r.EndTime, r.SetupTime)
	}
	if r.AnswerTime == 0 {
		if r.BillableSeconds != 0 {
			return fieldErr("billableSeconds", "%d for an unanswered call (answerTime 0), want 0", r.BillableSeconds)
		}
	} else {
		if r.AnswerTime < r.SetupTime {
			return fieldErr("answerTime", "%d is before setupTime %d", r.AnswerTime, r.SetupTime)
		}
		if r.AnswerTime > r.EndTime {
			return fieldErr("answerTime", "%d is after endTime %d", r.AnswerTime, r.EndTime)
		}
		if d := r.EndTime - r.AnswerTime; uint64(r.BillableSeconds) != d {
			return fieldErr("billableSeconds", "%d, want endTime - answerTime = %d", r.BillableSeconds, d)
		}
	}
	if r.SIPStatus < 100 || r.SIPStatus > 699 {
		return fieldErr("sipStatus", "%d is not a SIP status (100-699)", r.SIPStatus)
	}
	if r.Q850Cause > 127 {
		return fieldErr("q850Cause", "%d is not a Q.850 cause (0-127)", r.Q850Cause)
	}
	if r.MOS != 0 && (r.MOS < 100 || r.MOS > 500) {
		return fieldErr("mos", "%d is not MOS x 100 (100-500, or 0 when not measured)", r.MOS)
	}
	return checkSide(r.Operator, r.OrigOperator, r.TermOperator, r.Side)
}

// NewSalt draws a random 32-byte salt from crypto/rand.
func NewSalt() (common.Hash, error) {
	var s common.Hash
	if _, err := io.ReadFull(rand.Reader, s[:]); err != nil {
		return s, fmt.Errorf("drawing salt: %w", err)
	}
	return s, nil
}

// New returns r with a fresh random salt (crypto/rand), validated. Use it for every new
// CDR: the salt is what keeps the numbers out of the public leaf.
func New(r Record) (Record, error) {
	salt, err := NewSalt()
	if err != nil {
		return Record{}, err
	}
	r.Salt = salt
	if err := r.Validate(); err != nil {
		return Record{}, err
	}
	return r, nil
}

// ParseRecord reads a full JSON CDR (unknown fields are an error, so a misspelt field
// is not silently zero) and validates it.
func ParseRecord(data []byte) (Record, error) {
	var r Record
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return Record{}, fmt.Errorf("parsing CDR JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Record{}, fmt.Errorf("parsing CDR JSON: trailing data after the object")
	}
	if err := r.Validate(); err != nil {
		return Record{}, err
	}
	return r, nil
}
