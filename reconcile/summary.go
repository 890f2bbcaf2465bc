package reconcile

import (
	"fmt"
	"strings"
	"time"
)

// Summary is the report's totals in a few lines of text (the CLI's and the devnet's).
func Summary(rep *Report) string {
	var b strings.Builder
	t := &rep.Totals
	fmt.Fprintf(&b, "reconcile %s with %s, calls set up %s .. %s (tolerance %d s)\n", rep.Operator.Hex(), rep.With.Hex(),
		time.Unix(int64(rep.From), 0).UTC().Format(time.RFC3339), time.Unix(int64(rep.To), 0).UTC().Format(time.RFC3339), rep.Tolerance)
	fmt.Fprintf(&b, "  CDRs: A %d (%d s), B %d (%d s); matched %d, only A %d, only B %d, mismatched %d, duplicates %d\n",
		t.CDRsA, t.BillableSecondsA, t.CDRsB, t.BillableSecondsB, t.Matched, t.OnlyA, t.OnlyB, t.Mismatched, t.Duplicates)
	if t.Priced > 0 {
		fmt.Fprintf(&b, "  cost of %d calls shown in full: A's deck %v wei, B's deck %v wei\n", t.Priced, t.CostA, t.CostB)
	}
	return b.String()
}
