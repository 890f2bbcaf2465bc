package ipfsnode

import (
	"bytes"
	"io"
	"net/http"
	"testing"

	cid "github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
)

func gatewayGet(t *testing.T, url, accept string) (int, http.Header, []byte) {
	t.Helper()
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, b
}

func TestGatewayTrustless(t *testing.T) {
	n := startNode(t, t.TempDir(), nil)
	sh := newShell(n)
	data := randBytes(21, 700000) // a root and 3 leaves
	root := mustAdd(t, sh, data)
	rootCid, _ := cid.Decode(root)
	gw := n.GatewayURL()

	// Raw block, by query and by Accept header: it must hash to the CID.
	for _, tc := range []struct{ url, accept string }{
		{gw + "/ipfs/" + root + "?format=raw", ""},
		{gw + "/ipfs/" + root, "application/vnd.ipld.raw"},
	} {
		status, hdr, body := gatewayGet(t, tc.url, tc.accept)
		if status != 200 {
			t.Fatalf("%s: status %d: %s", tc.url, status, body)
		}
		if ct := hdr.Get("Content-Type"); ct != "application/vnd.ipld.raw" {
			t.Errorf("raw content type %q", ct)
		}
		got, err := rootCid.Prefix().Sum(body)
		if err != nil || !got.Equals(rootCid) {
			t.Errorf("raw block hashes to %s, want %s", got, rootCid)
		}
	}

	// CAR: every block verifies, and the leaves concatenate to the file.
	for _, tc := range []struct{ url, accept string }{
		{gw + "/ipfs/" + root + "?format=car", ""},
		{gw + "/ipfs/" + root, "application/vnd.ipld.car"},
	} {
		status, _, body := gatewayGet(t, tc.url, tc.accept)
		if status != 200 {
			t.Fatalf("%s: status %d: %s", tc.url, status, body)
		}
		br, err := carv2.NewBlockReader(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("reading CAR: %v", err)
		}
		if len(br.Roots) != 1 || !br.Roots[0].Equals(rootCid) {
			t.Errorf("CAR roots %v, want %s", br.Roots, root)
		}
		var leaves []byte
		count := 0
		for {
			b, err := br.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("CAR block: %v", err)
			}
			count++
			got, err := b.Cid().Prefix().Sum(b.RawData())
			if err != nil || !got.Equals(b.Cid()) {
				t.Errorf("CAR block %s does not hash to its CID", b.Cid())
			}
			if count > 1 { // leaves come after the root in DFS order
				leaves = append(leaves, unixfsLeafData(t, b.RawData())...)
			}
		}
		if count != 4 {
			t.Errorf("CAR holds %d blocks, want 4", count)
		}
		if !bytes.Equal(leaves, data) {
			t.Errorf("CAR leaves do not rebuild the file")
		}
	}

	// Unknown content: an error, not a crash.
	if status, _, _ := gatewayGet(t, gw+"/ipfs/notacid?format=raw", ""); status < 400 {
		t.Errorf("bad cid: status %d", status)
	}
	// Trustless only by default: a plain GET of the file is not served deserialized.
	if status, _, _ := gatewayGet(t, gw+"/ipfs/"+root, ""); status == 200 {
		t.Error("deserialized response served without GatewayDeserialized")
	}
}

func TestGatewayDeserialized(t *testing.T) {
	n := startNode(t, t.TempDir(), func(c *Config) { c.GatewayDeserialized = true })
	sh := newShell(n)
	doc := []byte(`{"batch":7}`)
	c := mustAdd(t, sh, doc)
	status, _, body := gatewayGet(t, n.GatewayURL()+"/ipfs/"+c, "")
	if status != 200 || !bytes.Equal(body, doc) {
		t.Errorf("GET /ipfs/%s = %d %q", c, status, body)
	}
}
