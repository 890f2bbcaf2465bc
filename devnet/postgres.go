package devnet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/dotsnet/dots/oracle"
	"github.com/dotsnet/dots/sqldb"
)

// startOracleA2 runs a second oracle of operator A, a separate `dots oracle` process (this
// executable) on the same PostgreSQL database as the first (acfg, with its own API address):
// both ingest, and the one holding the store's lead lock runs the batcher. Its config is
// oracle-a2.json and its log oracle-a2.log in dir. It returns the API's URL once it answers;
// errc receives the process's end if it ends before ctx; at ctx's end it gets SIGTERM.
func startOracleA2(ctx context.Context, wg *sync.WaitGroup, dir string, acfg oracle.Config, log *slog.Logger, errc chan<- error) (string, error) {
	if t, err := sqldb.Parse(acfg.DB); err != nil || t.Engine != sqldb.Postgres {
		return "", fmt.Errorf("a second oracle needs a PostgreSQL database, not %q", acfg.DB)
	}
	self, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("starting oracle A2: finding the dots executable: %w", err)
	}
	cfg := acfg
	if cfg.Listen, err = freeLoopback(); err != nil {
		return "", fmt.Errorf("starting oracle A2: %w", err)
	}
	cfg.MetricsListen, cfg.MetricsReady = "", nil
	b, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		return "", fmt.Errorf("starting oracle A2: encoding its config: %w", err)
	}
	cfgPath := filepath.Join(dir, "oracle-a2.json")
	if err := os.WriteFile(cfgPath, b, 0o600); err != nil {
		return "", fmt.Errorf("starting oracle A2: %w", err)
	}
	logf, err := os.OpenFile(filepath.Join(dir, "oracle-a2.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return "", fmt.Errorf("starting oracle A2: %w", err)
	}
	cmd := exec.CommandContext(ctx, self, "oracle", "--config", cfgPath)
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 10 * time.Second
	if err := cmd.Start(); err != nil {
		logf.Close()
		return "", fmt.Errorf("starting oracle A2: %w", err)
	}
	log.Info("oracle A2 started", "pid", cmd.Process.Pid, "config", cfgPath)
	done := make(chan error, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer logf.Close()
		err := cmd.Wait()
		if ctx.Err() != nil {
			err = nil // stopped by the devnet
		}
		done <- err
		if err != nil {
			select { // A's oracle may have reported its end already
			case errc <- fmt.Errorf("oracle A2 (log %s): %w", logf.Name(), err):
			default:
			}
		}
	}()
	url := "http://" + cfg.Listen
	client := &http.Client{Timeout: time.Second}
	for {
		if res, err := client.Get(url + "/healthz"); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return url, nil
			}
		}
		select {
		case err := <-done:
			if err == nil {
				err = errors.New("exited")
			}
			return "", fmt.Errorf("starting oracle A2 (log %s): %w", logf.Name(), err)
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// freeLoopback is a free TCP address on 127.0.0.1, for a child process to listen on.
func freeLoopback() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("finding a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().String(), nil
}

// redactDB is a database URL without its password, for the devnet's output.
func redactDB(db string) string {
	t, err := sqldb.Parse(db)
	if err != nil {
		return "?"
	}
	return t.String()
}
