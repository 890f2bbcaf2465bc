package reconcile

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestParseFull(t *testing.T) {
	r := record(t, opA, opA, opB, 1, 60, 200)
	one, _ := json.Marshal(r)
	wrapped := `{"cdr":` + string(one) + `,"source":"sip","leaf":"` + r.Leaf().Hex() + `"}`
	for name, body := range map[string]string{
		"array":   "[" + string(one) + "," + wrapped + "]",
		"ndjson":  string(one) + "\n" + wrapped + "\n",
		"wrapped": wrapped,
	} {
		got, err := ParseFull([]byte(body))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, g := range got {
			if g.Leaf() != r.Leaf() {
				t.Fatalf("%s: leaf differs", name)
			}
		}
		if want := strings.Count(body, `"salt"`); len(got) != want {
			t.Fatalf("%s: %d records, want %d", name, len(got), want)
		}
	}
	for _, bad := range []string{"[", "[" + string(one) + "] x", `{"cdr":{}}`, strings.Replace(string(one), `"originating"`, `"terminating"`, 1), "{"} {
		if _, err := ParseFull([]byte(bad)); err == nil {
			t.Errorf("accepted %.60q", bad)
		}
	}
}

func FuzzParseFull(f *testing.F) {
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"cdr":{"side":"originating"}}`))
	f.Add([]byte(`[{"seq":1},{"seq":2}]`))
	f.Add([]byte("{}\n{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, err := ParseFull(data)
		if err != nil {
			return
		}
		for _, r := range recs {
			if err := r.Validate(); err != nil {
				t.Fatalf("an invalid record returned: %v", err)
			}
		}
	})
}
