package devnet

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"github.com/dotsnet/dots/oracle"
	"github.com/dotsnet/dots/sqldb"
)

// startOracleA2 runs a second oracle of operator A on the same PostgreSQL database as the
// first (acfg, with its own API address): both ingest, and the one holding the store's
// lead lock runs the batcher. It returns the API's URL once it listens; errc receives the
// oracle's end.
func startOracleA2(ctx context.Context, wg *sync.WaitGroup, acfg oracle.Config, log *slog.Logger, errc chan<- error) (string, error) {
	if t, err := sqldb.Parse(acfg.DB); err != nil || t.Engine != sqldb.Postgres {
		return "", fmt.Errorf("a second oracle needs a PostgreSQL database, not %q", acfg.DB)
	}
	cfg := acfg
	cfg.Listen, cfg.MetricsListen, cfg.MetricsReady = "127.0.0.1:0", "", nil
	ready := make(chan string, 1)
	done := make(chan error, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		err := oracle.Run(ctx, cfg, log.With("component", "oracle-a2"), func(a string) { ready <- a })
		done <- err
		if err != nil {
			select { // A's oracle may have reported its end already
			case errc <- fmt.Errorf("oracle A2: %w", err):
			default:
			}
		}
	}()
	select {
	case a := <-ready:
		return "http://" + a, nil
	case err := <-done:
		return "", fmt.Errorf("starting oracle A2: %w", err)
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// redactDB is a database URL without its password, for the devnet's output.
func redactDB(db string) string {
	t, err := sqldb.Parse(db)
	if err != nil {
		return "?"
	}
	return t.String()
}
