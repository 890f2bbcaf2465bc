package main

import "testing"

func TestKeyOnCommandLine(t *testing.T) {
	for _, c := range []struct {
		args []string
		want bool
	}{
		{[]string{"oracle", "--key", "ab"}, true},
		{[]string{"oracle", "--key=ab"}, true},
		{[]string{"oracle", "-key", "ab"}, true},
		{[]string{"oracle", "--key-file", "k"}, false},
		{[]string{"oracle", "--config", "c.json"}, false},
		{[]string{"oracle", "--", "--key"}, false},
	} {
		if got := keyOnCommandLine(c.args); got != c.want {
			t.Errorf("%q: %v, want %v", c.args, got, c.want)
		}
	}
}
