package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"
)

// portRequest is an EIP-712 Port authorisation (NumberRegistry's PORT_TYPEHASH) passed between
// the number's owner and the receiving operator: `port` writes it with the owner's signature,
// `port sign` adds the operator's, `port send` (or `route --consent`) uses it.
type portRequest struct {
	ChainID     uint64         `json:"chainId"`
	Registry    common.Address `json:"registry"`
	Number      string         `json:"number"`
	ToOperator  common.Address `json:"toOperator"`
	SipURI      string         `json:"sipUri"`
	Deadline    uint64         `json:"deadline"`
	Digest      common.Hash    `json:"digest"`
	OwnerSig    hexutil.Bytes  `json:"ownerSig,omitempty"`
	OperatorSig hexutil.Bytes  `json:"operatorSig,omitempty"`
}

func (ch *chain) portDigest(c *cli.Context, r *portRequest) (common.Hash, error) {
	return viewAs(c.Context, ch, ch.reg(), nrABI.PackPortDigest(nodeOf(r.Number), r.ToOperator, r.SipURI, new(big.Int).SetUint64(r.Deadline)), nrABI.UnpackPortDigest)
}

func readPortRequest(path string) (*portRequest, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the port request: %w", err)
	}
	var r portRequest
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%s is not a port request (from dots number port): %w", path, err)
	}
	if _, err := parseE164(r.Number); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &r, nil
}

func writePortRequest(c *cli.Context, r *portRequest, path string) error {
	b, _ := json.MarshalIndent(r, "", "  ")
	if path == "" || path == "-" {
		fmt.Fprintln(c.App.Writer, string(b))
		return nil
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// checkRequest checks r against the chain: same chain and registry, digest still current.
func (ch *chain) checkRequest(c *cli.Context, r *portRequest) error {
	if r.ChainID != ch.dep.ChainID || r.Registry != ch.reg() {
		return fmt.Errorf("the request is for registry %s on chain %d, not this deployment's %s on chain %d", r.Registry.Hex(), r.ChainID, ch.reg().Hex(), ch.dep.ChainID)
	}
	d, err := ch.portDigest(c, r)
	if err != nil {
		return err
	}
	if d != r.Digest {
		return fmt.Errorf("the request is stale: the number's port nonce moved (its route, owner or signatures changed since); make a new one with dots number port")
	}
	if time.Now().Unix() > int64(r.Deadline) {
		return fmt.Errorf("the request expired at %s", formatTime(r.Deadline))
	}
	return nil
}

func numberPortCommand() *cli.Command {
	return &cli.Command{
		Name:      "port",
		Usage:     "port a number to another operator: write the request signed by the owner (then port sign, port send)",
		ArgsUsage: "NUMBER",
		Flags: sendFlags(
			&cli.StringFlag{Name: "to-operator", Usage: "receiving operator (required)"},
			&cli.StringFlag{Name: "uri", Usage: "SIP URI at the receiving operator (required)"},
			&cli.DurationFlag{Name: "valid", Usage: "how long the signatures stay valid", Value: 24 * time.Hour},
			&cli.StringFlag{Name: "out", Usage: "request file to write (default: stdout)"},
		),
		Action: func(c *cli.Context) error {
			e, err := numberArg(c, "porting a number")
			if err != nil {
				return cli.Exit(err.Error(), 2)
			}
			op := c.String("to-operator")
			if c.String("uri") == "" {
				return cli.Exit(fmt.Sprintf("porting %s: give --uri, the SIP URI at the receiving operator", e), 2)
			}
			if !common.IsHexAddress(op) {
				return cli.Exit(fmt.Sprintf("porting %s: --to-operator %q is not an address", e, op), 2)
			}
			ch, err := openChain(c, true)
			if err != nil {
				return fail("porting "+e, err)
			}
			defer ch.close()
			r := &portRequest{ChainID: ch.dep.ChainID, Registry: ch.reg(), Number: e, ToOperator: common.HexToAddress(op), SipURI: c.String("uri"),
				Deadline: uint64(time.Now().Add(c.Duration("valid")).Unix())}
			if r.Digest, err = ch.portDigest(c, r); err != nil {
				return fail("porting "+e, err)
			}
			if r.OwnerSig, err = ch.from.SignHash(r.Digest[:]); err != nil {
				return fail("signing the port of "+e, err)
			}
			if err := writePortRequest(c, r, c.String("out")); err != nil {
				return fail("writing the port request", err)
			}
			fmt.Fprintf(c.App.ErrWriter, "signed as owner; the receiving operator %s signs it with: dots number port sign FILE\n", r.ToOperator.Hex())
			return nil
		},
		Subcommands: []*cli.Command{
			{
				Name: "sign", Usage: "sign a port (or route) request as its receiving operator", ArgsUsage: "FILE",
				Flags: sendFlags(&cli.StringFlag{Name: "out", Usage: "file to write (default: FILE itself)"}),
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return cli.Exit("signing a port request: give the request file", 2)
					}
					r, err := readPortRequest(c.Args().First())
					if err != nil {
						return cli.Exit(err.Error(), 2)
					}
					ch, err := openChain(c, true)
					if err != nil {
						return fail("signing the port of "+r.Number, err)
					}
					defer ch.close()
					if ch.from.Address() != r.ToOperator {
						return cli.Exit(fmt.Sprintf("signing the port of %s: the request is for operator %s, you are %s", r.Number, r.ToOperator.Hex(), ch.from.Address().Hex()), 2)
					}
					if err := ch.checkRequest(c, r); err != nil {
						return fail("signing the port of "+r.Number, err)
					}
					if r.OperatorSig, err = ch.from.SignHash(r.Digest[:]); err != nil {
						return fail("signing the port of "+r.Number, err)
					}
					out := c.String("out")
					if out == "" {
						out = c.Args().First()
					}
					if err := writePortRequest(c, r, out); err != nil {
						return fail("writing the port request", err)
					}
					return nil
				},
			},
			{
				Name: "send", Usage: "send a port request signed by the owner and the receiving operator (anyone may send it)", ArgsUsage: "FILE",
				Flags: sendFlags(),
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return cli.Exit("sending a port: give the request file", 2)
					}
					r, err := readPortRequest(c.Args().First())
					if err != nil {
						return cli.Exit(err.Error(), 2)
					}
					if len(r.OwnerSig) == 0 || len(r.OperatorSig) == 0 {
						return cli.Exit(fmt.Sprintf("sending the port of %s: the request lacks the owner's or the operator's signature (dots number port sign)", r.Number), 2)
					}
					ch, err := openChain(c, true)
					if err != nil {
						return fail("porting "+r.Number, err)
					}
					defer ch.close()
					if err := ch.checkRequest(c, r); err != nil {
						return fail("porting "+r.Number, err)
					}
					data := nrABI.PackPort(r.Number, r.ToOperator, r.SipURI, new(big.Int).SetUint64(r.Deadline), r.OwnerSig, r.OperatorSig)
					if err := ch.nrSend(c.Context, fmt.Sprintf("port %s to %s", r.Number, r.ToOperator.Hex()), data); err != nil {
						return cli.Exit(err.Error(), 2)
					}
					return nil
				},
			},
		},
	}
}

func numberRouteCommand() *cli.Command {
	return &cli.Command{
		Name:      "route",
		Usage:     "set a number's SIP route: a bare --uri, or --operator with its consent (a request it signed with dots number port sign)",
		ArgsUsage: "NUMBER",
		Flags: sendFlags(
			&cli.StringFlag{Name: "uri", Usage: "SIP URI", Required: true},
			&cli.StringFlag{Name: "operator", Usage: "serving operator (needs --consent)"},
			&cli.StringFlag{Name: "consent", Usage: "request file the operator signed (dots number port --to-operator OP --uri URI, then port sign)"},
		),
		Action: func(c *cli.Context) error {
			e, err := numberArg(c, "routing a number")
			if err != nil {
				return cli.Exit(err.Error(), 2)
			}
			ch, err := openChain(c, true)
			if err != nil {
				return fail("routing "+e, err)
			}
			defer ch.close()
			op := common.Address{}
			var deadline uint64
			var sig []byte
			if s := c.String("operator"); s != "" {
				if !common.IsHexAddress(s) {
					return cli.Exit(fmt.Sprintf("routing %s: --operator %q is not an address", e, s), 2)
				}
				op = common.HexToAddress(s)
				if c.String("consent") == "" {
					return cli.Exit(fmt.Sprintf("routing %s to operator %s: the operator must consent; give --consent FILE, a request it signed (dots number port %s --to-operator %s --uri %s --out FILE, then dots number port sign FILE by the operator)", e, op.Hex(), e, op.Hex(), c.String("uri")), 2)
				}
				r, err := readPortRequest(c.String("consent"))
				if err != nil {
					return cli.Exit(err.Error(), 2)
				}
				if r.Number != e || r.ToOperator != op || r.SipURI != c.String("uri") || len(r.OperatorSig) == 0 {
					return cli.Exit(fmt.Sprintf("routing %s: %s is the operator's consent to %s at %s for %s, not this route (or it is not signed yet)", e, c.String("consent"), r.ToOperator.Hex(), r.SipURI, r.Number), 2)
				}
				if err := ch.checkRequest(c, r); err != nil {
					return fail("routing "+e, err)
				}
				deadline, sig = r.Deadline, r.OperatorSig
			}
			data := nrABI.PackSetRoute(e, op, c.String("uri"), new(big.Int).SetUint64(deadline), sig)
			if err := ch.nrSend(c.Context, "route "+e+" to "+c.String("uri"), data); err != nil {
				return cli.Exit(err.Error(), 2)
			}
			return nil
		},
	}
}
