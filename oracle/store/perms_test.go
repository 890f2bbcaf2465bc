package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// The database (numbers and salts) is its owner's only: a new directory 0700, the file and
// its WAL companions 0600, and an existing world-readable file is narrowed.
func TestDatabaseIsPrivate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "dir")
	path := filepath.Join(dir, "oracle.db")
	st, err := Open(context.Background(), path, operator, Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("directory: %v %v", fi.Mode(), err)
	}
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if fi, err := os.Stat(p); err == nil && fi.Mode().Perm()&0o077 != 0 {
			t.Errorf("%s is %v", filepath.Base(p), fi.Mode().Perm())
		}
	}
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	st, err = Open(context.Background(), path, operator, Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("an existing 0644 database stays %v", fi.Mode().Perm())
	}
}
