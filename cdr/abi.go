package cdr

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// abiType is one static Solidity type of a leaf encoding.
type abiType struct {
	kind byte // 'a' address, 'b' bool, 'u' uintN, 'i' intN, 'f' bytesN
	size int  // bits for uintN/intN, bytes for bytesN
	name string
}

func parseABIType(s string) (abiType, error) {
	switch {
	case s == "address":
		return abiType{kind: 'a', name: s}, nil
	case s == "bool":
		return abiType{kind: 'b', name: s}, nil
	case s == "uint" || s == "int":
		return abiType{kind: s[0], size: 256, name: s}, nil
	case strings.HasPrefix(s, "uint") || strings.HasPrefix(s, "int"):
		digits := strings.TrimPrefix(strings.TrimPrefix(s, "u"), "int")
		n, err := strconv.Atoi(digits)
		if err != nil || digits[0] == '0' || n < 8 || n > 256 || n%8 != 0 {
			return abiType{}, fmt.Errorf("invalid integer type %q", s)
		}
		return abiType{kind: s[0], size: n, name: s}, nil
	case strings.HasPrefix(s, "bytes") && len(s) > 5:
		digits := s[5:]
		n, err := strconv.Atoi(digits)
		if err != nil || digits[0] == '0' || n < 1 || n > 32 {
			return abiType{}, fmt.Errorf("invalid fixed bytes type %q", s)
		}
		return abiType{kind: 'f', size: n, name: s}, nil
	}
	return abiType{}, fmt.Errorf("unsupported leaf type %q (only static types: address, bool, uintN, intN, bytesN)", s)
}

func parseEncoding(enc []string) ([]abiType, error) {
	if len(enc) == 0 {
		return nil, errors.New("empty leaf encoding")
	}
	ts := make([]abiType, len(enc))
	for i, s := range enc {
		t, err := parseABIType(s)
		if err != nil {
			return nil, err
		}
		ts[i] = t
	}
	return ts, nil
}

var two256 = new(big.Int).Lsh(big.NewInt(1), 256)

// encodeJSON parses one JSON element the way @metamask/abi-utils (used by the library)
// reads it, and writes its 32-byte ABI word. Accepted: address "0x"+40 hex (any case);
// bool true/false or "true"/"false"; integers as JSON integers, decimal strings or "0x"
// hex strings; bytesN "0x"+hex of at most N bytes (right-padded).
func (t abiType) encodeJSON(raw []byte, word []byte) error {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return fmt.Errorf("%s: empty value", t.name)
	}
	var str string
	isString := raw[0] == '"'
	if isString {
		if err := json.Unmarshal(raw, &str); err != nil {
			return fmt.Errorf("%s: %w", t.name, err)
		}
	}
	clear(word[:32])
	switch t.kind {
	case 'a':
		if !isString {
			return fmt.Errorf("address: want a hex string, got %.40s", raw)
		}
		b, err := decodeHex0x(str)
		if err != nil || len(b) != 20 {
			return fmt.Errorf("address: want 0x and 40 hex digits, got %.60q", str)
		}
		copy(word[12:32], b)
	case 'b':
		v := string(raw)
		if isString {
			v = str
		}
		switch v {
		case "true":
			word[31] = 1
		case "false":
		default:
			return fmt.Errorf("bool: want true or false, got %.40s", raw)
		}
	case 'u', 'i':
		var x *big.Int
		var ok bool
		if isString {
			x, ok = parseIntString(str)
		} else {
			x, ok = parseJSONInteger(raw)
		}
		if !ok {
			return fmt.Errorf("%s: not an integer: %.60s", t.name, raw)
		}
		if t.kind == 'u' {
			if x.Sign() < 0 || x.BitLen() > t.size {
				return fmt.Errorf("%s: %s out of range", t.name, x)
			}
			x.FillBytes(word[:32])
		} else {
			lim := new(big.Int).Lsh(big.NewInt(1), uint(t.size-1))
			if x.Cmp(lim) >= 0 || x.Cmp(new(big.Int).Neg(lim)) < 0 {
				return fmt.Errorf("%s: %s out of range", t.name, x)
			}
			if x.Sign() < 0 {
				x = new(big.Int).Add(x, two256)
			}
			x.FillBytes(word[:32])
		}
	case 'f':
		if !isString {
			return fmt.Errorf("%s: want a hex string, got %.40s", t.name, raw)
		}
		b, err := decodeHex0x(str)
		if err != nil || len(b) > t.size {
			return fmt.Errorf("%s: want 0x and at most %d hex bytes, got %.80q", t.name, t.size, str)
		}
		copy(word[:32], b)
	default:
		return fmt.Errorf("unsupported type %s", t.name)
	}
	return nil
}

func decodeHex0x(s string) ([]byte, error) {
	if len(s) < 2 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') {
		return nil, errors.New("missing 0x prefix")
	}
	return hex.DecodeString(s[2:])
}

// parseIntString reads a decimal (optionally negative) or 0x-hex integer string.
func parseIntString(s string) (*big.Int, bool) {
	if len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		for _, c := range s[2:] {
			if !isHexDigit(c) {
				return nil, false
			}
		}
		if len(s) > 66 {
			return nil, false
		}
		return new(big.Int).SetString(s[2:], 16)
	}
	d := strings.TrimPrefix(s, "-")
	if d == "" || len(d) > 80 {
		return nil, false
	}
	for _, c := range d {
		if c < '0' || c > '9' {
			return nil, false
		}
	}
	return new(big.Int).SetString(s, 10)
}

// parseJSONInteger reads a JSON number literal that is an integer (no fraction/exponent).
func parseJSONInteger(raw []byte) (*big.Int, bool) {
	s := string(raw)
	d := strings.TrimPrefix(s, "-")
	if d == "" || len(d) > 80 || (len(d) > 1 && d[0] == '0') {
		return nil, false
	}
	for _, c := range d {
		if c < '0' || c > '9' {
			return nil, false
		}
	}
	return new(big.Int).SetString(s, 10)
}

func isHexDigit(c rune) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

// splitJSONArray parses data as a JSON array of exactly n elements.
func splitJSONArray(data []byte, n int) ([]json.RawMessage, error) {
	var elems []json.RawMessage
	if err := json.Unmarshal(data, &elems); err != nil {
		return nil, fmt.Errorf("value is not a JSON array: %w", err)
	}
	if len(elems) != n {
		return nil, fmt.Errorf("value has %d fields, leaf encoding has %d", len(elems), n)
	}
	return elems, nil
}

// RawValue is one value of a RawCodec tree: its JSON fields as they came, and their ABI
// encoding.
type RawValue struct {
	fields  []json.RawMessage
	encoded []byte
}

// Fields returns the value's fields as JSON (compacted).
func (v RawValue) Fields() []json.RawMessage { return v.fields }

// Encoded returns abi.encode of the value.
func (v RawValue) Encoded() []byte { return v.encoded }

// RawCodec encodes values of any static leaf encoding, keeping each value as the JSON it
// came in (so a dump is rewritten as it was read). The CLI uses it to check any
// "standard-v1" dump.
type RawCodec struct {
	encoding []string
	types    []abiType
}

// NewRawCodec returns a codec for encoding (static types only).
func NewRawCodec(encoding []string) (*RawCodec, error) {
	ts, err := parseEncoding(encoding)
	if err != nil {
		return nil, fmt.Errorf("leaf encoding: %w", err)
	}
	return &RawCodec{encoding: append([]string(nil), encoding...), types: ts}, nil
}

// Encoding implements Codec.
func (c *RawCodec) Encoding() []string { return c.encoding }

// Encode implements Codec.
func (c *RawCodec) Encode(dst []byte, v *RawValue) { copy(dst, v.encoded) }

// AppendJSON implements Codec.
func (c *RawCodec) AppendJSON(dst []byte, v *RawValue) []byte {
	dst = append(dst, '[')
	for i, f := range v.fields {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, f...)
	}
	return append(dst, ']')
}

// ParseJSON implements Codec.
func (c *RawCodec) ParseJSON(data []byte) (RawValue, error) {
	elems, err := splitJSONArray(data, len(c.types))
	if err != nil {
		return RawValue{}, err
	}
	v := RawValue{fields: make([]json.RawMessage, len(elems)), encoded: make([]byte, 32*len(elems))}
	for i, e := range elems {
		if err := c.types[i].encodeJSON(e, v.encoded[32*i:]); err != nil {
			return RawValue{}, fmt.Errorf("field %d: %w", i, err)
		}
		var buf bytes.Buffer
		if err := json.Compact(&buf, e); err != nil {
			return RawValue{}, fmt.Errorf("field %d: %w", i, err)
		}
		v.fields[i] = buf.Bytes()
	}
	return v, nil
}

// parseWords parses a JSON value array of the given types into ABI words.
func parseWords(data []byte, types []abiType) ([]byte, error) {
	elems, err := splitJSONArray(data, len(types))
	if err != nil {
		return nil, err
	}
	words := make([]byte, 32*len(types))
	for i, e := range elems {
		if err := types[i].encodeJSON(e, words[32*i:]); err != nil {
			return nil, fmt.Errorf("field %d: %w", i, err)
		}
	}
	return words, nil
}
