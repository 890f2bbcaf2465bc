package main

import (
	"strings"
	"testing"
)

// Errors say what was being done and name a bad value once (a newcomer read
// `"+1234567890123456": "+1234567890123456" is not E.164`).
func TestErrorTextsNameWhatAndTheValueOnce(t *testing.T) {
	const bad = "+1234567890123456"
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"number", "show", bad}, "showing a number: \"" + bad + "\" is not an E.164 number"},
		{[]string{"number", "claim", bad, "--key", "01", "--yes"}, "claiming a number: \"" + bad + "\" is not an E.164 number"},
		{[]string{"rate", "quote", "--seller", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "--to", bad, "--seconds", "60"}, "quoting: --to \"" + bad + "\" is not an E.164 number"},
		{[]string{"rate", "agreement", "propose", "--notice", "2 weeks", "--max-increase", "5%", "--valid-until", "2030-01-01", "--key", "01"}, "proposing an agreement: --notice \"2 weeks\" is not a duration (e.g. 14d"},
		{[]string{"rate", "agreement", "sign"}, "signing an agreement: give the request file"},
	} {
		_, msg, code := runDots(t, "", c.args...)
		if code != 2 || !strings.HasPrefix(msg, c.want) {
			t.Errorf("dots %s: exit %d %q, want exit 2 %q...", strings.Join(c.args, " "), code, msg, c.want)
		}
		if strings.Count(msg, bad) > 1 {
			t.Errorf("dots %s: %q names %s twice", strings.Join(c.args, " "), msg, bad)
		}
	}
}
