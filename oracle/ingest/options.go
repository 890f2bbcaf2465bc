package ingest

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Options is what a source's configuration says about its records beyond its credentials
// (the oracle's source configuration embeds it, so these are fields of a source's JSON).
type Options struct {
	// Numbering turns the source's numbers into E.164; without it only "+..." numbers are taken.
	Numbering *NumberingPlan `json:"numbering,omitempty"`
	// TimeZone (IANA, e.g. "Europe/Berlin") is the zone of times written without one
	// (Asterisk's and OpenSIPS's date-times, Kamailio's time_mode 3). Default UTC.
	TimeZone string `json:"timeZone,omitempty"`
	// MaxAge refuses calls that ended longer ago than this (e.g. "720h"); 0: any age.
	MaxAge Duration `json:"maxAge,omitempty"`
	// MaxSkew refuses calls that end further in the future than this (the source's clock
	// is wrong); 0: no limit.
	MaxSkew Duration `json:"maxSkew,omitempty"`
	// Kamailio says how the source's Kamailio accounts calls (kamailio format only).
	Kamailio *KamailioOptions `json:"kamailio,omitempty"`

	loc *time.Location
}

// KamailioOptions are the acc / acc_json settings of a Kamailio source that change what its
// records mean. Kamailio's defaults are the zero values.
type KamailioOptions struct {
	// TimeMode is acc_json's acc_time_mode (0-4): 0 and 1 unix seconds, 2 seconds with
	// fraction, 3 TimeFormat in the source's TimeZone, 4 TimeFormat in UTC.
	TimeMode int `json:"timeMode,omitempty"`
	// TimeFormat is acc_json's acc_time_format (strftime; default "%Y-%m-%d %H:%M:%S").
	TimeFormat string `json:"timeFormat,omitempty"`
	// StartOnConfirmed is acc's cdr_start_on_confirmed: a dialog CDR's start_time is the
	// answer time (1) rather than the INVITE's (0, the default).
	StartOnConfirmed bool `json:"startOnConfirmed,omitempty"`
	// NoDialogCDRs says acc_json's cdr_enable is 0: an answered call is its INVITE's 200
	// record and its BYE's record (acc_flag set on the BYE).
	NoDialogCDRs bool `json:"noDialogCDRs,omitempty"`
	// CDRFields names the dialog CDR's fields where cdr_extra (or cdr_start_id, cdr_end_id,
	// cdr_duration_id) differ from the names the oracle knows: keys callid, from_tag,
	// to_tag, caller, callee, start_time, end_time, duration.
	CDRFields map[string]string `json:"cdrFields,omitempty"`

	layout string
}

// Duration is a time.Duration written as in Go ("720h", "5m") in JSON.
type Duration time.Duration

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("a duration is a string such as \"720h\": %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil || v < 0 {
		return fmt.Errorf("%q is not a duration such as \"720h\"", s)
	}
	*d = Duration(v)
	return nil
}

// kamailioFieldKeys are the CDRFields keys.
var kamailioFieldKeys = []string{"callid", "from_tag", "to_tag", "caller", "callee", "start_time", "end_time", "duration"}

// Check validates the options and prepares them for use; call it once before parsing.
func (o *Options) Check() error {
	if o == nil {
		return nil
	}
	if err := o.Numbering.Check(); err != nil {
		return err
	}
	o.loc = time.UTC
	if o.TimeZone != "" {
		loc, err := time.LoadLocation(o.TimeZone)
		if err != nil {
			return fmt.Errorf("timeZone %q: %w", o.TimeZone, err)
		}
		o.loc = loc
	}
	if k := o.Kamailio; k != nil {
		if k.TimeMode < 0 || k.TimeMode > 4 {
			return fmt.Errorf("kamailio.timeMode %d: acc_time_mode is 0-4", k.TimeMode)
		}
		if k.TimeMode == 3 && o.TimeZone == "" {
			return fmt.Errorf("kamailio.timeMode 3 writes Kamailio's local time: set timeZone to Kamailio's (TZ) zone")
		}
		f := k.TimeFormat
		if f == "" {
			f = "%Y-%m-%d %H:%M:%S"
		}
		layout, err := strftimeLayout(f)
		if err != nil {
			return fmt.Errorf("kamailio.timeFormat: %w", err)
		}
		k.layout = layout
		for key := range k.CDRFields {
			if !contains(kamailioFieldKeys, key) {
				return fmt.Errorf("kamailio.cdrFields: unknown key %q (known: %s)", key, strings.Join(kamailioFieldKeys, ", "))
			}
		}
	}
	return nil
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// strftimeLayout converts the strftime directives acc's time_format uses into a Go layout.
func strftimeLayout(f string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+1 >= len(f) {
			return "", fmt.Errorf("%q ends in %%", f)
		}
		i++
		switch f[i] {
		case 'Y':
			b.WriteString("2006")
		case 'y':
			b.WriteString("06")
		case 'm':
			b.WriteString("01")
		case 'd':
			b.WriteString("02")
		case 'e':
			b.WriteString("_2")
		case 'H':
			b.WriteString("15")
		case 'M':
			b.WriteString("04")
		case 'S':
			b.WriteString("05")
		case 'b', 'h':
			b.WriteString("Jan")
		case 'a':
			b.WriteString("Mon")
		case 'z':
			b.WriteString("-0700")
		case 'Z':
			b.WriteString("MST")
		case 'T':
			b.WriteString("15:04:05")
		case 'F':
			b.WriteString("2006-01-02")
		case 'D':
			b.WriteString("01/02/06")
		case '%':
			b.WriteByte('%')
		default:
			return "", fmt.Errorf("%q: directive %%%c is not supported (use %%Y %%m %%d %%H %%M %%S %%z and separators)", f, f[i])
		}
	}
	return b.String(), nil
}

// location is the zone of times written without one.
func (d *Defaults) location() *time.Location {
	if d.Options == nil || d.Options.loc == nil {
		return time.UTC
	}
	return d.Options.loc
}

// number makes s E.164 by the source's numbering plan.
func (d *Defaults) number(s string) (string, error) {
	var p *NumberingPlan
	if d.Options != nil {
		p = d.Options.Numbering
	}
	return p.Number(s)
}

func (d *Defaults) now() time.Time {
	if d.Now != nil {
		return d.Now()
	}
	return time.Now()
}

// checkAge refuses a call the source's MaxAge and MaxSkew rule out.
func (d *Defaults) checkAge(c *Call) (field, msg string) {
	if d.Options == nil {
		return "", ""
	}
	now := d.now()
	end := time.Unix(int64(c.EndTime), 0)
	if a := time.Duration(d.Options.MaxAge); a > 0 && now.Sub(end) > a {
		return "endTime", fmt.Sprintf("the call ended at %s, %s ago: older than the source's maxAge %s",
			end.UTC().Format(time.RFC3339), now.Sub(end).Round(time.Second), a)
	}
	if s := time.Duration(d.Options.MaxSkew); s > 0 && end.Sub(now) > s {
		return "endTime", fmt.Sprintf("the call ends at %s, %s after the oracle's clock: more than the source's maxSkew %s (is its clock right?)",
			end.UTC().Format(time.RFC3339), end.Sub(now).Round(time.Second), s)
	}
	return "", ""
}
