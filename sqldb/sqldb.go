// Package sqldb is what the DOTS stores share about their database: the --db URL that
// picks the engine (a file path or sqlite://... for SQLite, postgres://... for
// PostgreSQL through pgx) and the versioned schema migrations (goose), one history per
// store with the same version numbers in both dialects.
package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"log/slog"
	"net/url"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
)

// Engine is a database engine.
type Engine string

// The engines.
const (
	SQLite   Engine = "sqlite"
	Postgres Engine = "postgres"
)

// Target is a parsed --db value.
type Target struct {
	Engine Engine
	// Path is the SQLite file (SQLite only).
	Path string
	// URL is the PostgreSQL connection URL, as given (PostgreSQL only).
	URL string
}

// Parse reads a --db value: postgres://... or postgresql://... is PostgreSQL;
// sqlite://PATH (sqlite:///abs/path for an absolute one) or a plain file path is SQLite.
// Any other scheme is an error, so a misspelt URL never becomes a file of that name.
func Parse(s string) (Target, error) {
	if strings.TrimSpace(s) == "" {
		return Target{}, errors.New("no database given")
	}
	scheme, rest, ok := strings.Cut(s, "://")
	if !ok {
		return Target{Engine: SQLite, Path: s}, nil
	}
	switch strings.ToLower(scheme) {
	case "postgres", "postgresql":
		u, err := url.Parse(s)
		if err != nil {
			return Target{}, fmt.Errorf("database URL: %w", err)
		}
		if u.Host == "" && u.Query().Get("host") == "" {
			return Target{}, errors.New("database URL: no host")
		}
		return Target{Engine: Postgres, URL: s}, nil
	case "sqlite", "sqlite3", "file":
		if rest == "" {
			return Target{}, fmt.Errorf("database URL %q: no file", s)
		}
		if i := strings.IndexByte(rest, '?'); i >= 0 {
			return Target{}, fmt.Errorf("database URL %q: SQLite options are not taken from the URL", s)
		}
		return Target{Engine: SQLite, Path: rest}, nil
	}
	if strings.ContainsAny(scheme, "/\\. ") {
		return Target{Engine: SQLite, Path: s}, nil // a path with "://" in it
	}
	return Target{}, fmt.Errorf("database URL %q: unknown scheme %q (want a file path, sqlite://FILE or postgres://...)", s, scheme)
}

// String is the target without a password, for logs.
func (t Target) String() string {
	if t.Engine == SQLite {
		return t.Path
	}
	u, err := url.Parse(t.URL)
	if err != nil {
		return "postgres://?"
	}
	return u.Redacted()
}

// Migrate brings db's schema up to the newest migration in fsys (goose's SQL files,
// NNNNN_name.sql, of the engine's dialect), recording the history in the table named
// table. Several processes may migrate one PostgreSQL database at once: a session
// advisory lock makes them take turns.
func Migrate(ctx context.Context, db *sql.DB, e Engine, fsys fs.FS, table string, log *slog.Logger) error {
	dialect := goose.DialectSQLite3
	var opts []goose.ProviderOption
	if e == Postgres {
		dialect = goose.DialectPostgres
		// One lock per history (the stores may share a database), probed every second.
		h := fnv.New64a()
		h.Write([]byte("dots-migrations:" + table))
		l, err := lock.NewPostgresSessionLocker(lock.WithLockID(int64(h.Sum64()>>1)), lock.WithLockTimeout(1, 600))
		if err != nil {
			return fmt.Errorf("migrations: %w", err)
		}
		opts = append(opts, goose.WithSessionLocker(l))
	}
	opts = append(opts, goose.WithTableName(table), goose.WithDisableGlobalRegistry(true))
	p, err := goose.NewProvider(dialect, db, fsys, opts...)
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	res, err := p.Up(ctx)
	if err != nil {
		return fmt.Errorf("migrating the schema: %w", err)
	}
	if log != nil {
		for _, r := range res {
			log.Info("schema migrated", "table", table, "version", r.Source.Version, "file", r.Source.Path, "took", r.Duration)
		}
	}
	return nil
}
