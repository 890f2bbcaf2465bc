package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/rewardtoken"
	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/devnet"
	"github.com/dotsnet/dots/oracle/server"
)

// lockedBuffer collects a child process's output while the test reads it.
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

// The README's run command as a newcomer uses it: `dots devnet` comes up, CDRs flow in every
// format, batches go final, the printed verify command accepts the sample CDR (and rejects it
// tampered), the indexer serves the batches and a user's rewards proof, which claims real
// tokens on chain; SIGINT then stops every part and the command exits 0.
var devnetStep = regexp.MustCompile(`^\d\d:\d\d:\d\d  (B )?batch (\d+) +(sealed|on IPFS|anchor sent|anchored|final|back to)`)

func TestDevnetRunsTrafficAndStopsCleanly(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	dir := t.TempDir()
	bin := buildDots(t, dir)
	state := filepath.Join(dir, "state")
	var out lockedBuffer
	cmd := exec.Command(bin, "devnet", "--dir", state, "--rpc-port", "-1", "--ipfs-api", "127.0.0.1:0",
		"--gateway", "127.0.0.1:0", "--oracle", "127.0.0.1:0", "--indexer", "127.0.0.1:0",
		"--rate", "40", "--batch-age", "3s", "--challenge-window", "4s", "--seed", "7")
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-exited
		}
		if t.Failed() {
			t.Logf("devnet output:\n%s", out.String())
			if b, err := os.ReadFile(filepath.Join(state, "devnet.log")); err == nil {
				t.Logf("devnet.log (tail):\n%s", tail(string(b), 4000))
			}
		}
	}()

	// Wait for the first final batch: endpoints.json then names the sample CDR.
	var ep devnet.Endpoints
	for {
		b, err := os.ReadFile(filepath.Join(state, "endpoints.json"))
		if err == nil && json.Unmarshal(b, &ep) == nil && ep.SampleCDR != "" {
			break
		}
		select {
		case err := <-exited:
			t.Fatalf("devnet exited early: %v", err)
		case <-ctx.Done():
			t.Fatal("no batch went final within the time limit")
		case <-time.After(250 * time.Millisecond):
		}
	}
	// Secrets at rest: the state directory and what holds numbers, salts or tokens are the
	// owner's only.
	if fi, err := os.Stat(state); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("state directory: %v %v", fi.Mode(), err)
	}
	for _, f := range []string{"endpoints.json", "sample-cdr.json", "oracle.db"} { // deployment.json is public
		if fi, err := os.Stat(filepath.Join(state, f)); err != nil || fi.Mode().Perm()&0o077 != 0 {
			t.Errorf("%s: %v %v", f, fi.Mode(), err)
		}
	}
	for _, want := range []string{"anvil", "contracts", "operators", "oracle", "indexer", "sealed:", "on IPFS:", "anchor sent:", "anchored in block", "final", "verify a CDR"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the devnet's output does not mention %q", want)
		}
	}
	// Every batch that went final printed each step before it, in order.
	steps := map[string][]string{}
	for _, l := range strings.Split(out.String(), "\n") {
		if m := devnetStep.FindStringSubmatch(l); m != nil {
			steps[m[1]+m[2]] = append(steps[m[1]+m[2]], m[3])
		}
	}
	finals := 0
	for id, s := range steps {
		if i := slices.Index(s, "final"); i >= 0 {
			finals++
			if want := []string{"sealed", "on IPFS", "anchor sent", "anchored", "final"}; !slices.Equal(s[:i+1], want) {
				t.Errorf("batch %s printed %v, want %v", id, s, want)
			}
		}
	}
	if finals == 0 {
		t.Errorf("no batch printed its final step")
	}
	// anvil's own log is written (it ran --silent before)
	if b, err := os.ReadFile(filepath.Join(state, "anvil.log")); err != nil || !strings.Contains(string(b), "Listening on") || !strings.Contains(string(b), "eth_sendRawTransaction") {
		t.Errorf("anvil.log: %v, %d bytes: %q", err, len(b), tail(string(b), 300))
	}

	// The verify command the devnet printed: valid, then invalid once tampered.
	verify := func(cdrFile string) int {
		c := exec.CommandContext(ctx, bin, "verify", "--cdr", cdrFile, "--deployment", ep.Deployment, "--rpc", ep.RPC, "--ipfs", ep.IPFS)
		o, err := c.CombinedOutput()
		var ee *exec.ExitError
		switch {
		case err == nil:
			return 0
		case errors.As(err, &ee):
			t.Logf("dots verify: %s", o)
			return ee.ExitCode()
		}
		t.Fatalf("dots verify: %v", err)
		return -1
	}
	if code := verify(ep.SampleCDR); code != 0 {
		t.Fatalf("dots verify on the devnet's sample CDR: exit %d, want 0", code)
	}
	raw, err := os.ReadFile(ep.SampleCDR)
	if err != nil {
		t.Fatal(err)
	}
	var full server.FullCDR
	if err := json.Unmarshal(raw, &full); err != nil {
		t.Fatal(err)
	}
	full.CDR.BillableSeconds += 60
	full.CDR.EndTime += 60
	tampered := filepath.Join(dir, "tampered.json")
	b, _ := json.Marshal(full)
	os.WriteFile(tampered, b, 0o644)
	if code := verify(tampered); code != 1 {
		t.Fatalf("dots verify on a tampered CDR: exit %d, want 1", code)
	}

	// Every format reached the oracle and was stored; the b-legs were not counted.
	counts := map[string]int{}
	for _, src := range []string{"pbx", "fs1", "kamailio1", "asterisk1", "opensips1"} {
		counts[src] = metricValue(t, ep.OracleMetrics+"/metrics", "dots_oracle_cdrs_ingested_total", `source="`+src+`"`)
		if counts[src] == 0 {
			t.Errorf("no CDRs stored from %s", src)
		}
	}

	if metricValue(t, ep.OracleMetrics+"/metrics", "dots_oracle_records_skipped_total", `format="freeswitch"`) == 0 {
		t.Error("the FreeSWITCH b-legs were not skipped")
	}

	// The indexer serves the anchored batches and the user's rewards with a proof that
	// CDRAnchor accepts.
	d, err := deploy.Load(ep.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	ec, err := ethclient.DialContext(ctx, ep.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	keys := anvil.DefaultKeys()
	user := anvil.Address(keys[devnet.KeyUser1])
	token := rewardtoken.NewRewardToken()
	balance := func() *big.Int {
		v, err := bind.Call(token.Instance(ec, d.RewardToken), &bind.CallOpts{Context: ctx}, token.PackBalanceOf(user), token.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	// A relayer (the admin key) sends the claim; only the user is paid.
	relayer, err := deploy.NewSender(ctx, ec, keys[devnet.KeyAdmin], big.NewInt(int64(d.ChainID)), nil)
	if err != nil {
		t.Fatal(err)
	}
	anchor := cdranchor.NewCDRAnchor()
	claimed := false
	// A claim must prove against the operator's newest final batch; on the devnet a newer
	// one goes final every few seconds, so a claim that lost that race is built again.
	for attempt := 0; attempt < 8 && !claimed; attempt++ {
		var batches []server.BatchView
		getJSON(t, ep.Oracle+"/v1/batches", &batches)
		var final *server.BatchView
		for i := range batches { // newest first
			if batches[i].State == "final" && batches[i].RewardsCID != "" {
				final = &batches[i]
				break
			}
		}
		if final == nil {
			t.Fatalf("no final batch with a rewards document among %d", len(batches))
		}
		var ixBatch struct {
			Data map[string]any `json:"data"`
		}
		waitFor(t, ctx, "the indexer to serve the final batch", func() bool {
			return tryJSON(ep.Indexer+"/v1/batches/"+itoa(final.ChainBatchID), &ixBatch) == nil && ixBatch.Data["cdr_root"] != nil
		})
		if root, _ := ixBatch.Data["cdr_root"].(string); !strings.EqualFold(root, final.Root.Hex()) || ixBatch.Data["cidString"] != final.CID {
			t.Fatalf("indexer has root %v CID %v, the oracle root %s CID %s", ixBatch.Data["cdr_root"], ixBatch.Data["cidString"], final.Root.Hex(), final.CID)
		}
		var rw struct {
			Data struct {
				Claimable []struct {
					Doc              string        `json:"doc"`
					Operator         string        `json:"operator"`
					BatchID          any           `json:"batchId"`
					CumulativeAmount string        `json:"cumulativeAmount"`
					Proof            []common.Hash `json:"proof"`
					Error            string        `json:"error"`
				} `json:"claimable"`
			} `json:"data"`
		}
		waitFor(t, ctx, "the indexer to see the batch final", func() bool {
			// No ?doc=: the indexer finds operator A's newest final batch and, through its
			// batch document, the rewards document.
			return tryJSON(ep.Indexer+"/v1/rewards/"+user.Hex(), &rw) == nil &&
				len(rw.Data.Claimable) == 1 && rw.Data.Claimable[0].Error == ""
		})
		c := rw.Data.Claimable[0]
		known := false
		for _, b := range batches {
			known = known || (b.RewardsCID == c.Doc && b.RewardsCID != "")
		}
		if !known || !strings.EqualFold(c.Operator, anvil.Address(keys[devnet.KeyOperatorA]).Hex()) {
			t.Fatalf("the indexer offers rewards document %s of operator %s, not one of operator A's", c.Doc, c.Operator)
		}
		amount, ok := new(big.Int).SetString(c.CumulativeAmount, 10)
		if !ok || amount.Sign() <= 0 {
			t.Fatalf("user 1 owns numbers in the traffic but has cumulative rewards %q", c.CumulativeAmount)
		}
		var batchID big.Int
		batchID.SetString(jsonString(c.BatchID), 10)
		var proof [][32]byte
		for _, h := range c.Proof {
			proof = append(proof, h)
		}
		before := balance()
		_, err := relayer.Send(ctx, "claim for user 1", d.CDRAnchor, anchor.PackClaim(common.HexToAddress(c.Operator), &batchID, user, amount, proof))
		if err != nil {
			t.Logf("attempt %d: %v", attempt, err)
			continue
		}
		if got := new(big.Int).Sub(balance(), before); got.Cmp(amount) != 0 {
			t.Fatalf("claim paid %s, want the cumulative amount %s", got, amount)
		}
		claimed = true
	}
	if !claimed {
		t.Fatal("no claim succeeded in 8 attempts")
	}

	// Real sipp calls through both SIP nodes: each operator's oracle stores the call's CDR
	// (source "sip") and anchors it in a batch of its own that goes final.
	if len(ep.Oracles) != 2 || ep.Oracles[0].URL != ep.Oracle {
		t.Fatalf("endpoints.json names oracles %+v, want A's (%s) and B's", ep.Oracles, ep.Oracle)
	}
	waitFor(t, ctx, "a SIP call's CDR in a final batch of both operators", func() bool {
		for _, id := range sipCallIDs(out.String()) {
			final := 0
			for _, o := range ep.Oracles {
				var c server.FullCDR
				if getAuditor(o.URL+"/v1/sources/sip/cdrs/"+url.PathEscape(id), &c) == nil && c.Source == "sip" &&
					c.BatchState == "final" && c.ChainBatch != 0 && c.CDR.OrigOperator != c.CDR.TermOperator {
					final++
				}
			}
			if final == len(ep.Oracles) {
				t.Logf("SIP call %s: its CDR is in a final anchored batch of operators A and B", id)
				return true
			}
		}
		return false
	})
	var bBatches []server.BatchView
	getJSON(t, ep.Oracles[1].URL+"/v1/batches", &bBatches)
	if len(bBatches) == 0 || !strings.Contains(out.String(), "B batch") {
		t.Errorf("operator B's batches are not listed (%d) or not printed", len(bBatches))
	}

	// Ctrl-C: everything stops and the command exits 0.
	cmd.Process.Signal(syscall.SIGINT)
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("devnet exited with %v after SIGINT", err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("devnet still running 60 s after SIGINT")
	}
	if !strings.Contains(out.String(), "stopped after") {
		t.Error("the devnet did not report stopping")
	}
	for name, url := range map[string]string{"anvil": ep.RPC, "oracle": ep.Oracle + "/healthz", "indexer": ep.Indexer + "/healthz"} {
		if _, err := (&http.Client{Timeout: 2 * time.Second}).Post(url, "application/json", strings.NewReader(`{}`)); err == nil {
			t.Errorf("%s still answers after the devnet stopped", name)
		}
	}
}

// sipCallIDs are the source ids of the SIP calls the devnet reports placed.
func sipCallIDs(out string) []string {
	var ids []string
	for _, l := range strings.Split(out, "\n") {
		if _, id, ok := strings.Cut(l, "source sip, id "); ok && strings.Contains(l, "sip call") {
			ids = append(ids, strings.TrimSuffix(id, ")"))
		}
	}
	return ids
}

func getAuditor(u string, v any) error {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+devnet.AuditorToken)
	res, err := (&http.Client{Timeout: 10 * time.Second}).Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return errors.New(res.Status)
	}
	return json.NewDecoder(res.Body).Decode(v)
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

func itoa(n uint64) string { return new(big.Int).SetUint64(n).String() }

func jsonString(v any) string {
	switch x := v.(type) {
	case string:
		if b, err := hexutil.DecodeBig(x); err == nil {
			return b.String()
		}
		return x
	case float64:
		return new(big.Float).SetFloat64(x).Text('f', 0)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func tryJSON(url string, v any) error {
	res, err := (&http.Client{Timeout: 10 * time.Second}).Get(url)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return errors.New(res.Status)
	}
	return json.NewDecoder(res.Body).Decode(v)
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	if err := tryJSON(url, v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}

func waitFor(t *testing.T, ctx context.Context, what string, ok func() bool) {
	t.Helper()
	for !ok() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for %s", what)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// metricValue sums the series of a Prometheus counter that carry label (0 when absent).
func metricValue(t *testing.T, url, name, label string) int {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var buf bytes.Buffer
	buf.ReadFrom(res.Body)
	sum := 0
	for _, line := range strings.Split(buf.String(), "\n") {
		labels, v, ok := strings.Cut(strings.TrimPrefix(line, name), " ")
		if !ok || !strings.HasPrefix(line, name+"{") || !strings.Contains(labels, label) {
			continue
		}
		f, _, err := big.ParseFloat(strings.TrimSpace(v), 10, 64, big.ToNearestEven)
		if err == nil {
			n, _ := f.Int64()
			sum += int(n)
		}
	}
	return sum
}
