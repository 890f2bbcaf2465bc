package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// azDeck writes an n-row deck: prefixes 1000..., rate (i+1) milli-DOTS per minute.
func azDeck(t *testing.T, dir string, n int, rate func(i int) string) string {
	var b strings.Builder
	b.WriteString("Prefix,Description,Rate,Connect Fee,Increments\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "%d,Dest %d,%s,0.001,60/6\n", 44100000+i, i, rate(i))
	}
	p := filepath.Join(dir, fmt.Sprintf("deck-%d.csv", time.Now().UnixNano()))
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRatePublishAndQuote(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	tc := startTestChain(t, ctx)
	state := filepath.Join(tc.dir, "state")
	const n = 5000
	deck := azDeck(t, tc.dir, n, func(i int) string { k := i%1000 + 1; return fmt.Sprintf("%d.%03d", k/1000, k%1000) })
	start := time.Now()
	out := mustRun(t, tc.args(3, "rate", "publish", "--deck", deck, "--state-dir", state)...)
	t.Logf("published %d rows in %s: %s", n, time.Since(start), lastLine(out))
	if !strings.Contains(out, fmt.Sprintf("published %d rows", n)) || !strings.Contains(out, "per entry") {
		t.Fatalf("publish:\n%s", out)
	}
	at := time.Now().Add(10 * time.Minute).UTC().Format(time.RFC3339)
	for _, i := range []int{0, 1234, n - 1} {
		var q quoteView
		jsonTail(t, mustRun(t, tc.args(-1, "rate", "quote", "--seller", tc.addr(3), "--to", fmt.Sprintf("+%d555", 44100000+i), "--seconds", "90", "--at", at, "--json")...), &q)
		// 90 s at 60/6 bills 90 s: connect 0.001 + 1.5 min * rate
		rate := new(big.Int).Mul(big.NewInt(int64(i%1000+1)), big.NewInt(1e15))
		want := new(big.Int).Add(big.NewInt(1e15), new(big.Int).Div(new(big.Int).Mul(rate, big.NewInt(90)), big.NewInt(60)))
		if q.Prefix != fmt.Sprint(44100000+i) || q.CostWei != want.String() {
			t.Fatalf("quote row %d: %+v, want cost %s", i, q, want)
		}
	}
	var shown []rateEntryView
	jsonTail(t, mustRun(t, tc.args(-1, "rate", "show", "--seller", tc.addr(3), "--json")...), &shown)
	if len(shown) != n || shown[1234].Prefix != fmt.Sprint(44100000+1234) || shown[1234].Increments != "60/6" {
		t.Fatalf("rate show: %d entries, [1234] %+v", len(shown), shown[min(1234, len(shown)-1)])
	}
	out = mustRun(t, tc.args(-1, "rate", "show", "--seller", tc.addr(3), "--prefix", "+44100007")...)
	if !strings.Contains(out, "+44100007  0.008 DOTS  0.001 DOTS") {
		t.Fatalf("rate show --prefix:\n%s", out)
	}
	// before the deck is in force there is no rate: exit 1 with a message
	if _, msg, code := runDots(t, "", tc.args(-1, "rate", "quote", "--seller", tc.addr(3), "--to", "+44100000555", "--seconds", "90")...); code != 1 || !strings.Contains(msg, "no rate") {
		t.Fatalf("quote before the effective time: exit %d %q", code, msg)
	}
	// raising rates without the 7-day notice is refused before sending, naming the rows
	up := azDeck(t, tc.dir, 3, func(int) string { return "5" })
	if _, msg, code := runDots(t, "", tc.args(3, "rate", "publish", "--deck", up, "--state-dir", state, "--effective", at)...); code != 1 ||
		!strings.Contains(msg, "line 2 (prefix 44100000)") || !strings.Contains(msg, "line 4 (prefix 44100002)") || !strings.Contains(msg, "nothing was sent") {
		t.Fatalf("increase without notice: exit %d %q", code, msg)
	}
}

// A row the contract refuses is named by its line; a rerun resumes after the rows published.
func TestRatePublishResumesAndNamesTheRefusedRow(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	tc := startTestChain(t, ctx)
	state := filepath.Join(tc.dir, "state")
	var b strings.Builder
	b.WriteString("prefix,rate,effective\n")
	far := time.Now().Add(48 * time.Hour).Unix()
	for i := 0; i < 200; i++ {
		eff := far
		if i == 150 {
			// A longer prefix under row 49's (published by the first transaction), dearer, an
			// hour after row 49 takes effect: it raises a cost row 49 announced, without the
			// notice period. The deck check only compares a prefix with its own entries, so the
			// contract refuses it.
			fmt.Fprintf(&b, "%d0,0.02,%d\n", 33100000+49, far+3600)
			continue
		}
		fmt.Fprintf(&b, "%d,0.01,%d\n", 33100000+i, eff)
	}
	deck := filepath.Join(tc.dir, "deck.csv")
	os.WriteFile(deck, []byte(b.String()), 0o644)
	_, msg, code := runDots(t, "", tc.args(3, "rate", "publish", "--deck", deck, "--state-dir", state, "--per-tx", "100")...)
	if code != 2 || !strings.Contains(msg, "line 152") || !strings.Contains(msg, "100 rows published") {
		t.Fatalf("refused row: exit %d %q", code, msg)
	}
	out, msg, code := runDots(t, "", tc.args(3, "rate", "publish", "--deck", deck, "--state-dir", state, "--per-tx", "100")...)
	if code != 2 || !strings.Contains(out, "resuming: 100 of 200") || !strings.Contains(msg, "line 152") {
		t.Fatalf("resume: exit %d %q\n%s", code, msg, out)
	}
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	return s[strings.LastIndex(s, "\n")+1:]
}
