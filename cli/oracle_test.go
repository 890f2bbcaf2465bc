package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dotsnet/dots/oracle"
)

// runOracleConfig parses args as dots oracle would and returns the configuration built.
func runOracleConfig(t *testing.T, args ...string) (oracle.Config, error) {
	t.Helper()
	var cfg oracle.Config
	var cerr error
	app := &cli.App{Commands: []*cli.Command{{Name: "oracle", Flags: oracleFlags(), Action: func(c *cli.Context) error {
		cfg, cerr = oracleConfig(c)
		return nil
	}}}}
	if err := app.Run(append([]string{"dots", "oracle"}, args...)); err != nil {
		t.Fatal(err)
	}
	return cfg, cerr
}

// The file gives the base, flags and DOTS_* variables override it.
func TestOracleConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "oracle.json")
	os.WriteFile(file, []byte(`{"db":"file.db","listen":"127.0.0.1:1","batchAge":"30s","interval":"1s","batchSize":10,
		"cdrAnchor":"0x1111111111111111111111111111111111111111","sources":[{"name":"pbx","token":"t"}]}`), 0o600)
	t.Setenv("DOTS_ORACLE_BATCH_AGE", "5s")
	t.Setenv("DOTS_RATE_EXCHANGE", "0x3333333333333333333333333333333333333333")
	cfg, err := runOracleConfig(t, "--config", file, "--db", "flag.db", "--interval", "250ms", "--max-body-bytes", "1024",
		"--number-registry", "0x2222222222222222222222222222222222222222")
	if err != nil {
		t.Fatal(err)
	}
	want := oracle.Config{DB: "flag.db", Listen: "127.0.0.1:1", BatchSize: 10, MaxBodyBytes: 1024,
		BatchAge:       oracle.Duration{Duration: 5 * time.Second},
		Interval:       oracle.Duration{Duration: 250 * time.Millisecond},
		CDRAnchor:      common.HexToAddress("0x1111111111111111111111111111111111111111"),
		NumberRegistry: common.HexToAddress("0x2222222222222222222222222222222222222222"),
		RateExchange:   common.HexToAddress("0x3333333333333333333333333333333333333333")}
	if cfg.DB != want.DB || cfg.Listen != want.Listen || cfg.BatchSize != want.BatchSize || cfg.MaxBodyBytes != want.MaxBodyBytes ||
		cfg.BatchAge != want.BatchAge || cfg.Interval != want.Interval || cfg.CDRAnchor != want.CDRAnchor ||
		cfg.NumberRegistry != want.NumberRegistry || cfg.RateExchange != want.RateExchange || len(cfg.Sources) != 1 {
		t.Fatalf("got %+v\nwant %+v", cfg, want)
	}
	for _, args := range [][]string{
		{"--cdr-anchor", "0x12"},
		{"--batch-age", "-1s"},
		{"--max-body-bytes", "0"},
		{"--config", filepath.Join(dir, "missing.json")},
	} {
		if _, err := runOracleConfig(t, args...); err == nil {
			t.Errorf("%s accepted", strings.Join(args, " "))
		}
	}
}
