package ingest

import (
	"fmt"
	"strings"

	"github.com/dotsnet/dots/cdr"
)

// ParseKamailio parses Kamailio accounting records as acc_json writes them (one object, an
// array or NDJSON): method, from_tag, to_tag, callid, sip_code, sip_reason, time, the
// dialog CDR fields start_time, end_time and duration (cdr_enable), and the usual extra
// fields for the numbers (src_user / dst_ouser / dst_user, or caller / callee).
//
// A record with dialog CDR fields is an answered call; a failed INVITE (sip_code >= 300,
// from failed_transaction_flag) is an unanswered call. Anything else (BYE, the INVITE 200 of
// a call whose dialog CDR follows, authentication challenges 401/407) is counted in Skipped.
func ParseKamailio(body []byte, _ string, d Defaults) (Result, error) {
	return parseFlatRecords(body, d, kamailioCall)
}

// parseFlatRecords runs a per-record parser over an object / array / NDJSON body; rec
// returns ok=false for a record that is not a call.
func parseFlatRecords(body []byte, d Defaults, rec func(f fields, i int, d Defaults) (Call, bool, Errors)) (Result, error) {
	raws, err := splitRecords(body)
	if err != nil {
		return Result{}, Errors{{Index: 0, Field: "body", Message: err.Error()}}
	}
	var res Result
	var errs Errors
	for i, raw := range raws {
		f, err := decodeFields(raw)
		if err != nil {
			errs = append(errs, &FieldError{Index: i, Field: "record", Message: err.Error()})
			continue
		}
		c, ok, e := rec(f, i, d)
		switch {
		case len(e) > 0:
			errs = append(errs, e...)
		case !ok:
			res.Skipped++
		default:
			res.Calls = append(res.Calls, c)
		}
	}
	if len(errs) > 0 {
		return Result{}, errs
	}
	return res, nil
}

func kamailioCall(f fields, i int, d Defaults) (Call, bool, Errors) {
	var errs Errors
	bad := func(field string, err error) {
		errs = append(errs, &FieldError{Index: i, Field: field, Message: err.Error()})
	}
	method := strings.ToUpper(f.str("method"))
	code, err := sipCode(f.str("sip_code"))
	if err != nil {
		return Call{}, false, Errors{{Index: i, Field: "sip_code", Message: err.Error()}}
	}
	_, hasCDR := f["start_time"]
	if !hasCDR {
		_, hasCDR = f["end_time"]
	}
	failed := method == "INVITE" && code >= 300 && code != 401 && code != 407
	if !hasCDR && !failed {
		return Call{}, false, nil
	}
	if method != "" && method != "INVITE" && !hasCDR {
		return Call{}, false, nil
	}
	c := Call{OrigOperator: d.OrigOperator, TermOperator: d.TermOperator}
	callID := f.str("callid")
	if callID == "" {
		bad("callid", errMissing)
	}
	c.SourceID = callID + ";" + f.str("from_tag")
	c.CallID = HashCallID(callID)
	caller, cf := f.first("src_user", "caller", "from_user", "src_ouser")
	callee, ef := f.first("dst_ouser", "dst_user", "callee", "to_user", "ruri_user")
	if c.Caller, err = NormalizeNumber(caller); err != nil {
		bad(cf, err)
	}
	if c.Callee, err = NormalizeNumber(callee); err != nil {
		bad(ef, err)
	}
	t, err := parseTime(f.str("time"))
	if err != nil {
		bad("time", err)
	}
	if hasCDR {
		start, err := parseTime(f.str("start_time"))
		if err != nil || start == 0 {
			bad("start_time", orMissing(err))
		}
		end, err := parseTime(f.str("end_time"))
		if err != nil {
			bad("end_time", err)
		}
		if end == 0 && start != 0 {
			dur, err := parseUint(f.str("duration"))
			if err != nil {
				bad("end_time", fmt.Errorf("missing, and duration: %v", err))
			}
			end = start + dur
		}
		c.AnswerTime, c.EndTime, c.SetupTime = start, end, start
		if t != 0 && t <= start {
			c.SetupTime = t
		}
		if code == 0 {
			code = 200
		}
		if code >= 300 {
			bad("sip_code", fmt.Errorf("%d on a record with dialog CDR fields", code))
		}
	} else {
		if t == 0 {
			bad("time", errMissing)
		}
		c.SetupTime, c.EndTime = t, t
	}
	c.SIPStatus = code
	c.Q850Cause = cdr.SIPToQ850(code)
	if len(errs) > 0 {
		return c, true, errs
	}
	return c, true, finish(&c, i)
}

func sipCode(s string) (uint16, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	n, err := parseUint(s)
	if err != nil || n < 100 || n > 699 {
		return 0, fmt.Errorf("%q is not a SIP status", truncate(s))
	}
	return uint16(n), nil
}

func orMissing(err error) error {
	if err != nil {
		return err
	}
	return errMissing
}
