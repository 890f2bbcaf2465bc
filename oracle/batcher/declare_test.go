package batcher

import (
	"errors"
	"math/big"
	"testing"
)

// TestDeclaredSeconds: what an anchor declares always fits CDRAnchor's bounds (count x
// maxCallSeconds, the day's seconds, growth <= rate x seconds), or the batch waits a day.
func TestDeclaredSeconds(t *testing.T) {
	base := SecondsBounds{Billable: 5000, Count: 10, Growth: big.NewInt(3000 * 1000), Rate: big.NewInt(1000),
		MaxCallSeconds: 3600, MaxDailySeconds: 100_000, Day: 7, DaySeconds: 0, Today: 7}
	for _, c := range []struct {
		name string
		edit func(*SecondsBounds)
		want uint64
		err  error // errWaitForDay, or any error when errAny
		fail bool
	}{
		{"plain", func(*SecondsBounds) {}, 5000, nil, false},
		{"long calls cut to count x max call", func(s *SecondsBounds) { s.Billable, s.Count = 90_000, 2 }, 7200, nil, false},
		{"day nearly used: down to what is left", func(s *SecondsBounds) { s.DaySeconds = 96_000 }, 4000, nil, false},
		{"day used up: wait", func(s *SecondsBounds) { s.DaySeconds = 98_000 }, 0, errWaitForDay, false},
		{"a new day starts afresh", func(s *SecondsBounds) { s.DaySeconds, s.Day = 99_999, 6 }, 5000, nil, false},
		{"growth rounds up", func(s *SecondsBounds) { s.Growth = big.NewInt(1) }, 5000, nil, false},
		{"no growth, no rewards", func(s *SecondsBounds) { s.Growth, s.Billable = new(big.Int), 0 }, 0, nil, false},
		{"growth beyond the batch", func(s *SecondsBounds) { s.Growth = big.NewInt(5001 * 1000) }, 0, nil, true},
		{"growth beyond a day", func(s *SecondsBounds) { s.MaxDailySeconds = 2000 }, 0, nil, true},
		{"growth at rate zero", func(s *SecondsBounds) { s.Rate = new(big.Int) }, 0, nil, true},
	} {
		s := base
		c.edit(&s)
		got, err := DeclaredSeconds(s)
		switch {
		case c.fail:
			if err == nil || errors.Is(err, errWaitForDay) {
				t.Errorf("%s: %d, %v; want an error", c.name, got, err)
			}
			continue
		case c.err != nil:
			if !errors.Is(err, c.err) {
				t.Errorf("%s: %d, %v; want %v", c.name, got, err, c.err)
			}
			continue
		case err != nil:
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got != c.want {
			t.Errorf("%s: declared %d, want %d", c.name, got, c.want)
		}
		// the bounds CDRAnchor checks
		used := uint64(0)
		if s.Day == s.Today {
			used = s.DaySeconds
		}
		if got > s.Count*s.MaxCallSeconds || used+got > s.MaxDailySeconds ||
			new(big.Int).Mul(s.Rate, new(big.Int).SetUint64(got)).Cmp(s.Growth) < 0 {
			t.Errorf("%s: %d s does not fit CDRAnchor's bounds", c.name, got)
		}
	}
}
