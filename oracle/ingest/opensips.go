package ingest

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/dotsnet/dots/cdr"
)

// ParseOpenSIPS parses OpenSIPS acc events as the event interface delivers them over HTTP
// (event_jsonrpc / event_stream style JSON-RPC notifications {"jsonrpc":"2.0",
// "method":"E_ACC_CDR","params":{...}}, or the bare params object; one, an array or NDJSON).
//
// E_ACC_CDR (cdr_flag) is an answered call: method, from_tag, to_tag, callid, sip_code,
// sip_reason, time (answer, unix), duration, ms_duration, setuptime, created, plus extra
// parameters for the numbers (caller / callee, or src_user / dst_user).
// E_ACC_MISSED_EVENT (missed_flag) is an unanswered call. Other events are counted in Skipped.
func ParseOpenSIPS(_ context.Context, body []byte, _ string, d Defaults) (Result, error) {
	return parseFlatRecords(body, d, opensipsCall)
}

func opensipsCall(f fields, i int, d Defaults) (Call, bool, Errors) {
	event := f.str("method")
	if event == "" {
		event = f.str("event")
	}
	if raw, ok := f["params"]; ok {
		var p fields
		if err := json.Unmarshal(raw, &p); err != nil || p == nil {
			return Call{}, false, Errors{{Index: i, Field: "params", Message: "not a JSON object"}}
		}
		f = p
	} else {
		event = "" // a bare params object: its "method" is the SIP method
	}
	switch strings.ToUpper(event) {
	case "E_ACC_CDR", "E_ACC_MISSED_EVENT", "":
	default:
		return Call{}, false, nil
	}
	var errs Errors
	bad := func(field string, err error) {
		errs = append(errs, &FieldError{Index: i, Field: field, Message: err.Error()})
	}
	code, err := sipCode(f.str("sip_code"))
	if err != nil {
		return Call{}, false, Errors{{Index: i, Field: "sip_code", Message: err.Error()}}
	}
	_, hasDuration := f["duration"]
	answered := strings.EqualFold(event, "E_ACC_CDR") || (event == "" && hasDuration && code < 300)
	if m := strings.ToUpper(f.str("method")); m != "" && m != "INVITE" {
		return Call{}, false, nil
	}
	if !answered && (code == 401 || code == 407 || (code != 0 && code < 300)) {
		return Call{}, false, nil
	}
	c := Call{OrigOperator: d.OrigOperator, TermOperator: d.TermOperator}
	callID := f.str("callid")
	if callID == "" {
		bad("callid", errMissing)
	}
	c.SourceID = callID + ";" + f.str("from_tag")
	c.CallID = HashCallID(callID)
	caller, cf := f.first("caller", "src_user", "from_user")
	callee, ef := f.first("callee", "dst_user", "dst_ouser", "to_user", "ruri_user")
	if c.Caller, err = d.number(caller); err != nil {
		bad(cf, err)
	}
	if c.Callee, err = d.number(callee); err != nil {
		bad(ef, err)
	}
	t, err := d.time(f.str("time"))
	if err != nil || t == 0 {
		bad("time", orMissing(err))
	}
	if answered {
		dur, err := parseUint(f.str("duration"))
		if err != nil {
			bad("duration", err)
		}
		c.AnswerTime, c.EndTime, c.SetupTime = t, t+dur, t
		if s := f.str("created"); s != "" {
			if cr, err := d.time(s); err != nil {
				bad("created", err)
			} else if cr != 0 && cr <= t {
				c.SetupTime = cr
			}
		} else if s := f.str("setuptime"); s != "" {
			if st, err := parseUint(s); err != nil {
				bad("setuptime", err)
			} else if st <= t {
				c.SetupTime = t - st
			}
		}
		if code == 0 {
			code = 200
		}
	} else {
		if code == 0 {
			bad("sip_code", errMissing)
		}
		c.SetupTime, c.EndTime = t, t
		if s := f.str("created"); s != "" {
			if cr, err := d.time(s); err == nil && cr != 0 && cr <= t {
				c.SetupTime = cr
			}
		}
	}
	c.SIPStatus = code
	c.Q850Cause = cdr.SIPToQ850(code)
	if len(errs) > 0 {
		return c, true, errs
	}
	return c, true, finish(&c, i, &d)
}
