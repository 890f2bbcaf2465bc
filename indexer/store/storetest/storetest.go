// Package storetest runs a package's store-backed tests on both engines of the index: SQLite
// (a file in the test's temporary directory) and PostgreSQL (one throwaway server per run,
// package pgtest, a fresh database per test).
package storetest

import (
	"path/filepath"
	"testing"

	"github.com/dotsnet/dots/pgtest"
)

// Test is one test that runs against a database given by its --db value (Fn), or that
// makes databases of the engine itself (FnNew: newDB gives a fresh one each call).
type Test struct {
	Name  string
	Fn    func(t *testing.T, db string)
	FnNew func(t *testing.T, newDB func(t *testing.T) string)
}

// Engines are the engines Run takes.
var Engines = []string{"sqlite", "postgres"}

// Run runs tests on engine ("sqlite" or "postgres"), each as a subtest with a fresh database.
func Run(t *testing.T, engine string, tests []Test) {
	t.Helper()
	newDB := func(t *testing.T) string { return filepath.Join(t.TempDir(), "index.db") }
	if engine == "postgres" {
		srv := pgtest.Start(t)
		newDB = func(t *testing.T) string { return srv.NewDB(t) }
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			if tc.FnNew != nil {
				tc.FnNew(t, newDB)
				return
			}
			tc.Fn(t, newDB(t))
		})
	}
}

// SQLite is a fresh SQLite database for t (for fuzz tests and benchmarks, which run on it only).
func SQLite(t testing.TB) string { return filepath.Join(t.TempDir(), "index.db") }
