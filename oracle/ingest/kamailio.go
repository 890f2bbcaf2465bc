package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dotsnet/dots/cdr"
)

// ParseKamailio parses what Kamailio's acc_json posts (one object, an array or NDJSON;
// integrations/kamailio/kamailio.cfg sends one record a request): transaction records
// (method, from_tag, to_tag, callid, sip_code, sip_reason, time, and acc_extra with the
// numbers: src_user, dst_ouser / dst_user) and dialog CDRs (start_time, end_time, duration
// and cdr_extra: the call's Call-ID and From tag under any name the source's
// kamailio.cdrFields or the oracle knows, e.g. callid / from_tag or the acc_json manual's
// ci / ft).
//
// A call leaves several records, in any order and in separate requests: the final reply
// to its INVITE, its BYE, and its dialog CDR (for a failed call too, with acc's default
// cdr_on_failed=1: duration 0, no to-tag). They are merged per Call-ID and From tag (the
// records seen so far wait in d.Held) and the call is decided once, from the records that
// decide it, whatever their order:
//   - a failed INVITE (sip_code >= 300, but not the 401/407 challenges) is an unanswered
//     call with that status; its dialog CDR echo adds nothing;
//   - an INVITE answered 200 and its dialog CDR are an answered call: setup at the CDR's
//     start_time and answer at the 200's time (with cdr_start_on_confirmed=1,
//     kamailio.startOnConfirmed: answer at start_time), end at end_time; with
//     kamailio.noDialogCDRs, the 200 and the BYE are the call.
//
// Records that are not part of a call (OPTIONS, REGISTER, challenges) are counted in
// Skipped, records kept until their call is complete in Held.
func ParseKamailio(ctx context.Context, body []byte, _ string, d Defaults) (Result, error) {
	held := d.Held
	if held == nil {
		held = NewMemHeld()
	}
	var k KamailioOptions
	if d.Options != nil && d.Options.Kamailio != nil {
		k = *d.Options.Kamailio
	}
	if k.layout == "" {
		k.layout = "2006-01-02 15:04:05"
	}
	// All records are checked before any is kept: a refused body keeps nothing.
	type rec struct {
		i   int
		key string
		p   *kamPart
	}
	var recs []rec
	var res Result
	var errs errList
	err := eachRecord(body, func(i int, raw json.RawMessage) bool {
		f, err := decodeFields(raw)
		if err != nil {
			errs.add(recordError(i, err))
			return !errs.full()
		}
		key, p, e := kamailioPart(f, i, &d, &k)
		switch {
		case len(e) > 0:
			errs.add(e...)
		case p == nil:
			res.Skipped++
		case errs.empty():
			recs = append(recs, rec{i, key, p})
		}
		return !errs.full()
	})
	if err != nil {
		errs.add(&FieldError{Index: 0, Field: "body", Message: err.Error()})
	}
	if !errs.empty() {
		return Result{}, errs.result()
	}
	decided := map[string]bool{}
	for _, r := range recs {
		b, _ := json.Marshal(r.p)
		kept, all, err := held.Hold(ctx, d.Source, r.key, r.p.Kind, b)
		if err != nil {
			return Result{}, fmt.Errorf("keeping a record of call %s: %w", r.key, err)
		}
		if !bytes.Equal(kept, b) {
			return Result{}, &ConflictError{Index: r.i, SourceID: r.key, What: "the call's " + r.p.Kind + " record", Stored: kept, Posted: b}
		}
		parts := map[string]*kamPart{}
		for kind, raw := range all {
			var q kamPart
			if err := json.Unmarshal(raw, &q); err != nil {
				return Result{}, fmt.Errorf("reading a kept record of call %s: %w", r.key, err)
			}
			parts[kind] = &q
		}
		c, done, e := kamailioDecide(r.key, parts, r.i, &d, &k)
		switch {
		case len(e) > 0:
			errs.add(e...)
		case !done:
			res.Held++
		case decided[r.key]:
			res.Skipped++ // the same call, completed again by another of its records in this body
		default:
			decided[r.key] = true
			res.Calls = append(res.Calls, c)
		}
	}
	if !errs.empty() {
		return Result{}, errs.result()
	}
	return res, nil
}

// kamPart is one record of a call, normalised: what deciding the call needs of it. It is
// what d.Held keeps (as JSON); a re-post of a record must give the same part.
type kamPart struct {
	Kind   string  `json:"kind"` // invite (its final reply), bye, cdr (dialog CDR)
	Time   float64 `json:"time,omitempty"`
	Start  float64 `json:"start,omitempty"`
	End    float64 `json:"end,omitempty"`
	Code   uint16  `json:"code,omitempty"`
	ToTag  string  `json:"toTag,omitempty"`
	Caller string  `json:"caller,omitempty"`
	Callee string  `json:"callee,omitempty"`
	CallID string  `json:"callId"`
}

// kamailio field names the oracle knows, by CDRFields key; the source's own come first.
var kamailioNames = map[string][]string{
	"callid":     {"callid", "call_id", "ci", "callId", "sip_call_id"},
	"from_tag":   {"from_tag", "ft", "fromtag", "fromTag"},
	"to_tag":     {"to_tag", "tt", "totag", "toTag"},
	"caller":     {"src_user", "caller", "from_user", "src_ouser"},
	"callee":     {"callee", "dst_ouser", "dst_user", "to_user", "ruri_user"},
	"start_time": {"start_time"},
	"end_time":   {"end_time"},
	"duration":   {"duration"},
}

func (k *KamailioOptions) names(key string) []string {
	if n, ok := k.CDRFields[key]; ok {
		return append([]string{n}, kamailioNames[key]...)
	}
	return kamailioNames[key]
}

// field returns the first present field of a kind and its name.
func (k *KamailioOptions) field(f fields, key string) (string, string, bool) {
	for _, n := range k.names(key) {
		if v, ok := f[n]; ok {
			return strings.TrimSpace(rawString(v)), n, true
		}
	}
	return "", k.names(key)[0], false
}

// kamTime reads a Kamailio time: unix seconds (fractional in time mode 2 and in dialog
// CDRs) or, in time modes 3 and 4, acc_time_format in the source's zone or UTC.
func kamTime(s string, d *Defaults, k *KamailioOptions) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, errMissing
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		if f <= 0 || math.IsNaN(f) || math.IsInf(f, 0) || f > maxTime {
			return 0, fmt.Errorf("%q is not a unix time", truncate(s))
		}
		return f, nil
	}
	if k.TimeMode < 3 {
		return 0, fmt.Errorf("%q is not a unix time (the source's kamailio.timeMode is %d; set it to acc_json's acc_time_mode, 3 or 4 for formatted times)", truncate(s), k.TimeMode)
	}
	loc := time.UTC
	if k.TimeMode == 3 {
		loc = d.location()
	}
	t, err := time.ParseInLocation(k.layout, s, loc)
	if err != nil {
		return 0, fmt.Errorf("%q does not match kamailio.timeFormat", truncate(s))
	}
	return float64(t.UnixNano()) / 1e9, nil
}

// kamailioPart classifies one record: its call key and part, nil for a record that is not
// part of a call.
func kamailioPart(f fields, i int, d *Defaults, k *KamailioOptions) (string, *kamPart, Errors) {
	var errs Errors
	bad := func(field string, err error) {
		errs = append(errs, &FieldError{Index: i, Field: field, Message: err.Error()})
	}
	p := &kamPart{}
	number := func(key string, dst *string) {
		v, name, ok := k.field(f, key)
		if !ok || v == "" {
			return
		}
		n, err := d.number(v)
		if err != nil {
			bad(name, err)
			return
		}
		*dst = n
	}
	var callID, fromTag string
	if _, isTx := f["method"]; isTx {
		method := strings.ToUpper(strings.TrimSpace(f.str("method")))
		code, err := sipCode(f.str("sip_code"))
		if err != nil {
			return "", nil, Errors{{Index: i, Field: "sip_code", Message: err.Error()}}
		}
		switch {
		case method == "INVITE" && code >= 200 && code != 401 && code != 407:
			p.Kind = "invite"
		case method == "BYE":
			p.Kind = "bye"
		default:
			return "", nil, nil
		}
		p.Code = code
		if p.Time, err = kamTime(f.str("time"), d, k); err != nil {
			bad("time", err)
		}
		callID, fromTag, p.ToTag = strings.TrimSpace(f.str("callid")), strings.TrimSpace(f.str("from_tag")), strings.TrimSpace(f.str("to_tag"))
		if callID == "" {
			bad("callid", errMissing)
		}
		if p.Kind == "invite" {
			number("caller", &p.Caller)
			number("callee", &p.Callee)
		}
	} else {
		startS, startName, hasStart := k.field(f, "start_time")
		if !hasStart {
			return "", nil, Errors{{Index: i, Field: "record", Message: "neither a transaction record (method, sip_code, time) nor a dialog CDR (start_time, end_time, duration)"}}
		}
		if k.NoDialogCDRs {
			return "", nil, nil // the source's calls are their transaction records
		}
		p.Kind = "cdr"
		var err error
		if p.Start, err = kamTime(startS, d, k); err != nil {
			bad(startName, err)
		}
		endS, endName, _ := k.field(f, "end_time")
		durS, durName, hasDur := k.field(f, "duration")
		var dur float64
		if hasDur && durS != "" {
			if dur, err = strconv.ParseFloat(durS, 64); err != nil || dur < 0 || math.IsNaN(dur) || dur > maxCallSeconds {
				bad(durName, fmt.Errorf("%q is not a duration in seconds", truncate(durS)))
			}
		}
		if endS != "" {
			if p.End, err = kamTime(endS, d, k); err != nil {
				bad(endName, err)
			}
		} else if hasDur {
			p.End = p.Start + dur
		} else {
			bad(endName, errMissing)
		}
		var ok bool
		callID, _, ok = k.field(f, "callid")
		fromTag, _, _ = k.field(f, "from_tag")
		p.ToTag, _, _ = k.field(f, "to_tag")
		if !ok || callID == "" {
			bad(k.names("callid")[0], fmt.Errorf("missing: a dialog CDR without its call's Call-ID and From tag cannot be merged with the call; "+
				"add callid=$dlg(callid);from_tag=$dlg(from_tag) to acc_json's cdr_extra, or name your fields in the source's kamailio.cdrFields"))
		}
		number("caller", &p.Caller)
		number("callee", &p.Callee)
	}
	if len(errs) > 0 {
		return "", nil, errs
	}
	if err := checkIdentifier(callID); err != nil {
		return "", nil, Errors{{Index: i, Field: "callid", Message: err.Error()}}
	}
	p.CallID = callID
	return callID + ";" + fromTag, p, nil
}

// kamailioDecide makes the call of key from its records when they are enough.
func kamailioDecide(key string, parts map[string]*kamPart, i int, d *Defaults, k *KamailioOptions) (Call, bool, Errors) {
	inv, dlg, bye := parts["invite"], parts["cdr"], parts["bye"]
	if inv == nil {
		return Call{}, false, nil
	}
	c := Call{SourceID: key, CallID: HashCallID(inv.CallID), OrigOperator: d.OrigOperator, TermOperator: d.TermOperator, SIPStatus: inv.Code}
	c.Caller, c.Callee = inv.Caller, inv.Callee
	if dlg != nil {
		c.Caller, c.Callee = firstNonEmpty(c.Caller, dlg.Caller), firstNonEmpty(c.Callee, dlg.Callee)
	}
	var setup, answer, end float64
	if inv.Code >= 300 {
		setup, end = inv.Time, inv.Time
	} else {
		switch {
		case k.NoDialogCDRs && bye != nil:
			setup, answer, end = inv.Time, inv.Time, bye.Time
		case k.NoDialogCDRs || dlg == nil:
			return Call{}, false, nil
		case k.StartOnConfirmed:
			setup, answer, end = dlg.Start, dlg.Start, dlg.End
		default:
			setup, answer, end = dlg.Start, math.Max(inv.Time, dlg.Start), dlg.End
		}
		end = math.Max(end, answer)
	}
	var errs Errors
	if c.Caller == "" {
		errs = append(errs, &FieldError{Index: i, Field: k.names("caller")[0], Message: "missing from the call's records (acc_extra src_user=$fU)"})
	}
	if c.Callee == "" {
		errs = append(errs, &FieldError{Index: i, Field: k.names("callee")[0], Message: "missing from the call's records (acc_extra dst_ouser=$tU)"})
	}
	if len(errs) > 0 {
		return Call{}, false, errs
	}
	c.SetupTime, c.AnswerTime, c.EndTime = uint64(setup), uint64(answer), uint64(end)
	c.Q850Cause = cdr.SIPToQ850(c.SIPStatus)
	if e := finish(&c, i, d); len(e) > 0 {
		return Call{}, false, e
	}
	return c, true, nil
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

// Held keeps, durably, the records of calls whose other records have not arrived yet.
type Held interface {
	// Hold keeps rec as the record of kind of the call key of source, unless one is kept
	// already; it returns the kept record of that kind (rec when new) and every kept record
	// of the call by kind.
	Hold(ctx context.Context, source, key, kind string, rec []byte) (kept []byte, all map[string][]byte, err error)
}

// MemHeld is a Held in memory (tests, and bodies that hold whole calls).
type MemHeld struct {
	mu sync.Mutex
	m  map[[2]string]map[string][]byte
}

// NewMemHeld returns an empty MemHeld.
func NewMemHeld() *MemHeld { return &MemHeld{m: map[[2]string]map[string][]byte{}} }

// Hold implements Held.
func (h *MemHeld) Hold(_ context.Context, source, key, kind string, rec []byte) ([]byte, map[string][]byte, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	k := [2]string{source, key}
	m := h.m[k]
	if m == nil {
		m = map[string][]byte{}
		h.m[k] = m
	}
	if _, ok := m[kind]; !ok {
		m[kind] = append([]byte(nil), rec...)
	}
	all := make(map[string][]byte, len(m))
	for kd, b := range m {
		all[kd] = b
	}
	return m[kind], all, nil
}

// ConflictError is a record that contradicts what the oracle already has under the same
// source id: the oracle keeps the first and refuses the second (HTTP 409).
type ConflictError struct {
	Index    int             `json:"index"`
	SourceID string          `json:"sourceId"`
	What     string          `json:"what"`
	Stored   json.RawMessage `json:"stored"`
	Posted   json.RawMessage `json:"posted"`
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("record %d: source id %q: %s differs from the one stored (stored %s, posted %s)", e.Index, e.SourceID, e.What, e.Stored, e.Posted)
}
