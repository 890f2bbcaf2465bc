package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/cdr"
)

var bg = context.Background()

// testDefaults is a source whose numbers are E.164, with or without "+", or international
// after "00".
var testDefaults = Defaults{
	Operator:     common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
	Options:      &Options{Numbering: &NumberingPlan{InternationalPrefix: "00", E164WithoutPlus: true}},
	OrigOperator: common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
	TermOperator: common.HexToAddress("0x90F79bf6EB2c4f870365E785982E1f101E93b906"),
}

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// want is the subset of a call a test pins down.
type want struct {
	id, caller, callee     string
	setup, answer, end     uint64
	billable               uint32
	status                 uint16
	cause                  uint8
	mos                    uint16
	callID                 string // SIP Call-ID before hashing
	origOperator, termOper common.Address
}

func check(t *testing.T, got Call, w want) {
	t.Helper()
	if got.SourceID != w.id || got.Caller != w.caller || got.Callee != w.callee ||
		got.SetupTime != w.setup || got.AnswerTime != w.answer || got.EndTime != w.end ||
		got.BillableSeconds != w.billable || got.SIPStatus != w.status || got.Q850Cause != w.cause || got.MOS != w.mos {
		t.Errorf("got %+v\nwant %+v", got, w)
	}
	if w.callID != "" && got.CallID != HashCallID(w.callID) {
		t.Errorf("call id %s is not keccak256(%q)", got.CallID, w.callID)
	}
	o, te := w.origOperator, w.termOper
	if o == (common.Address{}) {
		o = testDefaults.OrigOperator
	}
	if te == (common.Address{}) {
		te = testDefaults.TermOperator
	}
	if got.OrigOperator != o || got.TermOperator != te {
		t.Errorf("operators %s %s, want %s %s", got.OrigOperator, got.TermOperator, o, te)
	}
	// This operator (testDefaults.Operator) is origOperator unless the record says
	// otherwise: every record has its side, the one of the operator that wrote it.
	side := cdr.SideOriginating
	if o != testDefaults.Operator {
		side = cdr.SideTerminating
	}
	if got.Side != side {
		t.Errorf("side %v, want %v", got.Side, side)
	}
}

// A record's side: given in DOTS JSON (and then it must be this operator's side), or
// derived from the operators; a record whose operators are not this operator, or a side
// this operator is not on, is refused on "side", never guessed.
func TestSide(t *testing.T) {
	me, other, third := testDefaults.Operator, common.HexToAddress("0x02"), common.HexToAddress("0x03")
	rec := func(extra string) []byte {
		return []byte(`{"id":"s1","caller":"+4930901820","callee":"+14155550123","setupTime":1700000000,"endTime":1700000009,"sipStatus":486` + extra + `}`)
	}
	d := testDefaults
	cases := []struct {
		name  string
		body  []byte
		d     Defaults
		side  cdr.Side // 0: refused on "side"
		field string
	}{
		{"defaults: this operator originates", rec(""), d, cdr.SideOriginating, ""},
		{"inside one operator", rec(`,"termOperator":"` + me.Hex() + `"`), d, cdr.SideOriginating, ""},
		{"from another operator", rec(`,"origOperator":"` + other.Hex() + `","termOperator":"` + me.Hex() + `"`), d, cdr.SideTerminating, ""},
		{"explicit terminating", rec(`,"origOperator":"` + other.Hex() + `","termOperator":"` + me.Hex() + `","side":"terminating"`), d, cdr.SideTerminating, ""},
		{"explicit originating", rec(`,"side":"originating"`), d, cdr.SideOriginating, ""},
		{"neither operator is this one", rec(`,"origOperator":"` + other.Hex() + `","termOperator":"` + third.Hex() + `"`), d, 0, "side"},
		{"terminating but originated here", rec(`,"side":"terminating"`), d, 0, "side"},
		{"terminating inside one operator", rec(`,"termOperator":"` + me.Hex() + `","side":"terminating"`), d, 0, "side"},
		{"originating but not origOperator", rec(`,"origOperator":"` + other.Hex() + `","termOperator":"` + me.Hex() + `","side":"originating"`), d, 0, "side"},
		{"not a side", rec(`,"side":"both"`), d, 0, "side"},
		{"no operator known", rec(""), Defaults{Options: d.Options, OrigOperator: me, TermOperator: other}, 0, "side"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ParseDOTS(bg, tc.body, "application/json", tc.d)
			if tc.side == 0 {
				var errs Errors
				if !errors.As(err, &errs) || len(errs) != 1 || errs[0].Field != tc.field {
					t.Fatalf("want one %q error, got %v (%+v)", tc.field, err, res)
				}
				return
			}
			if err != nil || len(res.Calls) != 1 || res.Calls[0].Side != tc.side {
				t.Fatalf("got %+v %v, want side %v", res, err, tc.side)
			}
			r := res.Calls[0].Record(tc.d.Operator, 1, common.Hash{1})
			if err := r.Validate(); err != nil {
				t.Fatalf("stored record invalid: %v", err)
			}
		})
	}
}

func TestFixtures(t *testing.T) {
	fsALeg := want{id: "3a1c9f3e-6d2b-4c1e-8f0a-2b7e5d9c4a11", caller: "+4930901820", callee: "+14155550123",
		setup: 1700000000, answer: 1700000006, end: 1700000150, billable: 144, status: 200, cause: 16, mos: 450,
		callID: "a84b4c76e66710@pc33.atlanta.example.com"}
	cases := []struct {
		format, file string
		skipped      int
		want         []want
	}{
		{"dots", "dots/one.json", 0, []want{{id: "pbx1-000001", caller: "+4930901820", callee: "+14155550123",
			setup: 1700000000, answer: 1700000006, end: 1700000150, billable: 144, status: 200, cause: 16, mos: 430,
			callID: "a84b4c76e66710@pc33.atlanta.example.com"}}},
		{"dots", "dots/array.json", 0, []want{
			{id: "pbx1-000002", caller: "+4930901820", callee: "+442079460000", setup: 1700000400, answer: 1700000409,
				end: 1700001100, billable: 691, status: 200, cause: 16,
				origOperator: common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
				termOper:     common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")},
			{id: "pbx1-000003", caller: "+4930901822", callee: "+14155550124", setup: 1700000400, end: 1700000431, status: 487, cause: 16},
			{id: "pbx1-000004", caller: "+4930901823", callee: "+14155550125", setup: 1700000500, end: 1700000502, status: 404, cause: 1},
		}},
		{"dots", "dots/stream.ndjson", 0, []want{
			{id: "pbx1-000005", caller: "+33142685300", callee: "+4930901820", setup: 1700001000, answer: 1700001003, end: 1700001063, billable: 60, status: 200, cause: 16},
			{id: "pbx1-000006", caller: "+33142685301", callee: "+4930901820", setup: 1700001100, end: 1700001130, status: 480, cause: 18},
			{id: "pbx1-000007", caller: "+33142685302", callee: "+4930901825", setup: 1700001200, answer: 1700001201, end: 1700004801, billable: 3600, status: 200, cause: 16, mos: 391},
		}},
		{"freeswitch", "freeswitch/a_leg.json", 0, []want{fsALeg}},
		{"freeswitch", "freeswitch/a_leg.urlencoded", 0, []want{fsALeg}},
		{"freeswitch", "freeswitch/a_leg.base64", 0, []want{fsALeg}},
		{"freeswitch", "freeswitch/b_leg.json", 1, nil},
		{"freeswitch", "freeswitch/busy.json", 0, []want{{id: "c71f0e2a-9b3d-4e55-8a1b-77d3c2e1f0aa", caller: "+4930901821",
			callee: "+14155550199", setup: 1700000200, end: 1700000204, status: 486, cause: 17,
			callID: "8f14e45fceea167a5a36dedd4bea2543@10.0.0.22"}}},
		{"asterisk", "asterisk/cdr.json", 0, []want{
			{id: "1700000000.18/12", caller: "+4930901840", callee: "+14155550140", setup: 1700000000, answer: 1700000005,
				end: 1700000165, billable: 160, status: 200, cause: 16, callID: "1700000000.18"},
			{id: "1700000400.20/14", caller: "+4930901841", callee: "+14155550141", setup: 1700000400, end: 1700000430, status: 480, cause: 19},
			{id: "1700000700.22/16", caller: "+4930901842", callee: "+14155550142", setup: 1700000700, end: 1700000703, status: 486, cause: 17},
		}},
		{"asterisk", "asterisk/cdr.form", 0, []want{
			{id: "1700001000.24", caller: "+4930901843", callee: "+14155550143", setup: 1700001000, answer: 1700001004,
				end: 1700001064, billable: 60, status: 200, cause: 16},
		}},
		{"opensips", "opensips/e_acc_cdr.ndjson", 1, []want{
			{id: "5a1b6c8d9e0f@10.0.0.51;7b1c0b6d", caller: "+4930901850", callee: "+14155550150", setup: 1700003996,
				answer: 1700004000, end: 1700004125, billable: 125, status: 200, cause: 16, callID: "5a1b6c8d9e0f@10.0.0.51"},
			{id: "6b2c7d9e0f1a@10.0.0.51;8c2d1c7e", caller: "+4930901851", callee: "+14155550151", setup: 1700004100,
				end: 1700004100, status: 480, cause: 18},
		}},
		{"opensips", "opensips/e_acc_cdr_params.json", 0, []want{
			{id: "7c3d8e0f1a2b@10.0.0.52;9d3e2f8a", caller: "+4930901852", callee: "+14155550152", setup: 1700004998,
				answer: 1700005000, end: 1700005047, billable: 47, status: 200, cause: 16},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			p, ok := Lookup(tc.format)
			if !ok {
				t.Fatalf("no parser %q", tc.format)
			}
			res, err := p(bg, fixture(t, tc.file), "", testDefaults)
			if err != nil {
				t.Fatal(err)
			}
			if res.Skipped != tc.skipped || len(res.Calls) != len(tc.want) {
				t.Fatalf("%d calls, %d skipped; want %d, %d: %+v", len(res.Calls), res.Skipped, len(tc.want), tc.skipped, res.Calls)
			}
			for i, w := range tc.want {
				check(t, res.Calls[i], w)
			}
		})
	}
}

func TestValidationNamesRecordAndField(t *testing.T) {
	body := `{"id":"a","caller":"+4930901820","callee":"+14155550123","setupTime":1700000000,"answerTime":1700000006,"endTime":1700000150,"sipStatus":200}
{"id":"b","caller":"+4930901820","callee":"not-a-number","setupTime":1700000000,"endTime":1700000150,"sipStatus":486}
{"id":"c","caller":"+4930901820","callee":"+14155550123","setupTime":1700000000,"answerTime":1700000200,"endTime":1700000150,"sipStatus":200}`
	_, err := ParseDOTS(bg, []byte(body), "", testDefaults)
	var errs Errors
	if !errors.As(err, &errs) {
		t.Fatalf("error %v is not Errors", err)
	}
	if len(errs) != 2 || errs[0].Index != 1 || errs[0].Field != "callee" || errs[1].Index != 2 || errs[1].Field != "answerTime" {
		b, _ := json.Marshal(errs)
		t.Fatalf("errors %s", b)
	}
}

func TestBadBodies(t *testing.T) {
	for format := range parsers {
		for _, body := range []string{"", "   ", "garbage", "[1,2]", `{"id":`, "null", `[{}]`} {
			p, _ := Lookup(format)
			res, err := p(bg, []byte(body), "", testDefaults)
			if err == nil && len(res.Calls) > 0 {
				t.Errorf("%s accepted %q: %+v", format, body, res)
			}
		}
	}
}

func TestNormalizeNumber(t *testing.T) {
	for in, out := range map[string]string{
		"+14155550123":                     "+14155550123",
		"sip:+14155550123@host;user=phone": "+14155550123", "tel:+1-415-555-0123": "+14155550123",
		"+1 (415) 555 0123": "+14155550123",
	} {
		got, err := NormalizeNumber(in)
		if err != nil || got != out {
			t.Errorf("%q: %q %v, want %q", in, got, err, out)
		}
	}
	// Without a numbering plan only E.164 is taken: "0014155550123" or "14155550123" could
	// be anything.
	for _, in := range []string{"", "s", "+", "+0123", "1234567890123456", "abc", "+1+2", "0", "0014155550123", "14155550123", "+1415"} {
		if got, err := NormalizeNumber(in); err == nil {
			t.Errorf("%q accepted as %q", in, got)
		}
	}
}

// fuzzParser runs a parser on arbitrary input: it must not panic, and whatever it accepts
// must be a consistent call.
func fuzzParser(f *testing.F, format string, seeds ...string) {
	for _, s := range seeds {
		f.Add(fixture(f, s))
	}
	p, _ := Lookup(format)
	f.Fuzz(func(t *testing.T, body []byte) {
		res, err := p(bg, body, "", testDefaults)
		if err != nil {
			var errs Errors
			if !errors.As(err, &errs) || len(errs) == 0 {
				t.Fatalf("error %v is not a non-empty Errors", err)
			}
			if len(res.Calls) != 0 {
				t.Fatal("calls returned with an error")
			}
			return
		}
		for _, c := range res.Calls {
			for _, n := range []string{c.Caller, c.Callee} {
				if m, err := NormalizeNumber(n); err != nil || m != n || !strings.HasPrefix(n, "+") {
					t.Fatalf("number %q not E.164", n)
				}
			}
			if c.SourceID == "" || c.EndTime < c.SetupTime || c.SIPStatus < 100 || c.SIPStatus > 699 || c.Q850Cause > 127 {
				t.Fatalf("inconsistent call %+v", c)
			}
			if c.AnswerTime != 0 && (c.AnswerTime < c.SetupTime || c.AnswerTime > c.EndTime || uint64(c.BillableSeconds) != c.EndTime-c.AnswerTime) {
				t.Fatalf("inconsistent answered call %+v", c)
			}
			if c.AnswerTime == 0 && c.BillableSeconds != 0 {
				t.Fatalf("unanswered call with billable seconds %+v", c)
			}
		}
	})
}

func FuzzDOTS(f *testing.F) {
	fuzzParser(f, "dots", "dots/one.json", "dots/array.json", "dots/stream.ndjson")
}

func FuzzFreeSWITCH(f *testing.F) {
	fuzzParser(f, "freeswitch", "freeswitch/a_leg.json", "freeswitch/a_leg.urlencoded", "freeswitch/a_leg.base64",
		"freeswitch/b_leg.json", "freeswitch/busy.json")
}

func FuzzKamailio(f *testing.F) {
	fuzzParser(f, "kamailio", "kamailio/default.ndjson", "kamailio/manual-extra.ndjson", "kamailio/time-mode-3.ndjson")
}

func FuzzAsterisk(f *testing.F) {
	fuzzParser(f, "asterisk", "asterisk/cdr.json", "asterisk/cdr.form")
}

func FuzzOpenSIPS(f *testing.F) {
	fuzzParser(f, "opensips", "opensips/e_acc_cdr.ndjson", "opensips/e_acc_cdr_params.json")
}

// Causes and statuses a format does not carry come from the shared RFC 3398 mapping in cdr.
func TestCausesFollowCDRMapping(t *testing.T) {
	for _, code := range []uint16{404, 408, 480, 486, 487, 488, 503, 603, 606} {
		body := fmt.Sprintf(`{"method":"INVITE","from_tag":"ft","callid":"c%d@h","sip_code":"%d","time":1700003100,"src_user":"+4930901832","dst_user":"+4930901899"}`, code, code)
		res, err := ParseKamailio(bg, []byte(body), "", testDefaults)
		if err != nil || len(res.Calls) != 1 {
			t.Fatalf("%d: %v %+v", code, err, res)
		}
		if got, want := res.Calls[0].Q850Cause, cdr.SIPToQ850(code); got != want {
			t.Errorf("sip %d: cause %d, cdr says %d", code, got, want)
		}
	}
	// Asterisk: a failed call with only a hangup cause gets its status from cdr.Q850ToSIP.
	for _, cause := range []uint8{1, 17, 21, 34, 38, 102} {
		body := fmt.Sprintf(`{"src":"+4930901841","dst":"+14155550141","start":"1700000400","end":"1700000430","disposition":"FAILED","uniqueid":"u%d","hangupcause":"%d"}`, cause, cause)
		res, err := ParseAsterisk(bg, []byte(body), "", testDefaults)
		if err != nil || len(res.Calls) != 1 {
			t.Fatalf("cause %d: %v", cause, err)
		}
		c := res.Calls[0]
		if c.Q850Cause != cause || c.SIPStatus != cdr.Q850ToSIP(cause) {
			t.Errorf("cause %d: got status %d cause %d, cdr says status %d", cause, c.SIPStatus, c.Q850Cause, cdr.Q850ToSIP(cause))
		}
	}
}

// rawString's fast path gives what encoding/json gives.
func FuzzRawString(f *testing.F) {
	for _, s := range []string{`"abc"`, `"a\"b"`, `"\u00e9"`, `"é"`, `""`, `"`, `12`, `null`, `"a\\"`, "\"\x01\""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		// rawString reads values encoding/json has already delimited: valid JSON.
		if !json.Valid(b) {
			return
		}
		got := rawString(b)
		var want string
		if len(bytes.TrimSpace(b)) > 0 && bytes.TrimSpace(b)[0] == '"' {
			if json.Unmarshal(b, &want) != nil {
				want = ""
			}
			if got != want {
				t.Fatalf("%q: %q, encoding/json says %q", b, got, want)
			}
		}
	})
}

func TestDOTSBodies(t *testing.T) {
	rec := `{"id":"a","caller":"+4930901820","callee":"+14155550123","setupTime":1700000000,"endTime":1700000010,"sipStatus":486}`
	for body, want := range map[string]string{
		"[" + rec + ",1]":           "record 1: field record",
		rec + "\n\"x\"":             "record 1: field record",
		"[" + rec + "] x":           "record 0: field body",
		"[" + rec + " " + rec + "]": "record 0: field body",
		"[" + rec:                   "record 0: field body",
		rec + "]":                   "record 0: field body",
	} {
		_, err := ParseDOTS(bg, []byte(body), "", testDefaults)
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%.60q: %v, want %s", body, err, want)
		}
	}
	for _, body := range []string{"[]", "[" + rec + "," + rec + "]", rec + "\n" + rec + "\n", "  [ " + rec + " ]  "} {
		if _, err := ParseDOTS(bg, []byte(body), "", testDefaults); err != nil {
			t.Errorf("%.60q: %v", body, err)
		}
	}
}

// FuzzDOTSFlat: ParseDOTS's fast path for flat objects gives exactly what encoding/json's
// path gives (calls and errors), whatever the body; and it is taken for the fixtures.
func FuzzDOTSFlat(f *testing.F) {
	for _, s := range []string{"dots/one.json", "dots/array.json", "dots/stream.ndjson"} {
		body := fixture(f, s)
		if _, _, ok := parseDOTSFlat(bytes.TrimSpace(body), testDefaults); !ok {
			f.Errorf("%s: the fast path is not taken", s)
		}
		f.Add(body)
	}
	for _, s := range []string{
		`{"id":"a","caller":"+4930901820","callee":"+14155550123","setupTime":1700000000,"answerTime":1700000006,"endTime":1700000150,"sipStatus":200}`,
		`{"id":"a","caller":"+4930901820","callee":"+14155550123","setupTime":1700000000,"answerTime":1700000006,"endTime":1700000150,"sipStatus":200}{"id":"b","caller":"x"}`,
		`[{"id":"a","ID":"b"}]`, `[]`, `[{}]`, `{}`, `{"id":1,"id":"z"}`, `{"sipStatus":0200}`, `{"sipStatus":-1}`, `{"id":"\u0041"}`,
		`[{"id":"a"},]`, `[{"id":"a"}] x`, "{\"id\":\"a\"}\n\n{\"id\":\"b\"} ", `{"mos":1.5}`, `{"id":null}`, `{"caller":"tel:+1 (415) 555-0123"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		got, gerr := ParseDOTS(bg, body, "", testDefaults)
		want, werr := parseDOTSDecoder(body, testDefaults)
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gerr, werr) {
			t.Fatalf("body %q:\nfast    %+v %v\ndecoder %+v %v", body, got, gerr, want, werr)
		}
	})
}

// Issue 19: what encoding/json would let through silently is refused with the field
// named, by the fast path and the decoder alike (FuzzDOTSFlat keeps them equal).
func TestAmbiguousRecordsAreRefused(t *testing.T) {
	base := `"caller":"+4930901820","callee":"+14155550123","setupTime":1700000000,"endTime":1700000010,"sipStatus":486`
	for _, tc := range []struct{ body, field, msg string }{
		{`{"id":"a","caller":"+4930901821",` + base + `}`, "caller", "twice"},
		{`{"id":"a","Caller":"+4930901821",` + base + `}`, "Caller", "case-sensitive"},
		{`{"id":"a",` + base + `,"Caller":"+4930901821"}`, "Caller", "differs from field caller only in case"},
		{`{"id":"a","CALLEE":"+4930901821",` + strings.Replace(base, `"callee":"+14155550123",`, "", 1) + `}`, "CALLEE", "case-sensitive"},
		{"{\"id\":\"a\xff\"," + base + "}", "id", "invalid UTF-8"},
		{`{"id":"a\u0000b",` + base + `}`, "id", "control character"},
		{`{"id":"a\u001bb",` + base + `}`, "id", "control character"},
		{`{"id":"a","callId":"x\u0007y",` + base + `}`, "", ""},
	} {
		for name, parse := range map[string]func() (Result, error){
			"ParseDOTS": func() (Result, error) { return ParseDOTS(bg, []byte(tc.body), "", testDefaults) },
			"decoder":   func() (Result, error) { return parseDOTSDecoder([]byte(tc.body), testDefaults) },
		} {
			_, err := parse()
			if tc.field == "" {
				// A Call-ID is hashed, never stored: control characters there do no harm.
				if err != nil {
					t.Errorf("%s %q: %v", name, tc.body, err)
				}
				continue
			}
			var errs Errors
			if !errors.As(err, &errs) || errs[0].Field != tc.field || !strings.Contains(errs[0].Message, tc.msg) {
				t.Errorf("%s %q: %v, want field %s: %s", name, tc.body, err, tc.field, tc.msg)
			}
		}
	}
	// The flat formats (Asterisk, OpenSIPS, Kamailio) and FreeSWITCH documents too.
	for _, tc := range []struct {
		p    Parser
		body string
	}{
		{ParseAsterisk, `{"uniqueid":"u1","UniqueID":"u2","src":"+4930901841","dst":"+14155550141","start":"1700000400","end":"1700000430","disposition":"BUSY"}`},
		{ParseOpenSIPS, `{"callid":"c","callid":"d","method":"INVITE","sip_code":"486","time":1700000000,"caller":"+4930901850","callee":"+14155550150"}`},
		{ParseFreeSWITCH, `{"variables":{"uuid":"x"},"Variables":{"uuid":"y"}}`},
	} {
		if _, err := tc.p(bg, []byte(tc.body), "", testDefaults); err == nil || !strings.Contains(err.Error(), "field") {
			t.Errorf("%.60s: %v", tc.body, err)
		}
	}
}

// Issue 19: an error answer lists the first MaxListedErrors and counts the rest.
func TestErrorsAreCapped(t *testing.T) {
	body := "[" + strings.Repeat(`{},`, 10000) + "{}]"
	for format, p := range parsers {
		_, err := p(bg, []byte(body), "", testDefaults)
		var errs Errors
		if !errors.As(err, &errs) || len(errs) != MaxListedErrors+1 || errs[MaxListedErrors].Index != -1 ||
			!strings.Contains(errs[MaxListedErrors].Message, "not read") {
			t.Errorf("%s: %d errors: %v", format, len(errs), err)
		}
	}
}
