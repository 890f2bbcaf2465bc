package cdr

import (
	"bufio"
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func validRecord() Record {
	return Record{
		Operator:        common.HexToAddress("0x1111111111111111111111111111111111111111"),
		Seq:             42,
		CallID:          crypto.Keccak256Hash([]byte("a84b4c76e66710@pc33.example.com")),
		Caller:          "+14155550100",
		Callee:          "+442071838750",
		Salt:            common.HexToHash("0x5a17"),
		SetupTime:       1763890000,
		AnswerTime:      1763890005,
		EndTime:         1763890065,
		BillableSeconds: 60,
		SIPStatus:       200,
		Q850Cause:       16,
		OrigOperator:    common.HexToAddress("0x1111111111111111111111111111111111111111"),
		TermOperator:    common.HexToAddress("0x3333333333333333333333333333333333333333"),
		MOS:             430,
		Side:            SideOriginating,
	}
}

func TestValidateNamesTheField(t *testing.T) {
	cases := []struct {
		field  string
		mutate func(r *Record)
	}{
		{"", func(r *Record) {}},
		{"", func(r *Record) { r.AnswerTime, r.BillableSeconds = 0, 0 }},               // unanswered
		{"", func(r *Record) { r.AnswerTime, r.BillableSeconds = r.SetupTime, 65 }},    // answered at setup
		{"", func(r *Record) { r.AnswerTime, r.BillableSeconds = r.EndTime, 0 }},       // answered at end
		{"", func(r *Record) { r.MOS = 0 }},                                            // not measured
		{"", func(r *Record) { r.MOS, r.SIPStatus, r.Q850Cause = 100, 699, 127 }},      // upper edges
		{"", func(r *Record) { r.MOS, r.SIPStatus, r.Q850Cause = 500, 100, 0 }},        // lower edges
		{"", func(r *Record) { r.Caller = "+1" }},                                      // shortest
		{"", func(r *Record) { r.Callee = "+123456789012345" }},                        // 15 digits
		{"", func(r *Record) { r.Side, r.Operator = SideTerminating, r.TermOperator }}, // the callee's operator's CDR
		{"", func(r *Record) { r.TermOperator = r.Operator }},                          // a call inside one operator
		{"operator", func(r *Record) { r.Operator = common.Address{} }},
		{"caller", func(r *Record) { r.Caller = "14155550100" }},
		{"caller", func(r *Record) { r.Caller = "+" }},
		{"caller", func(r *Record) { r.Caller = "+0123" }},
		{"caller", func(r *Record) { r.Caller = "+1415555010a" }},
		{"callee", func(r *Record) { r.Callee = "+1234567890123456" }},
		{"callee", func(r *Record) { r.Callee = "" }},
		{"callee", func(r *Record) { r.Callee = "+44 20" }},
		{"salt", func(r *Record) { r.Salt = common.Hash{} }},
		{"endTime", func(r *Record) { r.EndTime = r.SetupTime - 1; r.AnswerTime, r.BillableSeconds = 0, 0 }},
		{"answerTime", func(r *Record) { r.AnswerTime = r.SetupTime - 1 }},
		{"answerTime", func(r *Record) { r.AnswerTime = r.EndTime + 1 }},
		{"billableSeconds", func(r *Record) { r.BillableSeconds = 59 }},
		{"billableSeconds", func(r *Record) { r.BillableSeconds = 61 }},
		{"billableSeconds", func(r *Record) { r.AnswerTime = 0 }}, // unanswered with seconds
		{"sipStatus", func(r *Record) { r.SIPStatus = 99 }},
		{"sipStatus", func(r *Record) { r.SIPStatus = 700 }},
		{"q850Cause", func(r *Record) { r.Q850Cause = 128 }},
		{"mos", func(r *Record) { r.MOS = 99 }},
		{"mos", func(r *Record) { r.MOS = 501 }},
		{"side", func(r *Record) { r.Side = SideUnknown }},
		{"side", func(r *Record) { r.Side = 3 }},
		{"side", func(r *Record) { r.Side = SideTerminating }},                                                             // operator is origOperator, not termOperator
		{"side", func(r *Record) { r.OrigOperator = r.TermOperator }},                                                      // originating, but not origOperator
		{"side", func(r *Record) { r.Side, r.Operator, r.OrigOperator = SideTerminating, r.TermOperator, r.TermOperator }}, // one operator's call from the terminating side
	}
	for i, c := range cases {
		r := validRecord()
		c.mutate(&r)
		err := r.Validate()
		if c.field == "" {
			if err != nil {
				t.Errorf("case %d: valid record refused: %v", i, err)
			}
			continue
		}
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != c.field {
			t.Errorf("case %d: want an error naming %q, got %v", i, c.field, err)
			continue
		}
		if !strings.Contains(err.Error(), c.field) {
			t.Errorf("case %d: message %q does not name %q", i, err, c.field)
		}
	}
}

func TestBillableSecondsOverflowIsRefused(t *testing.T) {
	r := validRecord()
	r.EndTime = r.AnswerTime + 1<<32 // would truncate to 0 in uint32
	r.BillableSeconds = 0
	if err := r.Validate(); err == nil {
		t.Fatal("billable seconds that do not fit uint32 accepted")
	}
}

func TestNewDrawsFreshSalts(t *testing.T) {
	r := validRecord()
	a, err := New(r)
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(r)
	if err != nil {
		t.Fatal(err)
	}
	if a.Salt == b.Salt || a.Salt == r.Salt || a.Salt == (common.Hash{}) {
		t.Fatalf("salts not fresh: %s %s", a.Salt, b.Salt)
	}
	if a.Leaf() == b.Leaf() {
		t.Fatal("same leaf for different salts")
	}
	r.SIPStatus = 1
	if _, err := New(r); err == nil {
		t.Fatal("New accepted an invalid record")
	}
}

// The hand-written encoding equals go-ethereum's abi packing of the same values.
func TestLeafEqualsABIEncoding(t *testing.T) {
	var args abi.Arguments
	for _, s := range CDRLeafEncoding {
		typ, err := abi.NewType(s, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		args = append(args, abi.Argument{Type: typ})
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		r := randRecord(rng)
		callerC := crypto.Keccak256Hash([]byte(r.Caller), r.Salt[:])
		calleeC := crypto.Keccak256Hash([]byte(r.Callee), r.Salt[:])
		if c1, c2 := r.Commitments(); c1 != callerC || c2 != calleeC {
			t.Fatal("commitments differ from keccak256(abi.encodePacked(number, salt))")
		}
		packed, err := args.Pack(r.Operator, r.Seq, r.CallID, callerC, calleeC, r.SetupTime, r.AnswerTime,
			r.EndTime, r.BillableSeconds, r.SIPStatus, r.Q850Cause, r.OrigOperator, r.TermOperator, r.MOS, uint8(r.Side))
		if err != nil {
			t.Fatal(err)
		}
		want := crypto.Keccak256Hash(crypto.Keccak256(packed))
		if got := r.Leaf(); got != want {
			t.Fatalf("leaf %s, abi.Pack gives %s", got, want)
		}
	}
	// Rewards leaf likewise.
	tAddr, _ := abi.NewType("address", "", nil)
	tU256, _ := abi.NewType("uint256", "", nil)
	rargs := abi.Arguments{{Type: tAddr}, {Type: tU256}}
	for _, rw := range randRewards(rng, 50) {
		packed, err := rargs.Pack(rw.Account, rw.CumulativeAmount)
		if err != nil {
			t.Fatal(err)
		}
		if got := must(RewardLeaf(rw.Account, rw.CumulativeAmount)); got != crypto.Keccak256Hash(crypto.Keccak256(packed)) {
			t.Fatal("reward leaf differs from abi.Pack")
		}
	}
	if _, err := RewardLeaf(common.Address{}, big.NewInt(-1)); err == nil {
		t.Fatal("negative reward accepted")
	}
	if _, err := RewardLeaf(common.Address{}, new(big.Int).Lsh(big.NewInt(1), 256)); err == nil {
		t.Fatal("2^256 reward accepted")
	}
}

func TestRecordJSONRoundTrip(t *testing.T) {
	r := validRecord()
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseRecord(data)
	if err != nil {
		t.Fatal(err)
	}
	if back != r {
		t.Fatalf("round trip: %+v != %+v", back, r)
	}
	if _, err := ParseRecord([]byte(strings.Replace(string(data), `"callee"`, `"calee"`, 1))); err == nil {
		t.Fatal("misspelt field accepted")
	}
	if _, err := ParseRecord(append(data, '}')); err == nil {
		t.Fatal("trailing data accepted")
	}
	var fe *FieldError
	bad := strings.Replace(string(data), `"sipStatus":200`, `"sipStatus":99`, 1)
	if _, err := ParseRecord([]byte(bad)); !errors.As(err, &fe) || fe.Field != "sipStatus" {
		t.Fatalf("want sipStatus error, got %v", err)
	}
}

func FuzzRecordJSON(f *testing.F) {
	good, _ := json.Marshal(validRecord())
	f.Add(good)
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"caller":"+1","callee":"+2","sipStatus":700}`))
	f.Add([]byte(`{"seq":-1}`))
	f.Add([]byte(`{"seq":18446744073709551616}`))
	f.Add([]byte(`[`))
	f.Add([]byte(`null`))
	f.Add([]byte(strings.Replace(string(good), `"mos":430`, `"mos":1e3`, 1)))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ParseRecord(data)
		if err != nil {
			if r != (Record{}) {
				t.Fatal("error with a non-zero record")
			}
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("ParseRecord returned an invalid record: %v", err)
		}
		again, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseRecord(again)
		if err != nil || back != r || back.Leaf() != r.Leaf() {
			t.Fatalf("round trip failed: %v", err)
		}
	})
}

// RFC 3398 section 8.2.6.1, "SIP Status Code to ISDN Cause Code Mapping", as printed
// (the second "504 Version Not Supported" row is the erratum for 505). "---" rows have
// no cause in the RFC.
const rfc3398SIPToISUP = `
400 Bad Request                  41 Temporary Failure
401 Unauthorized                 21 Call rejected (*)
402 Payment required             21 Call rejected
403 Forbidden                    21 Call rejected
404 Not Found                     1 Unallocated number
405 Method not allowed           63 Service or option unavailable
406 Not acceptable               79 Service/option not implemented (+)
407 Proxy authentication required 21 Call rejected (*)
408 Request timeout             102 Recovery on timer expiry
410 Gone                         22 Number changed (w/o diagnostic)
413 Request Entity too long     127 Interworking (+)
414 Request-URI too long        127 Interworking (+)
415 Unsupported media type       79 Service/option not implemented (+)
416 Unsupported URI Scheme      127 Interworking (+)
420 Bad extension               127 Interworking (+)
421 Extension Required          127 Interworking (+)
423 Interval Too Brief          127 Interworking (+)
480 Temporarily unavailable      18 No user responding
481 Call/Transaction Does not Exist 41 Temporary Failure
482 Loop Detected                25 Exchange - routing error
483 Too many hops                25 Exchange - routing error
484 Address incomplete           28 Invalid Number Format (+)
485 Ambiguous                     1 Unallocated number
486 Busy here                    17 User busy
487 Request Terminated          --- (no mapping)
488 Not Acceptable here         --- by Warning header
500 Server internal error        41 Temporary failure
501 Not implemented              79 Not implemented, unspecified
502 Bad gateway                  38 Network out of order
503 Service unavailable          41 Temporary failure
504 Server time-out             102 Recovery on timer expiry
505 Version Not Supported       127 Interworking (+)
513 Message Too Large           127 Interworking (+)
600 Busy everywhere              17 User busy
603 Decline                      21 Call rejected
604 Does not exist anywhere       1 Unallocated number
606 Not acceptable              --- by Warning header
`

// RFC 3398 section 7.2.4.1, "ISDN Cause Code to Status Code Mapping". Cause 16 has no
// response in the RFC (it becomes a BYE or CANCEL); cause 22 with a diagnostic gives 301.
const rfc3398ISUPToSIP = `
1   unallocated number                  404 Not Found
2   no route to network                 404 Not found
3   no route to destination             404 Not found
16  normal call clearing                --- (*)
17  user busy                           486 Busy here
18  no user responding                  408 Request Timeout
19  no answer from the user             480 Temporarily unavailable
20  subscriber absent                   480 Temporarily unavailable
21  call rejected                       403 Forbidden (+)
22  number changed (w/o diagnostic)     410 Gone
23  redirection to new destination      410 Gone
26  non-selected user clearing          404 Not Found (=)
27  destination out of order            502 Bad Gateway
28  address incomplete                  484 Address incomplete
29  facility rejected                   501 Not implemented
31  normal unspecified                  480 Temporarily unavailable
34  no circuit available                503 Service unavailable
38  network out of order                503 Service unavailable
41  temporary failure                   503 Service unavailable
42  switching equipment congestion      503 Service unavailable
47  resource unavailable                503 Service unavailable
55  incoming calls barred within CUG    403 Forbidden
57  bearer capability not authorized    403 Forbidden
58  bearer capability not presently available 503 Service unavailable
65  bearer capability not implemented   488 Not Acceptable Here
70  only restricted digital avail       488 Not Acceptable Here
79  service or option not implemented   501 Not implemented
87  user not member of CUG              403 Forbidden
88  incompatible destination            503 Service unavailable
102 recovery of timer expiry            504 Gateway timeout
111 protocol error                      500 Server internal error
127 interworking unspecified            500 Server internal error
`

// parseRFCTable returns (first number, number after the description or -1 for "---").
func parseRFCTable(t *testing.T, table string) map[int]int {
	t.Helper()
	out := map[int]int{}
	sc := bufio.NewScanner(strings.NewReader(table))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		key, err := strconv.Atoi(f[0])
		if err != nil {
			t.Fatalf("table row %q", sc.Text())
		}
		val := -2
		for _, w := range f[1:] {
			if w == "---" {
				val = -1
				break
			}
			if n, err := strconv.Atoi(w); err == nil {
				val = n
				break
			}
		}
		if val == -2 {
			t.Fatalf("table row %q has no value", sc.Text())
		}
		out[key] = val
	}
	return out
}

func TestSIPToQ850FollowsRFC3398(t *testing.T) {
	table := parseRFCTable(t, rfc3398SIPToISUP)
	if len(table) != 37 {
		t.Fatalf("table has %d rows", len(table))
	}
	for status, cause := range table {
		got := SIPToQ850(uint16(status))
		switch {
		case cause >= 0 && int(got) != cause:
			t.Errorf("SIP %d -> %d, RFC 3398 says %d", status, got, cause)
		case status == 487 && got != 16: // CANCEL: normal clearing
			t.Errorf("SIP 487 -> %d, want 16", got)
		case (status == 488 || status == 606) && got != 31:
			t.Errorf("SIP %d -> %d, want 31", status, got)
		}
	}
	// Unlisted codes: 31 "Normal, unspecified"; 2xx: 16.
	for _, s := range []uint16{409, 411, 422, 489, 491, 494, 580, 599, 607, 699, 100, 180, 302} {
		if _, listed := table[int(s)]; !listed && SIPToQ850(s) != 31 {
			t.Errorf("unlisted SIP %d -> %d, want 31", s, SIPToQ850(s))
		}
	}
	for _, s := range []uint16{200, 202, 299} {
		if SIPToQ850(s) != 16 {
			t.Errorf("SIP %d -> %d, want 16", s, SIPToQ850(s))
		}
	}
}

func TestQ850ToSIPFollowsRFC3398(t *testing.T) {
	table := parseRFCTable(t, rfc3398ISUPToSIP)
	if len(table) != 32 {
		t.Fatalf("table has %d rows", len(table))
	}
	for cause, status := range table {
		got := Q850ToSIP(uint8(cause))
		if status >= 0 && int(got) != status {
			t.Errorf("cause %d -> %d, RFC 3398 says %d", cause, got, status)
		}
		if cause == 16 && got != 200 {
			t.Errorf("cause 16 -> %d, want 200", got)
		}
	}
	for c := 0; c <= 127; c++ {
		s := Q850ToSIP(uint8(c))
		if s < 200 || s > 699 {
			t.Errorf("cause %d -> %d is not a final status", c, s)
		}
		if _, listed := table[c]; listed {
			continue
		}
		var want uint16
		switch {
		case c <= 31:
			want = 480
		case c <= 63:
			want = 503
		case c <= 79:
			want = 501
		default:
			want = 500
		}
		if s != want {
			t.Errorf("unlisted cause %d -> %d, want class default %d", c, s, want)
		}
	}
}
