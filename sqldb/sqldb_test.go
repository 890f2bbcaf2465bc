package sqldb

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in     string
		engine Engine
		path   string
		bad    bool
	}{
		{in: "oracle.db", engine: SQLite, path: "oracle.db"},
		{in: "/var/lib/dots/oracle.db", engine: SQLite, path: "/var/lib/dots/oracle.db"},
		{in: "sqlite://oracle.db", engine: SQLite, path: "oracle.db"},
		{in: "sqlite:///var/lib/o.db", engine: SQLite, path: "/var/lib/o.db"},
		{in: "postgres://u:pw@127.0.0.1:5432/dots?sslmode=disable", engine: Postgres},
		{in: "postgresql://127.0.0.1/dots", engine: Postgres},
		{in: "postgres:///dots?host=/run/postgresql", engine: Postgres},
		{in: "./dir://x/o.db", engine: SQLite, path: "./dir://x/o.db"},
		{in: "", bad: true},
		{in: "   ", bad: true},
		{in: "mysql://h/db", bad: true},
		{in: "sqlite://", bad: true},
		{in: "sqlite://o.db?_journal_mode=DELETE", bad: true},
		{in: "postgres:///dots", bad: true},
		{in: "postgres://%zz/db", bad: true},
	} {
		got, err := Parse(c.in)
		if c.bad {
			if err == nil {
				t.Errorf("Parse(%q) = %+v, want an error", c.in, got)
			}
			continue
		}
		if err != nil || got.Engine != c.engine || got.Path != c.path || (c.engine == Postgres && got.URL != c.in) {
			t.Errorf("Parse(%q) = %+v, %v", c.in, got, err)
		}
	}
	tg, _ := Parse("postgres://u:secret@h/db")
	if strings.Contains(tg.String(), "secret") {
		t.Fatalf("String shows the password: %s", tg)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"oracle.db", "sqlite:///a", "postgres://u:p@h:1/d?x=y", "mysql://", "a://b://c", "postgres://%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := Parse(s)
		if err != nil {
			return
		}
		switch got.Engine {
		case SQLite:
			if got.Path == "" || got.URL != "" {
				t.Fatalf("Parse(%q) = %+v", s, got)
			}
		case Postgres:
			if got.URL != s || got.Path != "" {
				t.Fatalf("Parse(%q) = %+v", s, got)
			}
			_ = got.String()
		default:
			t.Fatalf("Parse(%q): engine %q", s, got.Engine)
		}
	})
}
