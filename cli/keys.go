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

// loadKey reads the key given by keyFlags.
func loadKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
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
