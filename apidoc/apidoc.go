// Package apidoc checks an OpenAPI document (docs/openapi/*.json) against a running
// server, so the reference cannot go stale: the documented operations are exactly the
// routes the server registers, every documented GET answers (never the router's 404 or
// 405), and a 200 JSON answer has the top-level properties the document requires.
package apidoc

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strings"
)

// Document is the part of an OpenAPI 3 document checked here.
type Document struct {
	OpenAPI string                          `json:"openapi"`
	Paths   map[string]map[string]Operation `json:"paths"`
}

// Operation is one method of a path.
type Operation struct {
	Summary   string              `json:"summary"`
	Responses map[string]Response `json:"responses"`
}

// Response is a documented answer.
type Response struct {
	Content map[string]struct {
		Schema Schema `json:"schema"`
	} `json:"content"`
}

// Schema is the part of a JSON schema checked: the type and required properties.
type Schema struct {
	Type     string   `json:"type"`
	Required []string `json:"required"`
}

// Load reads a document.
func Load(path string) (*Document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var d Document
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if !strings.HasPrefix(d.OpenAPI, "3.") {
		return nil, fmt.Errorf("%s: openapi %q, want 3.x", path, d.OpenAPI)
	}
	return &d, nil
}

// Operations lists the document's operations as "METHOD /path" patterns, sorted.
func (d *Document) Operations() []string {
	var out []string
	for p, ms := range d.Paths {
		for m := range ms {
			out = append(out, strings.ToUpper(m)+" "+p)
		}
	}
	slices.Sort(out)
	return out
}

// Check compares the document with the server's routes and calls every documented GET on
// base (path parameters replaced from samples, by name; "x" otherwise). It returns every
// disagreement found.
func (d *Document) Check(base string, routes []string, samples map[string]string) []string {
	var problems []string
	routes = slices.Clone(routes)
	slices.Sort(routes)
	ops := d.Operations()
	for _, r := range routes {
		if !slices.Contains(ops, r) {
			problems = append(problems, "route not documented: "+r)
		}
	}
	for _, o := range ops {
		if !slices.Contains(routes, o) {
			problems = append(problems, "documented but not served: "+o)
		}
	}
	for p, ms := range d.Paths {
		op, ok := ms["get"]
		if !ok {
			continue
		}
		url := base + fill(p, samples)
		resp, err := http.Get(url)
		if err != nil {
			problems = append(problems, fmt.Sprintf("GET %s: %v", p, err))
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == http.StatusMethodNotAllowed || (resp.StatusCode == http.StatusNotFound && strings.Contains(string(body), "no such endpoint")) {
			problems = append(problems, fmt.Sprintf("GET %s: the router does not know it (%d %s)", p, resp.StatusCode, body))
			continue
		}
		code := fmt.Sprint(resp.StatusCode)
		doc, ok := op.Responses[code]
		if !ok {
			problems = append(problems, fmt.Sprintf("GET %s: answered %d, which is not documented", p, resp.StatusCode))
			continue
		}
		c, ok := doc.Content["application/json"]
		if !ok {
			continue
		}
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			problems = append(problems, fmt.Sprintf("GET %s: content type %q, documented JSON", p, ct))
			continue
		}
		switch c.Schema.Type {
		case "array":
			var v []any
			if err := json.Unmarshal(body, &v); err != nil {
				problems = append(problems, fmt.Sprintf("GET %s: not a JSON array: %s", p, body))
			}
		case "object":
			var v map[string]any
			if err := json.Unmarshal(body, &v); err != nil {
				problems = append(problems, fmt.Sprintf("GET %s: not a JSON object: %s", p, body))
				continue
			}
			for _, k := range c.Schema.Required {
				if _, ok := v[k]; !ok {
					problems = append(problems, fmt.Sprintf("GET %s: %d answer lacks %q: %s", p, resp.StatusCode, k, body))
				}
			}
		}
	}
	return problems
}

func fill(path string, samples map[string]string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(path, '{')
		if i < 0 {
			b.WriteString(path)
			return b.String()
		}
		j := strings.IndexByte(path[i:], '}')
		if j < 0 {
			b.WriteString(path)
			return b.String()
		}
		b.WriteString(path[:i])
		name := path[i+1 : i+j]
		v, ok := samples[name]
		if !ok {
			v = "x"
		}
		b.WriteString(v)
		path = path[i+j+1:]
	}
}
