package server

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

// A malformed id in a path or query names where it stands and shows a good one, as JSON.
func TestBadIDsSayWhereAndWhatToGive(t *testing.T) {
	ts, _ := newServer(t, "NORMAL")
	for path, want := range map[string]string{
		"/v1/cdrs/abc":         `the sequence number in /v1/cdrs/{seq}: "abc" is not a whole number from 0 to 2^63-1 (e.g. /v1/cdrs/42`,
		"/v1/batches/-1":       `the batch id in /v1/batches/{id}: "-1" is not a whole number from 0 to 2^63-1 (e.g. /v1/batches/42)`,
		"/v1/batches?before=x": `the query parameter before: "x" is not a whole number from 0 to 2^63-1; give the id of the oldest batch`,
	} {
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var e struct {
			Error string `json:"error"`
		}
		if resp.StatusCode != 400 || json.Unmarshal(b, &e) != nil || !strings.HasPrefix(e.Error, want) {
			t.Errorf("GET %s: %d %s, want 400 %q...", path, resp.StatusCode, b, want)
		}
	}
}
