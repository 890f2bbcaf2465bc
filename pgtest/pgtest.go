// Package pgtest starts a throwaway PostgreSQL server for tests: initdb and pg_ctl from the
// Debian packages (postgresql), a data directory in a temporary directory, a free port on
// 127.0.0.1, trust authentication, and a stop at the test's cleanup. It runs the server as the
// unprivileged `postgres` user when the test runs as root (initdb refuses root).
//
// One server per Start; NewDB gives each test its own empty database on it, so a test matrix
// pays initdb once.
package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx"
)

// Server is a running PostgreSQL started by Start.
type Server struct {
	// Port is the TCP port on 127.0.0.1.
	Port int
	// Dir holds the data directory and the socket.
	Dir string

	bin   string
	runAs *user.User
	dbs   atomic.Int64
}

// Start starts a server for the test and stops it (fast shutdown) at cleanup. It skips the test
// with the reason when PostgreSQL is not installed and DOTS_REQUIRE_POSTGRES is unset; CI sets
// it, so a missing server fails there instead of passing silently.
func Start(t testing.TB) *Server {
	t.Helper()
	bin, err := BinDir()
	if err != nil {
		if os.Getenv("DOTS_REQUIRE_POSTGRES") != "" {
			t.Fatalf("pgtest: %v", err)
		}
		t.Skipf("pgtest: %v (install postgresql, e.g. bash scripts/setup.sh)", err)
	}
	s := &Server{bin: bin}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Fatalf("pgtest: running as root needs the unprivileged postgres user: %v", err)
		}
		s.runAs = u
	}
	dir, err := os.MkdirTemp("", "pgtest-")
	if err != nil {
		t.Fatalf("pgtest: make data directory: %v", err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	s.Dir = dir
	if err := s.chown(dir); err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	data := filepath.Join(dir, "data")
	if out, err := s.run("initdb", "-D", data, "-U", "postgres", "--auth=trust", "--no-sync",
		"-E", "UTF8", "--locale=C"); err != nil {
		t.Fatalf("pgtest: initdb: %v\n%s", err, out)
	}
	// A free port can be taken by someone else between the probe and the server's bind: retry.
	var lastOut []byte
	for attempt := 0; attempt < 5; attempt++ {
		port, err := freePort()
		if err != nil {
			t.Fatalf("pgtest: find a free port: %v", err)
		}
		opts := fmt.Sprintf("-c listen_addresses=127.0.0.1 -p %d -k %s -c fsync=off "+
			"-c synchronous_commit=off -c full_page_writes=off -c max_connections=200", port, dir)
		out, err := s.run("pg_ctl", "-D", data, "-o", opts, "-l", filepath.Join(dir, "server.log"),
			"-w", "-t", "60", "start")
		if err == nil {
			s.Port = port
			t.Cleanup(func() {
				if out, err := s.run("pg_ctl", "-D", data, "-m", "fast", "-w", "stop"); err != nil {
					t.Logf("pgtest: stop: %v\n%s", err, out)
				}
			})
			return s
		}
		lastOut = out
		log, _ := os.ReadFile(filepath.Join(dir, "server.log"))
		lastOut = append(lastOut, log...)
	}
	t.Fatalf("pgtest: pg_ctl start failed five times:\n%s", lastOut)
	return nil
}

// URL is the connection URL of database name on the server.
func (s *Server) URL(name string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.Port, name)
}

// NewDB creates a fresh empty database and returns its URL; it is dropped at cleanup.
func (s *Server) NewDB(t testing.TB) string {
	t.Helper()
	name := fmt.Sprintf("t%d", s.dbs.Add(1))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := s.exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("pgtest: create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := s.exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Logf("pgtest: drop database %s: %v", name, err)
		}
	})
	return s.URL(name)
}

func (s *Server) exec(ctx context.Context, stmt string) error {
	db, err := sql.Open("pgx", s.URL("postgres"))
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, stmt)
	return err
}

// BinDir finds the directory of initdb and pg_ctl: $PG_BINDIR, then the newest
// /usr/lib/postgresql/*/bin, then $PATH.
func BinDir() (string, error) {
	if d := os.Getenv("PG_BINDIR"); d != "" {
		return d, nil
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p), nil
	}
	return "", errors.New("no PostgreSQL server binaries (initdb) found")
}

func version(binDir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return n
}

func (s *Server) run(tool string, args ...string) ([]byte, error) {
	cmd := exec.Command(filepath.Join(s.bin, tool), args...)
	cmd.Dir = s.Dir
	if s.runAs != nil {
		uid, _ := strconv.Atoi(s.runAs.Uid)
		gid, _ := strconv.Atoi(s.runAs.Gid)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
		cmd.Env = append(os.Environ(), "HOME="+s.Dir)
	}
	return cmd.CombinedOutput()
}

func (s *Server) chown(dir string) error {
	if s.runAs == nil {
		return nil
	}
	uid, _ := strconv.Atoi(s.runAs.Uid)
	gid, _ := strconv.Atoi(s.runAs.Gid)
	if err := os.Chown(dir, uid, gid); err != nil {
		return fmt.Errorf("give %s to postgres: %w", dir, err)
	}
	return nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
