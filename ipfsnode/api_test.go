package ipfsnode

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"sync"
	"testing"

	ipfsapi "github.com/ipfs/go-ipfs-api"
)

func TestVersionAndID(t *testing.T) {
	n := startNode(t, t.TempDir(), nil)
	sh := newShell(n)
	v, commit, err := sh.Version()
	if err != nil || v != Version || commit == "" {
		t.Fatalf("version = %q %q %v", v, commit, err)
	}
	id, err := sh.ID()
	if err != nil {
		t.Fatalf("id: %v", err)
	}
	if id.ID != n.repo.peerID.String() || id.PublicKey == "" || !strings.HasPrefix(id.ID, "12D3Koo") {
		t.Errorf("id = %+v", id)
	}
	if _, err := sh.ID("12D3KooWSomeoneElse"); err == nil {
		t.Error("id of another peer succeeded on an offline node")
	}
}

func TestCatOffsetLength(t *testing.T) {
	n := startNode(t, t.TempDir(), nil)
	sh := newShell(n)
	data := randBytes(7, 3*262144+1000)
	c := mustAdd(t, sh, data)
	cases := []struct{ off, length int64 }{
		{0, -1}, {1, -1}, {262143, 2}, {262144, 262144}, {500000, 100000},
		{int64(len(data)) - 1, 10}, {int64(len(data)), -1}, {10, 0}, {0, int64(len(data)) + 50},
	}
	for _, tc := range cases {
		rb := sh.Request("cat", c).Option("offset", tc.off)
		if tc.length >= 0 {
			rb.Option("length", tc.length)
		}
		resp, err := rb.Send(context.Background())
		if err != nil || resp.Error != nil {
			t.Fatalf("cat offset=%d length=%d: %v %v", tc.off, tc.length, err, resp.Error)
		}
		got, err := io.ReadAll(resp.Output)
		resp.Close()
		if err != nil {
			t.Fatal(err)
		}
		end := int64(len(data))
		if tc.length >= 0 && tc.off+tc.length < end {
			end = tc.off + tc.length
		}
		if !bytes.Equal(got, data[tc.off:end]) {
			t.Errorf("cat offset=%d length=%d: got %d bytes, want %d", tc.off, tc.length, len(got), end-tc.off)
		}
	}
	for _, bad := range []map[string]any{{"offset": len(data) + 1}, {"offset": -1}, {"length": -5}, {"offset": "x"}} {
		rb := sh.Request("cat", c)
		for k, v := range bad {
			rb.Option(k, v)
		}
		if err := rb.Exec(context.Background(), nil); err == nil {
			t.Errorf("cat with %v succeeded", bad)
		}
	}
}

func pinTypes(t *testing.T, sh *ipfsapi.Shell) map[string]string {
	t.Helper()
	pins, err := sh.Pins()
	if err != nil {
		t.Fatalf("pins: %v", err)
	}
	m := map[string]string{}
	for k, v := range pins {
		m[k] = v.Type
	}
	return m
}

func TestPinUnpinGC(t *testing.T) {
	n := startNode(t, t.TempDir(), nil)
	sh := newShell(n)
	big := randBytes(11, 600000) // 3 leaves
	pinned := mustAdd(t, sh, big)
	loose := mustAdd(t, sh, randBytes(12, 1000), ipfsapi.Pin(false))

	pins := pinTypes(t, sh)
	if pins[pinned] != "recursive" {
		t.Errorf("added file %s is %q, want recursive", pinned, pins[pinned])
	}
	if _, ok := pins[loose]; ok {
		t.Errorf("add --pin=false pinned %s", loose)
	}
	indirect := 0
	for _, typ := range pins {
		if typ == "indirect" {
			indirect++
		}
	}
	if indirect != 3 {
		t.Errorf("%d indirect pins, want the 3 leaves", indirect)
	}
	rec, err := sh.PinsOfType(context.Background(), ipfsapi.RecursivePin)
	if err != nil || len(rec) != 1 {
		t.Errorf("recursive pins = %v, %v", rec, err)
	}

	if err := sh.Pin(loose); err != nil {
		t.Fatalf("pin: %v", err)
	}
	if pinTypes(t, sh)[loose] != "recursive" {
		t.Error("pin/add did not pin")
	}
	if err := sh.Unpin(loose); err != nil {
		t.Fatalf("unpin: %v", err)
	}
	if _, ok := pinTypes(t, sh)[loose]; ok {
		t.Error("pin/rm did not unpin")
	}
	if err := sh.Unpin(loose); err == nil {
		t.Error("unpinning an unpinned CID succeeded")
	}
	// pin/ls with an argument.
	var one struct {
		Keys map[string]struct{ Type string }
	}
	if err := sh.Request("pin/ls", pinned).Exec(context.Background(), &one); err != nil || one.Keys[pinned].Type != "recursive" {
		t.Errorf("pin/ls %s = %+v, %v", pinned, one, err)
	}
	if err := sh.Request("pin/ls", loose).Exec(context.Background(), &one); err == nil {
		t.Error("pin/ls of an unpinned CID succeeded")
	}

	// GC removes the unpinned file only.
	resp, err := sh.Request("repo/gc").Send(context.Background())
	if err != nil || resp.Error != nil {
		t.Fatalf("repo/gc: %v %v", err, resp.Error)
	}
	dec := json.NewDecoder(resp.Output)
	removed := 0
	for {
		var k struct{ Key map[string]string }
		if err := dec.Decode(&k); err != nil {
			break
		}
		removed++
	}
	resp.Close()
	if removed != 1 {
		t.Errorf("gc removed %d blocks, want 1", removed)
	}
	stream, err := sh.PinsStream(context.Background())
	if err != nil {
		t.Fatalf("pin/ls stream: %v", err)
	}
	streamed := map[string]string{}
	for p := range stream {
		streamed[p.Cid] = p.Type
	}
	if streamed[pinned] != "recursive" || len(streamed) != 4 {
		t.Errorf("streamed pins %v, want %s recursive and its 3 leaves", streamed, pinned)
	}
	if _, err := sh.Cat(loose); err == nil {
		t.Error("cat of a collected file succeeded")
	}
	if got := catAll(t, sh, pinned); !bytes.Equal(got, big) {
		t.Error("gc damaged a pinned file")
	}
}

func TestRestartPersistence(t *testing.T) {
	dir := t.TempDir()
	n := startNode(t, dir, nil)
	sh := newShell(n)
	files := map[string][]byte{}
	for i := range 5 {
		d := randBytes(uint64(100+i), 1000+i*200000)
		files[mustAdd(t, sh, d)] = d
	}
	blk, err := sh.BlockPut([]byte("a raw block"), "raw", "sha2-256", -1)
	if err != nil {
		t.Fatalf("block/put: %v", err)
	}
	peerID := n.repo.peerID
	if err := n.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}

	n2 := startNode(t, dir, nil)
	sh2 := newShell(n2)
	if n2.repo.peerID != peerID {
		t.Errorf("peer id changed across restart")
	}
	pins := pinTypes(t, sh2)
	for c, d := range files {
		if got := catAll(t, sh2, c); !bytes.Equal(got, d) {
			t.Errorf("%s differs after restart", c)
		}
		if pins[c] != "recursive" {
			t.Errorf("%s pin lost across restart", c)
		}
	}
	if b, err := sh2.BlockGet(blk); err != nil || string(b) != "a raw block" {
		t.Errorf("block/get after restart = %q, %v", b, err)
	}
}

func TestConcurrentAdds(t *testing.T) {
	n := startNode(t, t.TempDir(), nil)
	sh := newShell(n)
	const workers = 32
	var wg sync.WaitGroup
	cids := make([]string, workers)
	errs := make([]error, workers)
	for i := range workers {
		wg.Go(func() {
			cids[i], errs[i] = sh.Add(bytes.NewReader(randBytes(uint64(1000+i), 50000+i*20000)))
		})
	}
	wg.Wait()
	for i := range workers {
		if errs[i] != nil {
			t.Fatalf("add %d: %v", i, errs[i])
		}
		want := randBytes(uint64(1000+i), 50000+i*20000)
		if got := catAll(t, sh, cids[i]); !bytes.Equal(got, want) {
			t.Errorf("file %d (%s) differs", i, cids[i])
		}
		oh := mustAdd(t, sh, want, ipfsapi.OnlyHash(true))
		if oh != cids[i] {
			t.Errorf("file %d: concurrent add gave %s, a lone only-hash %s", i, cids[i], oh)
		}
	}
	if len(pinTypes(t, sh)) < workers {
		t.Error("not every concurrent add was pinned")
	}
}

func TestBlockAndDagPut(t *testing.T) {
	n := startNode(t, t.TempDir(), nil)
	sh := newShell(n)
	c, err := sh.BlockPut([]byte("hello"), "raw", "sha2-256", -1)
	if err != nil {
		t.Fatal(err)
	}
	// sha2-256("hello") as a raw CIDv1 (well-known).
	if c != "bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq" {
		t.Errorf("block/put CID %s", c)
	}
	key, size, err := sh.BlockStat(c)
	if err != nil || key != c || size != 5 {
		t.Errorf("block/stat = %s %d %v", key, size, err)
	}
	dc, err := sh.DagPut(`{"batch":1,"root":"0xabc"}`, "dag-json", "dag-cbor")
	if err != nil {
		t.Fatalf("dag/put: %v", err)
	}
	if !strings.HasPrefix(dc, "bafyrei") {
		t.Errorf("dag/put CID %s is not a dag-cbor CIDv1", dc)
	}
	raw, err := sh.BlockGet(dc)
	if err != nil || len(raw) == 0 || raw[0] != 0xa2 { // CBOR map of 2 entries
		t.Errorf("dag-cbor block %x, %v", raw, err)
	}
	if _, err := sh.DagPut(`{not json`, "dag-json", "dag-cbor"); err == nil {
		t.Error("dag/put of bad JSON succeeded")
	}
}

// apiCall sends a raw request to the API and decodes kubo's error body from a 4xx/5xx.
func apiCall(t *testing.T, n *Node, method, path, ctype string, body io.Reader, hdr map[string]string) (int, kuboError) {
	t.Helper()
	req, err := http.NewRequest(method, n.APIURL()+path, body)
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	var ke kuboError
	if resp.StatusCode >= 400 {
		if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
			t.Errorf("%s %s: error content type %q", method, path, ct)
		}
		if err := json.NewDecoder(resp.Body).Decode(&ke); err != nil {
			t.Errorf("%s %s: error body is not kubo's JSON: %v", method, path, err)
		}
		if ke.Type != "error" || ke.Message == "" {
			t.Errorf("%s %s: error body %+v", method, path, ke)
		}
	}
	return resp.StatusCode, ke
}

func multipartBody(t *testing.T, data []byte) (string, *bytes.Buffer) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, err := mw.CreateFormFile("file", "")
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(data)
	mw.Close()
	return mw.FormDataContentType(), &buf
}

func TestBadRequests(t *testing.T) {
	n := startNode(t, t.TempDir(), func(c *Config) { c.MaxAddSize = 1 << 20 })
	sh := newShell(n)
	good := mustAdd(t, sh, []byte("x"))

	ct, big := multipartBody(t, randBytes(1, 2<<20))
	bigChunked := bytes.Clone(big.Bytes()) // sent without a Content-Length
	ct2, ok := multipartBody(t, []byte("fine"))
	cases := []struct {
		name, method, path, ctype string
		body                      io.Reader
		hdr                       map[string]string
		status                    int
		msg                       string
	}{
		{"GET", "GET", "/api/v0/version", "", nil, nil, 405, "POST"},
		{"unknown command", "POST", "/api/v0/nope", "", nil, nil, 404, "not found"},
		{"cat without arg", "POST", "/api/v0/cat", "", nil, nil, 400, "required"},
		{"cat bad cid", "POST", "/api/v0/cat?arg=notacid", "", nil, nil, 400, "invalid"},
		{"cat ipns", "POST", "/api/v0/cat?arg=/ipns/x", "", nil, nil, 400, "only /ipfs/"},
		{"cat absent", "POST", "/api/v0/cat?arg=bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq", "", nil, nil, 404, "not found"},
		// Client mistakes are 4xx, not 500.
		{"cat past the end", "POST", "/api/v0/cat?arg=" + good + "&offset=100", "", nil, nil, 400, "past the end"},
		{"cat no such link", "POST", "/api/v0/cat?arg=/ipfs/" + good + "/nope", "", nil, nil, 404, "no link"},
		{"id of another peer", "POST", "/api/v0/id?arg=12D3KooWBkPuDZpxwDpSsboars8Sp6kzKqPosQSLCYzWcWUJU5ke", "", nil, nil, 404, "not found"},
		{"block/get bad cid", "POST", "/api/v0/block/get?arg=zzz", "", nil, nil, 400, "invalid"},
		{"pin/add bad cid", "POST", "/api/v0/pin/add?arg=Qm", "", nil, nil, 400, "invalid"},
		{"pin/ls bad type", "POST", "/api/v0/pin/ls?type=weird", "", nil, nil, 400, "invalid type"},
		{"bad bool", "POST", "/api/v0/add?pin=maybe", ct2, ok, nil, 400, "bool"},
		{"add not multipart", "POST", "/api/v0/add", "text/plain", strings.NewReader("x"), nil, 400, "required"},
		{"add broken multipart", "POST", "/api/v0/add", "multipart/form-data; boundary=zz", strings.NewReader("--zz\r\ngarbage"), nil, 400, "multipart"},
		{"add bad chunker", "POST", "/api/v0/add?chunker=size-0", ct2, bytes.NewReader(ok.Bytes()), nil, 400, "chunker"},
		{"add cid-version 2", "POST", "/api/v0/add?cid-version=2", ct2, bytes.NewReader(ok.Bytes()), nil, 400, "CID version"},
		{"add too large", "POST", "/api/v0/add", ct, big, nil, 413, "too large"},
		{"add too large, chunked", "POST", "/api/v0/add", ct, struct{ io.Reader }{bytes.NewReader(bigChunked)}, nil, 413, "too large"},
		{"foreign origin", "POST", "/api/v0/version", "", nil, map[string]string{"Origin": "http://evil.example"}, 403, "Forbidden"},
		{"rebinding host", "POST", "/api/v0/version", "", nil, map[string]string{"Host": "evil.example"}, 403, "Forbidden"},
		{"query garbage", "POST", "/api/v0/cat?arg=%zz", "", nil, nil, 400, "query"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, ke := apiCallHost(t, n, tc.method, tc.path, tc.ctype, tc.body, tc.hdr)
			if status != tc.status {
				t.Errorf("status %d, want %d (%+v)", status, tc.status, ke)
			}
			if !strings.Contains(ke.Message, tc.msg) {
				t.Errorf("message %q does not mention %q", ke.Message, tc.msg)
			}
			if tc.status == 400 && ke.Code != codeClient {
				t.Errorf("code %d, want kubo's client error code 1", ke.Code)
			}
		})
	}
	// The node still works after all that.
	if got := catAll(t, sh, good); string(got) != "x" {
		t.Errorf("cat after bad requests = %q", got)
	}
	// go-ipfs-api surfaces the error messages.
	if _, err := sh.Cat("notacid"); err == nil || !strings.Contains(err.Error(), "invalid") {
		t.Errorf("shell cat of a bad cid: %v", err)
	}
}

// apiCallHost is apiCall with support for overriding the Host header.
func apiCallHost(t *testing.T, n *Node, method, path, ctype string, body io.Reader, hdr map[string]string) (int, kuboError) {
	if h, ok := hdr["Host"]; ok {
		req, _ := http.NewRequest(method, n.APIURL()+path, body)
		req.Host = h
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var ke kuboError
		json.NewDecoder(resp.Body).Decode(&ke)
		return resp.StatusCode, ke
	}
	return apiCall(t, n, method, path, ctype, body, hdr)
}

func TestLoopbackOnly(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", ":0", "10.1.2.3:5001"} {
		_, err := Open(context.Background(), Config{RepoDir: t.TempDir(), APIAddr: addr})
		if err == nil || !strings.Contains(err.Error(), "loopback") {
			t.Errorf("Open on %s without AllowRemote: %v", addr, err)
		}
	}
	_, err := Open(context.Background(), Config{RepoDir: t.TempDir(), APIAddr: "127.0.0.1:0", GatewayAddr: "0.0.0.0:0"})
	if err == nil {
		t.Error("a non-loopback gateway address was accepted")
	}
	n := startNode(t, t.TempDir(), func(c *Config) { c.AllowRemote = true; c.APIAddr = "0.0.0.0:0"; c.GatewayAddr = "" })
	if n.GatewayURL() != "" {
		t.Error("gateway started without an address")
	}
	if _, _, err := ipfsapi.NewShellWithClient(fmt.Sprintf("127.0.0.1:%s", n.APIAddr()[strings.LastIndex(n.APIAddr(), ":")+1:]), &http.Client{}).Version(); err != nil {
		t.Errorf("remote-allowed node: %v", err)
	}
}
