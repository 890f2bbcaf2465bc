package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/dotsnet/dots/bindings/stealthregistry"
	"github.com/dotsnet/dots/bindings/stealthsweeper"
	"github.com/dotsnet/dots/oracle/ipfs"
	"github.com/dotsnet/dots/stealth"
)

// Private rewards (issue 18): stealth keys, the meta-address registration, and scanning the
// rewards documents' announcements for the leaves paid to the owner's stealth addresses.

var (
	srABI = stealthregistry.NewStealthRegistry()
	swABI = stealthsweeper.NewStealthSweeper()
)

// publicNote is what the CLI says wherever an account without a meta-address is paid.
const publicNote = "rewards paid to an address with no stealth meta-address are public: anyone can read each batch's amount " +
	"and, with NumberRegistry, your calls' seconds (register one with dots rewards register)"

func stealthRegistryOf(ch *chain) (common.Address, error) {
	if ch.dep.StealthRegistry == (common.Address{}) {
		return common.Address{}, errors.New("the deployment has no StealthRegistry (deployed before private rewards)")
	}
	return ch.dep.StealthRegistry, nil
}

// walletStealthKeys signs stealth.KeyMessage with the account (EIP-191) and derives the keys.
func walletStealthKeys(s signer) (stealth.Keys, error) {
	sig, err := s.SignHash(accounts.TextHash([]byte(stealth.KeyMessage)))
	if err != nil {
		return stealth.Keys{}, fmt.Errorf("signing the stealth key message: %w", err)
	}
	return stealth.KeysFromSignature(sig)
}

func parseKey(name, s string) (*ecdsa.PrivateKey, error) {
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
	if err != nil {
		return nil, fmt.Errorf("--%s: not a private key (64 hex digits): %w", name, err)
	}
	return k, nil
}

// stealthLeaf is a rewards leaf the viewing key found.
type stealthLeaf struct {
	Operator   common.Address `json:"operator"`
	Account    common.Address `json:"account"`
	Epoch      uint64         `json:"epoch"`
	BatchID    string         `json:"batchId"`
	Cumulative string         `json:"cumulative"`
	Claimable  string         `json:"claimable"`
	Balance    string         `json:"balance"`
	line       *rewardLine
	key        *ecdsa.PrivateKey
	balance    *big.Int
}

// scanOperator reads op's latest final rewards document and returns the leaves whose
// announcements are for the keys (spending nil: find only, no stealth keys).
func (ch *chain) scanOperator(ctx context.Context, ip *ipfs.Client, op common.Address, viewing *ecdsa.PrivateKey,
	spendingPub *ecdsa.PublicKey, spending *ecdsa.PrivateKey) ([]stealthLeaf, error) {
	rdoc, _, err := ch.latestRewardsDocument(ctx, ip, op)
	if err != nil || rdoc == nil {
		return nil, err
	}
	var out []stealthLeaf
	for _, a := range rdoc.Announcements {
		ann := stealth.Announcement{Stealth: a.Account, EphemeralPub: a.EphemeralPubKey, ViewTag: a.ViewTag}
		if !stealth.Check(ann, viewing, spendingPub) {
			continue
		}
		l, err := ch.rewardFrom(ctx, ip, op, a.Account)
		if err != nil {
			return nil, err
		}
		if l == nil {
			continue
		}
		sl := stealthLeaf{Operator: op, Account: a.Account, Epoch: a.Epoch, BatchID: l.BatchID, Cumulative: l.Cumulative, Claimable: l.Claimable, line: l}
		if spending != nil {
			if sl.key, err = stealth.StealthKey(ann, viewing, spending); err != nil {
				return nil, err
			}
		}
		if sl.balance, err = viewAs(ctx, ch, ch.dep.RewardToken, tokABI.PackBalanceOf(a.Account), tokABI.UnpackBalanceOf); err != nil {
			return nil, err
		}
		sl.Balance = formatDOTS(sl.balance)
		out = append(out, sl)
	}
	return out, nil
}

// sweepOne signs (with the stealth key) RewardToken's permit for the sweeper and a Sweep to
// `to` with `fee` for the relayer (the sending account), and sends it.
func (ch *chain) sweepOne(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, fee *big.Int) error {
	if ch.dep.StealthSweeper == (common.Address{}) {
		return errors.New("the deployment has no StealthSweeper")
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	head, err := ch.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("reading the head block: %w", err)
	}
	deadline := new(big.Int).SetUint64(head.Time + 3600)
	dom, err := viewAs(ctx, ch, ch.dep.RewardToken, tokABI.PackDOMAINSEPARATOR(), tokABI.UnpackDOMAINSEPARATOR)
	if err != nil {
		return err
	}
	pnonce, err := viewAs(ctx, ch, ch.dep.RewardToken, tokABI.PackNonces(from), tokABI.UnpackNonces)
	if err != nil {
		return err
	}
	value := math.MaxBig256
	permitType := crypto.Keccak256([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))
	structHash := crypto.Keccak256(permitType, common.LeftPadBytes(from[:], 32), common.LeftPadBytes(ch.dep.StealthSweeper[:], 32),
		math.U256Bytes(new(big.Int).Set(value)), math.U256Bytes(new(big.Int).Set(pnonce)), math.U256Bytes(new(big.Int).Set(deadline)))
	psig, err := crypto.Sign(crypto.Keccak256([]byte("\x19\x01"), dom[:], structHash), key)
	if err != nil {
		return err
	}
	permit := stealthsweeper.StealthSweeperPermit{Value: value, Deadline: deadline, V: psig[64] + 27}
	copy(permit.R[:], psig[:32])
	copy(permit.S[:], psig[32:64])
	sw := stealthsweeper.StealthSweeperSweep{From: from, To: to, Fee: fee, Relayer: ch.from.Address(), Deadline: deadline}
	snonce, err := viewAs(ctx, ch, ch.dep.StealthSweeper, swABI.PackNonces(from), swABI.UnpackNonces)
	if err != nil {
		return err
	}
	digest, err := viewAs(ctx, ch, ch.dep.StealthSweeper, swABI.PackSweepDigest(sw, snonce), swABI.UnpackSweepDigest)
	if err != nil {
		return err
	}
	ssig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return err
	}
	ssig[64] += 27
	_, err = ch.send(ctx, txCall{What: fmt.Sprintf("sweep the DOTS of stealth address %s to %s (fee %s)", from.Hex(), to.Hex(), formatDOTS(fee)),
		Contract: "StealthSweeper", To: ch.dep.StealthSweeper, Data: swABI.PackSweep(sw, ssig, permit)})
	return err
}

func stealthCommands() []*cli.Command {
	return []*cli.Command{
		{
			Name:  "keys",
			Usage: "derive the account's stealth keys from its signature of a fixed message (as the wallet page does) and print the meta-address",
			Flags: append(accountFlags(), jsonFlag()),
			Action: func(c *cli.Context) error {
				s, err := loadSigner(c)
				if err != nil {
					return cli.Exit("deriving stealth keys: "+err.Error(), 2)
				}
				keys, err := walletStealthKeys(s)
				if err != nil {
					return cli.Exit("deriving stealth keys: "+err.Error(), 2)
				}
				v := struct {
					Account     common.Address `json:"account"`
					MetaAddress string         `json:"metaAddress"`
					ViewingKey  string         `json:"viewingKey"`
					SpendingKey string         `json:"spendingKey"`
				}{s.Address(), keys.Meta().String(), hexutil.Encode(crypto.FromECDSA(keys.Viewing)), hexutil.Encode(crypto.FromECDSA(keys.Spending))}
				return printOut(c, v, func() {
					fmt.Fprintf(c.App.Writer, "meta-address  %s\nviewing key   %s (finds your stealth rewards: keep it private)\nspending key  %s (moves them: keep it secret)\n",
						v.MetaAddress, v.ViewingKey, v.SpendingKey)
				})
			},
		},
		{
			Name:  "register",
			Usage: "register the account's stealth meta-address (derived from its signature, or --meta-address) so oracles pay its rewards privately; --withdraw to go back to public payments",
			Flags: sendFlags(&cli.StringFlag{Name: "meta-address", Usage: "st:eth:0x… (default: derived from the account's signature)"},
				&cli.BoolFlag{Name: "withdraw", Usage: "remove the registration (rewards are then paid to the address, in public)"}),
			Action: func(c *cli.Context) error {
				ch, err := openChain(c, true)
				if err != nil {
					return fail("registering the stealth meta-address", err)
				}
				defer ch.close()
				reg, err := stealthRegistryOf(ch)
				if err != nil {
					return cli.Exit("registering the stealth meta-address: "+err.Error(), 2)
				}
				var meta []byte
				switch {
				case c.Bool("withdraw"):
				case c.String("meta-address") != "":
					m, err := stealth.ParseMetaAddressString(c.String("meta-address"))
					if err != nil {
						return cli.Exit("registering the stealth meta-address: "+err.Error(), 2)
					}
					meta = m.Bytes()
				default:
					keys, err := walletStealthKeys(ch.from)
					if err != nil {
						return cli.Exit("registering the stealth meta-address: "+err.Error(), 2)
					}
					meta = keys.Meta().Bytes()
				}
				what := "register stealth meta-address st:eth:" + hexutil.Encode(meta)
				if meta == nil {
					what = "withdraw the stealth meta-address (rewards become public)"
				}
				if _, err := ch.send(c.Context, txCall{What: what, Contract: "StealthRegistry", To: reg, Data: srABI.PackRegisterKeys(big.NewInt(stealth.SchemeID), meta)}); err != nil {
					return cli.Exit(err.Error(), 2)
				}
				return nil
			},
		},
		{
			Name: "scan",
			Usage: "find the rewards paid to your stealth addresses (--viewing-key with --spending-key or --meta-address); " +
				"with --sweep-to, claim them and sweep them there, the sending account relaying (it pays the gas; the stealth addresses need no ETH)",
			Flags: sendFlags(rewardFlags(jsonFlag(),
				&cli.StringFlag{Name: "viewing-key", Usage: "stealth viewing private key (dots rewards keys)", Required: true},
				&cli.StringFlag{Name: "spending-key", Usage: "stealth spending private key (needed to sweep)"},
				&cli.StringFlag{Name: "meta-address", Usage: "your meta-address, to scan with the viewing key alone"},
				&cli.StringFlag{Name: "operator", Usage: "only this operator"},
				&cli.StringFlag{Name: "sweep-to", Usage: "claim what was found and move it to this address"},
				&cli.StringFlag{Name: "fee", Usage: "DOTS (wei) each sweep pays the relaying account", Value: "0"})...),
			Action: func(c *cli.Context) error {
				viewing, err := parseKey("viewing-key", c.String("viewing-key"))
				if err != nil {
					return cli.Exit("scanning: "+err.Error(), 2)
				}
				var spending *ecdsa.PrivateKey
				var spendingPub *ecdsa.PublicKey
				switch {
				case c.String("spending-key") != "":
					if spending, err = parseKey("spending-key", c.String("spending-key")); err != nil {
						return cli.Exit("scanning: "+err.Error(), 2)
					}
					spendingPub = &spending.PublicKey
				case c.String("meta-address") != "":
					m, err := stealth.ParseMetaAddressString(c.String("meta-address"))
					if err != nil {
						return cli.Exit("scanning: "+err.Error(), 2)
					}
					spendingPub = m.Spending
				default:
					return cli.Exit("scanning: give --spending-key (to sweep) or --meta-address (to look only)", 2)
				}
				var to common.Address
				sweep := c.String("sweep-to") != ""
				if sweep {
					if to, err = addrFlagValue(c, "sweep-to"); err != nil {
						return cli.Exit("scanning: "+err.Error(), 2)
					}
					if spending == nil {
						return cli.Exit("scanning: --sweep-to needs --spending-key", 2)
					}
				}
				fee, ok := new(big.Int).SetString(c.String("fee"), 10)
				if !ok || fee.Sign() < 0 {
					return cli.Exit(fmt.Sprintf("scanning: --fee %q is not an amount in wei", c.String("fee")), 2)
				}
				ch, err := openChain(c, sweep)
				if err != nil {
					return fail("scanning", err)
				}
				defer ch.close()
				ip := ipfs.New(c.String("ipfs"))
				var ops []common.Address
				if c.String("operator") != "" {
					op, err := addrFlagValue(c, "operator")
					if err != nil {
						return cli.Exit("scanning: "+err.Error(), 2)
					}
					ops = []common.Address{op}
				} else if ops, err = ch.operators(c.Context); err != nil {
					return fail("scanning", err)
				}
				found := []stealthLeaf{}
				for _, op := range ops {
					ls, err := ch.scanOperator(c.Context, ip, op, viewing, spendingPub, spending)
					if err != nil {
						return fail("scanning operator "+op.Hex(), err)
					}
					found = append(found, ls...)
				}
				if sweep {
					for i := range found {
						f := &found[i]
						if f.line.ClaimWei != "0" {
							what := fmt.Sprintf("claim %s for stealth address %s (operator %s)", f.Claimable, f.Account.Hex(), f.Operator.Hex())
							if err := ch.anSend(c.Context, what, anABI.PackClaim(f.Operator, f.line.batch, f.Account, f.line.cumWei, hashesToBytes32(f.line.proof))); err != nil {
								return cli.Exit(err.Error(), 2)
							}
						}
					}
					swept := map[common.Address]bool{}
					for i := range found {
						f := &found[i]
						if swept[f.Account] {
							continue
						}
						swept[f.Account] = true
						bal, err := viewAs(c.Context, ch, ch.dep.RewardToken, tokABI.PackBalanceOf(f.Account), tokABI.UnpackBalanceOf)
						if err != nil {
							return fail("reading a stealth balance", err)
						}
						if bal.Sign() == 0 {
							continue
						}
						if err := ch.sweepOne(c.Context, f.key, to, fee); err != nil {
							return cli.Exit(err.Error(), 2)
						}
						f.Balance = formatDOTS(new(big.Int))
					}
				}
				return printOut(c, found, func() {
					if len(found) == 0 {
						fmt.Fprintln(c.App.Writer, "no stealth rewards found for this viewing key")
						return
					}
					t := newTable(c.App.Writer, "OPERATOR", "STEALTH ADDRESS", "EPOCH", "CUMULATIVE", "CLAIMABLE", "BALANCE")
					for _, f := range found {
						t.row(f.Operator.Hex(), f.Account.Hex(), fmt.Sprint(f.Epoch), f.Cumulative, f.Claimable, f.Balance)
					}
					t.flush()
				})
			},
		},
	}
}

// hasNoMetaAddress is true when the deployment has a StealthRegistry and acct registered
// no meta-address there (so its rewards are paid in public).
func (ch *chain) hasNoMetaAddress(ctx context.Context, acct common.Address) bool {
	if ch.dep.StealthRegistry == (common.Address{}) {
		return false
	}
	m, err := viewAs(ctx, ch, ch.dep.StealthRegistry, srABI.PackStealthMetaAddressOf(acct, big.NewInt(stealth.SchemeID)), srABI.UnpackStealthMetaAddressOf)
	return err == nil && len(m) == 0
}
