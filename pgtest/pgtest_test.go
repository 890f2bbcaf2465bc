package pgtest

import (
	"context"
	"database/sql"
	"testing"
)

// Two databases on one server are separate: a table made in one is absent from the other.
func TestStartAndNewDB(t *testing.T) {
	srv := Start(t)
	ctx := context.Background()
	a, err := sql.Open("pgx", srv.NewDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := sql.Open("pgx", srv.NewDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := a.ExecContext(ctx, "CREATE TABLE x (v int); INSERT INTO x VALUES (42)"); err != nil {
		t.Fatalf("create in a: %v", err)
	}
	var v int
	if err := a.QueryRowContext(ctx, "SELECT v FROM x").Scan(&v); err != nil || v != 42 {
		t.Fatalf("read back from a: %d, %v", v, err)
	}
	if err := b.QueryRowContext(ctx, "SELECT v FROM x").Scan(&v); err == nil {
		t.Fatal("table x visible in the other database")
	}
}
