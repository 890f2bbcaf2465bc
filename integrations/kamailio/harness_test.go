package kamailio_test

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The harness runs the real Kamailio with kamailio.cfg and real sipp callers and callees.

// needTools skips the test when Kamailio or sipp is not installed (scripts/setup.sh installs
// both; CI always has them).
func needTools(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"kamailio", "sipp"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (scripts/setup.sh installs kamailio, its json/utils/extra modules and sip-tester): %v", tool, err)
		}
	}
	for _, mod := range []string{"acc_json.so", "http_client.so", "mqueue.so", "rtimer.so", "dialog.so"} {
		if _, err := os.Stat(filepath.Join("/usr/lib/x86_64-linux-gnu/kamailio/modules", mod)); err != nil {
			t.Skipf("Kamailio module %s is missing (install kamailio-json-modules, kamailio-utils-modules, kamailio-extra-modules): %v", mod, err)
		}
	}
}

// freeUDPPort returns a UDP port on 127.0.0.1 that was free a moment ago.
func freeUDPPort(t *testing.T) int {
	t.Helper()
	c, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	return c.LocalAddr().(*net.UDPAddr).Port
}

// variant is one way of configuring Kamailio's accounting (kamailio.cfg's defines).
type variant struct {
	name    string
	defines []string // -A NAME=VALUE
	tz      string   // Kamailio's TZ (what time_mode 3 formats in)
}

// variants are the accounting settings the oracle must read right.
var variants = []variant{
	{name: "default"},
	{name: "cdr-on-failed-0", defines: []string{"DOTS_CDR_ON_FAILED=0"}},
	{name: "start-on-confirmed", defines: []string{"DOTS_CDR_START_ON_CONFIRMED=1"}},
	{name: "time-mode-1", defines: []string{"DOTS_TIME_MODE=1"}},
	{name: "time-mode-2", defines: []string{"DOTS_TIME_MODE=2"}},
	{name: "time-mode-3", defines: []string{"DOTS_TIME_MODE=3"}, tz: "America/New_York"},
	{name: "time-mode-4", defines: []string{"DOTS_TIME_MODE=4"}, tz: "America/New_York"},
	{name: "manual-extra", defines: []string{`DOTS_CDR_EXTRA="ci=$dlg(callid);ft=$dlg(from_tag)"`}},
}

// kamailio runs Kamailio with kamailio.cfg posting to oracleURL (with credentials) and
// returns its SIP address once it answers.
func kamailio(t *testing.T, ctx context.Context, oracleURL string, v variant) string {
	t.Helper()
	port := freeUDPPort(t)
	args := []string{"-DD", "-E", "-m", "64", "-M", "16", "-f", "kamailio.cfg",
		"-A", fmt.Sprintf("DOTS_LISTEN=udp:127.0.0.1:%d", port),
		"-A", fmt.Sprintf(`DOTS_HTTPCON="dots=>%s"`, oracleURL),
		"-A", "DOTS_RING_TIMEOUT=2000"}
	for _, d := range v.defines {
		args = append(args, "-A", d)
	}
	cmd := exec.CommandContext(ctx, "kamailio", args...)
	cmd.Env = append(os.Environ(), "TZ="+v.tz)
	if v.tz == "" {
		cmd.Env = append(os.Environ(), "TZ=UTC")
	}
	logf, err := os.Create(filepath.Join(t.TempDir(), "kamailio.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.WaitDelay = 5 * time.Second
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting kamailio: %v", err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
		if t.Failed() {
			b, _ := os.ReadFile(logf.Name())
			t.Logf("kamailio log:\n%s", tail(string(b), 4000))
		}
	})
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	waitSIP(t, addr)
	return addr
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// waitSIP waits until a SIP server at addr answers an OPTIONS with Max-Forwards 0 (which
// kamailio.cfg answers 483 at once).
func waitSIP(t *testing.T, addr string) {
	t.Helper()
	c, err := net.Dial("udp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	local := c.LocalAddr().String()
	deadline := time.Now().Add(15 * time.Second)
	for i := 0; time.Now().Before(deadline); i++ {
		msg := fmt.Sprintf("OPTIONS sip:ping@%s SIP/2.0\r\nVia: SIP/2.0/UDP %s;branch=z9hG4bKping%d\r\nFrom: <sip:ping@%s>;tag=p%d\r\n"+
			"To: <sip:ping@%s>\r\nCall-ID: ping%d@%s\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 0\r\nContent-Length: 0\r\n\r\n",
			addr, local, i, local, i, addr, i, local)
		c.Write([]byte(msg))
		c.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
		buf := make([]byte, 2048)
		if n, err := c.Read(buf); err == nil && strings.HasPrefix(string(buf[:n]), "SIP/2.0 ") {
			return
		}
	}
	t.Fatalf("no SIP answer from %s", addr)
}

// callee is a sipp callee (uas scenario) on its own port.
func callee(t *testing.T, ctx context.Context, scenario string) string {
	t.Helper()
	port := freeUDPPort(t)
	cmd := exec.CommandContext(ctx, "sipp", "-sf", filepath.Join("sipp", scenario), "-i", "127.0.0.1", "-p", strconv.Itoa(port), "-nostdin", "-nd")
	cmd.WaitDelay = 2 * time.Second
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting sipp %s: %v", scenario, err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	// sipp is ready once it holds the port.
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		c, err := net.ListenPacket("udp", fmt.Sprintf("127.0.0.1:%d", port))
		if err != nil {
			return fmt.Sprintf("127.0.0.1:%d", port)
		}
		c.Close()
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("sipp %s did not bind port %d", scenario, port)
	return ""
}

// placed is one call made through Kamailio.
type placed struct {
	kind     string // answered, busy, cancelled, noanswer
	caller   string // as dialled
	callee   string
	sourceID string // Call-ID;From-tag, as sipp makes them
}

// call places one call with a sipp caller through kamailio at kam to the callee at uas.
func call(t *testing.T, ctx context.Context, kam, uas, kind, caller, number string) placed {
	t.Helper()
	scenario := map[string]string{"answered": "uac_answer.xml", "busy": "uac_busy.xml", "cancelled": "uac_cancel.xml", "noanswer": "uac_noanswer.xml"}[kind]
	args := []string{"-sf", filepath.Join("sipp", scenario), kam, "-i", "127.0.0.1", "-p", strconv.Itoa(freeUDPPort(t)),
		"-m", "1", "-s", number, "-key", "caller", caller, "-key", "uas", uas, "-d", "1200", "-nostdin", "-timeout", "20s", "-timeout_error"}
	cmd := exec.CommandContext(ctx, "sipp", args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("sipp %s call to %s: %v\n%s", kind, number, err, tail(string(out), 2000))
	}
	pid := cmd.Process.Pid
	return placed{kind: kind, caller: caller, callee: number,
		sourceID: fmt.Sprintf("1-%d@127.0.0.1;%dSIPpTag001", pid, pid)}
}

// callees starts one callee per behaviour.
func callees(t *testing.T, ctx context.Context) map[string]string {
	ring := callee(t, ctx, "uas_ring.xml")
	return map[string]string{"answered": callee(t, ctx, "uas_answer.xml"), "busy": callee(t, ctx, "uas_busy.xml"),
		"cancelled": ring, "noanswer": ring}
}
