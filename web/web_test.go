package web_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/web"
)

// The committed bundle is what build.mjs makes from src/ and the bindings' ABIs today.
func TestBundleIsFresh(t *testing.T) {
	out, err := exec.Command("node", "build.mjs", "--check").CombinedOutput()
	if err != nil {
		t.Fatalf("node build.mjs --check (needs the npm toolchain: scripts/setup.sh): %v\n%s", err, out)
	}
}

func TestHandler(t *testing.T) {
	d := &deploy.Deployment{ChainID: 31337, StartBlock: 7, CDRAnchor: common.HexToAddress("0x01"), NumberRegistry: common.HexToAddress("0x02"),
		RewardToken: common.HexToAddress("0x03")}
	srv := httptest.NewServer(web.Handler(web.ConfigFor(d, "http://127.0.0.1:8545", "http://127.0.0.1:8080/")))
	defer srv.Close()
	get := func(path string) (*http.Response, string) {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, string(b)
	}
	res, body := get("/")
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") || !strings.Contains(body, `src="app.js"`) {
		t.Fatalf("/: %d %s %q", res.StatusCode, res.Header.Get("Content-Type"), body[:min(len(body), 200)])
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("CSP %q does not keep scripts to the indexer", csp)
	}
	for path, ctype := range map[string]string{"/app.js": "text/javascript", "/style.css": "text/css", "/favicon.svg": "image/svg+xml"} {
		if res, body := get(path); res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), ctype) || len(body) < 100 {
			t.Errorf("%s: %d %s, %d bytes", path, res.StatusCode, res.Header.Get("Content-Type"), len(body))
		}
	}
	res, body = get("/config.json")
	var cfg web.Config
	if err := json.Unmarshal([]byte(body), &cfg); err != nil || res.StatusCode != 200 {
		t.Fatalf("/config.json: %d %q: %v", res.StatusCode, body, err)
	}
	if cfg.ChainID != 31337 || cfg.RPC != "http://127.0.0.1:8545" || cfg.Gateway != "http://127.0.0.1:8080" || cfg.StartBlock != 7 ||
		cfg.Contracts.CDRAnchor != d.CDRAnchor || cfg.Contracts.NumberRegistry != d.NumberRegistry || cfg.Contracts.RewardToken != d.RewardToken {
		t.Fatalf("config: %+v", cfg)
	}
	if res, _ := get("/nothing-here"); res.StatusCode != 404 {
		t.Errorf("/nothing-here: %d, want 404", res.StatusCode)
	}
	if res, err := http.Post(srv.URL+"/", "text/plain", nil); err != nil || res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /: %v %v", res.StatusCode, err)
	}
}
