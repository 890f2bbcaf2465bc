package devnet

import (
	"os"
	"path/filepath"
	"testing"
)

// endpoints.json and the devnet's other JSON files are their owner's only.
func TestWriteJSONIsPrivate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "endpoints.json")
	if err := writeJSON(path, Endpoints{AuditorToken: "secret"}); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("%v %v", fi.Mode(), err)
	}
}
