package ipfsnode

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

func FuzzParsePath(f *testing.F) {
	for _, s := range []string{
		"QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH",
		"/ipfs/QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH/a/b",
		"/ipfs/bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku",
		"/ipns/example.com", "", "/", "//", "/ipfs/", "Qm", "bafy\x00", "/ipfs/z/../..",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, segs, err := parsePath(s)
		if err != nil {
			var ae *apiError
			if !errorsAs(err, &ae) || ae.Status != http.StatusBadRequest {
				t.Fatalf("parsePath(%q) error %v is not a 400", s, err)
			}
			return
		}
		if !c.Defined() {
			t.Fatalf("parsePath(%q) returned an undefined CID", s)
		}
		for _, seg := range segs {
			if seg == "" || strings.Contains(seg, "/") {
				t.Fatalf("parsePath(%q) returned segment %q", s, seg)
			}
		}
	})
}

// lockedBuffer collects log output from concurrent handlers.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// FuzzAPIRequest sends arbitrary commands, query strings, content types and bodies to the
// RPC handler: every answer is a known status, every error is kubo's JSON, nothing panics.
func FuzzAPIRequest(f *testing.F) {
	var logs lockedBuffer
	n, err := Open(context.Background(), Config{
		RepoDir: f.TempDir(), APIAddr: "127.0.0.1:0", MaxAddSize: 1 << 20,
		Logger: slog.New(slog.NewTextHandler(&logs, nil)),
	})
	if err != nil {
		f.Fatal(err)
	}
	defer n.Close()
	h := n.apiHandler()

	var mp bytes.Buffer
	mw := multipart.NewWriter(&mp)
	mw.SetBoundary("b0undary")
	fw, _ := mw.CreateFormFile("file", "doc.json")
	fw.Write([]byte(`{"a":[1,2,3]}`))
	mw.Close()
	mpType := "multipart/form-data; boundary=b0undary"

	seeds := []struct {
		cmd, query, ctype string
		body              []byte
	}{
		{"add", "", mpType, mp.Bytes()},
		{"add", "cid-version=1&chunker=size-10&pin=false", mpType, mp.Bytes()},
		{"add", "progress=true&only-hash", mpType, mp.Bytes()},
		{"add", "chunker=rabin-1-2-3", mpType, mp.Bytes()},
		{"add", "", "multipart/form-data; boundary=b0undary", []byte("--b0undary\r\nContent-Type: application/x-directory\r\n\r\n--b0undary--")},
		{"add", "", "multipart/form-data", []byte("--x")},
		{"block/put", "format=v0&mhtype=sha2-256&mhlen=-1", mpType, mp.Bytes()},
		{"block/put", "cid-codec=dag-cbor&mhtype=blake3", mpType, mp.Bytes()},
		{"dag/put", "input-codec=dag-json&store-codec=dag-cbor&pin=true", mpType, mp.Bytes()},
		{"dag/put", "input-codec=dag-cbor&store-codec=dag-json", mpType, mp.Bytes()},
		{"cat", "arg=QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH&offset=5&length=2", "", nil},
		{"cat", "arg=/ipfs/QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH/x", "", nil},
		{"block/get", "arg=bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", "", nil},
		{"block/stat", "arg=x&arg=y", "", nil},
		{"pin/add", "arg=QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH&recursive=false", "", nil},
		{"pin/rm", "arg=QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH", "", nil},
		{"pin/ls", "type=indirect&stream=true", "", nil},
		{"repo/gc", "quiet=1", "", nil},
		{"version", "", "", nil},
		{"id", "arg=me", "", nil},
		{"nope", "%%%", "", nil},
	}
	for _, s := range seeds {
		f.Add(s.cmd, s.query, s.ctype, s.body)
	}
	f.Fuzz(func(t *testing.T, cmd, query, ctype string, body []byte) {
		if strings.ContainsAny(cmd, "?#% \t\r\n") || strings.ContainsAny(query, "# \t\r\n") {
			return // not a request line a client can send
		}
		req := httptest.NewRequest("POST", "http://127.0.0.1/", bytes.NewReader(body))
		req.URL.Path = "/api/v0/" + cmd
		req.URL.RawQuery = query
		req.Host = "127.0.0.1:5001"
		if ctype != "" {
			req.Header.Set("Content-Type", ctype)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case 200, 400, 403, 404, 405, 413, 500:
		default:
			t.Fatalf("%s?%s: status %d", cmd, query, rec.Code)
		}
		if rec.Code >= 400 {
			var ke kuboError
			if err := json.Unmarshal(rec.Body.Bytes(), &ke); err != nil || ke.Type != "error" || ke.Message == "" {
				t.Fatalf("%s?%s: status %d with body %q", cmd, query, rec.Code, rec.Body.Bytes())
			}
		}
		if strings.Contains(logs.String(), "panic") {
			t.Fatalf("%s?%s: handler panicked: %s", cmd, query, logs.String())
		}
	})
}
