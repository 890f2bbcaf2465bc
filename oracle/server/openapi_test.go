package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/dotsnet/dots/apidoc"
)

// docs/openapi/oracle.json documents exactly the routes served, and the running server
// answers every documented GET as documented.
func TestOpenAPIDocumentMatchesServer(t *testing.T) {
	d, err := apidoc.Load("../../docs/openapi/oracle.json")
	if err != nil {
		t.Fatal(err)
	}
	ts, _ := newServer(t, "NORMAL")
	var routes []string
	for _, r := range Routes() {
		routes = append(routes, r.Method+" "+r.Path)
	}
	for _, p := range d.Check(ts.URL, routes, map[string]string{"seq": "1", "id": "1", "source": "pbx"}) {
		t.Error(p)
	}
}

// Unknown paths and wrong methods get JSON errors, 404 and 405 with Allow.
func TestJSON404And405(t *testing.T) {
	ts, _ := newServer(t, "NORMAL")
	for _, c := range []struct {
		method, path string
		code         int
		allow        string
	}{
		{"GET", "/nope", 404, ""},
		{"DELETE", "/v1/batches", 405, "GET"},
		{"GET", "/v1/cdrs", 405, "POST"},
		{"POST", "/healthz", 405, "GET"},
	} {
		req, _ := http.NewRequest(c.method, ts.URL+c.path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != c.code || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") || resp.Header.Get("Allow") != c.allow {
			t.Errorf("%s %s: %d %q Allow %q", c.method, c.path, resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Allow"))
		}
	}
}
