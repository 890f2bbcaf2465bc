package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"

	"github.com/dotsnet/dots/cdr"
)

// ParseAsterisk parses Asterisk CDRs with the standard CDR fields src, dst, start, answer,
// end, duration, billsec, disposition, uniqueid, linkedid (and optionally sequence,
// hangupcause, callid for the SIP Call-ID): JSON (one, an array or NDJSON) or a single
// application/x-www-form-urlencoded record. Times are unix seconds or "YYYY-MM-DD HH:MM:SS"
// (taken as UTC; configure Asterisk's CDR with usegmtime=yes).
func ParseAsterisk(_ context.Context, body []byte, contentType string, d Defaults) (Result, error) {
	b := bytes.TrimSpace(body)
	if len(b) > 0 && b[0] != '{' && b[0] != '[' {
		if len(b) > maxFormBytes {
			return Result{}, Errors{{Index: 0, Field: "body", Message: fmt.Sprintf("a form-encoded CDR is one record: %d bytes is more than %d", len(b), maxFormBytes)}}
		}
		q, err := url.ParseQuery(string(b))
		if err != nil || len(q) == 0 {
			return Result{}, Errors{{Index: 0, Field: "body", Message: "neither JSON nor a form-encoded CDR"}}
		}
		f := fields{}
		for k, v := range q {
			raw, _ := json.Marshal(v[0])
			f[k] = raw
		}
		c, ok, errs := asteriskCall(f, 0, d)
		if len(errs) > 0 {
			return Result{}, errs
		}
		if !ok {
			return Result{Skipped: 1}, nil
		}
		return Result{Calls: []Call{c}}, nil
	}
	return parseFlatRecords(b, d, asteriskCall)
}

// maxFormBytes bounds a form-encoded Asterisk CDR (one record; a real one is under 2 KB).
const maxFormBytes = 64 << 10

func asteriskCall(f fields, i int, d Defaults) (Call, bool, Errors) {
	var errs Errors
	bad := func(field string, err error) {
		errs = append(errs, &FieldError{Index: i, Field: field, Message: err.Error()})
	}
	c := Call{OrigOperator: d.OrigOperator, TermOperator: d.TermOperator}
	uid := f.str("uniqueid")
	if uid == "" {
		bad("uniqueid", errMissing)
	}
	c.SourceID = uid
	if s := f.str("sequence"); s != "" {
		c.SourceID = uid + "/" + s
	}
	callID := firstNonEmpty(f.str("callid"), uid)
	c.CallID = HashCallID(callID)
	var err error
	if c.Caller, err = d.number(f.str("src")); err != nil {
		bad("src", err)
	}
	if c.Callee, err = d.number(f.str("dst")); err != nil {
		bad("dst", err)
	}
	if c.SetupTime, err = d.time(f.str("start")); err != nil || c.SetupTime == 0 {
		bad("start", orMissing(err))
	}
	if c.EndTime, err = d.time(f.str("end")); err != nil || c.EndTime == 0 {
		bad("end", orMissing(err))
	}
	disp := strings.ToUpper(strings.TrimSpace(f.str("disposition")))
	var cause uint8
	switch disp {
	case "ANSWERED":
		c.SIPStatus, cause = 200, 16
		if c.AnswerTime, err = d.time(f.str("answer")); err != nil || c.AnswerTime == 0 {
			bad("answer", orMissing(err))
		}
	case "BUSY":
		c.SIPStatus, cause = 486, 17
	case "NO ANSWER":
		c.SIPStatus, cause = 480, 19
	case "CONGESTION":
		c.SIPStatus, cause = 503, 34
	case "FAILED":
		c.SIPStatus, cause = 503, 38
	case "":
		bad("disposition", errMissing)
	default:
		bad("disposition", fmt.Errorf("%q is not ANSWERED, NO ANSWER, BUSY, FAILED or CONGESTION", truncate(disp)))
	}
	if s := f.str("hangupcause"); s != "" {
		if n, err := parseUint(s); err != nil || n > 127 {
			bad("hangupcause", errNumber(s))
		} else {
			cause = uint8(n)
			if disp != "ANSWERED" && disp != "" {
				if st := cdr.Q850ToSIP(cause); st >= 300 {
					c.SIPStatus = st
				}
			}
		}
	}
	c.Q850Cause = cause
	if len(errs) > 0 {
		return c, true, errs
	}
	return c, true, finish(&c, i, &d)
}
