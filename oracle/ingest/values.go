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
		// Fast path: a plain string (no escapes, no control characters) is its bytes.
		if len(v) >= 2 && v[len(v)-1] == '"' {
			plain := true
			for _, c := range v[1 : len(v)-1] {
				if c == '\\' || c == '"' || c < 0x20 || c >= 0x80 {
					plain = false
					break
				}
			}
			if plain {
				return string(v[1 : len(v)-1])
			}
		}
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

var errMissing = fmt.Errorf("missing")

func errNumber(s string) error { return fmt.Errorf("%q is not a valid number", truncate(s)) }

func errAddress(s string) error { return fmt.Errorf("%q is not an address", truncate(s)) }
