package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
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

// time reads a time as parseTimeIn does, taking a date-time without a zone in the source's
// time zone.
func (d *Defaults) time(s string) (uint64, error) { return parseTimeIn(s, d.location()) }

// parseTimeIn reads a unix time in seconds, milliseconds or microseconds (FreeSWITCH's
// *_time variables), optionally fractional, or a date-time (taken in loc without a zone).
// Empty and "0" return 0 (not set).
func parseTimeIn(s string, loc *time.Location) (uint64, error) {
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
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			if t.Unix() < 0 {
				return 0, fmt.Errorf("%q is before 1970", truncate(s))
			}
			return uint64(t.Unix()), nil
		}
	}
	return 0, fmt.Errorf("%q is not a time", truncate(s))
}

// eachRecord calls fn with each record of a body holding one JSON object, an array of
// objects or NDJSON, in order, without holding them all; fn returns false to stop.
func eachRecord(body []byte, fn func(i int, raw json.RawMessage) bool) error {
	b := bytes.TrimSpace(body)
	if len(b) == 0 {
		return fmt.Errorf("empty body")
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	switch b[0] {
	case '[':
		if _, err := dec.Token(); err != nil {
			return fmt.Errorf("JSON array: %w", err)
		}
		for i := 0; dec.More(); i++ {
			var m json.RawMessage
			if err := dec.Decode(&m); err != nil {
				return fmt.Errorf("JSON array element %d: %w", i, err)
			}
			if !fn(i, m) {
				return nil
			}
		}
		if _, err := dec.Token(); err != nil {
			return fmt.Errorf("JSON array: %w", err)
		}
		if _, err := dec.Token(); err != io.EOF {
			return fmt.Errorf("JSON array: data after the array")
		}
		return nil
	case '{':
		for i := 0; ; i++ {
			var m json.RawMessage
			if err := dec.Decode(&m); err != nil {
				if err == io.EOF {
					return nil
				}
				return fmt.Errorf("JSON record %d: %w", i, err)
			}
			if !fn(i, m) {
				return nil
			}
		}
	default:
		return fmt.Errorf("body is not JSON (object, array or NDJSON)")
	}
}

// decodeFields decodes one record into a flat field map, refusing what encoding/json
// would silently let through: a key twice (the last would win), two keys that differ only
// in case, and invalid UTF-8 (it would become U+FFFD).
func decodeFields(raw json.RawMessage) (fields, error) {
	if err := checkKeys(raw, nil); err != nil {
		return nil, err
	}
	var f fields
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("not a JSON object: %w", err)
	}
	if f == nil {
		return nil, fmt.Errorf("not a JSON object")
	}
	return f, nil
}

// KeyError is a record's key or value that is ambiguous or not text.
type KeyError struct {
	Field   string
	Message string
}

func (e *KeyError) Error() string { return "field " + e.Field + ": " + e.Message }

// checkKeys scans one JSON object's top-level keys: a key that appears twice, two keys
// equal but for case, a key equal but for case to one of known (encoding/json would fill
// the known field from it), or invalid UTF-8 in a key or value is a *KeyError naming the
// field. A value that is not an object is left to the decoder.
func checkKeys(raw []byte, known []string) error {
	if !utf8.Valid(raw) {
		// Find the field for the message.
		name := "record"
		_ = scanKeys(raw, func(key string, val []byte) bool {
			if !utf8.ValidString(key) || !utf8.Valid(val) {
				name = strconv.QuoteToASCII(key)
				name = name[1 : len(name)-1]
				return false
			}
			return true
		})
		return &KeyError{Field: name, Message: "invalid UTF-8"}
	}
	var err error
	seen := map[string]string{}
	scanKeys(raw, func(key string, _ []byte) bool {
		low := strings.ToLower(key)
		if prev, ok := seen[low]; ok {
			if prev == key {
				err = &KeyError{Field: key, Message: "appears twice in the record"}
			} else {
				err = &KeyError{Field: key, Message: fmt.Sprintf("differs from field %s only in case", prev)}
			}
			return false
		}
		seen[low] = key
		for _, k := range known {
			if k != key && strings.EqualFold(k, key) {
				err = &KeyError{Field: key, Message: fmt.Sprintf("unknown; the field is %s (names are case-sensitive)", k)}
				return false
			}
		}
		return true
	})
	return err
}

// scanKeys calls fn with each top-level key (unescaped) and raw value of a JSON object; it
// stops quietly at anything that is not a well-formed object (the decoder reports that).
func scanKeys(raw []byte, fn func(key string, val []byte) bool) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	t, err := dec.Token()
	if err != nil || t != json.Delim('{') {
		return err
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		key, _ := t.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return err
		}
		if !fn(key, v) {
			return nil
		}
	}
	return nil
}

// checkIdentifier refuses an identifier (a source id, a Call-ID, a tag) with control
// characters or invalid UTF-8.
func checkIdentifier(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("invalid UTF-8")
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f {
			return fmt.Errorf("control character %#02x at byte %d", c, i)
		}
	}
	return nil
}

// MaxListedErrors is how many errors an answer lists; the rest are counted.
const MaxListedErrors = 100

// errList collects a body's errors: the first MaxListedErrors, and a count of the rest.
type errList struct {
	list Errors
	more int
}

func (l *errList) add(e ...*FieldError) {
	for _, x := range e {
		if len(l.list) < MaxListedErrors {
			l.list = append(l.list, x)
		} else {
			l.more++
		}
	}
}

func (l *errList) empty() bool { return len(l.list) == 0 }

// full reports that MaxListedErrors are listed: the body is refused, and parsing stops
// after the record at hand (the work per request is bounded by the errors it may list).
func (l *errList) full() bool { return len(l.list) >= MaxListedErrors }

// result is the errors to answer with: the listed ones and, when the list is full, a last
// entry (index -1, field "body") that counts the errors not listed and says that the rest
// of the body was not read.
func (l *errList) result() Errors {
	if !l.full() {
		return l.list
	}
	last := l.list[len(l.list)-1].Index
	out := append(l.list[:len(l.list):len(l.list)], &FieldError{Index: -1, Field: "body",
		Message: fmt.Sprintf("%d more errors not listed, and records after %d not read: only the first %d errors are listed; the body is refused whole",
			l.more, last, MaxListedErrors)})
	return out
}

// parseFlatRecords runs a per-record parser over an object / array / NDJSON body; rec
// returns ok=false for a record that is not a call.
func parseFlatRecords(body []byte, d Defaults, rec func(f fields, i int, d Defaults) (Call, bool, Errors)) (Result, error) {
	var res Result
	var errs errList
	err := eachRecord(body, func(i int, raw json.RawMessage) bool {
		f, err := decodeFields(raw)
		if err != nil {
			errs.add(recordError(i, err))
			return !errs.full()
		}
		c, ok, e := rec(f, i, d)
		switch {
		case len(e) > 0:
			errs.add(e...)
		case !ok:
			res.Skipped++
		case errs.empty():
			res.Calls = append(res.Calls, c)
		}
		return !errs.full()
	})
	if err != nil {
		errs.add(&FieldError{Index: 0, Field: "body", Message: err.Error()})
	}
	if !errs.empty() {
		return Result{}, errs.result()
	}
	return res, nil
}

// recordError names the field of a decodeFields error.
func recordError(i int, err error) *FieldError {
	var ke *KeyError
	if errors.As(err, &ke) {
		return &FieldError{Index: i, Field: ke.Field, Message: ke.Message}
	}
	return &FieldError{Index: i, Field: "record", Message: err.Error()}
}

var errMissing = fmt.Errorf("missing")

func errNumber(s string) error { return fmt.Errorf("%q is not a valid number", truncate(s)) }

func errAddress(s string) error { return fmt.Errorf("%q is not an address", truncate(s)) }
