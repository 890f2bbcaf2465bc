package cdr

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Side says which side of a call wrote a CDR: the originating operator (the caller's side,
// which received the call from the caller) or the terminating operator (the callee's side).
// For a call between two operators both write a CDR with the same call id, one from each
// side, and each side's oracle pays only its own half of the call's rewards. A call inside
// one operator (origOperator == termOperator == operator) is written once, from the
// originating side, and pays all four shares.
//
// In the leaf it is a uint8: 1 originating, 2 terminating; 0 (unknown) is never valid.
// In JSON it is the string "originating" or "terminating".
type Side uint8

// The sides of a call.
const (
	SideUnknown     Side = 0
	SideOriginating Side = 1
	SideTerminating Side = 2
)

// String returns "originating", "terminating" or "side(N)".
func (s Side) String() string {
	switch s {
	case SideOriginating:
		return "originating"
	case SideTerminating:
		return "terminating"
	}
	return fmt.Sprintf("side(%d)", uint8(s))
}

// Valid reports whether s is originating or terminating.
func (s Side) Valid() bool { return s == SideOriginating || s == SideTerminating }

// ParseSide parses "originating" or "terminating" (also "orig" and "term").
func ParseSide(str string) (Side, error) {
	switch str {
	case "originating", "orig":
		return SideOriginating, nil
	case "terminating", "term":
		return SideTerminating, nil
	}
	return SideUnknown, fmt.Errorf("%.40q is not a side: want \"originating\" or \"terminating\"", str)
}

// MarshalText implements encoding.TextMarshaler ("side(N)" for an invalid side, which
// UnmarshalText refuses).
func (s Side) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Side) UnmarshalText(b []byte) error {
	v, err := ParseSide(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// SideOf is the side operator writes a CDR from, given the call's originating and
// terminating operators: originating when it is the originating operator (also for a call
// inside one operator), terminating when it is only the terminating one. An operator that
// is neither cannot say which side it wrote the CDR from: SideOf returns an error, never a
// guess.
func SideOf(operator, orig, term common.Address) (Side, error) {
	switch {
	case operator == (common.Address{}):
		return SideUnknown, fmt.Errorf("no operator: cannot say which side wrote the CDR")
	case operator == orig:
		return SideOriginating, nil
	case operator == term:
		return SideTerminating, nil
	}
	return SideUnknown, fmt.Errorf("operator %s is neither the originating (%s) nor the terminating (%s) operator: cannot say which side wrote the CDR",
		operator.Hex(), orig.Hex(), term.Hex())
}

// CheckSide is the side rule of Validate (a *FieldError on "side"): side originating or
// terminating; the operator that writes the CDR is the operator of its side; a call
// inside one operator is written from the originating side.
func CheckSide(operator, orig, term common.Address, side Side) error {
	return checkSide(operator, orig, term, side)
}

func checkSide(operator, orig, term common.Address, side Side) error {
	switch side {
	case SideOriginating:
		if operator != orig {
			return fieldErr("side", "originating, but operator %s is not origOperator %s", operator.Hex(), orig.Hex())
		}
	case SideTerminating:
		if operator != term {
			return fieldErr("side", "terminating, but operator %s is not termOperator %s", operator.Hex(), term.Hex())
		}
		if orig == term {
			return fieldErr("side", "terminating for a call inside one operator (origOperator == termOperator): such a call is written once, from the originating side")
		}
	default:
		return fieldErr("side", "%v: want originating (1) or terminating (2)", side)
	}
	return nil
}
