package store

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dotsnet/dots/indexer/store/storetest"
)

var tests = []storetest.Test{
	{Name: "RollbackWipeAndMeta", Fn: testRollbackWipeAndMeta},
	{Name: "MigrationsOnceAndAgain", Fn: testMigrationsOnceAndAgain},
}

func TestSQLite(t *testing.T)   { storetest.Run(t, "sqlite", tests) }
func TestPostgres(t *testing.T) { storetest.Run(t, "postgres", tests) }

func testRollbackWipeAndMeta(t *testing.T, path string) {
	ctx := context.Background()
	extra := []string{`CREATE TABLE IF NOT EXISTS ev_x (block_number INTEGER NOT NULL, log_index INTEGER NOT NULL, v TEXT, PRIMARY KEY (block_number, log_index))`}
	db, err := Open(ctx, path, extra)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	got := db.Tables()
	for _, want := range []string{"blocks", "ev_x", "logs", "meta", "ev_cdranchor_batch_anchored"} {
		if !slices.Contains(got, want) {
			t.Fatalf("tables %v lack %s", got, want)
		}
	}
	if slices.Contains(got, MigrationsTable) {
		t.Fatalf("the migration history is among the index's tables (a wipe would erase it): %v", got)
	}
	tx := db.W.MustBegin()
	for n := 1; n <= 5; n++ {
		tx.MustExec(tx.Rebind(`INSERT INTO blocks VALUES(?,?,?,?)`), n, "h", "p", 100+n)
		tx.MustExec(tx.Rebind(`INSERT INTO ev_x VALUES(?,?,?)`), n, 0, "v")
	}
	if err := SetMeta(ctx, tx, MetaNextBlock, "6"); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if v, ok, err := MetaUint(ctx, db.R, MetaNextBlock); err != nil || !ok || v != 6 {
		t.Fatalf("next block from the read pool: %d %v %v", v, ok, err)
	}
	if v, err := Meta(ctx, db.W, "absent"); err != nil || v != "" {
		t.Fatalf("absent meta: %q %v", v, err)
	}
	// The read pool cannot write.
	if _, err := db.R.Exec(`DELETE FROM blocks`); err == nil {
		t.Fatal("the read pool wrote")
	}
	tx = db.W.MustBegin()
	if err := db.RollbackAbove(ctx, tx, 3); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	d, err := db.Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(d["blocks"]) != 3 || len(d["ev_x"]) != 3 || d["ev_x"][2] != "3|0|v" {
		t.Fatalf("after rolling back above 3: %v", d)
	}
	if v, _, _ := MetaUint(ctx, db.W, MetaNextBlock); v != 6 {
		t.Fatalf("a rollback touched meta: next %d", v)
	}
	tx = db.W.MustBegin()
	if err := db.Wipe(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	d, _ = db.Dump(ctx)
	for tb, rows := range d {
		if len(rows) != 0 {
			t.Fatalf("after a wipe %s has %v", tb, rows)
		}
	}
	if _, ok, _ := MetaUint(ctx, db.W, MetaNextBlock); ok {
		t.Fatal("a wipe kept the cursor")
	}
	// Meta that is not a number is an error, not a zero.
	if err := SetMeta(ctx, db.W, MetaNextBlock, "x"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := MetaUint(ctx, db.W, MetaNextBlock); err == nil {
		t.Fatal("a bad cursor read as a number")
	}
	if _, err := Open(ctx, "", nil); err == nil {
		t.Fatal("an empty path opened")
	}
}

// Opening runs the migrations once: a second Open (another process, or a restart) finds
// them applied and keeps the data; the history lists both versions.
func testMigrationsOnceAndAgain(t *testing.T, path string) {
	ctx := context.Background()
	db, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := SetMeta(ctx, db.W, MetaNextBlock, "42"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, _, err := MetaUint(ctx, db.R, MetaNextBlock); err != nil || v != 42 {
		t.Fatalf("after reopening: next %d %v", v, err)
	}
	var versions []int64
	if err := db.W.Select(&versions, `SELECT version_id FROM `+MigrationsTable+` WHERE version_id > 0 AND is_applied ORDER BY id`); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(versions, []int64{1, 2}) {
		t.Fatalf("migration history %v, want [1 2]", versions)
	}
}

func TestParseDB(t *testing.T) {
	for _, c := range []struct {
		in     string
		engine Engine
		target string
		err    string
	}{
		{"indexer.db", SQLite, "indexer.db", ""},
		{"/var/lib/dots/ix.db", SQLite, "/var/lib/dots/ix.db", ""},
		{"sqlite://ix.db", SQLite, "ix.db", ""},
		{"sqlite:///abs/ix.db", SQLite, "/abs/ix.db", ""},
		{"postgres://dots@127.0.0.1:5432/ix", Postgres, "postgres://dots@127.0.0.1:5432/ix", ""},
		{"postgresql://h/ix?sslmode=disable", Postgres, "postgresql://h/ix?sslmode=disable", ""},
		{"", "", "", "no database given"},
		{"postgres:///ix", "", "", "no host"},
		{"sqlite://", "", "", "no file"},
		{"sqlite://ix.db?mode=ro", "", "", "options are not taken from the URL"},
		{"mysql://h/ix", "", "", "unknown scheme"},
	} {
		e, target, err := ParseDB(c.in)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("ParseDB(%q): %v, want an error with %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || e != c.engine || target != c.target {
			t.Errorf("ParseDB(%q) = %s %q %v, want %s %q", c.in, e, target, err, c.engine, c.target)
		}
	}
}

func FuzzParseDB(f *testing.F) {
	for _, s := range []string{"ix.db", "sqlite://ix.db", "postgres://u:p@h:1/db", "postgres:///x", "x://y", "a/b://c", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, target, err := ParseDB(s)
		if err != nil {
			return
		}
		switch e {
		case SQLite:
			if target == "" {
				t.Fatalf("%q: SQLite with no file", s)
			}
		case Postgres:
			if !strings.Contains(s, "://") {
				t.Fatalf("%q: PostgreSQL without a URL", s)
			}
		default:
			t.Fatalf("%q: engine %q", s, e)
		}
	})
}
