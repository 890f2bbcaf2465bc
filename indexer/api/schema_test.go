package api

import (
	"bytes"
	"encoding/json"
	"flag"
	"math/big"
	"net/http/httptest"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/indexer/apitypes"
)

var update = flag.Bool("update", false, "rewrite docs/openapi/indexer.json's schemas from package apitypes")

// dataTypes is the type of each endpoint's data (nil: no envelope).
var dataTypes = map[string]any{
	"/v1/numbers/{e164}":           apitypes.Number{},
	"/v1/numbers/{e164}/history":   []apitypes.Event{},
	"/v1/operators/{addr}":         apitypes.Operator{},
	"/v1/operators/{addr}/batches": []apitypes.Batch{},
	"/v1/operators/{addr}/slashes": []apitypes.Event{},
	"/v1/batches":                  []apitypes.Batch{},
	"/v1/batches/{id}":             apitypes.Batch{},
	"/v1/batches/{id}/proof":       apitypes.Proof{},
	"/v1/rewards/{account}":        apitypes.Rewards{},
	"/v1/rates/{seller}":           apitypes.Rates{},
	"/v1/rates/{seller}/quote":     apitypes.Quote{},
	"/v1/disputes":                 []apitypes.DisputeSummary{},
	"/v1/disputes/{id}":            apitypes.Dispute{},
}

// schemaOf is the JSON schema of t, with named structs as references collected in defs.
func schemaOf(t reflect.Type, defs map[string]any) map[string]any {
	switch t.Kind() {
	case reflect.Pointer:
		return schemaOf(t.Elem(), defs)
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Uint64, reflect.Int, reflect.Int64, reflect.Uint32:
		return map[string]any{"type": "integer"}
	case reflect.Slice:
		if t == reflect.TypeOf(json.RawMessage{}) {
			return map[string]any{}
		}
		return map[string]any{"type": "array", "items": schemaOf(t.Elem(), defs)}
	case reflect.Map:
		return map[string]any{"type": "object", "additionalProperties": schemaOf(t.Elem(), defs)}
	case reflect.Interface:
		return map[string]any{}
	case reflect.Struct:
		name := t.Name()
		if _, ok := defs[name]; !ok {
			defs[name] = nil // recursion guard
			props := map[string]any{}
			var req []string
			var walk func(t reflect.Type)
			walk = func(t reflect.Type) {
				for i := range t.NumField() {
					f := t.Field(i)
					if f.Anonymous {
						walk(f.Type)
						continue
					}
					tag, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
					props[tag] = schemaOf(f.Type, defs)
					if !strings.Contains(opts, "omitempty") && f.Type.Kind() != reflect.Pointer {
						req = append(req, tag)
					}
				}
			}
			walk(t)
			s := map[string]any{"type": "object", "properties": props}
			if len(req) > 0 {
				s["required"] = req
			}
			defs[name] = s
		}
		return map[string]any{"$ref": "#/components/schemas/" + name}
	}
	panic("no schema for " + t.String())
}

// The OpenAPI document's schemas are package apitypes's types (go test -run TestOpenAPISchemas
// -update rewrites them), so the reference and the Go types cannot disagree.
func TestOpenAPISchemasAreTheGoTypes(t *testing.T) {
	const path = "../../docs/openapi/indexer.json"
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	defs := map[string]any{}
	schemaOf(reflect.TypeOf(apitypes.Error{}), defs)
	want := map[string]any{}
	for p, v := range dataTypes {
		want[p] = schemaOf(reflect.TypeOf(v), defs)
	}
	want["/healthz"] = schemaOf(reflect.TypeOf(apitypes.Health{}), defs)
	want["/v1"] = schemaOf(reflect.TypeOf(apitypes.Endpoints{}), defs)
	want["/"] = want["/v1"]
	paths := doc["paths"].(map[string]any)
	if *update {
		if paths["/"] == nil {
			var v any
			b, _ := json.Marshal(paths["/v1"])
			json.Unmarshal(b, &v)
			paths["/"] = v
		}
		for p, s := range want {
			op, ok := paths[p].(map[string]any)
			if !ok {
				t.Fatalf("%s is not documented", p)
			}
			c := op["get"].(map[string]any)["responses"].(map[string]any)["200"].(map[string]any)["content"].(map[string]any)["application/json"].(map[string]any)
			if _, enveloped := dataTypes[p]; enveloped {
				env := c["schema"].(map[string]any)
				env["properties"].(map[string]any)["data"] = s
				env["properties"].(map[string]any)["next"] = map[string]any{"type": "string", "description": "cursor of the next page"}
				env["properties"].(map[string]any)["rebuilding"] = map[string]any{"type": "boolean", "description": "the index is being rebuilt: the answer is partial"}
			} else {
				c["schema"] = s
			}
		}
		doc["components"].(map[string]any)["schemas"] = defs
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	same := func(a, b any) bool {
		x, _ := json.Marshal(a)
		y, _ := json.Marshal(b)
		return bytes.Equal(x, y)
	}
	if !same(doc["components"].(map[string]any)["schemas"], defs) {
		t.Errorf("%s's components.schemas are not package apitypes's types: run go test ./indexer/api -run TestOpenAPISchemas -update", path)
	}
	for p, s := range want {
		c := paths[p].(map[string]any)["get"].(map[string]any)["responses"].(map[string]any)["200"].(map[string]any)["content"].(map[string]any)["application/json"].(map[string]any)
		got := c["schema"]
		if _, enveloped := dataTypes[p]; enveloped {
			got = got.(map[string]any)["properties"].(map[string]any)["data"]
		}
		if !same(got, s) {
			t.Errorf("%s: documented %v, the Go type is %v (run with -update)", p, got, s)
		}
	}
}

// decodeStrict decodes body into v refusing fields v does not have.
func decodeStrict(body []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(body))
	d.DisallowUnknownFields()
	return d.Decode(v)
}

// camel reports the first JSON object key (outside event arguments' values) that is not camelCase.
func camel(v any, path string) string {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if strings.Contains(k, "_") && !strings.HasPrefix(path, ".data.claimedByOperator") {
				return path + "." + k
			}
			if p := camel(e, path+"."+k); p != "" {
				return p
			}
		}
	case []any:
		for _, e := range x {
			if p := camel(e, path+"[]"); p != "" {
				return p
			}
		}
	}
	return ""
}

// Every answer decodes into its apitypes type with no field left over, and every key is camelCase.
func testAnswersAreTheTypedStructs(t *testing.T, dbURL string) {
	ix := newIndexOn(t, dbURL)
	node := crypto.Keccak256Hash([]byte("+4930123"))
	ix.emit("numberregistry", "NumberClaimed", map[string]any{"node": node, "e164": "+4930123", "owner": owner(), "expires": uint64(5000), "deposit": big.NewInt(7)})
	ix.emit("numberregistry", "RouteSet", map[string]any{"node": node, "e164": "+4930123", "operator": opA, "sipUri": "sip:a@b"})
	ix.emit("cdranchor", "ParametersSet", map[string]any{"params": ix.params(50)})
	ix.emit("cdranchor", "OperatorRegistered", map[string]any{"operator": opA, "payout": opA, "bond": big.NewInt(100), "metadata": "sip:a"})
	ix.emit("cdranchor", "OperatorSlashed", map[string]any{"operator": opA, "recipient": owner(), "amount": big.NewInt(1), "bond": big.NewInt(99), "unbonding": big.NewInt(0)})
	ix.batch(1, 0)
	ix.batch(2, 0)
	ix.emit("cdranchor", "BatchInvalidated", map[string]any{"batchId": big.NewInt(2), "operator": opA, "lastInvalidatedBatchId": big.NewInt(2),
		"tipBatchId": big.NewInt(1), "tipSeq": uint64(10), "tipRewardsTotal": big.NewInt(0)})
	ix.emit("cdranchor", "RewardClaimed", map[string]any{"operator": opA, "batchId": big.NewInt(1), "account": owner(), "cumulativeAmount": big.NewInt(5), "amount": big.NewInt(5)})
	ix.emit("rateexchange", "RatePublished", map[string]any{"seller": seller, "prefixKey": crypto.Keccak256Hash([]byte("49")),
		"prefix": "49", "ratePerMinute": big.NewInt(600), "connectFee": big.NewInt(5), "initialIncrement": uint32(60),
		"subsequentIncrement": uint32(60), "effectiveTime": uint64(0), "index": big.NewInt(0)})
	ix.emit("disputevoting", "DisputeOpened", map[string]any{"disputeId": big.NewInt(1), "kind": uint8(1), "disputer": owner(), "evidenceCid": []byte("x"),
		"pledge": big.NewInt(3), "round": big.NewInt(0), "seats": big.NewInt(3), "snapshotBlock": uint64(1), "randomness": opA, "requestId": big.NewInt(1)})
	ix.emit("disputevoting", "DisputeResolved", map[string]any{"disputeId": big.NewInt(1), "upheld": true, "finalRound": big.NewInt(0),
		"jurorPool": big.NewInt(0), "coherentLocked": big.NewInt(0), "forfeited": big.NewInt(0), "pledgerBounty": big.NewInt(0), "refundAll": false})
	a := opA.Hex()
	for _, c := range []struct {
		path string
		v    any
	}{
		{"/", &apitypes.Endpoints{}},
		{"/v1", &apitypes.Endpoints{}},
		{"/healthz", &apitypes.Health{}},
		{"/v1/numbers/%2B4930123", &apitypes.Answer[apitypes.Number]{}},
		{"/v1/numbers/%2B4930123/history", &apitypes.Answer[[]apitypes.Event]{}},
		{"/v1/operators/" + a, &apitypes.Answer[apitypes.Operator]{}},
		{"/v1/operators/" + a + "/batches", &apitypes.Answer[[]apitypes.Batch]{}},
		{"/v1/operators/" + a + "/slashes", &apitypes.Answer[[]apitypes.Event]{}},
		{"/v1/batches", &apitypes.Answer[[]apitypes.Batch]{}},
		{"/v1/batches/2", &apitypes.Answer[apitypes.Batch]{}},
		{"/v1/rewards/" + owner().Hex(), &apitypes.Answer[apitypes.Rewards]{}},
		{"/v1/rates/" + seller.Hex(), &apitypes.Answer[apitypes.Rates]{}},
		{"/v1/rates/" + seller.Hex() + "/quote?destination=4930&seconds=61", &apitypes.Answer[apitypes.Quote]{}},
		{"/v1/disputes", &apitypes.Answer[[]apitypes.DisputeSummary]{}},
		{"/v1/disputes/1", &apitypes.Answer[apitypes.Dispute]{}},
	} {
		rec := httptest.NewRecorder()
		ix.srv.ServeHTTP(rec, httptest.NewRequest("GET", c.path, nil))
		if rec.Code != 200 {
			t.Errorf("GET %s: %d %s", c.path, rec.Code, rec.Body)
			continue
		}
		if err := decodeStrict(rec.Body.Bytes(), c.v); err != nil {
			t.Errorf("GET %s: %v in %s", c.path, err, rec.Body)
		}
		var m any
		json.Unmarshal(rec.Body.Bytes(), &m)
		if p := camel(m, ""); p != "" {
			t.Errorf("GET %s: key %s is not camelCase: %s", c.path, p, rec.Body)
		}
	}
	// Typed values: a batch's CID is its text, amounts are decimal strings, uint256 event
	// arguments are strings and small integers are numbers.
	_, m := get(t, ix.srv, "/v1/batches/2")
	b := m["data"].(map[string]any)
	if b["cid"] != "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy" || b["state"] != "invalidated" || b["rewardsTotal"] != "0" {
		t.Errorf("batch 2: %v", b)
	}
	if args := b["invalidated"].(map[string]any)["args"].(map[string]any); args["batchId"] != "2" || args["tipSeq"] != float64(10) {
		t.Errorf("invalidation arguments: %v", args)
	}
	_, m = get(t, ix.srv, "/v1/disputes/1")
	if d := m["data"].(map[string]any); d["state"] != "resolved" || d["upheld"] != true {
		t.Errorf("dispute: %v", d)
	}
	_, m = get(t, ix.srv, "/v1/operators/"+a)
	if d := m["data"].(map[string]any); d["bond"] != "99" || d["cdrCount"] != float64(20) || d["batchCount"] != float64(2) || d["slashCount"] != float64(1) {
		t.Errorf("operator: %v", d)
	}
}
