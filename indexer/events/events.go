// Package events decodes DOTS's contract events with the ABIs of the generated bindings
// (bindings/<pkg>) into one SQLite table per event kind, inside the follower's
// transaction. Tables are named ev_<pkg>_<event_in_snake_case>; each row has the block
// number, log index, transaction hash and block time, then one column per event argument
// in snake case: addresses and hashes as 0x hex (lower case), integers that fit int64 as
// INTEGER and larger ones as decimal TEXT, strings as TEXT, bool as 0/1, and arrays and
// tuples as JSON.
package events

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"sort"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jmoiron/sqlx"

	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/disputevoting"
	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/bindings/randomness"
	"github.com/dotsnet/dots/bindings/rateexchange"
	"github.com/dotsnet/dots/bindings/rewardtoken"
	"github.com/dotsnet/dots/indexer/follow"
)

// Contract is one contract whose events are decoded.
type Contract struct {
	Pkg     string // binding package name, table prefix
	Address common.Address
	ABI     abi.ABI
}

// Addresses of a deployment, by binding package.
type Addresses struct {
	NumberRegistry, CDRAnchor, RewardToken, RateExchange, DisputeVoting, Randomness common.Address
}

// DOTS returns the six DOTS contracts at addrs with the ABIs of their bindings.
func DOTS(addrs Addresses) []Contract {
	return []Contract{
		{"numberregistry", addrs.NumberRegistry, numberregistry.NewNumberRegistry().GetABI()},
		{"cdranchor", addrs.CDRAnchor, cdranchor.NewCDRAnchor().GetABI()},
		{"rewardtoken", addrs.RewardToken, rewardtoken.NewRewardToken().GetABI()},
		{"rateexchange", addrs.RateExchange, rateexchange.NewRateExchange().GetABI()},
		{"disputevoting", addrs.DisputeVoting, disputevoting.NewDisputeVoting().GetABI()},
		{"randomness", addrs.Randomness, randomness.NewPrevrandaoRandomness().GetABI()},
	}
}

type kind struct {
	table      string
	event      abi.Event
	cols       []string // argument columns, in argument order
	insert     string
	indexed    abi.Arguments
	idxPos     []int // position of each indexed argument among the inputs
	nonIndexed abi.Arguments
	dataPos    []int // position of each non-indexed argument among the inputs
}

// Decoder is a follow.Handler for a set of contracts.
type Decoder struct {
	kinds map[common.Address]map[common.Hash]*kind
	ddl   []string
	pgDDL []string
	names []string
}

// TableName is the table of an event of a binding package.
func TableName(pkg, event string) string { return "ev_" + pkg + "_" + Snake(event) }

// Snake turns "batchId" / "BatchAnchored" into "batch_id" / "batch_anchored".
func Snake(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		if unicode.IsUpper(r) {
			if i > 0 && (unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1]) ||
				(i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1]))) {
				b.WriteByte('_')
			}
			b.WriteRune(unicode.ToLower(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// New builds the decoder and its schema.
func New(contracts []Contract) (*Decoder, error) {
	d := &Decoder{kinds: map[common.Address]map[common.Hash]*kind{}}
	for _, c := range contracts {
		m := map[common.Hash]*kind{}
		d.kinds[c.Address] = m
		names := make([]string, 0, len(c.ABI.Events))
		for n := range c.ABI.Events {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			ev := c.ABI.Events[n]
			if ev.Anonymous {
				continue
			}
			k := &kind{table: TableName(c.Pkg, ev.RawName), event: ev}
			defs := []string{"block_number INTEGER NOT NULL", "log_index INTEGER NOT NULL", "tx_hash TEXT NOT NULL", "time INTEGER NOT NULL"}
			pgDefs := []string{"block_number BIGINT NOT NULL", "log_index BIGINT NOT NULL", "tx_hash TEXT NOT NULL", "time BIGINT NOT NULL"}
			for i, in := range ev.Inputs {
				col := Snake(in.Name)
				if col == "" {
					col = fmt.Sprintf("arg%d", i)
				}
				switch col {
				case "block_number", "log_index", "tx_hash", "time":
					col = "arg_" + col
				}
				k.cols = append(k.cols, col)
				defs = append(defs, `"`+col+`"`)
				pgDefs = append(pgDefs, `"`+col+`" `+pgType(in))
				if in.Indexed {
					k.indexed = append(k.indexed, in)
					k.idxPos = append(k.idxPos, i)
				} else {
					k.nonIndexed = append(k.nonIndexed, in)
					k.dataPos = append(k.dataPos, i)
				}
			}
			d.ddl = append(d.ddl, fmt.Sprintf("CREATE TABLE IF NOT EXISTS %s (%s, PRIMARY KEY (block_number, log_index)) WITHOUT ROWID",
				k.table, strings.Join(defs, ", ")))
			d.pgDDL = append(d.pgDDL, fmt.Sprintf("CREATE TABLE IF NOT EXISTS %s (%s, PRIMARY KEY (block_number, log_index))",
				k.table, strings.Join(pgDefs, ", ")))
			for i := range ev.Inputs {
				if indexHint[k.cols[i]] {
					idx := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %s_%s ON %s("%s", block_number, log_index)`,
						k.table, k.cols[i], k.table, k.cols[i])
					d.ddl = append(d.ddl, idx)
					d.pgDDL = append(d.pgDDL, idx)
				}
			}
			ph := strings.Repeat(",?", len(k.cols))
			quoted := make([]string, len(k.cols))
			for i, c := range k.cols {
				quoted[i] = `"` + c + `"`
			}
			k.insert = fmt.Sprintf("INSERT INTO %s (block_number, log_index, tx_hash, time%s) VALUES (?,?,?,?%s)",
				k.table, strings.Join(append([]string{""}, quoted...), ","), ph)
			m[ev.ID] = k
			d.names = append(d.names, k.table)
		}
	}
	return d, nil
}

// indexHint lists the argument columns the API looks rows up by; only they get an index
// (every index costs a B-tree insert per row during backfill).
var indexHint = map[string]bool{"e164": true, "seller": true, "batch_id": true, "dispute_id": true, "operator": true, "account": true}

// Schema is the SQLite DDL of the event tables (columns without a declared type: SQLite
// keeps each value's own type).
func (d *Decoder) Schema() []string { return d.ddl }

// SchemaPostgres is the PostgreSQL DDL of the event tables: integers of at most 32 bits (and
// booleans, as 0/1) BIGINT, wider integers NUMERIC(78), everything else TEXT.
func (d *Decoder) SchemaPostgres() []string { return d.pgDDL }

// pgType is the PostgreSQL column type of an event argument (see SchemaPostgres).
func pgType(in abi.Argument) string {
	switch in.Type.T {
	case abi.UintTy:
		if in.Type.Size <= 32 {
			return "BIGINT"
		}
		return "NUMERIC(78)"
	case abi.IntTy:
		if in.Type.Size <= 64 {
			return "BIGINT"
		}
		return "NUMERIC(78)"
	case abi.BoolTy:
		return "BIGINT"
	}
	return "TEXT"
}

// Tables lists the event tables.
func (d *Decoder) Tables() []string { return d.names }

// Decode turns a log into its table and column values; ok is false for logs of unknown
// contracts or events.
func (d *Decoder) Decode(l *types.Log) (table string, cols []string, vals []any, ok bool, err error) {
	k, err := d.kind(l)
	if k == nil || err != nil {
		return "", nil, nil, false, err
	}
	vals, err = k.values(l)
	if err != nil {
		return "", nil, nil, false, err
	}
	return k.table, k.cols, vals, true, nil
}

func (d *Decoder) kind(l *types.Log) (*kind, error) {
	m := d.kinds[l.Address]
	if m == nil || len(l.Topics) == 0 {
		return nil, nil
	}
	return m[l.Topics[0]], nil
}

func (k *kind) values(l *types.Log) ([]any, error) {
	if len(l.Topics)-1 != len(k.indexed) {
		return nil, fmt.Errorf("%s: %d topics for %d indexed arguments", k.event.Name, len(l.Topics)-1, len(k.indexed))
	}
	vals := make([]any, len(k.event.Inputs))
	if len(k.nonIndexed) > 0 {
		vs, err := k.nonIndexed.UnpackValues(l.Data)
		if err != nil {
			return nil, fmt.Errorf("unpacking %s data: %w", k.event.Name, err)
		}
		if len(vs) != len(k.dataPos) {
			return nil, fmt.Errorf("unpacking %s data: %d values for %d arguments", k.event.Name, len(vs), len(k.dataPos))
		}
		for j, v := range vs {
			vals[k.dataPos[j]] = Column(v)
		}
	}
	for j, in := range k.indexed {
		v, err := topicColumn(in, l.Topics[1+j])
		if err != nil {
			return nil, fmt.Errorf("parsing %s topics: %w", k.event.Name, err)
		}
		vals[k.idxPos[j]] = v
	}
	return vals, nil
}

// topicColumn is the column value of an indexed argument: the common types directly, the
// rest through the ABI package.
func topicColumn(in abi.Argument, t common.Hash) (any, error) {
	switch {
	case in.Type.T == abi.AddressTy:
		return hexAddress(common.BytesToAddress(t[12:])), nil
	case in.Type.T == abi.FixedBytesTy && in.Type.Size == 32,
		in.Type.T == abi.StringTy, in.Type.T == abi.BytesTy, in.Type.T == abi.SliceTy, in.Type.T == abi.ArrayTy:
		// Dynamic types are their keccak256 hash in a topic.
		return t.Hex(), nil
	case in.Type.T == abi.UintTy && in.Type.Size == 256:
		return Column(new(big.Int).SetBytes(t[:])), nil
	}
	m := map[string]any{}
	if err := abi.ParseTopicsIntoMap(m, abi.Arguments{in}, []common.Hash{t}); err != nil {
		return nil, err
	}
	return Column(m[in.Name]), nil
}

// hexAddress is an address as 0x and 40 lower-case hex digits (no checksum to compute).
func hexAddress(a common.Address) string {
	var b [42]byte
	b[0], b[1] = '0', 'x'
	hex.Encode(b[2:], a[:])
	return string(b[:])
}

// Column converts a decoded ABI value into its SQLite column value.
func Column(v any) any {
	switch x := v.(type) {
	case common.Address:
		return hexAddress(x)
	case common.Hash:
		return x.Hex()
	case [32]byte:
		return common.Hash(x).Hex()
	case []byte:
		return hexutil.Encode(x)
	case string:
		return x
	case bool:
		if x {
			return int64(1)
		}
		return int64(0)
	case *big.Int:
		if x.IsInt64() {
			return x.Int64()
		}
		return x.String()
	case uint8:
		return int64(x)
	case uint16:
		return int64(x)
	case uint32:
		return int64(x)
	case uint64:
		if x > math.MaxInt64 {
			return new(big.Int).SetUint64(x).String()
		}
		return int64(x)
	case int8:
		return int64(x)
	case int16:
		return int64(x)
	case int32:
		return int64(x)
	case int64:
		return x
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Array && rv.Type().Elem().Kind() == reflect.Uint8 {
		b := make([]byte, rv.Len())
		reflect.Copy(reflect.ValueOf(b), rv)
		return hexutil.Encode(b)
	}
	j, err := json.Marshal(jsonable(rv))
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(j)
}

// jsonable turns slices and structs of ABI values into JSON-friendly values (big integers
// as decimal strings, bytes as hex).
func jsonable(rv reflect.Value) any {
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			return Column(rv.Interface())
		}
		out := make([]any, rv.Len())
		for i := range out {
			out[i] = jsonable(rv.Index(i))
		}
		return out
	case reflect.Struct:
		if rv.Type() == reflect.TypeOf(big.Int{}) {
			b := rv.Interface().(big.Int)
			return b.String()
		}
		out := map[string]any{}
		for i := 0; i < rv.NumField(); i++ {
			f := rv.Type().Field(i)
			if f.IsExported() {
				out[lowerFirst(f.Name)] = jsonable(rv.Field(i))
			}
		}
		return out
	case reflect.Pointer:
		if rv.IsNil() {
			return nil
		}
		if b, ok := rv.Interface().(*big.Int); ok {
			return b.String()
		}
		return jsonable(rv.Elem())
	}
	c := Column(rv.Interface())
	if i, ok := c.(int64); ok {
		return i
	}
	return c
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

// maxParams bounds the parameters of one multi-row INSERT (SQLite allows 32766, PostgreSQL 65535).
const maxParams = 4000

// HandleLogs stores every decodable log in its event table (follow.Handler), in multi-row
// INSERTs per table (one statement per up to maxParams values, not one per row).
func (d *Decoder) HandleLogs(ctx context.Context, tx *sqlx.Tx, blocks []follow.Block, logs []types.Log) error {
	if len(logs) == 0 {
		return nil
	}
	first := blocks[0].Number
	type batch struct {
		k    *kind
		args []any
		rows int
	}
	batches := map[*kind]*batch{}
	var order []*batch
	flush := func(b *batch) error {
		if b.rows == 0 {
			return nil
		}
		row := "(?" + strings.Repeat(",?", 3+len(b.k.cols)) + ")"
		q := b.k.insert[:strings.Index(b.k.insert, " VALUES ")] + " VALUES " + row + strings.Repeat(","+row, b.rows-1)
		if _, err := tx.ExecContext(ctx, tx.Rebind(q), b.args...); err != nil {
			return fmt.Errorf("storing %d rows into %s: %w", b.rows, b.k.table, err)
		}
		b.args, b.rows = b.args[:0], 0
		return nil
	}
	for i := range logs {
		l := &logs[i]
		k, _ := d.kind(l)
		if k == nil {
			continue
		}
		vals, err := k.values(l)
		if err != nil {
			return fmt.Errorf("decoding log %d/%d: %w", l.BlockNumber, l.Index, err)
		}
		b := batches[k]
		if b == nil {
			b = &batch{k: k}
			batches[k] = b
			order = append(order, b)
		}
		b.args = append(b.args, l.BlockNumber, l.Index, l.TxHash.Hex(), blocks[l.BlockNumber-first].Time)
		b.args = append(b.args, vals...)
		b.rows++
		if (b.rows+1)*(4+len(k.cols)) > maxParams {
			if err := flush(b); err != nil {
				return err
			}
		}
	}
	for _, b := range order {
		if err := flush(b); err != nil {
			return err
		}
	}
	return nil
}

// Arg describes the column of an event argument.
type Arg struct {
	Col  string // column name (snake case)
	Name string // the ABI's argument name (camelCase)
	Wide bool   // an integer wider than 64 bits: answered as a decimal string
	JSON bool   // an array or tuple, stored as JSON
}

// Table describes an event table.
type Table struct {
	Event string // the event's name
	Args  []Arg
}

// Describe lists the event tables of contracts with their arguments (addresses play no part).
func Describe(contracts []Contract) map[string]Table {
	out := map[string]Table{}
	for _, c := range contracts {
		for _, ev := range c.ABI.Events {
			if ev.Anonymous {
				continue
			}
			t := Table{Event: ev.RawName}
			for i, in := range ev.Inputs {
				col := Snake(in.Name)
				if col == "" {
					col = fmt.Sprintf("arg%d", i)
				}
				switch col {
				case "block_number", "log_index", "tx_hash", "time":
					col = "arg_" + col
				}
				name := in.Name
				if name == "" {
					name = col
				}
				wide := (in.Type.T == abi.UintTy || in.Type.T == abi.IntTy) && in.Type.Size > 64
				js := !in.Indexed && (in.Type.T == abi.SliceTy || in.Type.T == abi.ArrayTy || in.Type.T == abi.TupleTy)
				t.Args = append(t.Args, Arg{Col: col, Name: name, Wide: wide, JSON: js})
			}
			out[TableName(c.Pkg, ev.RawName)] = t
		}
	}
	return out
}
