package main

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

// signer is the sending account: a key from an encrypted keystore, or a raw key (devnets).
type signer interface {
	Address() common.Address
	SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error)
	// SignHash signs a 32-byte digest (EIP-712), returning r||s||v with v 27 or 28.
	SignHash(digest []byte) ([]byte, error)
}

// accountFlags are the ways a sending command takes its account.
func accountFlags() []cli.Flag {
	return append(keyFlags(),
		&cli.StringFlag{Name: "keystore", Usage: "directory of encrypted keys (go-ethereum keystore)", EnvVars: []string{"DOTS_KEYSTORE"}},
		&cli.StringFlag{Name: "account", Usage: "address of the keystore account to send from", EnvVars: []string{"DOTS_ACCOUNT"}},
		&cli.StringFlag{Name: "password-file", Usage: "file holding the keystore password (default: prompt on the terminal)"},
	)
}

type keySigner struct{ k *ecdsa.PrivateKey }

func (s keySigner) Address() common.Address { return crypto.PubkeyToAddress(s.k.PublicKey) }
func (s keySigner) SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), s.k)
}
func (s keySigner) SignHash(d []byte) ([]byte, error) {
	sig, err := crypto.Sign(d, s.k)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

type keystoreSigner struct {
	ks  *keystore.KeyStore
	acc accounts.Account
}

func (s keystoreSigner) Address() common.Address { return s.acc.Address }
func (s keystoreSigner) SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return s.ks.SignTx(s.acc, tx, chainID)
}
func (s keystoreSigner) SignHash(d []byte) ([]byte, error) {
	sig, err := s.ks.SignHash(s.acc, d)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// loadSigner opens the account the flags name: --keystore with --account, or a raw key.
func loadSigner(c *cli.Context) (signer, error) {
	if dir := c.String("keystore"); dir != "" {
		if c.String("key") != "" || c.String("key-file") != "" {
			return nil, errors.New("give --keystore/--account or --key/--key-file, not both")
		}
		addr := c.String("account")
		if !common.IsHexAddress(addr) {
			return nil, fmt.Errorf("--account %q is not an address: give the keystore account to send from (see dots account list --keystore %s)", addr, dir)
		}
		ks := keystore.NewKeyStore(dir, keystore.StandardScryptN, keystore.StandardScryptP)
		acc, err := ks.Find(accounts.Account{Address: common.HexToAddress(addr)})
		if err != nil {
			return nil, fmt.Errorf("account %s is not in keystore %s (see dots account list)", addr, dir)
		}
		pass, err := readPassword(c, "password for "+acc.Address.Hex()+": ", false)
		if err != nil {
			return nil, err
		}
		if err := ks.Unlock(acc, pass); err != nil {
			return nil, fmt.Errorf("unlocking %s: %w", acc.Address.Hex(), err)
		}
		return keystoreSigner{ks, acc}, nil
	}
	k, err := loadKey(c)
	if err != nil {
		return nil, fmt.Errorf("%w, or --keystore DIR --account ADDR", err)
	}
	return keySigner{k}, nil
}

// readPassword reads --password-file, or prompts on the terminal (twice when confirm).
func readPassword(c *cli.Context, prompt string, confirm bool) (string, error) {
	if f := c.String("password-file"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", fmt.Errorf("reading password file: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return "", errors.New("a keystore password is needed: give --password-file FILE (no terminal to prompt on)")
	}
	fmt.Fprint(os.Stderr, prompt)
	p, err := term.ReadPassword(fd)
	fmt.Fprintln(os.Stderr)
	if err != nil {
		return "", fmt.Errorf("reading password: %w", err)
	}
	if confirm {
		fmt.Fprint(os.Stderr, "again: ")
		q, err := term.ReadPassword(fd)
		fmt.Fprintln(os.Stderr)
		if err != nil {
			return "", fmt.Errorf("reading password: %w", err)
		}
		if string(p) != string(q) {
			return "", errors.New("the passwords differ")
		}
	}
	return string(p), nil
}
