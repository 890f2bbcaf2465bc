package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// The dispute id and vote arguments: an accepted id is positive and reads back the same; an
// accepted vote is REJECT or UPHOLD; nothing panics.
func FuzzDisputeArgs(f *testing.F) {
	for _, s := range []string{"1", " 42 ", "0", "-3", "007", "1e3", "uphold", "REJECT", "", "115792089237316195423570985008687907853269984665640564039457584007913129639936"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if n, err := parseID(s, "id"); err == nil {
			if n.Sign() <= 0 || n.BitLen() > 256 {
				t.Fatalf("parseID(%q) = %s", s, n)
			}
			if m, err := parseID(n.String(), "id"); err != nil || m.Cmp(n) != 0 {
				t.Fatalf("parseID(%q) = %s does not read back: %v %v", s, n, m, err)
			}
		}
		if c, err := parseChoice(s); err == nil && c != choiceReject && c != choiceUphold {
			t.Fatalf("parseChoice(%q) = %d", s, c)
		}
	})
}

// A juror's state files as found on disk (damaged, edited, truncated): reading them either
// fails with an error or gives values that write back and read again unchanged.
func FuzzJurorStateFiles(f *testing.F) {
	f.Add([]byte(`{"dispute":"1","round":0,"choice":2,"salt":"0x0102","commitment":"0x0000000000000000000000000000000000000000000000000000000000000001"}`))
	f.Add([]byte(`{"scannedBlock":12,"disputes":{"1":false,"2":true}}`))
	f.Add([]byte(`{"dispute":"3","choice":"uphold","at":"2026-12-02T00:00:00Z"}`))
	f.Add([]byte(`{"salt":"0xzz"}`))
	f.Add([]byte(`{`))
	f.Fuzz(func(t *testing.T, b []byte) {
		dir := t.TempDir()
		file := filepath.Join(dir, "f.json")
		if err := os.WriteFile(file, b, 0o600); err != nil {
			t.Fatal(err)
		}
		check := func(v, again any) {
			ok, err := readJSON(file, v)
			if err != nil || !ok {
				return
			}
			out := filepath.Join(dir, "out.json")
			if err := writeJSON(out, v); err != nil {
				t.Fatalf("writing back %+v: %v", v, err)
			}
			if ok, err := readJSON(out, again); !ok || err != nil {
				t.Fatalf("reading back %+v: %v", v, err)
			}
			x, _ := json.Marshal(v)
			y, _ := json.Marshal(again)
			if string(x) != string(y) {
				t.Fatalf("round trip changed %s into %s", x, y)
			}
		}
		check(&pendingVote{}, &pendingVote{})
		check(&decision{}, &decision{})
		check(&watchState{}, &watchState{})
	})
}
