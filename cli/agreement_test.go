package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A buyer proposes, the seller signs, a third account submits; the contract stores the terms
// (so the digest dots signs is the contract's), and every wrong step is refused with a reason.
func TestRateAgreementProposeSignSubmit(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	tc := startTestChain(t, ctx)
	buyer, seller := tc.addr(1), tc.addr(3)
	req := filepath.Join(tc.dir, "agreement.json")
	until := time.Now().Add(30 * 24 * time.Hour).Unix()
	mustRun(t, tc.args(1, "rate", "agreement", "propose", "--seller", seller, "--notice", "14d", "--max-increase", "2.5%",
		"--valid-until", fmt.Sprint(until), "--out", req)...)

	// submitting with one signature names the missing party
	if _, msg, code := runDots(t, "", tc.args(2, "rate", "agreement", "submit", req)...); code != 2 || !strings.Contains(msg, "lacks the seller's signature") || !strings.Contains(msg, seller) {
		t.Fatalf("submit with the buyer's signature only: exit %d %q", code, msg)
	}
	// an account that is no party cannot sign
	if _, msg, code := runDots(t, "", tc.args(4, "rate", "agreement", "sign", req)...); code != 2 || !strings.Contains(msg, "you are "+tc.addr(4)) {
		t.Fatalf("sign by a stranger: exit %d %q", code, msg)
	}
	// terms edited after the proposal are refused before anything is signed
	b, err := os.ReadFile(req)
	if err != nil {
		t.Fatal(err)
	}
	edited := filepath.Join(tc.dir, "edited.json")
	if err := os.WriteFile(edited, []byte(strings.Replace(string(b), `"maxIncreaseBps": 250`, `"maxIncreaseBps": 9000`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, msg, code := runDots(t, "", tc.args(3, "rate", "agreement", "sign", edited)...); code != 2 || !strings.Contains(msg, "do not match its digest") {
		t.Fatalf("sign an edited request: exit %d %q", code, msg)
	}

	mustRun(t, tc.args(3, "rate", "agreement", "sign", req)...)
	if _, msg, code := runDots(t, "", tc.args(3, "rate", "agreement", "sign", req)...); code != 2 || !strings.Contains(msg, "signed this request already") {
		t.Fatalf("second signature: exit %d %q", code, msg)
	}
	out := mustRun(t, tc.args(2, "rate", "agreement", "submit", req)...)
	if !strings.Contains(out, "14d notice, at most 2.5% per update") || !strings.Contains(out, "mined") {
		t.Fatalf("submit:\n%s", out)
	}

	var shown []agreementView
	jsonTail(t, mustRun(t, tc.args(-1, "rate", "agreement", "show", "--seller", seller, "--buyer", buyer, "--json")...), &shown)
	if len(shown) != 1 || shown[0].NoticeSeconds != 14*86400 || shown[0].MaxIncreaseBps != 250 || shown[0].ValidUntil != uint64(until) || !shown[0].InForce {
		t.Fatalf("agreement on chain: %+v", shown)
	}
	out = mustRun(t, tc.args(-1, "rate", "agreement", "show", "--seller", seller)...)
	if !strings.Contains(out, buyer) || !strings.Contains(out, "2.5%") {
		t.Fatalf("agreement show:\n%s", out)
	}
	// the agreement lengthens the seller's increase notice: an increase 10 days out is refused
	deck := filepath.Join(tc.dir, "deck.csv")
	if err := os.WriteFile(deck, []byte("prefix,rate\n44,0.01\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mustRun(t, tc.args(3, "rate", "publish", "--deck", deck, "--state-dir", filepath.Join(tc.dir, "s1"))...)
	up := filepath.Join(tc.dir, "up.csv")
	if err := os.WriteFile(up, []byte("prefix,rate\n44,0.0101\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	at := time.Now().Add(10 * 24 * time.Hour).UTC().Format(time.RFC3339)
	if _, msg, code := runDots(t, "", tc.args(3, "rate", "publish", "--deck", up, "--effective", at, "--check", "--state-dir", filepath.Join(tc.dir, "s2"))...); code != 1 || !strings.Contains(msg, "line 2") {
		t.Fatalf("increase with 10 days' notice under a 14-day agreement: exit %d %q", code, msg)
	}

	// the nonces are used: the same request cannot be sent twice
	if _, msg, code := runDots(t, "", tc.args(2, "rate", "agreement", "submit", req)...); code != 2 || !strings.Contains(msg, "stale") || !strings.Contains(msg, "propose again") {
		t.Fatalf("second submit: exit %d %q", code, msg)
	}
	// the proposer must be a party, and a party cannot agree with itself
	if _, msg, code := runDots(t, "", tc.args(1, "rate", "agreement", "propose", "--seller", buyer, "--notice", "1d", "--max-increase", "0%", "--valid-until", fmt.Sprint(until))...); code != 2 || !strings.Contains(msg, "both") {
		t.Fatalf("propose with itself: exit %d %q", code, msg)
	}
	if _, msg, code := runDots(t, "", tc.args(1, "rate", "agreement", "propose", "--seller", seller, "--notice", "400d", "--max-increase", "0%", "--valid-until", fmt.Sprint(until))...); code != 2 || !strings.Contains(msg, "365 days") {
		t.Fatalf("propose a notice too long: exit %d %q", code, msg)
	}
}

func TestParseSpanAndBps(t *testing.T) {
	for in, want := range map[string]time.Duration{"14d": 14 * 24 * time.Hour, "36h": 36 * time.Hour, "90": 90 * time.Second, "1h30m": 90 * time.Minute} {
		if got, err := parseSpan(in); err != nil || got != want {
			t.Errorf("parseSpan(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "d", "-1h", "x"} {
		if _, err := parseSpan(bad); err == nil {
			t.Errorf("parseSpan(%q) accepted", bad)
		}
	}
	for in, want := range map[string]uint16{"5%": 500, "2.5%": 250, "0%": 0, "0.01": 1, "655.35%": 65535} {
		if got, err := parseBps(in); err != nil || got != want {
			t.Errorf("parseBps(%q) = %v, %v; want %v", in, got, err, want)
		}
		if got, _ := parseBps(formatBps(want)); got != want {
			t.Errorf("formatBps(%d) = %q does not read back", want, formatBps(want))
		}
	}
	for _, bad := range []string{"", "%", "1.234%", "700%", "-1%", "five"} {
		if _, err := parseBps(bad); err == nil {
			t.Errorf("parseBps(%q) accepted", bad)
		}
	}
}
