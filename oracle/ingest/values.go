package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// fields is one record as a flat map of raw JSON values; SIP servers send the same field
// as a string in one configuration and a number in another, so values are read leniently.
type fields map[string]json.RawMessage

// str returns a field as a string ("" when absent or null); numbers are returned as written.
func (f fields) str(key string) string {
	v, ok := f[key]
	if !ok {
		return ""
	}
	return rawString(v)
}

func rawString(v json.RawMessage) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 || string(v) == "null" {
		return ""
	}
	if v[0] == '"' {
		var s string
		if json.Unmarshal(v, &s) == nil {
			return s
		}
		return ""
	}
	if v[0] == '{' || v[0] == '[' {
		return ""
	}
	return string(v)
}

// first returns the first non-empty of several field names, and the name it came from.
func (f fields) first(keys ...string) (string, string) {
	for _, k := range keys {
		if s := strings.TrimSpace(f.str(k)); s != "" {
			return s, k
		}
	}
	return "", keys[0]
}

// parseUint reads a non-negative integer, tolerating a fractional part (".000").
func parseUint(s string) (uint64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, fmt.Errorf("empty")
	}
	if u, err := strconv.ParseUint(s, 10, 64); err == nil {
		return u, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < 0 || math.IsNaN(f) || f > 1e15 {
		return 0, fmt.Errorf("%q is not a non-negative number", truncate(s))
	}
	return uint64(f), nil
}

// timeLayouts are the textual times SIP servers write (Asterisk, Kamailio db/cdr, OpenSIPS).
var timeLayouts = []string{
	"2006-01-02 15:04:05.999999999",
	"2006-01-02T15:04:05.999999999Z07:00",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999 -0700",
	"2006-01-02 15:04:05.999999999 -07:00",
}

// parseTime reads a unix time in seconds, milliseconds or microseconds (FreeSWITCH's
// *_time variables), optionally fractional, or a date-time (taken as UTC without a zone).
// Empty and "0" return 0 (not set).
func parseTime(s string) (uint64, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "0" || s == "0.0" || strings.HasPrefix(s, "0000-00-00") {
		return 0, nil
	}
	if s[0] >= '0' && s[0] <= '9' && !strings.ContainsAny(s, "-:T ") {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || f < 0 || math.IsNaN(f) || math.IsInf(f, 0) {
			return 0, fmt.Errorf("%q is not a time", truncate(s))
		}
		switch {
		case f >= 1e17: // nanoseconds
			f /= 1e9
		case f >= 1e14: // microseconds
			f /= 1e6
		case f >= 1e11: // milliseconds
			f /= 1e3
		}
		return uint64(f), nil
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Unix() < 0 {
				return 0, fmt.Errorf("%q is before 1970", truncate(s))
			}
			return uint64(t.Unix()), nil
		}
	}
	return 0, fmt.Errorf("%q is not a time", truncate(s))
}

// splitRecords reads a body holding one JSON object, an array of objects or NDJSON.
func splitRecords(body []byte) ([]json.RawMessage, error) {
	b := bytes.TrimSpace(body)
	if len(b) == 0 {
		return nil, fmt.Errorf("empty body")
	}
	switch b[0] {
	case '[':
		var arr []json.RawMessage
		if err := json.Unmarshal(b, &arr); err != nil {
			return nil, fmt.Errorf("JSON array: %w", err)
		}
		return arr, nil
	case '{':
		dec := json.NewDecoder(bytes.NewReader(b))
		var out []json.RawMessage
		for {
			var m json.RawMessage
			if err := dec.Decode(&m); err != nil {
				if err.Error() == "EOF" {
					break
				}
				return nil, fmt.Errorf("JSON record %d: %w", len(out), err)
			}
			out = append(out, m)
		}
		return out, nil
	default:
		return nil, fmt.Errorf("body is not JSON (object, array or NDJSON)")
	}
}

// decodeFields decodes one record into a flat field map.
func decodeFields(raw json.RawMessage) (fields, error) {
	var f fields
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("not a JSON object: %w", err)
	}
	if f == nil {
		return nil, fmt.Errorf("not a JSON object")
	}
	return f, nil
}

// sipToQ850 maps a final SIP status to a Q.850 cause (RFC 3398 section 7.2.4.1, with the
// usual choices for what it leaves open).
func sipToQ850(code uint16) uint8 {
	switch {
	case code >= 200 && code < 300:
		return 16
	}
	switch code {
	case 400:
		return 41
	case 401, 402, 403, 603:
		return 21
	case 404, 485, 604:
		return 1
	case 405:
		return 63
	case 406, 415, 501:
		return 79
	case 408, 504:
		return 102
	case 410:
		return 22
	case 480:
		return 18
	case 481, 500, 503:
		return 41
	case 482, 483:
		return 25
	case 484:
		return 28
	case 486, 600:
		return 17
	case 487:
		return 16
	case 488, 606:
		return 88
	case 502:
		return 38
	}
	switch {
	case code >= 500 && code < 600:
		return 41
	case code >= 300:
		return 31
	}
	return 0
}

// q850ToSIP maps a Q.850 cause to a SIP status (RFC 3398 section 8.2.6.1).
func q850ToSIP(cause uint8) uint16 {
	switch cause {
	case 16:
		return 200
	case 1, 2, 3, 26:
		return 404
	case 17:
		return 486
	case 18:
		return 408
	case 19, 20, 31:
		return 480
	case 21, 55, 57, 87:
		return 603
	case 22, 23:
		return 410
	case 27:
		return 502
	case 28:
		return 484
	case 29, 69, 79:
		return 501
	case 34, 38, 41, 42, 47, 58, 88:
		return 503
	case 65, 70:
		return 488
	case 102:
		return 504
	}
	return 500
}

var errMissing = fmt.Errorf("missing")

func errNumber(s string) error { return fmt.Errorf("%q is not a valid number", truncate(s)) }

func errAddress(s string) error { return fmt.Errorf("%q is not an address", truncate(s)) }
