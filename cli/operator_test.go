package main

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestOperatorCommands(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	tc := startTestChain(t, ctx)
	op := tc.addr(3)
	if _, msg, code := runDots(t, "", tc.args(3, "operator", "register", "--amount", "10", "--payout", tc.addr(4))...); code != 2 || !strings.Contains(msg, "BondBelowMinimum") {
		t.Fatalf("register below the minimum bond: exit %d %q", code, msg)
	}
	mustRun(t, tc.args(3, "operator", "register", "--amount", "1500", "--payout", tc.addr(4), "--metadata", "https://op3.example")...)
	mustRun(t, tc.args(3, "operator", "bond", "--amount", "100.5")...)
	mustRun(t, tc.args(3, "operator", "unbond", "--amount", "600")...)
	var v operatorView
	jsonTail(t, mustRun(t, tc.args(-1, "operator", "show", op, "--json")...), &v)
	if v.Status != "registered" || !v.Active || v.Bond != "1000.5 DOTS" || v.Unbonding != "600 DOTS" || v.Payout.Hex() != tc.addr(4) {
		t.Fatalf("show: %+v", v)
	}
	if _, msg, code := runDots(t, "", tc.args(3, "operator", "withdraw")...); code != 2 || !strings.Contains(msg, "UnbondingNotDue") {
		t.Fatalf("early withdraw: exit %d %q", code, msg)
	}
	mustRun(t, tc.args(3, "operator", "payout", "--to", tc.addr(5))...)
	out := mustRun(t, tc.args(-1, "operator", "show", op)...)
	if !strings.Contains(out, "payout     "+tc.addr(5)) || !strings.Contains(out, "unbonding  600 DOTS (withdrawable ") {
		t.Fatalf("show:\n%s", out)
	}
	var rows []batchView
	jsonTail(t, mustRun(t, tc.args(-1, "operator", "batches", op, "--json")...), &rows)
	if len(rows) != 0 {
		t.Fatalf("batches of a new operator: %+v", rows)
	}
	if _, msg, code := runDots(t, "", tc.args(-1, "operator", "show", "nothex")...); code != 2 || !strings.Contains(msg, "operator's address") {
		t.Fatalf("bad address: exit %d %q", code, msg)
	}
}
