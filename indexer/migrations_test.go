package indexer

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/indexer/events"
)

var updateMigrations = flag.Bool("update-migrations", false, "rewrite store/migrations/*/00002_events.sql from the bindings' ABIs")

// eventsMigration is migration 00002 of a dialect: the DOTS event tables as the decoder
// declares them for the ABIs of the bindings.
func eventsMigration(ddl []string, tables []string) string {
	var b strings.Builder
	b.WriteString("-- +goose Up\n-- Generated from the bindings' ABIs by go test ./indexer -run TestEventMigrations -update-migrations.\n")
	for _, s := range ddl {
		b.WriteString(s + ";\n")
	}
	b.WriteString("\n-- +goose Down\n")
	for i := len(tables) - 1; i >= 0; i-- {
		b.WriteString("DROP TABLE " + tables[i] + ";\n")
	}
	return b.String()
}

// The migrations create exactly the event tables the decoder writes, in both dialects: an ABI
// change fails here until a migration covers it (regenerate 00002 before the first release,
// add a new version after).
func TestEventMigrations(t *testing.T) {
	dec, err := events.New(Contracts(&deploy.Deployment{}))
	if err != nil {
		t.Fatal(err)
	}
	for dir, ddl := range map[string][]string{"sqlite": dec.Schema(), "postgres": dec.SchemaPostgres()} {
		path := "store/migrations/" + dir + "/00002_events.sql"
		want := eventsMigration(ddl, dec.Tables())
		if *updateMigrations {
			if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s does not create the decoder's tables: go test ./indexer -run TestEventMigrations -update-migrations", path)
		}
	}
}
