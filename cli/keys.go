package main

import (
	"crypto/ecdsa"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
)

// keyFlags are the ways a command takes a private key: --key HEX, --key-file PATH, or
// the DOTS_KEY environment variable.
func keyFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "key", Usage: "hex private key of the sending account", EnvVars: []string{"DOTS_KEY"}},
		&cli.StringFlag{Name: "key-file", Usage: "file holding the hex private key"},
	}
}

// keyOnCommandLine reports whether args give --key (or -key) a value on the command line,
// where other users see it (ps, /proc) and the shell's history keeps it.
func keyOnCommandLine(args []string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		for _, f := range []string{"--key", "-key"} {
			if a == f || strings.HasPrefix(a, f+"=") {
				return true
			}
		}
	}
	return false
}

// warnKeyOnCommandLine is what keyOnCommandLine makes the CLI say on stderr.
const warnKeyOnCommandLine = "warning: a private key given with --key is visible to other users of this machine (ps) and kept in your shell history; use --key-file or the DOTS_KEY environment variable"

// loadKey reads the key given by keyFlags.
func loadKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	if keyOnCommandLine(os.Args[1:]) {
		fmt.Fprintln(c.App.ErrWriter, warnKeyOnCommandLine)
	}
	hexKey := c.String("key")
	if f := c.String("key-file"); f != "" {
		if hexKey != "" {
			return nil, fmt.Errorf("give --key or --key-file, not both")
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("reading key file: %w", err)
		}
		hexKey = string(b)
	}
	hexKey = strings.TrimPrefix(strings.TrimSpace(hexKey), "0x")
	if hexKey == "" {
		return nil, fmt.Errorf("a private key is required (--key, --key-file or DOTS_KEY)")
	}
	k, err := crypto.HexToECDSA(hexKey)
	if err != nil {
		return nil, fmt.Errorf("invalid private key: %w", err)
	}
	return k, nil
}
