package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// The fixtures under testdata/kamailio are what the real Kamailio 5.6 posted with
// integrations/kamailio/kamailio.cfg for four sipp calls (recorded by
// integrations/kamailio's TestRecordFixtures): 1001 calls 4155550101 (answered, ~1.2 s),
// 4155550102 (busy), 4155550103 (cancelled while ringing), 4155550104 (no answer, the
// proxy's 2 s ring timeout).

// usPlan is the numbering plan of the recorded calls: extensions 1000-1999 are
// +1415555xxxx, ten-digit numbers are US national numbers.
var usPlan = &NumberingPlan{CountryCode: 1, NationalPrefix: "1", InternationalPrefix: "011", National: true,
	Extensions: []ExtensionRange{{From: "1000", To: "1999", E164Prefix: "+1415555"}}}

type recordedCall struct {
	Kind, Caller, Callee, SourceID string
}

type kamVariant struct {
	name string
	opts Options
	file string // the fixture, when not name
}

var kamVariants = []kamVariant{
	{"default", Options{}, ""},
	{"cdr-on-failed-0", Options{}, ""},
	{"start-on-confirmed", Options{Kamailio: &KamailioOptions{StartOnConfirmed: true}}, ""},
	{"time-mode-1", Options{Kamailio: &KamailioOptions{TimeMode: 1}}, ""},
	{"time-mode-2", Options{Kamailio: &KamailioOptions{TimeMode: 2}}, ""},
	{"time-mode-3", Options{TimeZone: "America/New_York", Kamailio: &KamailioOptions{TimeMode: 3}}, ""},
	{"time-mode-4", Options{Kamailio: &KamailioOptions{TimeMode: 4}}, ""},
	{"manual-extra", Options{}, ""},
	// Dialog CDRs ignored (as when cdr_enable=0, or cdr_extra without the call's ids): the
	// INVITE's 200 and the BYE are the answered call.
	{"no-dialog-cdrs", Options{Kamailio: &KamailioOptions{NoDialogCDRs: true}}, "default"},
}

func kamDefaults(t testing.TB, v kamVariant, held Held) Defaults {
	t.Helper()
	o := v.opts
	o.Numbering = usPlan
	if o.Kamailio != nil {
		k := *o.Kamailio
		o.Kamailio = &k
	}
	if err := o.Check(); err != nil {
		t.Fatal(err)
	}
	d := testDefaults
	d.Source, d.Options, d.Held = "kamailio1", &o, held
	return d
}

// kamRecords reads a recorded fixture: its bodies and the calls made.
func kamRecords(t testing.TB, name string) ([][]byte, []recordedCall) {
	for _, v := range kamVariants {
		if v.name == name && v.file != "" {
			name = v.file
		}
	}
	t.Helper()
	var bodies [][]byte
	for _, l := range bytes.Split(fixture(t, "kamailio/"+name+".ndjson"), []byte("\n")) {
		if len(bytes.TrimSpace(l)) > 0 {
			bodies = append(bodies, l)
		}
	}
	var calls []recordedCall
	if err := json.Unmarshal(fixture(t, "kamailio/"+name+".calls.json"), &calls); err != nil {
		t.Fatal(err)
	}
	return bodies, calls
}

// postAll posts bodies one request each, in order, through one Held, and returns the calls
// by source id.
func postAll(t testing.TB, d Defaults, bodies [][]byte) map[string]Call {
	t.Helper()
	out := map[string]Call{}
	for _, b := range bodies {
		res, err := ParseKamailio(bg, b, "application/json", d)
		if err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		for _, c := range res.Calls {
			if prev, ok := out[c.SourceID]; ok && prev != c {
				t.Fatalf("call %s decided twice, differently:\n%+v\n%+v", c.SourceID, prev, c)
			}
			out[c.SourceID] = c
		}
	}
	return out
}

// numericStarts are the dialog CDRs' start_time values (always unix seconds), the
// reference for the recorded calls' times.
func numericStarts(t testing.TB, bodies [][]byte) (lo, hi float64) {
	lo = 1e18
	for _, b := range bodies {
		var m map[string]any
		json.Unmarshal(b, &m)
		if s, ok := m["start_time"].(string); ok {
			f, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatal(err)
			}
			lo, hi = min(lo, f), max(hi, f)
		}
		if f, ok := m["time"].(float64); ok {
			lo, hi = min(lo, f), max(hi, f)
		}
	}
	return lo, hi
}

func TestKamailioRecordedVariants(t *testing.T) {
	for _, v := range kamVariants {
		t.Run(v.name, func(t *testing.T) {
			bodies, calls := kamRecords(t, v.name)
			got := postAll(t, kamDefaults(t, v, NewMemHeld()), bodies)
			if len(got) != len(calls) {
				t.Fatalf("%d calls stored, want %d: %+v", len(got), len(calls), got)
			}
			lo, hi := numericStarts(t, bodies)
			for _, rc := range calls {
				c, ok := got[rc.SourceID]
				if !ok {
					t.Fatalf("no CDR for the %s call %s", rc.Kind, rc.SourceID)
				}
				if c.Caller != "+14155551001" || c.Callee != "+1"+rc.Callee {
					t.Errorf("%s: numbers %s -> %s", rc.Kind, c.Caller, c.Callee)
				}
				// Times within the recording (a time zone misread is hours off).
				if float64(c.SetupTime) < lo-2 || float64(c.EndTime) > hi+5 {
					t.Errorf("%s: setup %d end %d outside the recording %.0f..%.0f", rc.Kind, c.SetupTime, c.EndTime, lo, hi)
				}
				want := map[string]uint16{"answered": 200, "busy": 486, "cancelled": 487, "noanswer": 408}[rc.Kind]
				if c.SIPStatus != want {
					t.Errorf("%s: status %d, want %d", rc.Kind, c.SIPStatus, want)
				}
				if rc.Kind == "answered" {
					// sipp talks 1.2 s; whole seconds make that 1 or 2.
					if c.AnswerTime == 0 || c.BillableSeconds < 1 || c.BillableSeconds > 2 {
						t.Errorf("answered: %+v", c)
					}
				} else if c.AnswerTime != 0 || c.BillableSeconds != 0 {
					t.Errorf("%s: answered? %+v", rc.Kind, c)
				}
			}
		})
	}
}

// A call's records in any order, in any split across requests, give the same CDRs.
func TestKamailioAnyOrder(t *testing.T) {
	for _, v := range kamVariants {
		bodies, _ := kamRecords(t, v.name)
		want := postAll(t, kamDefaults(t, v, NewMemHeld()), bodies)
		rng := rand.New(rand.NewPCG(1, uint64(len(v.name))))
		for round := 0; round < 20; round++ {
			perm := append([][]byte(nil), bodies...)
			rng.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
			got := postAll(t, kamDefaults(t, v, NewMemHeld()), splitBodies(perm, rng.Uint64()))
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s round %d: order changed the CDRs:\n%+v\nwant %+v", v.name, round, got, want)
			}
		}
	}
}

// splitBodies groups records into requests (JSON arrays or NDJSON) as cut decides.
func splitBodies(recs [][]byte, cut uint64) [][]byte {
	var out [][]byte
	var cur [][]byte
	flush := func(k int) {
		if len(cur) == 0 {
			return
		}
		if k%2 == 0 {
			out = append(out, append(append([]byte("["), bytes.Join(cur, []byte(","))...), ']'))
		} else {
			out = append(out, bytes.Join(cur, []byte("\n")))
		}
		cur = nil
	}
	for i, r := range recs {
		cur = append(cur, r)
		if cut>>(uint(i)%64)&1 == 1 {
			flush(i)
		}
	}
	flush(len(recs))
	return out
}

// FuzzKamailioOrder: whatever the order of a recorded call's records and however they are
// split into requests, the stored CDRs are the same.
func FuzzKamailioOrder(f *testing.F) {
	for i := range kamVariants {
		f.Add(uint8(i), uint64(0), uint64(0))
		f.Add(uint8(i), uint64(12345), ^uint64(0))
	}
	type ref struct {
		bodies [][]byte
		want   map[string]Call
	}
	refs := make([]ref, len(kamVariants))
	for i, v := range kamVariants {
		b, _ := kamRecords(f, v.name)
		refs[i] = ref{b, postAll(f, kamDefaults(f, v, NewMemHeld()), b)}
	}
	f.Fuzz(func(t *testing.T, vi uint8, seed, cut uint64) {
		i := int(vi) % len(kamVariants)
		perm := append([][]byte(nil), refs[i].bodies...)
		rand.New(rand.NewPCG(seed, 7)).Shuffle(len(perm), func(a, b int) { perm[a], perm[b] = perm[b], perm[a] })
		got := postAll(t, kamDefaults(t, kamVariants[i], NewMemHeld()), splitBodies(perm, cut))
		if !reflect.DeepEqual(got, refs[i].want) {
			t.Fatalf("order changed the CDRs: %+v\nwant %+v", got, refs[i].want)
		}
	})
}

// The busy call: the dialog CDR echo (duration 0, no to-tag) first, the 486 later,
// in separate requests: a busy call, never an answered one.
func TestKamailioEchoIsNotAnAnswer(t *testing.T) {
	bodies, calls := kamRecords(t, "default")
	d := kamDefaults(t, kamVariants[0], NewMemHeld())
	var echo, busy []byte
	for _, b := range bodies {
		if bytes.Contains(b, []byte(`"dst_user": "4155550102"`)) && bytes.Contains(b, []byte("start_time")) {
			echo = b
		}
		if bytes.Contains(b, []byte(`"sip_code": "486"`)) {
			busy = b
		}
	}
	res, err := ParseKamailio(bg, echo, "", d)
	if err != nil || len(res.Calls) != 0 || res.Held != 1 {
		t.Fatalf("echo alone: %+v %v (want it held, no call)", res, err)
	}
	res, err = ParseKamailio(bg, busy, "", d)
	if err != nil || len(res.Calls) != 1 || res.Calls[0].SIPStatus != 486 || res.Calls[0].SourceID != calls[1].SourceID {
		t.Fatalf("486 after the echo: %+v %v", res, err)
	}
	// Posting the echo again (Kamailio's retry) gives the same call, not another.
	res, err = ParseKamailio(bg, echo, "", d)
	if err != nil || len(res.Calls) != 1 || res.Calls[0].SIPStatus != 486 {
		t.Fatalf("echo again: %+v %v", res, err)
	}
}

// Every way a record is wrong is refused with a reason, and a changed re-post is a conflict.
func TestKamailioRefusals(t *testing.T) {
	d := kamDefaults(t, kamVariants[0], NewMemHeld())
	inv := `{"time": 1796161575, "method": "INVITE", "from_tag": "t1", "to_tag": "x", "callid": "c1@h", "sip_code": "200", "src_user": "1001", "dst_ouser": "4155550101"}`
	for _, tc := range []struct{ body, field, msg string }{
		{`{"start_time": "1796161575.097", "end_time": "1796161576.304", "duration": "1.207"}`, "callid", "cdr_extra"},
		{`{"time": 1796161575, "method": "INVITE", "from_tag": "t", "callid": "c@h", "sip_code": "200", "src_user": "99", "dst_ouser": "4155550101"}`, "src_user", "numbering.national made +199, which is not a possible number: wrong length for country code +1"},
		{`{"time": 1796161575, "method": "INVITE", "from_tag": "t", "callid": "c@h", "sip_code": "200", "src_user": "1001", "dst_ouser": "+4"}`, "dst_ouser", `"+4" is not a phone number: too short`},
		{`{"time": "2026-12-01 16:47:15", "method": "INVITE", "from_tag": "t", "callid": "c@h", "sip_code": "486", "src_user": "1001", "dst_ouser": "4155550101"}`, "time", "timeMode"},
		{`{"time": 1796161575, "method": "INVITE", "from_tag": "t", "callid": "c\u0000@h", "sip_code": "486", "src_user": "1001", "dst_ouser": "4155550101"}`, "callid", "control character"},
		{`{"time": 1796161575, "method": "INVITE", "callid": "c@h", "CallID": "d@h", "sip_code": "486"}`, "CallID", "only in case"},
		{`{"time": 1796161575, "method": "INVITE", "callid": "c@h", "callid": "d@h", "sip_code": "486"}`, "callid", "twice"},
		{"{\"time\": 1796161575, \"method\": \"INVITE\", \"callid\": \"c\xff@h\", \"sip_code\": \"486\"}", "callid", "UTF-8"},
		{`{"method": "INVITE", "sip_code": "486", "callid": "c@h", "src_user": "1001", "dst_ouser": "4155550101"}`, "time", "missing"},
		{`{"foo": 1}`, "record", "neither"},
	} {
		_, err := ParseKamailio(bg, []byte(tc.body), "", d)
		var errs Errors
		if !errors.As(err, &errs) || len(errs) == 0 || errs[0].Field != tc.field || !strings.Contains(errs[0].Message, tc.msg) {
			t.Errorf("%s: %v, want field %s with %q", tc.body, err, tc.field, tc.msg)
		}
	}
	if _, err := ParseKamailio(bg, []byte(inv), "", d); err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(inv, `"time": 1796161575`, `"time": 1796161579`, 1)
	_, err := ParseKamailio(bg, []byte(changed), "", d)
	var ce *ConflictError
	if !errors.As(err, &ce) || ce.SourceID != "c1@h;t1" || !bytes.Contains(ce.Stored, []byte("1796161575")) || !bytes.Contains(ce.Posted, []byte("1796161579")) {
		t.Fatalf("changed re-post: %v", err)
	}
}

// The source's kamailio.cdrFields name a dialog CDR's fields.
func TestKamailioCDRFields(t *testing.T) {
	v := kamVariant{"custom", Options{Kamailio: &KamailioOptions{CDRFields: map[string]string{"callid": "the_call", "from_tag": "the_tag", "start_time": "begin"}}}, ""}
	d := kamDefaults(t, v, NewMemHeld())
	inv := `{"time": 1796161575, "method": "INVITE", "from_tag": "t1", "to_tag": "x", "callid": "c1@h", "sip_code": "200", "src_user": "1001", "dst_ouser": "4155550101"}`
	cdrRec := `{"begin": "1796161575.097", "end_time": "1796161636.304", "duration": "61.207", "the_call": "c1@h", "the_tag": "t1"}`
	got := postAll(t, d, [][]byte{[]byte(cdrRec), []byte(inv)})
	c := got["c1@h;t1"]
	if c.SIPStatus != 200 || c.BillableSeconds != 61 || c.SetupTime != 1796161575 {
		t.Fatalf("%+v", got)
	}
	bad := Options{Kamailio: &KamailioOptions{CDRFields: map[string]string{"call": "x"}}}
	if err := bad.Check(); err == nil || !strings.Contains(err.Error(), "unknown key") {
		t.Fatalf("unknown cdrFields key: %v", err)
	}
	if err := (&Options{Kamailio: &KamailioOptions{TimeMode: 3}}).Check(); err == nil || !strings.Contains(err.Error(), "timeZone") {
		t.Fatalf("time mode 3 without a zone: %v", err)
	}
}
