package ingest

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/dotsnet/dots/cdr"
)

// ParseFreeSWITCH parses what FreeSWITCH's mod_json_cdr posts: one channel's CDR as raw
// JSON (encode=false), urlencoded as a form field cdr= (encode=true) or base64 in cdr=
// (encode=base64). Variable values are strings and may be URL-encoded (encode_values).
//
// mod_json_cdr posts one CDR per channel, so a bridged call arrives twice. Only the a-leg
// is a call; a b-leg (it carries originator / originating_leg_uuid, or a call_uuid other
// than its own uuid, or an "originator" caller profile) is counted in Result.Skipped.
func ParseFreeSWITCH(_ context.Context, body []byte, _ string, d Defaults) (Result, error) {
	js, err := freeswitchJSON(body)
	if err != nil {
		return Result{}, Errors{{Index: 0, Field: "body", Message: err.Error()}}
	}
	var res Result
	var errs errList
	err = eachRecord(js, func(i int, raw json.RawMessage) bool {
		var doc fsDoc
		if err := checkKeys(raw, []string{"variables", "callflow"}); err != nil {
			errs.add(recordError(i, err))
			return !errs.full()
		}
		if err := json.Unmarshal(raw, &doc); err != nil {
			errs.add(&FieldError{Index: i, Field: "record", Message: "not a mod_json_cdr document: " + err.Error()})
			return !errs.full()
		}
		if doc.Variables == nil {
			errs.add(&FieldError{Index: i, Field: "variables", Message: "missing"})
			return !errs.full()
		}
		v := fsVars(doc.Variables)
		profiles := doc.profiles()
		if isBLeg(v, profiles) {
			res.Skipped++
			return true
		}
		c, e := freeswitchCall(v, profiles, i, d)
		if len(e) > 0 {
			errs.add(e...)
		} else if errs.empty() {
			res.Calls = append(res.Calls, c)
		}
		return !errs.full()
	})
	if err != nil {
		errs.add(&FieldError{Index: 0, Field: "body", Message: err.Error()})
	}
	if !errs.empty() {
		return Result{}, errs.result()
	}
	return res, nil
}

// freeswitchJSON undoes mod_json_cdr's body encodings.
func freeswitchJSON(body []byte) ([]byte, error) {
	b := bytes.TrimSpace(body)
	if len(b) == 0 {
		return nil, fmt.Errorf("empty body")
	}
	if b[0] == '{' || b[0] == '[' {
		return b, nil
	}
	val := string(b)
	if strings.HasPrefix(val, "cdr=") || strings.Contains(val, "&cdr=") {
		i := strings.Index(val, "cdr=")
		val = val[i+4:]
		if j := strings.IndexByte(val, '&'); j >= 0 {
			val = val[:j]
		}
	}
	// base64 (mod_json_cdr does not URL-encode it, so '+' stays '+').
	if js, ok := tryBase64(val); ok {
		return js, nil
	}
	if s, err := url.QueryUnescape(val); err == nil {
		if t := strings.TrimSpace(s); t != "" && (t[0] == '{' || t[0] == '[') {
			return []byte(t), nil
		}
		if js, ok := tryBase64(s); ok {
			return js, nil
		}
	}
	if s, err := url.PathUnescape(val); err == nil {
		if t := strings.TrimSpace(s); t != "" && (t[0] == '{' || t[0] == '[') {
			return []byte(t), nil
		}
	}
	return nil, fmt.Errorf("body is neither JSON, cdr=<urlencoded JSON> nor base64 JSON")
}

func tryBase64(s string) ([]byte, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, false
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if out, err := enc.DecodeString(s); err == nil {
			t := bytes.TrimSpace(out)
			if len(t) > 0 && (t[0] == '{' || t[0] == '[') {
				return t, true
			}
		}
	}
	return nil, false
}

type fsDoc struct {
	Variables map[string]json.RawMessage `json:"variables"`
	Callflow  json.RawMessage            `json:"callflow"`
}

type fsProfile struct {
	ProfileIndex  string `json:"profile_index"`
	CallerProfile struct {
		CallerIDNumber    string          `json:"caller_id_number"`
		ANI               string          `json:"ani"`
		DestinationNumber string          `json:"destination_number"`
		UUID              string          `json:"uuid"`
		Originator        json.RawMessage `json:"originator"`
	} `json:"caller_profile"`
	Times map[string]json.RawMessage `json:"times"`
}

// profiles returns the callflow entries (an array in current FreeSWITCH, an object in old ones).
func (d fsDoc) profiles() []fsProfile {
	b := bytes.TrimSpace(d.Callflow)
	if len(b) == 0 {
		return nil
	}
	var out []fsProfile
	if b[0] == '[' {
		if json.Unmarshal(b, &out) != nil {
			return nil
		}
		return out
	}
	var one fsProfile
	if json.Unmarshal(b, &one) != nil {
		return nil
	}
	return []fsProfile{one}
}

// fsVars flattens variables to strings, undoing encode_values' URL encoding.
func fsVars(m map[string]json.RawMessage) map[string]string {
	out := make(map[string]string, len(m))
	for k, raw := range m {
		s := rawString(raw)
		if strings.IndexByte(s, '%') >= 0 {
			if u, err := url.PathUnescape(s); err == nil {
				s = u
			}
		}
		out[k] = s
	}
	return out
}

func isBLeg(v map[string]string, profiles []fsProfile) bool {
	uuid := v["uuid"]
	for _, k := range []string{"originating_leg_uuid", "originator"} {
		if o := v[k]; o != "" && o != uuid {
			return true
		}
	}
	if cu := v["call_uuid"]; cu != "" && uuid != "" && cu != uuid {
		return true
	}
	for _, p := range profiles {
		if o := bytes.TrimSpace(p.CallerProfile.Originator); len(o) > 0 && string(o) != "null" && string(o) != `""` {
			return true
		}
	}
	return false
}

func freeswitchCall(v map[string]string, profiles []fsProfile, i int, d Defaults) (Call, Errors) {
	var errs Errors
	bad := func(field string, err error) {
		errs = append(errs, &FieldError{Index: i, Field: field, Message: err.Error()})
	}
	c := Call{SourceID: v["uuid"], OrigOperator: d.OrigOperator, TermOperator: d.TermOperator}
	if c.SourceID == "" && len(profiles) > 0 {
		c.SourceID = profiles[0].CallerProfile.UUID
	}
	if c.SourceID == "" {
		bad("variables.uuid", errMissing)
	}
	callID := v["sip_call_id"]
	if callID == "" {
		callID = c.SourceID
	}
	c.CallID = HashCallID(callID)

	// The first profile (lowest profile_index) holds the number as dialled.
	var first *fsProfile
	for k := range profiles {
		p := &profiles[k]
		if first == nil || atoi(p.ProfileIndex) < atoi(first.ProfileIndex) {
			first = p
		}
	}
	caller := firstNonEmpty(v["caller_id_number"], v["effective_caller_id_number"])
	callee := v["destination_number"]
	if first != nil {
		caller = firstNonEmpty(caller, first.CallerProfile.CallerIDNumber, first.CallerProfile.ANI)
		callee = firstNonEmpty(callee, first.CallerProfile.DestinationNumber)
	}
	caller = firstNonEmpty(caller, v["ani"], v["sip_from_user"])
	callee = firstNonEmpty(callee, v["sip_req_user"], v["sip_to_user"])
	var err error
	if c.Caller, err = d.number(caller); err != nil {
		bad("variables.caller_id_number", err)
	}
	if c.Callee, err = d.number(callee); err != nil {
		bad("callflow.caller_profile.destination_number", err)
	}

	times := []struct {
		name, micro string
		dst         *uint64
	}{
		{"start_epoch", "start_uepoch", &c.SetupTime},
		{"answer_epoch", "answer_uepoch", &c.AnswerTime},
		{"end_epoch", "end_uepoch", &c.EndTime},
	}
	for _, t := range times {
		s := firstNonEmpty(v[t.name], v[t.micro])
		if *t.dst, err = d.time(s); err != nil {
			bad("variables."+t.name, err)
		}
	}
	if c.SetupTime == 0 && first != nil {
		c.SetupTime, _ = d.time(rawString(first.Times["created_time"]))
	}
	if c.SetupTime == 0 {
		bad("variables.start_epoch", errMissing)
	}

	cause := uint64(0)
	if s := v["hangup_cause_q850"]; s != "" {
		if cause, err = parseUint(s); err != nil {
			bad("variables.hangup_cause_q850", err)
		}
	}
	switch {
	case cause == 487: // ORIGINATOR_CANCEL, a FreeSWITCH cause above Q.850's range
		c.Q850Cause = 16
	case cause > 127:
		c.Q850Cause = 31
	default:
		c.Q850Cause = uint8(cause)
	}
	switch {
	case c.AnswerTime != 0:
		c.SIPStatus = 200
	default:
		st := firstNonEmpty(v["sip_term_status"], sipCause(v["proto_specific_hangup_cause"]),
			sipCause(v["last_bridge_proto_specific_hangup_cause"]), v["sip_invite_failure_status"])
		if st != "" {
			n, err := parseUint(st)
			if err != nil || n < 300 || n > 699 {
				bad("variables.sip_term_status", fmt.Errorf("%q is not a failure status of an unanswered call", truncate(st)))
			} else {
				c.SIPStatus = uint16(n)
			}
		} else if cause == 487 || cause == 16 || cause == 0 {
			c.SIPStatus = 487
		} else {
			c.SIPStatus = cdr.Q850ToSIP(c.Q850Cause)
			if c.SIPStatus < 300 {
				c.SIPStatus = 487
			}
		}
	}
	if cause == 0 && c.SIPStatus != 0 {
		c.Q850Cause = cdr.SIPToQ850(c.SIPStatus)
	}
	if s := firstNonEmpty(v["rtp_audio_in_mos"]); s != "" {
		if f, err := strconv.ParseFloat(s, 64); err == nil && f >= 1 && f <= 5 {
			c.MOS = uint16(f*100 + 0.5)
		}
	}
	if len(errs) > 0 {
		return c, errs
	}
	return c, finish(&c, i, &d)
}

// sipCause extracts the status from "sip:486".
func sipCause(s string) string {
	if strings.HasPrefix(s, "sip:") {
		return s[4:]
	}
	return ""
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 1 << 30
	}
	return n
}
