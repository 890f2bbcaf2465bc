package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
)

func accountCommand() *cli.Command {
	ksFlags := func(extra ...cli.Flag) []cli.Flag {
		return append([]cli.Flag{
			&cli.StringFlag{Name: "keystore", Usage: "keystore directory", Required: true, EnvVars: []string{"DOTS_KEYSTORE"}},
			&cli.StringFlag{Name: "password-file", Usage: "file holding the new key's password (default: prompt)"},
			&cli.BoolFlag{Name: "light-kdf", Usage: "cheaper scrypt parameters (tests and devnets only)"},
		}, extra...)
	}
	open := func(c *cli.Context) *keystore.KeyStore {
		n, p := keystore.StandardScryptN, keystore.StandardScryptP
		if c.Bool("light-kdf") {
			n, p = keystore.LightScryptN, keystore.LightScryptP
		}
		return keystore.NewKeyStore(c.String("keystore"), n, p)
	}
	return &cli.Command{
		Name:  "account",
		Usage: "create, list and import encrypted keys (go-ethereum keystore)",
		Subcommands: []*cli.Command{
			{
				Name:  "new",
				Usage: "create a key in the keystore and print its address",
				Flags: ksFlags(jsonFlag()),
				Action: func(c *cli.Context) error {
					pass, err := readPassword(c, "password for the new key: ", true)
					if err != nil {
						return cli.Exit("creating a key: "+err.Error(), 2)
					}
					acc, err := open(c).NewAccount(pass)
					if err != nil {
						return cli.Exit("creating a key: "+err.Error(), 2)
					}
					return printOut(c, map[string]string{"address": acc.Address.Hex(), "file": acc.URL.Path},
						func() { fmt.Fprintf(c.App.Writer, "%s  %s\n", acc.Address.Hex(), acc.URL.Path) })
				},
			},
			{
				Name:  "list",
				Usage: "list the keystore's accounts",
				Flags: ksFlags(jsonFlag()),
				Action: func(c *cli.Context) error {
					if _, err := os.Stat(c.String("keystore")); err != nil {
						return cli.Exit("listing accounts: "+err.Error(), 2)
					}
					type row struct {
						Address string `json:"address"`
						File    string `json:"file"`
					}
					var rows []row
					for _, a := range open(c).Accounts() {
						rows = append(rows, row{a.Address.Hex(), a.URL.Path})
					}
					return printOut(c, rows, func() {
						t := newTable(c.App.Writer, "ADDRESS", "FILE")
						for _, r := range rows {
							t.row(r.Address, r.File)
						}
						t.flush()
					})
				},
			},
			{
				Name:      "import",
				Usage:     "encrypt a hex private key (read from FILE) into the keystore",
				ArgsUsage: "KEYFILE",
				Flags:     ksFlags(jsonFlag()),
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return cli.Exit("importing a key: give the file holding the hex private key (dots account import KEYFILE)", 2)
					}
					b, err := os.ReadFile(c.Args().First())
					if err != nil {
						return cli.Exit("importing a key: "+err.Error(), 2)
					}
					k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
					if err != nil {
						return cli.Exit(fmt.Sprintf("importing a key: %s does not hold a hex private key: %v", c.Args().First(), err), 2)
					}
					pass, err := readPassword(c, "password for the imported key: ", true)
					if err != nil {
						return cli.Exit("importing a key: "+err.Error(), 2)
					}
					acc, err := open(c).ImportECDSA(k, pass)
					if err != nil {
						return cli.Exit("importing a key: "+err.Error(), 2)
					}
					return printOut(c, map[string]string{"address": acc.Address.Hex(), "file": acc.URL.Path},
						func() { fmt.Fprintf(c.App.Writer, "%s  %s\n", acc.Address.Hex(), acc.URL.Path) })
				},
			},
		},
	}
}
