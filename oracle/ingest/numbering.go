package ingest

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/nyaruka/phonenumbers"

	"github.com/dotsnet/dots/cdr"
)

// NumberingPlan says what a source's numbers look like, so that each becomes the right
// E.164 number or is refused: never guessed. Rules are tried in this order:
//
//  1. "+" and digits: already E.164;
//  2. Table: an exact number (an extension, a short code) and its E.164 number;
//  3. Extensions: a range of equally long numbers mapped by a prefix rule (E164Prefix
//     followed by the number: 1001 with prefix "+1415555" is +14155551001);
//  4. InternationalPrefix (e.g. "011" in the US, "00" in most of Europe): the rest is a
//     country code and number;
//  5. NationalPrefix (the trunk prefix, "1" in the US, "0" in the UK or Germany): the rest is
//     a national number of CountryCode;
//  6. E164WithoutPlus: a number without any prefix is E.164 without its "+" (what many
//     SIP servers put in a user part: 4930901820);
//  7. National: a number without any prefix is a national number of CountryCode (the US's
//     ten-digit numbers);
//
// and anything else is refused with an error naming the rule to add. Every result must be
// a possible number (phonenumbers, libphonenumber's metadata), or a valid one with Strict.
type NumberingPlan struct {
	CountryCode         int               `json:"countryCode,omitempty"`
	NationalPrefix      string            `json:"nationalPrefix,omitempty"`
	InternationalPrefix string            `json:"internationalPrefix,omitempty"`
	E164WithoutPlus     bool              `json:"e164WithoutPlus,omitempty"`
	National            bool              `json:"national,omitempty"`
	Extensions          []ExtensionRange  `json:"extensions,omitempty"`
	Table               map[string]string `json:"table,omitempty"`
	Strict              bool              `json:"strict,omitempty"`
}

// ExtensionRange maps the numbers From..To (same length, digits) to E164Prefix + number.
type ExtensionRange struct {
	From       string `json:"from"`
	To         string `json:"to"`
	E164Prefix string `json:"e164Prefix"`
}

func digitsOnly(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Check reports a plan that cannot be applied.
func (p *NumberingPlan) Check() error {
	if p == nil {
		return nil
	}
	if p.National && p.E164WithoutPlus {
		return fmt.Errorf("numbering: national and e164WithoutPlus both claim numbers without a prefix: choose one")
	}
	if (p.NationalPrefix != "" || p.National) && p.CountryCode == 0 {
		return fmt.Errorf("numbering: nationalPrefix and national need countryCode")
	}
	if p.CountryCode != 0 && phonenumbers.GetRegionCodeForCountryCode(p.CountryCode) == "ZZ" {
		return fmt.Errorf("numbering: countryCode %d is not a country calling code", p.CountryCode)
	}
	for _, pre := range []struct{ name, v string }{{"nationalPrefix", p.NationalPrefix}, {"internationalPrefix", p.InternationalPrefix}} {
		if pre.v != "" && !digitsOnly(pre.v) {
			return fmt.Errorf("numbering: %s %q is not digits", pre.name, pre.v)
		}
	}
	if p.NationalPrefix != "" && p.NationalPrefix == p.InternationalPrefix {
		return fmt.Errorf("numbering: nationalPrefix and internationalPrefix are both %q", p.NationalPrefix)
	}
	for i, e := range p.Extensions {
		if !digitsOnly(e.From) || !digitsOnly(e.To) || len(e.From) != len(e.To) || e.From > e.To {
			return fmt.Errorf("numbering: extensions[%d]: from %q and to %q must be digits of the same length, from <= to", i, e.From, e.To)
		}
		if _, err := p.checked("+"+strings.TrimPrefix(e.E164Prefix, "+")+e.From, fmt.Sprintf("extensions[%d]", i)); err != nil || !strings.HasPrefix(e.E164Prefix, "+") {
			return fmt.Errorf("numbering: extensions[%d]: e164Prefix %q does not make E.164 numbers (%v)", i, e.E164Prefix, err)
		}
	}
	for k, v := range p.Table {
		if _, err := p.checked(v, "table"); err != nil || !strings.HasPrefix(v, "+") {
			return fmt.Errorf("numbering: table entry %q: %q is not an E.164 number (%v)", k, v, err)
		}
	}
	return nil
}

// checked validates an E.164 candidate that rule made.
// rule "the number" is a number given in E.164: its errors name it once.
func (p *NumberingPlan) checked(e164, rule string) (string, error) {
	what := fmt.Sprintf("%s made %s, which", rule, e164)
	if rule == ruleAsGiven {
		what = fmt.Sprintf("%.40q", e164)
	}
	if err := cdr.ValidE164(e164); err != nil {
		var ee *cdr.E164Error
		if rule != ruleAsGiven && errors.As(err, &ee) {
			return "", fmt.Errorf("%s is not E.164: %s", what, ee.Reason)
		}
		return "", err
	}
	n, err := phonenumbers.Parse(e164, "ZZ")
	if err != nil {
		return "", fmt.Errorf("%s is not a phone number: too short, or no country code begins with its digits (%v)", what, err)
	}
	if p != nil && p.Strict {
		if !phonenumbers.IsValidNumber(n) {
			return "", fmt.Errorf("%s is not a valid number (numbering.strict checks the country's ranges)", what)
		}
	} else if !phonenumbers.IsPossibleNumber(n) {
		return "", fmt.Errorf("%s is not a possible number: wrong length for country code +%d", what, n.GetCountryCode())
	}
	return e164, nil
}

// ruleAsGiven is checked's rule for a number the source wrote in E.164 itself.
const ruleAsGiven = "the number"

// Number turns what a SIP server wrote for a caller or callee ("+15551234567",
// "sip:1001@pbx", "tel:+44...", "0301234567", "(415) 555-0101") into E.164 by the plan's
// rules (p may be nil: then only numbers already in E.164 are taken). Visual separators
// (space, '-', '.', '(', ')') are dropped.
func (p *NumberingPlan) Number(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", fmt.Errorf("empty")
	}
	low := strings.ToLower(s)
	for _, pre := range []string{"sips:", "sip:", "tel:"} {
		if strings.HasPrefix(low, pre) {
			s = s[len(pre):]
			break
		}
	}
	if i := strings.IndexAny(s, "@;>"); i >= 0 {
		s = s[:i]
	}
	var b strings.Builder
	b.Grow(len(s))
	plus := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '+' && i == 0:
			plus = true
		case c >= '0' && c <= '9':
			b.WriteByte(c)
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')':
		default:
			return "", fmt.Errorf("%q is not a phone number", truncate(s))
		}
	}
	d := b.String()
	if d == "" {
		return "", fmt.Errorf("%q is not a phone number", truncate(s))
	}
	if plus {
		return p.checked("+"+d, "the number")
	}
	if p == nil {
		return "", fmt.Errorf("%q is not in E.164 form (+ and country code) and the source has no numbering plan: "+
			"add \"numbering\" to its configuration (countryCode with nationalPrefix or national, internationalPrefix, extensions or table)", truncate(d))
	}
	if v, ok := p.Table[d]; ok {
		return p.checked(v, "numbering.table")
	}
	for i, e := range p.Extensions {
		if len(d) == len(e.From) && d >= e.From && d <= e.To {
			return p.checked(e.E164Prefix+d, "numbering.extensions["+strconv.Itoa(i)+"]")
		}
	}
	if p.InternationalPrefix != "" && strings.HasPrefix(d, p.InternationalPrefix) {
		return p.checked("+"+d[len(p.InternationalPrefix):], "numbering.internationalPrefix")
	}
	cc := strconv.Itoa(p.CountryCode)
	if p.NationalPrefix != "" && strings.HasPrefix(d, p.NationalPrefix) {
		return p.checked("+"+cc+d[len(p.NationalPrefix):], "numbering.nationalPrefix")
	}
	if p.E164WithoutPlus {
		return p.checked("+"+d, "numbering.e164WithoutPlus")
	}
	if p.National {
		return p.checked("+"+cc+d, "numbering.national")
	}
	return "", fmt.Errorf("%q matches no rule of the source's numbering plan: add it to numbering.table or numbering.extensions "+
		"(an extension or short code), or set numbering.internationalPrefix, numbering.nationalPrefix, numbering.e164WithoutPlus or "+
		"numbering.national (a dialled number)", truncate(d))
}
