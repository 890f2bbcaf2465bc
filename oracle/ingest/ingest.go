// Package ingest parses the call detail records SIP servers push to the oracle: DOTS's own
// JSON, FreeSWITCH mod_json_cdr, Kamailio acc/acc_json, Asterisk CDR and OpenSIPS acc
// (E_ACC_CDR), and turns each into a Call, the part of a cdr.Record a source can know
// (the oracle adds operator, sequence number and salt when it stores it).
package ingest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/cdr"
)

// Call is one call as a source reported it, normalised.
type Call struct {
	SourceID        string         `json:"sourceId"` // the source's unique id for the record (dedup key)
	CallID          common.Hash    `json:"callId"`   // keccak256 of the SIP Call-ID (or of the source id)
	Caller          string         `json:"caller"`   // E.164
	Callee          string         `json:"callee"`   // E.164
	SetupTime       uint64         `json:"setupTime"`
	AnswerTime      uint64         `json:"answerTime"`
	EndTime         uint64         `json:"endTime"`
	BillableSeconds uint32         `json:"billableSeconds"`
	SIPStatus       uint16         `json:"sipStatus"`
	Q850Cause       uint8          `json:"q850Cause"`
	OrigOperator    common.Address `json:"origOperator"`
	TermOperator    common.Address `json:"termOperator"`
	MOS             uint16         `json:"mos,omitempty"`
	// Side is the side of the call this operator wrote the record from. A source that
	// does not say it (every native format, and DOTS JSON without "side") gets
	// cdr.SideOf(Defaults.Operator, OrigOperator, TermOperator): originating when this
	// operator is origOperator, terminating when it is only termOperator; a record whose
	// operators name neither is refused, never guessed.
	Side cdr.Side `json:"side"`
}

// Defaults are what the oracle knows of the source a body comes from: what a native SIP
// server format cannot say (which DOTS operators originated and terminated the call), the
// source's Options (numbering plan, time zone, age limits, Kamailio settings), and where a
// call's partial records wait for the rest of the call.
type Defaults struct {
	// Operator is the oracle's own operator, the writer of every CDR it stores: a call's
	// side is derived from it (Call.Side). Zero: every record is refused on "side".
	Operator     common.Address
	OrigOperator common.Address
	TermOperator common.Address
	// Source is the source's name (held records are kept per source).
	Source string
	// Options are the source's; nil: no numbering plan (E.164 only), UTC, no age limits.
	// Options.Check must have been called.
	Options *Options
	// Held keeps a Kamailio call's records until the call is complete; nil: a call's
	// records must all be in one body.
	Held Held
	// Now is the oracle's clock (nil: time.Now).
	Now func() time.Time
}

// FieldError names the record (0-based index in the request body) and the field that is wrong.
type FieldError struct {
	Index   int    `json:"index"`
	Field   string `json:"field"`
	Message string `json:"message"`
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("record %d: field %s: %s", e.Index, e.Field, e.Message)
}

// Errors is every problem found in one request body.
type Errors []*FieldError

func (e Errors) Error() string {
	if len(e) == 0 {
		return "no errors"
	}
	if len(e) == 1 {
		return e[0].Error()
	}
	return fmt.Sprintf("%s (and %d more)", e[0].Error(), len(e)-1)
}

// Result is what a parser found in one body: calls to store, and records that are not
// calls to count (for example the b-leg of a bridged FreeSWITCH call, which its a-leg
// already describes).
type Result struct {
	Calls   []Call
	Skipped int
	// Held counts records kept until the rest of their call arrives (Kamailio).
	Held int
}

// Parser parses one request body.
type Parser func(ctx context.Context, body []byte, contentType string, d Defaults) (Result, error)

// Parsers maps the format names used in URLs and configuration to their parsers.
var parsers = map[string]Parser{
	"dots":       ParseDOTS,
	"freeswitch": ParseFreeSWITCH,
	"kamailio":   ParseKamailio,
	"asterisk":   ParseAsterisk,
	"opensips":   ParseOpenSIPS,
}

// Lookup returns the parser for a format name.
func Lookup(format string) (Parser, bool) {
	p, ok := parsers[format]
	return p, ok
}

// Formats lists the known format names.
func Formats() []string { return []string{"dots", "freeswitch", "kamailio", "asterisk", "opensips"} }

// HashCallID is the CDR's call id: keccak256 of the SIP Call-ID (or source id).
func HashCallID(id string) common.Hash { return crypto.Keccak256Hash([]byte(id)) }

// NormalizeNumber makes s E.164 without a numbering plan: only numbers already in E.164
// ("+15551234567", "sip:+1555...@host", "tel:+1555...") are taken.
func NormalizeNumber(s string) (string, error) { return (*NumberingPlan)(nil).Number(s) }

func truncate(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

// maxCallSeconds bounds a call's duration (a week); longer means broken timestamps.
const maxCallSeconds = 7 * 24 * 3600

// minTime and maxTime bound plausible unix times (2000-01-01 .. 2200-01-01).
const (
	minTime = 946684800
	maxTime = 7258118400
)

// finish checks a call's fields for consistency and derives billable seconds; idx names
// the record in errors.
func finish(c *Call, idx int, d *Defaults) Errors {
	var errs Errors
	add := func(field, format string, a ...any) {
		errs = append(errs, &FieldError{Index: idx, Field: field, Message: fmt.Sprintf(format, a...)})
	}
	if c.SourceID == "" {
		add("id", "missing")
	} else if len(c.SourceID) > 256 {
		add("id", "longer than 256 bytes")
	} else if err := checkIdentifier(c.SourceID); err != nil {
		add("id", "%v", err)
	}
	if c.SetupTime < minTime || c.SetupTime > maxTime {
		add("setupTime", "%d is not a plausible unix time", c.SetupTime)
	}
	if c.EndTime < c.SetupTime {
		add("endTime", "before setup time")
	} else if c.EndTime-c.SetupTime > maxCallSeconds {
		add("endTime", "call longer than a week")
	}
	if c.AnswerTime != 0 {
		if c.AnswerTime < c.SetupTime {
			add("answerTime", "before setup time")
		} else if c.AnswerTime > c.EndTime {
			add("answerTime", "after end time")
		} else {
			c.BillableSeconds = uint32(c.EndTime - c.AnswerTime)
		}
		if c.SIPStatus >= 300 {
			add("sipStatus", "answered call with failure status %d", c.SIPStatus)
		}
	} else {
		c.BillableSeconds = 0
		if c.SIPStatus >= 200 && c.SIPStatus < 300 {
			add("answerTime", "missing for a call with status %d", c.SIPStatus)
		}
	}
	if len(errs) > 0 {
		return errs
	}
	if field, msg := d.checkAge(c); field != "" {
		add(field, "%s", msg)
		return errs
	}
	if c.Side == cdr.SideUnknown {
		side, err := cdr.SideOf(d.Operator, c.OrigOperator, c.TermOperator)
		if err != nil {
			add("side", "%v", err)
			return errs
		}
		c.Side = side
	}
	// The rest of what a stored CDR must satisfy (numbers, status and cause ranges, MOS,
	// billable seconds, the side against the operators) is the shared cdr package's rule;
	// check the record as it will be stored (the salt is the store's, any non-zero value
	// stands in for it).
	rec := c.Record(d.Operator, 0, common.Hash{1})
	if err := rec.Validate(); err != nil {
		var fe *cdr.FieldError
		if errors.As(err, &fe) {
			add(fe.Field, "%s", fe.Reason)
		} else {
			add("record", "%v", err)
		}
	}
	return errs
}

// Record is the full CDR of c once the oracle has given it an operator, a sequence number
// and a salt.
func (c *Call) Record(operator common.Address, seq uint64, salt common.Hash) cdr.Record {
	return cdr.Record{Operator: operator, Seq: seq, CallID: c.CallID, Caller: c.Caller, Callee: c.Callee, Salt: salt,
		SetupTime: c.SetupTime, AnswerTime: c.AnswerTime, EndTime: c.EndTime, BillableSeconds: c.BillableSeconds,
		SIPStatus: c.SIPStatus, Q850Cause: c.Q850Cause, OrigOperator: c.OrigOperator, TermOperator: c.TermOperator, MOS: c.MOS, Side: c.Side}
}

// Same reports whether a stored record says what c says (its operator, sequence number
// and salt are the store's).
func (c *Call) Same(r cdr.Record) bool { return c.Record(r.Operator, r.Seq, r.Salt) == r }
