package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/cdr"
)

// ParseDOTS parses DOTS's own JSON CDR: one object, an array of objects, or NDJSON.
// Fields: id (the source's unique id, required), callId (the SIP Call-ID; defaults to id),
// caller, callee (E.164), setupTime, answerTime, endTime (unix seconds or RFC 3339),
// sipStatus, q850Cause (derived from sipStatus when absent), origOperator, termOperator
// (addresses; default from the source's configuration), mos (MOS x 100), side
// ("originating" or "terminating": the side this operator wrote the record from; when
// absent it follows from the operators, see Call.Side).
// billableSeconds is derived from the times; when given it must agree with them.
func ParseDOTS(_ context.Context, body []byte, _ string, d Defaults) (Result, error) {
	if res, err, ok := parseDOTSFlat(bytes.TrimSpace(body), d); ok {
		return res, err
	}
	return parseDOTSDecoder(body, d)
}

// parseDOTSDecoder is ParseDOTS with encoding/json: any body, and the errors for bodies
// that are not JSON.
func parseDOTSDecoder(body []byte, d Defaults) (Result, error) {
	// Records are decoded straight from the body's stream (one pass over each record, not
	// a split into raw records and a second decode).
	b := bytes.TrimSpace(body)
	bodyErr := func(msg string) (Result, error) {
		return Result{}, Errors{{Index: 0, Field: "body", Message: msg}}
	}
	if len(b) == 0 {
		return bodyErr("empty body")
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	array := b[0] == '['
	switch {
	case array:
		if _, err := dec.Token(); err != nil {
			return bodyErr("JSON array: " + err.Error())
		}
	case b[0] != '{':
		return bodyErr("body is not JSON (object, array or NDJSON)")
	}
	var res Result
	var errs errList
	for i := 0; ; i++ {
		if array && !dec.More() {
			break
		}
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if err == io.EOF && !array {
			break
		}
		if err != nil {
			return bodyErr(fmt.Sprintf("JSON record %d: %v", i, err))
		}
		var f dotsJSON
		if err := checkKeys(raw, dotsKeys); err != nil {
			errs.add(recordError(i, err))
		} else if err := json.Unmarshal(raw, &f); err != nil {
			// A whole value was read that is not an object: name it and go on.
			errs.add(&FieldError{Index: i, Field: "record", Message: "not a JSON object: " + err.Error()})
		} else if c, e := dotsCall(&f, i, d); len(e) > 0 {
			errs.add(e...)
		} else if errs.empty() {
			res.Calls = append(res.Calls, c)
		}
		if errs.full() {
			return Result{}, errs.result()
		}
	}
	if array {
		if _, err := dec.Token(); err != nil {
			return bodyErr("JSON array: " + err.Error())
		}
		if _, err := dec.Token(); err != io.EOF {
			return bodyErr("JSON array: data after the array")
		}
	}
	if !errs.empty() {
		return Result{}, errs.result()
	}
	return res, nil
}

// dotsKeys are DOTS JSON's field names (case-sensitive).
var dotsKeys = []string{"id", "callId", "caller", "callee", "setupTime", "answerTime", "endTime", "billableSeconds",
	"sipStatus", "q850Cause", "origOperator", "termOperator", "mos", "side"}

// dotsJSON is one DOTS JSON CDR, decoded field by field (faster than a map).
type dotsJSON struct {
	ID              json.RawMessage `json:"id"`
	CallID          json.RawMessage `json:"callId"`
	Caller          json.RawMessage `json:"caller"`
	Callee          json.RawMessage `json:"callee"`
	SetupTime       json.RawMessage `json:"setupTime"`
	AnswerTime      json.RawMessage `json:"answerTime"`
	EndTime         json.RawMessage `json:"endTime"`
	BillableSeconds json.RawMessage `json:"billableSeconds"`
	SIPStatus       json.RawMessage `json:"sipStatus"`
	Q850Cause       json.RawMessage `json:"q850Cause"`
	OrigOperator    json.RawMessage `json:"origOperator"`
	TermOperator    json.RawMessage `json:"termOperator"`
	MOS             json.RawMessage `json:"mos"`
	Side            json.RawMessage `json:"side"`
}

func (f *dotsJSON) str(name string) string {
	var v json.RawMessage
	switch name {
	case "id":
		v = f.ID
	case "callId":
		v = f.CallID
	case "caller":
		v = f.Caller
	case "callee":
		v = f.Callee
	case "setupTime":
		v = f.SetupTime
	case "answerTime":
		v = f.AnswerTime
	case "endTime":
		v = f.EndTime
	case "billableSeconds":
		v = f.BillableSeconds
	case "sipStatus":
		v = f.SIPStatus
	case "q850Cause":
		v = f.Q850Cause
	case "origOperator":
		v = f.OrigOperator
	case "termOperator":
		v = f.TermOperator
	case "mos":
		v = f.MOS
	case "side":
		v = f.Side
	}
	return rawString(v)
}

func dotsCall(f *dotsJSON, i int, d Defaults) (Call, Errors) {
	var errs Errors
	bad := func(field string, err error) {
		errs = append(errs, &FieldError{Index: i, Field: field, Message: err.Error()})
	}
	c := Call{SourceID: strings.TrimSpace(f.str("id")), OrigOperator: d.OrigOperator, TermOperator: d.TermOperator}
	callID := f.str("callId")
	if callID == "" {
		callID = c.SourceID
	}
	c.CallID = HashCallID(callID)
	var err error
	if c.Caller, err = d.number(f.str("caller")); err != nil {
		bad("caller", err)
	}
	if c.Callee, err = d.number(f.str("callee")); err != nil {
		bad("callee", err)
	}
	for _, t := range []struct {
		name string
		dst  *uint64
	}{{"setupTime", &c.SetupTime}, {"answerTime", &c.AnswerTime}, {"endTime", &c.EndTime}} {
		if *t.dst, err = d.time(f.str(t.name)); err != nil {
			bad(t.name, err)
		}
	}
	if s := f.str("sipStatus"); s == "" {
		bad("sipStatus", errMissing)
	} else if v, err := parseUint(s); err != nil || v > 65535 {
		bad("sipStatus", errNumber(s))
	} else {
		c.SIPStatus = uint16(v)
	}
	if s := f.str("q850Cause"); s != "" {
		if v, err := parseUint(s); err != nil || v > 255 {
			bad("q850Cause", errNumber(s))
		} else {
			c.Q850Cause = uint8(v)
		}
	} else {
		c.Q850Cause = cdr.SIPToQ850(c.SIPStatus)
	}
	if s := f.str("mos"); s != "" {
		if v, err := parseUint(s); err != nil || v > 65535 {
			bad("mos", errNumber(s))
		} else {
			c.MOS = uint16(v)
		}
	}
	for _, a := range []struct {
		name string
		dst  *common.Address
	}{{"origOperator", &c.OrigOperator}, {"termOperator", &c.TermOperator}} {
		if s := f.str(a.name); s != "" {
			if !common.IsHexAddress(s) {
				bad(a.name, errAddress(s))
			} else {
				*a.dst = common.HexToAddress(s)
			}
		}
	}
	if s := f.str("side"); s != "" {
		if c.Side, err = cdr.ParseSide(s); err != nil {
			bad("side", err)
		}
	}
	if len(errs) > 0 {
		return c, errs
	}
	errs = finish(&c, i, &d)
	if s := f.str("billableSeconds"); s != "" && len(errs) == 0 {
		if v, err := parseUint(s); err != nil || v != uint64(c.BillableSeconds) {
			errs = append(errs, &FieldError{Index: i, Field: "billableSeconds", Message: "does not equal endTime - answerTime"})
		}
	}
	return c, errs
}

// dotsFields maps the exact field names to their place in dotsJSON.
func (f *dotsJSON) field(name []byte) *json.RawMessage {
	switch string(name) {
	case "id":
		return &f.ID
	case "callId":
		return &f.CallID
	case "caller":
		return &f.Caller
	case "callee":
		return &f.Callee
	case "setupTime":
		return &f.SetupTime
	case "answerTime":
		return &f.AnswerTime
	case "endTime":
		return &f.EndTime
	case "billableSeconds":
		return &f.BillableSeconds
	case "sipStatus":
		return &f.SIPStatus
	case "q850Cause":
		return &f.Q850Cause
	case "origOperator":
		return &f.OrigOperator
	case "termOperator":
		return &f.TermOperator
	case "mos":
		return &f.MOS
	case "side":
		return &f.Side
	}
	return nil
}

// parseDOTSFlat is the fast path of ParseDOTS for what senders post: one object, NDJSON or
// an array of flat objects whose keys are exactly the field names and whose values are
// plain strings (no escapes, ASCII) or unsigned integers. Each value's bytes are what
// encoding/json would hand the field (json.RawMessage), so the records and errors are the
// same as parseDOTSDecoder's; ok is false for anything else (other keys or values, bad
// JSON), which parseDOTSDecoder then reads from the start. b is trimmed.
func parseDOTSFlat(b []byte, d Defaults) (res Result, err error, ok bool) {
	if len(b) == 0 {
		return Result{}, nil, false
	}
	p := 0
	ws := func() {
		for p < len(b) && (b[p] == ' ' || b[p] == '\t' || b[p] == '\n' || b[p] == '\r') {
			p++
		}
	}
	// str reads a plain string at p (at its opening quote) and returns its bytes with quotes.
	str := func() ([]byte, bool) {
		start := p
		p++
		for p < len(b) {
			c := b[p]
			switch {
			case c == '"':
				p++
				return b[start:p], true
			case c == '\\' || c < 0x20 || c >= 0x80:
				return nil, false
			}
			p++
		}
		return nil, false
	}
	// object reads one flat object at p into f.
	object := func(f *dotsJSON) bool {
		p++ // '{'
		ws()
		if p < len(b) && b[p] == '}' {
			p++
			return true
		}
		for {
			if p >= len(b) || b[p] != '"' {
				return false
			}
			key, ok := str()
			if !ok {
				return false
			}
			dst := f.field(key[1 : len(key)-1])
			if dst == nil || *dst != nil {
				return false // another key, or a key twice: parseDOTSDecoder names the problem
			}
			ws()
			if p >= len(b) || b[p] != ':' {
				return false
			}
			p++
			ws()
			if p >= len(b) {
				return false
			}
			switch c := b[p]; {
			case c == '"':
				v, ok := str()
				if !ok {
					return false
				}
				*dst = v
			case c >= '1' && c <= '9':
				start := p
				for p < len(b) && b[p] >= '0' && b[p] <= '9' {
					p++
				}
				*dst = b[start:p]
			case c == '0':
				p++
				*dst = b[p-1 : p]
			default:
				return false
			}
			ws()
			if p >= len(b) {
				return false
			}
			switch b[p] {
			case ',':
				p++
				ws()
			case '}':
				p++
				return true
			default:
				return false
			}
		}
	}
	array := b[0] == '['
	if array {
		p++
		ws()
	}
	var errs errList
	for i := 0; ; i++ {
		if p >= len(b) || b[p] != '{' {
			return Result{}, nil, false
		}
		var f dotsJSON
		if !object(&f) {
			return Result{}, nil, false
		}
		c, e := dotsCall(&f, i, d)
		if len(e) > 0 {
			errs.add(e...)
		} else if errs.empty() {
			res.Calls = append(res.Calls, c)
		}
		if errs.full() {
			return Result{}, errs.result(), true
		}
		ws()
		if array {
			if p >= len(b) {
				return Result{}, nil, false
			}
			if b[p] == ',' {
				p++
				ws()
				continue
			}
			if b[p] != ']' || p != len(b)-1 {
				return Result{}, nil, false
			}
			break
		}
		if p == len(b) {
			break
		}
		// NDJSON: the next object follows (json.Decoder needs no separator either).
	}
	if !errs.empty() {
		return Result{}, errs.result(), true
	}
	return res, nil, true
}
