package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/dotsnet/dots/cdr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

// batchCommand: `dots batch root FILE` and `dots batch proof FILE --leaf HASH | --index N`
// on batch documents, rewards documents and bare StandardMerkleTree "standard-v1" dumps.
func batchCommand() *cli.Command {
	return &cli.Command{
		Name:  "batch",
		Usage: "check batch and rewards documents (StandardMerkleTree dumps) offline",
		Subcommands: []*cli.Command{
			{
				Name:      "root",
				Usage:     "recompute the Merkle root from the document's values and compare it with the stored root",
				ArgsUsage: "FILE",
				Description: "Prints the root computed from the values. Exit 1 (printing both roots) when it\n" +
					"differs from the root stored in the file (tree[0]), or when the stored tree or the\n" +
					"document's metadata does not match the values; exit 2 when FILE cannot be read or parsed.",
				Action: batchRoot,
			},
			{
				Name:      "proof",
				Usage:     "print the Merkle proof of one value as JSON",
				ArgsUsage: "FILE",
				Description: "Prints {\"leaf\",\"proof\",\"root\",\"index\",\"value\"}. The proof verifies with\n" +
					"OpenZeppelin's MerkleProof.verify(proof, root, leaf). Exit 1 when --leaf is not in the\n" +
					"tree, 2 on bad input.",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "leaf", Usage: "leaf hash (0x + 64 hex digits)"},
					&cli.IntFlag{Name: "index", Usage: "index of the value in the document's \"values\"", Value: -1},
				},
				Action: batchProof,
			},
		},
	}
}

// cdrCommand: `dots cdr leaf FILE`.
func cdrCommand() *cli.Command {
	return &cli.Command{
		Name:  "cdr",
		Usage: "call detail records",
		Subcommands: []*cli.Command{
			{
				Name:      "leaf",
				Usage:     "print the Merkle leaf of a full JSON CDR (FILE or - for stdin)",
				ArgsUsage: "FILE",
				Description: "The CDR is validated first; an invalid one exits 2 naming the field.\n" +
					"The leaf equals CDRAnchor.cdrLeaf of the same CDR (numbers as commitments); it includes\n" +
					"the side that wrote the CDR (\"side\": \"originating\" or \"terminating\"), so the two\n" +
					"operators' CDRs of one call are two different leaves.",
				Action: cdrLeaf,
			},
		},
	}
}

// oneFileArg returns the single FILE argument, or an exit-2 error.
func oneFileArg(c *cli.Context) (string, error) {
	if c.NArg() != 1 {
		return "", cli.Exit(fmt.Sprintf("%s: want exactly one FILE argument, got %d", c.Command.FullName(), c.NArg()), 2)
	}
	return c.Args().First(), nil
}

func readInput(c *cli.Context, path string) ([]byte, error) {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(c.App.Reader)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, cli.Exit(fmt.Sprintf("reading %s: %v", path, err), 2)
	}
	return data, nil
}

// loadDump reads FILE and parses its dump and values with a codec for its leaf encoding.
func loadDump(c *cli.Context) (string, []byte, *cdr.Dump, *cdr.RawCodec, []cdr.RawValue, error) {
	path, err := oneFileArg(c)
	if err != nil {
		return "", nil, nil, nil, nil, err
	}
	data, err := readInput(c, path)
	if err != nil {
		return "", nil, nil, nil, nil, err
	}
	dump, err := cdr.ParseDump(data)
	if err != nil {
		return "", nil, nil, nil, nil, cli.Exit(fmt.Sprintf("%s: %v", path, err), 2)
	}
	codec, err := cdr.NewRawCodec(dump.LeafEncoding)
	if err != nil {
		return "", nil, nil, nil, nil, cli.Exit(fmt.Sprintf("%s: %v", path, err), 2)
	}
	values := make([]cdr.RawValue, len(dump.Values))
	for i, dv := range dump.Values {
		v, err := codec.ParseJSON(dv.Value)
		if err != nil {
			return "", nil, nil, nil, nil, cli.Exit(fmt.Sprintf("%s: values[%d]: %v", path, i, err), 2)
		}
		values[i] = v
	}
	return path, data, dump, codec, values, nil
}

func batchRoot(c *cli.Context) error {
	path, data, dump, codec, values, err := loadDump(c)
	if err != nil {
		return err
	}
	tree, err := cdr.NewTreeParallel(codec, values, 0)
	if err != nil {
		return cli.Exit(fmt.Sprintf("%s: %v", path, err), 2)
	}
	fmt.Fprintln(c.App.Writer, tree.Root().Hex())
	if tree.Root() != dump.Root() {
		return cli.Exit(fmt.Sprintf("%s: root mismatch: computed from values %s, stored in file %s",
			path, tree.Root().Hex(), dump.Root().Hex()), 1)
	}
	// Same root: the stored tree and the metadata must match the values too.
	if _, err := cdr.TreeFromDump(codec, dump); err != nil {
		return cli.Exit(fmt.Sprintf("%s: %v", path, err), 1)
	}
	switch kind := cdr.DocumentKind(data); kind {
	case cdr.KindBatch:
		if _, err := cdr.LoadBatchDocument(data); err != nil {
			return cli.Exit(fmt.Sprintf("%s: %v", path, err), 1)
		}
	case cdr.KindRewards:
		if _, err := cdr.LoadRewardsDocument(data); err != nil {
			return cli.Exit(fmt.Sprintf("%s: %v", path, err), 1)
		}
	}
	return nil
}

// proofOutput is what `dots batch proof` prints.
type proofOutput struct {
	Leaf  common.Hash     `json:"leaf"`
	Proof []common.Hash   `json:"proof"`
	Root  common.Hash     `json:"root"`
	Index int             `json:"index"`
	Value json.RawMessage `json:"value"`
}

func batchProof(c *cli.Context) error {
	hasLeaf, hasIndex := c.IsSet("leaf"), c.IsSet("index")
	if hasLeaf == hasIndex {
		return cli.Exit("batch proof: give exactly one of --leaf HASH or --index N", 2)
	}
	path, _, dump, codec, _, err := loadDump(c)
	if err != nil {
		return err
	}
	tree, err := cdr.TreeFromDump(codec, dump)
	if err != nil {
		return cli.Exit(fmt.Sprintf("%s: invalid document: %v", path, err), 2)
	}
	var i int
	if hasLeaf {
		leaf, err := cdr.ParseHash(c.String("leaf"))
		if err != nil {
			return cli.Exit(fmt.Sprintf("--leaf %.80q: %v", c.String("leaf"), err), 2)
		}
		var ok bool
		if i, ok = tree.IndexOf(leaf); !ok {
			return cli.Exit(fmt.Sprintf("%s: leaf %s is not in the tree (root %s)", path, leaf.Hex(), tree.Root().Hex()), 1)
		}
	} else {
		i = c.Int("index")
		if i < 0 || i >= tree.Len() {
			return cli.Exit(fmt.Sprintf("--index %d out of range: %s has %d values", i, path, tree.Len()), 2)
		}
	}
	proof, err := tree.Proof(i)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	if proof == nil {
		proof = []common.Hash{}
	}
	v := tree.At(i)
	out, err := json.MarshalIndent(proofOutput{
		Leaf:  tree.Leaf(i),
		Proof: proof,
		Root:  tree.Root(),
		Index: i,
		Value: codec.AppendJSON(nil, &v),
	}, "", "  ")
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	fmt.Fprintln(c.App.Writer, string(out))
	return nil
}

func cdrLeaf(c *cli.Context) error {
	path, err := oneFileArg(c)
	if err != nil {
		return err
	}
	data, err := readInput(c, path)
	if err != nil {
		return err
	}
	// the oracle's full CDR file ({"cdr": {...}, "leaf": ..., "proof": ...}) holds the record under "cdr"
	var full struct {
		CDR  json.RawMessage `json:"cdr"`
		Leaf *common.Hash    `json:"leaf"`
	}
	if json.Unmarshal(data, &full) == nil && len(full.CDR) > 0 && full.CDR[0] == '{' {
		data = full.CDR
	} else {
		full.Leaf = nil
	}
	r, err := cdr.ParseRecord(data)
	if err != nil {
		var fe *cdr.FieldError
		if errors.As(err, &fe) {
			return cli.Exit(fmt.Sprintf("%s: invalid CDR: field %s: %s", path, fe.Field, fe.Reason), 2)
		}
		return cli.Exit(fmt.Sprintf("%s: %v", path, err), 2)
	}
	fmt.Fprintln(c.App.Writer, r.Leaf().Hex())
	if full.Leaf != nil && *full.Leaf != r.Leaf() {
		return cli.Exit(fmt.Sprintf("%s: the file's \"leaf\" %s is not the leaf of its CDR", path, full.Leaf.Hex()), 1)
	}
	return nil
}
