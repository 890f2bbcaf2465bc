package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dotsnet/dots/sip/node"
)

func runSIPConfig(t *testing.T, args ...string) (node.Config, error) {
	t.Helper()
	var cfg node.Config
	var cerr error
	app := &cli.App{Commands: []*cli.Command{{Name: "sip", Flags: sipFlags(), Action: func(c *cli.Context) error {
		cfg, cerr = sipConfig(c)
		return nil
	}}}}
	if err := app.Run(append([]string{"dots", "sip"}, args...)); err != nil {
		t.Fatal(err)
	}
	return cfg, cerr
}

// The file gives the base; flags and DOTS_SIP_* variables override it; bad values are errors.
func TestSIPConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "sip.json")
	os.WriteFile(file, []byte(`{"db":"file.db","udp":"127.0.0.1:5060","realm":"file","ringTimeout":"30s",
		"numberRegistry":"0x1111111111111111111111111111111111111111"}`), 0o600)
	t.Setenv("DOTS_SIP_REALM", "env")
	cfg, err := runSIPConfig(t, "--config", file, "--db", "flag.db", "--ring-timeout", "5s",
		"--peer", "0x2222222222222222222222222222222222222222=sip:127.0.0.1:5062", "--operator", "0x3333333333333333333333333333333333333333")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.DB != "flag.db" || cfg.UDP != "127.0.0.1:5060" || cfg.Realm != "env" || cfg.RingTimeout.Duration != 5*time.Second ||
		cfg.NumberRegistry != common.HexToAddress("0x1111111111111111111111111111111111111111") ||
		cfg.Operator != common.HexToAddress("0x3333333333333333333333333333333333333333") ||
		cfg.Peers["0x2222222222222222222222222222222222222222"] != "sip:127.0.0.1:5062" {
		t.Fatalf("got %+v", cfg)
	}
	for _, args := range [][]string{
		{"--peer", "nobody=sip:x"},
		{"--peer", "0x2222222222222222222222222222222222222222=http://x"},
		{"--operator", "0x12"},
		{"--ring-timeout", "-1s"},
		{"--config", filepath.Join(dir, "missing.json")},
	} {
		if _, err := runSIPConfig(t, args...); err == nil {
			t.Errorf("%v accepted", args)
		}
	}
	os.WriteFile(file, []byte(`{"db":"x","udpp":"misspelt"}`), 0o600)
	if _, err := runSIPConfig(t, "--config", file); err == nil {
		t.Error("unknown configuration field accepted")
	}
}
