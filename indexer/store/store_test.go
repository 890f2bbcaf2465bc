package store

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
)

func TestRollbackWipeAndMeta(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "idx.db")
	extra := []string{`CREATE TABLE IF NOT EXISTS ev_x (block_number INTEGER NOT NULL, log_index INTEGER NOT NULL, v TEXT, PRIMARY KEY (block_number, log_index))`}
	db, err := Open(ctx, path, extra)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got := db.Tables(); !reflect.DeepEqual(got, []string{"blocks", "ev_x", "logs", "meta"}) {
		t.Fatalf("tables %v", got)
	}
	tx := db.W.MustBegin()
	for n := 1; n <= 5; n++ {
		tx.MustExec(`INSERT INTO blocks VALUES(?,?,?,?)`, n, "h", "p", 100+n)
		tx.MustExec(`INSERT INTO ev_x VALUES(?,?,?)`, n, 0, "v")
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
