package devnet

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"github.com/dotsnet/dots/oracle/ingest"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Formats are the CDR formats the devnet's traffic uses, as the oracle's ingest API names them.
var Formats = []string{"dots", "freeswitch", "kamailio", "asterisk", "opensips"}

// Call is one generated call, as every format describes it.
type Call struct {
	ID        string // the source's unique id
	SIPCallID string
	Caller    string // E.164
	Callee    string // E.164
	Setup     time.Time
	Answer    time.Time // zero when unanswered
	End       time.Time
	SIPStatus uint16
	Q850Cause uint8
	MOS       uint16 // x100; 0 when not measured
}

// Billable is the call's billable seconds (end - answer).
func (c Call) Billable() uint32 {
	if c.Answer.IsZero() {
		return 0
	}
	return uint32(c.End.Sub(c.Answer) / time.Second)
}

// Traffic draws realistic calls: about 70% answered with a long-tailed duration, the rest
// busy, unanswered, cancelled, unknown numbers or congestion. Callers and callees come from
// the claimed numbers and some nobody owns. Not safe for concurrent use.
type Traffic struct {
	rng     *rand.Rand
	numbers []string
	n       int
	prefix  string
}

// NewTraffic returns a generator over numbers; seed fixes the draw, prefix makes ids unique
// across runs.
func NewTraffic(numbers []string, seed uint64, prefix string) *Traffic {
	return &Traffic{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), numbers: numbers, prefix: prefix}
}

// failures are the unanswered outcomes: final SIP status, the Q.850 cause a switch reports
// with it, and how long the call rang.
var failures = []struct {
	status uint16
	cause  uint8
	ring   time.Duration
}{
	{486, 17, 3 * time.Second},  // busy
	{480, 19, 30 * time.Second}, // no answer from user (user alerted)
	{487, 16, 12 * time.Second}, // caller hung up while ringing
	{404, 1, time.Second},       // unallocated number
	{503, 34, 2 * time.Second},  // no circuit available
}

// Next draws one call that ended at end.
func (t *Traffic) Next(end time.Time) Call {
	t.n++
	end = end.Truncate(time.Second)
	c := Call{
		ID:        fmt.Sprintf("%s-%06d", t.prefix, t.n),
		SIPCallID: fmt.Sprintf("%016x@sbc%d.devnet.dots", t.rng.Uint64(), t.rng.IntN(4)+1),
		Caller:    t.numbers[t.rng.IntN(len(t.numbers))],
		End:       end,
	}
	for c.Callee = c.Caller; c.Callee == c.Caller; {
		c.Callee = t.numbers[t.rng.IntN(len(t.numbers))]
	}
	if t.rng.Float64() < 0.7 {
		// Log-normal talk time: median about 90 s, capped at two hours.
		talk := time.Duration(math.Min(7200, math.Exp(4.5+t.rng.NormFloat64()))) * time.Second
		if talk < time.Second {
			talk = time.Second
		}
		ring := time.Duration(2+t.rng.IntN(12)) * time.Second
		c.Answer = end.Add(-talk)
		c.Setup = c.Answer.Add(-ring)
		c.SIPStatus, c.Q850Cause = 200, 16
		c.MOS = uint16(380 + t.rng.IntN(65))
		return c
	}
	f := failures[t.rng.IntN(len(failures))]
	c.Setup = end.Add(-f.ring)
	c.SIPStatus, c.Q850Cause = f.status, f.cause
	return c
}

// Body encodes calls the way a SIP server of format sends them and returns the body and its
// content type. FreeSWITCH and Asterisk post one record per request, so they take one call
// (and FreeSWITCH adds the b-leg of an answered call, which the oracle must not count).
func Body(format string, calls []Call) ([]byte, string, error) {
	switch format {
	case "dots":
		return dotsBody(calls)
	case "freeswitch":
		if len(calls) != 1 {
			return nil, "", fmt.Errorf("freeswitch posts one call per request, not %d", len(calls))
		}
		return freeswitchBody(calls[0])
	case "kamailio":
		return kamailioBody(calls)
	case "asterisk":
		var rows []map[string]string
		for _, c := range calls {
			rows = append(rows, asteriskRecord(c))
		}
		b, err := json.Marshal(rows)
		return b, "application/json", err
	case "opensips":
		return ndjson(calls, opensipsRecord)
	}
	return nil, "", fmt.Errorf("unknown format %q", format)
}

// BodyB is the b-leg FreeSWITCH sends for an answered, bridged call.
func BodyB(c Call) ([]byte, string, error) {
	b, err := json.Marshal(freeswitchDoc(c, true))
	return b, "application/json", err
}

func dotsBody(calls []Call) ([]byte, string, error) {
	type rec struct {
		ID              string `json:"id"`
		CallID          string `json:"callId"`
		Caller          string `json:"caller"`
		Callee          string `json:"callee"`
		SetupTime       int64  `json:"setupTime"`
		AnswerTime      int64  `json:"answerTime"`
		EndTime         int64  `json:"endTime"`
		BillableSeconds uint32 `json:"billableSeconds"`
		SIPStatus       uint16 `json:"sipStatus"`
		Q850Cause       uint8  `json:"q850Cause"`
		MOS             uint16 `json:"mos,omitempty"`
	}
	var rs []rec
	for _, c := range calls {
		rs = append(rs, rec{c.ID, c.SIPCallID, c.Caller, c.Callee, c.Setup.Unix(), unix(c.Answer), c.End.Unix(),
			c.Billable(), c.SIPStatus, c.Q850Cause, c.MOS})
	}
	b, err := json.Marshal(rs)
	return b, "application/json", err
}

func unix(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

// freeswitchDoc is a mod_json_cdr document: every variable a url-encoded string.
func freeswitchDoc(c Call, bLeg bool) map[string]any {
	uuid := fmt.Sprintf("%08x-%04x-4%03x-a%03x-%012x", hash32(c.ID), len(c.ID), 1, 2, hash32(c.SIPCallID))
	bUUID := fmt.Sprintf("%08x-%04x-4%03x-b%03x-%012x", hash32(c.ID), len(c.ID), 3, 4, hash32(c.SIPCallID))
	v := map[string]string{
		"direction":          "inbound",
		"uuid":               uuid,
		"call_uuid":          uuid,
		"sip_call_id":        c.SIPCallID,
		"sip_from_user":      c.Caller,
		"caller_id_number":   c.Caller,
		"sip_req_user":       c.Callee,
		"sip_to_user":        c.Callee,
		"destination_number": c.Callee,
		"start_epoch":        strconv.FormatInt(c.Setup.Unix(), 10),
		"start_uepoch":       strconv.FormatInt(c.Setup.UnixMicro(), 10),
		"answer_epoch":       strconv.FormatInt(unix(c.Answer), 10),
		"end_epoch":          strconv.FormatInt(c.End.Unix(), 10),
		"billsec":            strconv.FormatUint(uint64(c.Billable()), 10),
		"duration":           strconv.FormatInt(int64(c.End.Sub(c.Setup)/time.Second), 10),
		"hangup_cause_q850":  strconv.Itoa(int(c.Q850Cause)),
		"rtp_use_codec_name": "PCMU",
		"switchname":         "fs1.devnet.dots",
	}
	if c.Answer.IsZero() {
		v["sip_term_status"] = strconv.Itoa(int(c.SIPStatus))
		v["hangup_cause"] = "NO_ANSWER"
		v["endpoint_disposition"] = "EARLY MEDIA"
	} else {
		v["hangup_cause"] = "NORMAL_CLEARING"
		v["endpoint_disposition"] = "ANSWER"
		v["bridge_uuid"] = bUUID
		v["last_bridge_to"] = bUUID
		v["sip_term_status"] = "200"
		v["rtp_audio_in_mos"] = fmt.Sprintf("%.2f", float64(c.MOS)/100)
	}
	if bLeg {
		v["direction"] = "outbound"
		v["uuid"] = bUUID
		v["originating_leg_uuid"] = uuid
		v["originator"] = uuid
	}
	vars := map[string]string{}
	for k, s := range v {
		vars[k] = url.QueryEscape(s)
	}
	return map[string]any{
		"core-uuid":    "5f7bd2b2-2f8e-4a8e-9d36-1d4b9a3fbd10",
		"switchname":   "fs1.devnet.dots",
		"channel_data": map[string]string{"state": "CS_REPORTING", "direction": v["direction"]},
		"variables":    vars,
	}
}

func freeswitchBody(c Call) ([]byte, string, error) {
	b, err := json.Marshal(freeswitchDoc(c, false))
	if err != nil {
		return nil, "", err
	}
	// mod_json_cdr sends raw JSON, a urlencoded cdr= form or base64 (encode-values): all three.
	switch hash32(c.ID) % 3 {
	case 1:
		return []byte("cdr=" + url.QueryEscape(string(b))), "application/x-www-form-urlencoded", nil
	case 2:
		return []byte(base64.StdEncoding.EncodeToString(b)), "application/x-www-form-urlencoded", nil
	}
	return b, "application/json", nil
}

// kamailioBody is what integrations/kamailio/kamailio.cfg makes Kamailio post for calls
// (there one record a request; here a call's records together, as NDJSON): the INVITE's
// final reply (acc_json transaction record) and the dialog CDR (acc_json cdr_enable,
// with cdr_extra callid, from_tag, to_tag, src_user, dst_user); for a failed call, the
// dialog CDR is acc's cdr_on_failed echo (duration 0, no to-tag) and comes first, as
// Kamailio sends it. Numbers are user parts: E.164 without "+" (the devnet source's
// numbering plan says so).
func kamailioBody(calls []Call) ([]byte, string, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, c := range calls {
		for _, r := range kamailioRecords(c) {
			if err := enc.Encode(r); err != nil {
				return nil, "", err
			}
		}
	}
	return buf.Bytes(), "application/json", nil
}

func kamailioRecords(c Call) []map[string]any {
	fromTag := fmt.Sprintf("%x", hash32(c.ID))
	src, dst := strings.TrimPrefix(c.Caller, "+"), strings.TrimPrefix(c.Callee, "+")
	tx := map[string]any{
		"method": "INVITE", "from_tag": fromTag, "to_tag": fmt.Sprintf("%x", hash32(c.SIPCallID)), "callid": c.SIPCallID,
		"sip_code": strconv.Itoa(int(c.SIPStatus)), "sip_reason": reason(c.SIPStatus),
		"src_user": src, "src_domain": "sip.devnet.dots", "dst_ouser": dst, "dst_user": dst, "dst_domain": "sip.devnet.dots",
	}
	ms := func(t time.Time) string { return fmt.Sprintf("%d.%03d", t.Unix(), t.Nanosecond()/1e6) }
	dlg := map[string]any{"callid": c.SIPCallID, "from_tag": fromTag, "src_user": src, "dst_user": dst}
	if c.Answer.IsZero() {
		tx["time"] = c.End.Unix()
		if c.SIPStatus == 408 || c.SIPStatus == 487 {
			tx["to_tag"] = ""
		}
		dlg["start_time"], dlg["end_time"], dlg["duration"], dlg["to_tag"] = ms(c.End), ms(c.End), "0", ""
		return []map[string]any{dlg, tx}
	}
	tx["time"] = c.Answer.Unix()
	dlg["start_time"], dlg["end_time"] = ms(c.Setup), ms(c.End)
	dlg["duration"] = fmt.Sprintf("%.3f", c.End.Sub(c.Setup).Seconds())
	dlg["to_tag"] = tx["to_tag"]
	return []map[string]any{tx, dlg}
}

// SourceOptions are the devnet sources' options by format: the Kamailio source writes
// numbers as E.164 user parts without "+"; every source refuses calls more than a day old
// or more than five minutes in the future.
func SourceOptions(format string) ingest.Options {
	o := ingest.Options{MaxAge: ingest.Duration(24 * time.Hour), MaxSkew: ingest.Duration(5 * time.Minute)}
	if format == "kamailio" {
		o.Numbering = &ingest.NumberingPlan{E164WithoutPlus: true}
	}
	return o
}

// AsteriskDisposition is what Asterisk's CDR says of a call that ended with a SIP status.
var AsteriskDisposition = map[uint16]string{200: "ANSWERED", 486: "BUSY", 480: "NO ANSWER", 487: "NO ANSWER", 404: "FAILED", 503: "CONGESTION"}

// asteriskRecord is a cdr_custom / CDR-over-HTTP row (all strings, local time as UTC).
func asteriskRecord(c Call) map[string]string {
	const layout = "2006-01-02 15:04:05"
	disp := AsteriskDisposition[c.SIPStatus]
	answer := ""
	if !c.Answer.IsZero() {
		answer = c.Answer.UTC().Format(layout)
	}
	id := fmt.Sprintf("%d.%d", c.Setup.Unix(), hash32(c.ID)%1000)
	return map[string]string{
		"accountcode": "", "src": c.Caller, "dst": c.Callee, "dcontext": "from-internal",
		"clid": fmt.Sprintf("%q <%s>", "DOTS user", c.Caller), "channel": "PJSIP/" + strings.TrimPrefix(c.Caller, "+") + "-00000012",
		"dstchannel": "PJSIP/carrier-00000013", "lastapp": "Dial", "lastdata": "PJSIP/" + c.Callee + "@carrier,60",
		"start": c.Setup.UTC().Format(layout), "answer": answer, "end": c.End.UTC().Format(layout),
		"duration": strconv.FormatInt(int64(c.End.Sub(c.Setup)/time.Second), 10), "billsec": strconv.FormatUint(uint64(c.Billable()), 10),
		"disposition": disp, "amaflags": "DOCUMENTATION", "uniqueid": id + "-" + c.ID, "linkedid": id,
		"hangupcause": strconv.Itoa(int(c.Q850Cause)), "callid": c.SIPCallID,
	}
}

// opensipsRecord is an E_ACC_CDR (answered) or E_ACC_MISSED_EVENT event as the event
// interface sends it over JSON-RPC.
func opensipsRecord(c Call) map[string]any {
	p := map[string]any{
		"method": "INVITE", "from_tag": fmt.Sprintf("%x", hash32(c.ID)), "callid": c.SIPCallID,
		"sip_code": strconv.Itoa(int(c.SIPStatus)), "sip_reason": reason(c.SIPStatus),
		"caller": c.Caller, "callee": c.Callee,
	}
	ev := "E_ACC_MISSED_EVENT"
	if c.Answer.IsZero() {
		p["to_tag"], p["time"], p["created"] = "", c.End.Unix(), c.Setup.Unix()
	} else {
		ev = "E_ACC_CDR"
		p["to_tag"] = fmt.Sprintf("%x", hash32(c.SIPCallID))
		p["time"], p["created"] = c.Answer.Unix(), c.Setup.Unix()
		p["duration"], p["ms_duration"] = c.Billable(), c.Billable()*1000
		p["setuptime"] = int64(c.Answer.Sub(c.Setup) / time.Second)
	}
	return map[string]any{"jsonrpc": "2.0", "method": ev, "params": p}
}

func ndjson[R any](calls []Call, rec func(Call) R) ([]byte, string, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, c := range calls {
		if err := enc.Encode(rec(c)); err != nil {
			return nil, "", err
		}
	}
	return buf.Bytes(), "application/x-ndjson", nil
}

func reason(status uint16) string {
	return map[uint16]string{200: "OK", 404: "Not Found", 480: "Temporarily Unavailable", 486: "Busy Here",
		487: "Request Terminated", 503: "Service Unavailable"}[status]
}

// hash32 is FNV-1a, for stable made-up identifiers.
func hash32(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}
