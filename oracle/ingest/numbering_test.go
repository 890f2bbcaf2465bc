package ingest

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Every rule of a numbering plan, and the refusals: a number no rule claims is refused
// with the rule to add, never guessed.
func TestNumberingPlanRules(t *testing.T) {
	us := &NumberingPlan{CountryCode: 1, NationalPrefix: "1", InternationalPrefix: "011", National: true,
		Extensions: []ExtensionRange{{From: "1000", To: "1999", E164Prefix: "+1415555"}},
		Table:      map[string]string{"911": "+14155550911", "0": "+14155550100"}}
	de := &NumberingPlan{CountryCode: 49, NationalPrefix: "0", InternationalPrefix: "00",
		Extensions: []ExtensionRange{{From: "10", To: "49", E164Prefix: "+4930901820"}}}
	bare := &NumberingPlan{E164WithoutPlus: true}
	strict := &NumberingPlan{Strict: true}
	cases := []struct {
		plan     *NumberingPlan
		in, want string // want "" : refused, errPart in the message
		errPart  string
	}{
		// 1. E.164 as it is, with or without a plan.
		{nil, "+14155550101", "+14155550101", ""},
		{nil, "sip:+442079460000@gw;user=phone", "+442079460000", ""},
		{nil, "tel:+1-415-555-0101", "+14155550101", ""},
		{nil, "+1 (415) 555 0101", "+14155550101", ""},
		{us, "+4930901830", "+4930901830", ""},
		// Without a plan nothing else is taken (the issue's +1001 and +4155550101).
		{nil, "1001", "", "no numbering plan"},
		{nil, "4155550101", "", "no numbering plan"},
		{nil, "0014155550101", "", "no numbering plan"},
		// 2. Table.
		{us, "911", "+14155550911", ""},
		{us, "0", "+14155550100", ""},
		// 3. Extensions (a prefix rule), only numbers of the range's length and in it.
		{us, "1001", "+14155551001", ""},
		{us, "sip:1999@pbx.example", "+14155551999", ""},
		{de, "10", "+493090182010", ""},
		{de, "50", "", "matches no rule"},
		// 4. International prefix.
		{us, "011442079460000", "+442079460000", ""},
		{de, "0014155550101", "+14155550101", ""},
		// 5. National (trunk) prefix.
		{us, "14155550101", "+14155550101", ""},
		{de, "030901830", "+4930901830", ""},
		{de, "0 30 901830", "+4930901830", ""},
		// 6. E.164 without "+".
		{bare, "4930901830", "+4930901830", ""},
		{bare, "14155550101", "+14155550101", ""},
		// 7. National without prefix (the US's ten digits).
		{us, "4155550101", "+14155550101", ""},
		{us, "(415) 555-0101", "+14155550101", ""},
		{de, "30901830", "", "matches no rule"},
		// A rule that makes something impossible says which rule it was.
		{us, "12", "", "numbering.nationalPrefix made +12"},
		{us, "55", "", "numbering.national made +155"},
		{us, "0119", "", "numbering.internationalPrefix made +9"},
		{de, "01", "", "numbering.nationalPrefix made +491"},
		{nil, "+1415", "", "not a possible number"},
		// Strict: valid numbers only (phonenumbers' metadata).
		{strict, "+14155550101", "+14155550101", ""},
		{strict, "+15550100001", "", "not a valid number"},
		// Not numbers.
		{us, "", "", "empty"},
		{us, "anonymous", "", "not a phone number"},
		{us, "+", "", "not a phone number"},
		{us, "1+2", "", "not a phone number"},
		{us, "1234567890123456789", "", ""},
	}
	for _, tc := range cases {
		got, err := tc.plan.Number(tc.in)
		if tc.want != "" {
			if err != nil || got != tc.want {
				t.Errorf("%+v %q: %q %v, want %q", tc.plan, tc.in, got, err, tc.want)
			}
			continue
		}
		if err == nil {
			t.Errorf("%+v %q: accepted as %q", tc.plan, tc.in, got)
		} else if !strings.Contains(err.Error(), tc.errPart) {
			t.Errorf("%+v %q: %v, want it to say %q", tc.plan, tc.in, err, tc.errPart)
		}
	}
}

// A plan that cannot be applied is a configuration error, at start.
func TestNumberingPlanCheck(t *testing.T) {
	for _, tc := range []struct {
		plan NumberingPlan
		msg  string
	}{
		{NumberingPlan{National: true}, "need countryCode"},
		{NumberingPlan{NationalPrefix: "0"}, "need countryCode"},
		{NumberingPlan{CountryCode: 999, National: true}, "not a country calling code"},
		{NumberingPlan{CountryCode: 1, NationalPrefix: "1x"}, "not digits"},
		{NumberingPlan{CountryCode: 1, NationalPrefix: "0", InternationalPrefix: "0"}, "both"},
		{NumberingPlan{CountryCode: 1, National: true, E164WithoutPlus: true}, "choose one"},
		{NumberingPlan{Extensions: []ExtensionRange{{From: "100", To: "19", E164Prefix: "+1415555"}}}, "same length"},
		{NumberingPlan{Extensions: []ExtensionRange{{From: "200", To: "100", E164Prefix: "+1415555"}}}, "from <= to"},
		{NumberingPlan{Extensions: []ExtensionRange{{From: "100", To: "199", E164Prefix: "1415555"}}}, "does not make E.164"},
		{NumberingPlan{Table: map[string]string{"1": "15"}}, "not an E.164"},
	} {
		err := tc.plan.Check()
		if err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%+v: %v, want %q", tc.plan, err, tc.msg)
		}
	}
	ok := NumberingPlan{CountryCode: 44, NationalPrefix: "0", InternationalPrefix: "00",
		Extensions: []ExtensionRange{{From: "200", To: "299", E164Prefix: "+44207946"}}, Table: map[string]string{"999": "+442079460999"}}
	if err := ok.Check(); err != nil {
		t.Fatal(err)
	}
}

// The plan applies in every format's parser, by the source's Options.
func TestNumberingPlanInParsers(t *testing.T) {
	o := &Options{Numbering: &NumberingPlan{CountryCode: 1, NationalPrefix: "1", National: true,
		Extensions: []ExtensionRange{{From: "1000", To: "1999", E164Prefix: "+1415555"}}}}
	if err := o.Check(); err != nil {
		t.Fatal(err)
	}
	d := testDefaults
	d.Options = o
	dots := `{"id":"x1","caller":"1001","callee":"4155550101","setupTime":1700000000,"endTime":1700000010,"sipStatus":486}`
	res, err := ParseDOTS(bg, []byte(dots), "", d)
	if err != nil || res.Calls[0].Caller != "+14155551001" || res.Calls[0].Callee != "+14155550101" {
		t.Fatalf("dots: %+v %v", res, err)
	}
	ast := `{"src":"1002","dst":"14155550102","start":"2023-11-14 22:13:20","end":"2023-11-14 22:13:50","disposition":"BUSY","uniqueid":"u1"}`
	res, err = ParseAsterisk(bg, []byte(ast), "", d)
	if err != nil || res.Calls[0].Caller != "+14155551002" || res.Calls[0].Callee != "+14155550102" {
		t.Fatalf("asterisk: %+v %v", res, err)
	}
	// The same call from a source without a plan is refused, naming the field.
	d.Options = nil
	_, err = ParseDOTS(bg, []byte(dots), "", d)
	if err == nil || !strings.Contains(err.Error(), "field caller") || !strings.Contains(err.Error(), "numbering") {
		t.Fatalf("no plan: %v", err)
	}
}

// Date-times without a zone are in the source's time zone.
func TestTimeZone(t *testing.T) {
	ast := `{"src":"+14155550101","dst":"+14155550102","start":"2023-11-14 17:13:20","end":"2023-11-14 17:13:50","disposition":"BUSY","uniqueid":"u1"}`
	o := &Options{TimeZone: "America/New_York"}
	if err := o.Check(); err != nil {
		t.Fatal(err)
	}
	d := testDefaults
	d.Options = o
	res, err := ParseAsterisk(bg, []byte(ast), "", d)
	if err != nil || res.Calls[0].SetupTime != 1700000000 {
		t.Fatalf("%+v %v (want setup 1700000000, 17:13:20 in New York)", res, err)
	}
	if err := (&Options{TimeZone: "Mars/Olympus"}).Check(); err == nil {
		t.Fatal("unknown zone accepted")
	}
}

// A source's maxAge and maxSkew refuse calls too old or in the future, saying why.
func TestMaxAgeAndSkew(t *testing.T) {
	o := &Options{MaxAge: Duration(time.Hour), MaxSkew: Duration(5 * time.Minute)}
	if err := o.Check(); err != nil {
		t.Fatal(err)
	}
	now := time.Unix(1796161575, 0)
	d := testDefaults
	d.Options, d.Now = o, func() time.Time { return now }
	rec := func(end time.Time) string {
		return fmt.Sprintf(`{"id":"x","caller":"+4930901820","callee":"+14155550123","setupTime":%d,"endTime":%d,"sipStatus":486}`, end.Unix()-10, end.Unix())
	}
	for _, tc := range []struct {
		end time.Time
		msg string
	}{
		{now.Add(-30 * time.Minute), ""},
		{now.Add(4 * time.Minute), ""},
		{now.Add(-2 * time.Hour), "older than the source's maxAge 1h0m0s"},
		{time.Date(2018, 5, 1, 0, 0, 0, 0, time.UTC), "older than the source's maxAge"},
		{now.Add(10 * time.Minute), "more than the source's maxSkew 5m0s"},
	} {
		_, err := ParseDOTS(bg, []byte(rec(tc.end)), "", d)
		switch {
		case tc.msg == "" && err != nil:
			t.Errorf("end %s: %v", tc.end, err)
		case tc.msg != "" && (err == nil || !strings.Contains(err.Error(), tc.msg) || !strings.Contains(err.Error(), "field endTime")):
			t.Errorf("end %s: %v, want %q", tc.end, err, tc.msg)
		}
	}
}

// An error names the number once, says what is wrong and what E.164 is (a newcomer read
// `"+1234567890123456": "+1234567890123456" is not E.164`).
func TestNumberErrorsNameTheNumberOnce(t *testing.T) {
	us := &NumberingPlan{CountryCode: 1, NationalPrefix: "1", National: true}
	for _, c := range []struct {
		plan *NumberingPlan
		in   string
		want string
	}{
		{nil, "+1234567890123456", `"+1234567890123456" is not E.164: it has 16 digits; E.164 allows at most 15 after the "+"`},
		{nil, "sip:+1234567890123456@pbx", `"+1234567890123456" is not E.164: it has 16 digits`},
		{nil, "+0441234", `"+0441234" is not E.164: a country code never starts with 0`},
		{nil, "+1415", `"+1415" is not a possible number: wrong length for country code +1`},
		{us, "41555501019999999", "numbering.national made +141555501019999999, which is not E.164: it has 18 digits"},
	} {
		_, err := c.plan.Number(c.in)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("Number(%q) = %v, want %q...", c.in, err, c.want)
			continue
		}
		if n := strings.Count(err.Error(), strings.Trim(strings.SplitN(c.want, " ", 2)[0], `"`)); n != 1 && !strings.Contains(c.want, "made") {
			t.Errorf("Number(%q) = %v: names the number %d times", c.in, err, n)
		}
	}
}
