package api

import (
	"net/http/httptest"
	"testing"

	"github.com/dotsnet/dots/apidoc"
)

// docs/openapi/indexer.json documents exactly the routes served, and the running server
// answers every documented GET as documented.
func TestOpenAPIDocumentMatchesServer(t *testing.T) {
	d, err := apidoc.Load("../../docs/openapi/indexer.json")
	if err != nil {
		t.Fatal(err)
	}
	ix := newIndex(t)
	ts := httptest.NewServer(ix.srv)
	defer ts.Close()
	samples := map[string]string{"e164": "%2B4930123", "addr": "0x00000000000000000000000000000000000000aa",
		"account": "0x00000000000000000000000000000000000000aa", "seller": "0x00000000000000000000000000000000000000aa", "id": "1"}
	for _, p := range d.Check(ts.URL, ix.srv.Routes(), samples) {
		t.Error(p)
	}
}
