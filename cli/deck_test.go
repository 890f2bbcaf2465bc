package main

import (
	"strings"
	"testing"
)

func TestParseDeckVariants(t *testing.T) {
	for name, deck := range map[string]string{
		"with description":    "Prefix,Description,Rate,Connect Fee,Initial,Subsequent\n44,UK,0.01,0,1,1\n1415,US SF,0.002,0.0005,60,6\n",
		"without description": "code,rate per minute,increments\n44,0.01,1/1\n1415,0.002,60/6\n",
		"effective per row":   "prefix,description,rate,effective date\n44,UK,0.01,2027-01-01\n1415,\"San Francisco, CA\",0.002,2027-01-01 09:00\n",
	} {
		rows, err := parseDeck(strings.NewReader(deck))
		if err != nil || len(rows) != 2 || rows[0].Prefix != "44" || rows[1].Prefix != "1415" || rows[0].Rate.String() != "10000000000000000" {
			t.Errorf("%s: %v %+v", name, err, rows)
		}
	}
	rows, _ := parseDeck(strings.NewReader("prefix,rate,effective\n44,0.01,2027-01-01 09:00\n"))
	if rows[0].Effective != 1798794000 {
		t.Errorf("effective %d", rows[0].Effective)
	}
	_, err := parseDeck(strings.NewReader("prefix,rate,increments\n44,0.01,1/1\n044,0.01,1/1\n45,x,1/1\n46,0.01,0/1\n44,0.02,1/1\n"))
	for _, want := range []string{"line 3: prefix", "line 4: rate", "line 5: initial increment", "line 6: prefix 44 again"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("bad rows: %v lacks %q", err, want)
		}
	}
	if _, err := parseDeck(strings.NewReader("destination,price\n")); err == nil || !strings.Contains(err.Error(), "prefix column") {
		t.Errorf("no prefix column: %v", err)
	}
}

func FuzzParseDeck(f *testing.F) {
	f.Add("prefix,rate\n44,0.01\n")
	f.Add("code,description,rate,connect,increments,effective\n1415,\"x, y\",0.002,0,60/6,2027-01-01\n")
	f.Fuzz(func(t *testing.T, s string) {
		rows, err := parseDeck(strings.NewReader(s))
		if err == nil {
			for _, r := range rows {
				if r.Prefix == "" || r.Rate == nil || r.Initial == 0 || r.Subsequent == 0 {
					t.Fatalf("accepted a bad row %+v", r)
				}
			}
		}
	})
}
