package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"
)

func jsonFlag() cli.Flag { return &cli.BoolFlag{Name: "json", Usage: "print JSON instead of columns"} }

// printOut prints v as JSON with --json, otherwise calls human.
func printOut(c *cli.Context, v any, human func()) error {
	if c.Bool("json") {
		b, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return cli.Exit("encoding JSON: "+err.Error(), 2)
		}
		fmt.Fprintln(c.App.Writer, string(b))
		return nil
	}
	human()
	return nil
}

type table struct{ w *tabwriter.Writer }

func newTable(w io.Writer, head ...string) *table {
	t := &table{tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)}
	t.row(head...)
	return t
}
func (t *table) row(cols ...string) { fmt.Fprintln(t.w, strings.Join(cols, "\t")) }
func (t *table) flush()             { t.w.Flush() }

var tokenUnit = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// formatDOTS prints an amount of DOTS (18 decimals) with its decimals, trailing zeros cut.
func formatDOTS(a *big.Int) string {
	if a == nil {
		return "0 DOTS"
	}
	neg := a.Sign() < 0
	q, r := new(big.Int).QuoRem(new(big.Int).Abs(a), tokenUnit, new(big.Int))
	s := q.String()
	if r.Sign() != 0 {
		f := fmt.Sprintf("%018s", r.String())
		s += "." + strings.TrimRight(f, "0")
	}
	if neg {
		s = "-" + s
	}
	return s + " DOTS"
}

// parseDOTS reads "12.5" (DOTS) into base units.
func parseDOTS(s string) (*big.Int, error) {
	s = strings.TrimSuffix(strings.TrimSpace(s), " DOTS")
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 18 || whole == "" && frac == "" {
		return nil, fmt.Errorf("%q is not an amount of DOTS (at most 18 decimals, e.g. 12.5)", s)
	}
	n, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", 18-len(frac)), 10)
	if !ok || n.Sign() < 0 {
		return nil, fmt.Errorf("%q is not an amount of DOTS (e.g. 12.5)", s)
	}
	return n, nil
}

// formatTime prints a unix time in local time with the zone; 0 prints "-".
func formatTime(unix uint64) string {
	if unix == 0 {
		return "-"
	}
	return time.Unix(int64(unix), 0).Local().Format("2006-01-02 15:04:05 MST")
}
