package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"time"
)

// deckRow is one row of a wholesale A-Z rate deck.
type deckRow struct {
	Line        int // line in the file (the header is line 1)
	Prefix      string
	Description string
	Rate        *big.Int // token wei per minute
	ConnectFee  *big.Int
	Initial     uint32
	Subsequent  uint32
	Effective   uint64 // unix seconds; 0: the publish's default
}

// deck columns by the names decks use for them (lower case, letters only).
var deckColumns = map[string]string{
	"prefix": "prefix", "code": "prefix", "dialcode": "prefix", "destinationcode": "prefix",
	"description": "description", "destination": "description", "name": "description", "country": "description",
	"rate": "rate", "rateperminute": "rate", "price": "rate", "perminute": "rate", "ratemin": "rate",
	"connectfee": "connect", "connect": "connect", "connection": "connect", "connectionfee": "connect", "setupfee": "connect",
	"initial": "initial", "initialincrement": "initial", "minimum": "initial", "firstincrement": "initial",
	"subsequent": "subsequent", "subsequentincrement": "subsequent", "increment": "subsequent", "nextincrement": "subsequent",
	"increments": "increments", "billing": "increments", "billingincrement": "increments",
	"effective": "effective", "effectivedate": "effective", "effectivefrom": "effective", "date": "effective", "effectivetime": "effective",
}

func columnKey(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return deckColumns[b.String()]
}

// parseDeck reads a CSV deck whose first row names the columns: prefix and rate are
// required; description, connect fee, initial/subsequent increments (or one "increments"
// column as "60/60") and an effective date per row are optional (increments default to
// 60/60, the connect fee to 0). Amounts are in DOTS. Every bad row is reported.
func parseDeck(r io.Reader) ([]deckRow, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("reading the deck's header row: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		if k := columnKey(strings.TrimPrefix(h, "\ufeff")); k != "" {
			if _, dup := col[k]; dup {
				return nil, fmt.Errorf("header row: two columns mean %s (%q)", k, h)
			}
			col[k] = i
		}
	}
	for _, need := range []string{"prefix", "rate"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("header row %q has no %s column (named e.g. prefix, code; rate, rate per minute)", strings.Join(head, ","), need)
		}
	}
	var rows []deckRow
	var bad []string
	seen := map[string]int{}
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading the deck: %w", err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		get := func(k string) string {
			if i, ok := col[k]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		row, err := parseDeckRow(line, get)
		if err != nil {
			bad = append(bad, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		key := row.Prefix + "@" + strconv.FormatUint(row.Effective, 10)
		if prev, dup := seen[key]; dup {
			bad = append(bad, fmt.Sprintf("line %d: prefix %s again with the same effective date (first on line %d)", line, row.Prefix, prev))
			continue
		}
		seen[key] = line
		rows = append(rows, row)
	}
	if len(bad) > 0 {
		if len(bad) > 20 {
			bad = append(bad[:20], fmt.Sprintf("... and %d more", len(bad)-20))
		}
		return nil, fmt.Errorf("the deck has bad rows:\n  %s", strings.Join(bad, "\n  "))
	}
	if len(rows) == 0 {
		return nil, errors.New("the deck has no rows after its header")
	}
	return rows, nil
}

func parseDeckRow(line int, get func(string) string) (deckRow, error) {
	row := deckRow{Line: line, Description: get("description"), Initial: 60, Subsequent: 60, ConnectFee: new(big.Int)}
	p := strings.TrimPrefix(get("prefix"), "+")
	if p == "" || len(p) > 15 || p[0] == '0' || strings.Trim(p, "0123456789") != "" {
		return row, fmt.Errorf("prefix %q: want 1 to 15 digits, no leading zero", get("prefix"))
	}
	row.Prefix = p
	var err error
	if row.Rate, err = parseDOTS(get("rate")); err != nil {
		return row, fmt.Errorf("rate: %w", err)
	}
	if s := get("connect"); s != "" {
		if row.ConnectFee, err = parseDOTS(s); err != nil {
			return row, fmt.Errorf("connect fee: %w", err)
		}
	}
	inc := func(s, what string) (uint32, error) {
		n, err := strconv.ParseUint(s, 10, 16)
		if err != nil || n == 0 {
			return 0, fmt.Errorf("%s increment %q: want 1 to 65535 seconds", what, s)
		}
		return uint32(n), nil
	}
	if s := get("increments"); s != "" {
		a, b, ok := strings.Cut(s, "/")
		if !ok {
			return row, fmt.Errorf("increments %q: want initial/subsequent, e.g. 60/60", s)
		}
		if row.Initial, err = inc(a, "initial"); err != nil {
			return row, err
		}
		if row.Subsequent, err = inc(b, "subsequent"); err != nil {
			return row, err
		}
	}
	if s := get("initial"); s != "" {
		if row.Initial, err = inc(s, "initial"); err != nil {
			return row, err
		}
	}
	if s := get("subsequent"); s != "" {
		if row.Subsequent, err = inc(s, "subsequent"); err != nil {
			return row, err
		}
	}
	if s := get("effective"); s != "" {
		t, err := parseWhen(s)
		if err != nil {
			return row, fmt.Errorf("effective date: %w", err)
		}
		row.Effective = uint64(t.Unix())
	}
	return row, nil
}

// parseWhen reads a time: RFC 3339, "2006-01-02 15:04[:05]" or "2006-01-02" (UTC), or unix seconds.
func parseWhen(s string) (time.Time, error) {
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && n > 0 {
		return time.Unix(n, 0), nil
	}
	for _, f := range []string{time.RFC3339, "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(f, s, time.UTC); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q: want a date (2026-12-01), a date and time (2026-12-01 09:00, UTC), RFC 3339 or unix seconds", s)
}
