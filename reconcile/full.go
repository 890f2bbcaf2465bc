package reconcile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/dotsnet/dots/cdr"
)

// ParseFull reads the full CDRs an operator holds (its salts): a JSON array or NDJSON of
// records (cdr.Record) or of the oracle's full CDR files ({"cdr": {...}, ...}, as GET
// /v1/cdrs/{seq} answers). Every record is validated; the first bad one is an error
// naming its index.
func ParseFull(data []byte) ([]cdr.Record, error) {
	b := bytes.TrimSpace(data)
	if len(b) == 0 {
		return nil, nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	array := b[0] == '['
	if array {
		if _, err := dec.Token(); err != nil {
			return nil, fmt.Errorf("full CDRs: %w", err)
		}
	}
	var out []cdr.Record
	for i := 0; ; i++ {
		if array && !dec.More() {
			if _, err := dec.Token(); err != nil {
				return nil, fmt.Errorf("full CDRs: %w", err)
			}
			if _, err := dec.Token(); err != io.EOF {
				return nil, fmt.Errorf("full CDRs: data after the array")
			}
			break
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err == io.EOF && !array {
			break
		} else if err != nil {
			return nil, fmt.Errorf("full CDR %d: %w", i, err)
		}
		var wrapped struct {
			CDR json.RawMessage `json:"cdr"`
		}
		if json.Unmarshal(raw, &wrapped) == nil && len(wrapped.CDR) > 0 && wrapped.CDR[0] == '{' {
			raw = wrapped.CDR
		}
		r, err := cdr.ParseRecord(raw)
		if err != nil {
			return nil, fmt.Errorf("full CDR %d: %w", i, err)
		}
		out = append(out, r)
	}
	return out, nil
}
