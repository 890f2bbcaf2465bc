// Package server is the oracle's HTTP API: CDR ingest in every supported format, full CDRs
// with salt and Merkle proof for the parties of a call and auditors, batches, /healthz and
// /metrics.
package server

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/dotsnet/dots/oracle/ingest"
	"github.com/dotsnet/dots/oracle/metrics"
	"github.com/dotsnet/dots/oracle/store"
	"github.com/dotsnet/dots/oracle/wire"
)

// Source is one SIP server (or other sender) allowed to push CDRs. It authenticates with
// HTTP Basic (user Name, password Password; what mod_json_cdr's cred sends) or with
// "Authorization: Bearer Token".
type Source struct {
	Name     string `json:"name"`
	Password string `json:"password,omitempty"`
	Token    string `json:"token,omitempty"`
	// Formats limits the formats the source may post (empty: any).
	Formats []string `json:"formats,omitempty"`
	// OrigOperator and TermOperator fill what native formats cannot say (default: this operator).
	OrigOperator common.Address `json:"origOperator,omitempty"`
	TermOperator common.Address `json:"termOperator,omitempty"`
}

// Config configures the API.
type Config struct {
	Sources []Source
	// AuditorTokens are Bearer tokens that may read full CDRs (numbers, salt, proof).
	AuditorTokens []string
	// MaxBodyBytes bounds an ingest body (default 16 MiB); larger bodies get 413.
	MaxBodyBytes int64
	// ChainID goes into batch documents (proofs are built from the same document).
	ChainID uint64
	// Owners resolves a number to its owner in NumberRegistry. When set, the owner of a
	// call's caller or callee number (a party of the call) may read its full CDR by
	// signing PartyMessage with the number's wallet (see PartyAuth).
	Owners func(ctx context.Context, e164 string) (common.Address, error)
}

// PartyMessage is what a party of a call signs (EIP-191 personal_sign, as MetaMask does) to
// read the full CDR with sequence number seq at unix time ts.
func PartyMessage(seq uint64, ts int64) string {
	return fmt.Sprintf("DOTS: read full CDR %d at %d", seq, ts)
}

// PartySkew is how far a party's signed time may be from the oracle's clock.
const PartySkew = 5 * time.Minute

// PartyAuth is the Authorization header value for a party's signed request:
// "DOTS-Party <unix time> <0x signature of PartyMessage>".
func PartyAuth(ts int64, sig []byte) string {
	return fmt.Sprintf("DOTS-Party %d %s", ts, hexutil.Encode(sig))
}

// party returns the wallet that signed a party request for seq (zero when none or invalid).
func party(r *http.Request, seq uint64, now time.Time) common.Address {
	f := strings.Fields(r.Header.Get("Authorization"))
	if len(f) != 3 || f[0] != "DOTS-Party" {
		return common.Address{}
	}
	ts, err := strconv.ParseInt(f[1], 10, 64)
	if err != nil || ts < now.Add(-PartySkew).Unix() || ts > now.Add(PartySkew).Unix() {
		return common.Address{}
	}
	sig, err := hexutil.Decode(f[2])
	if err != nil || len(sig) != 65 {
		return common.Address{}
	}
	sig = append([]byte(nil), sig...)
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	pub, err := crypto.SigToPub(accounts.TextHash([]byte(PartyMessage(seq, ts))), sig)
	if err != nil {
		return common.Address{}
	}
	return crypto.PubkeyToAddress(*pub)
}

// isParty reports whether the request is signed by the owner of the CDR's caller or callee.
func (s *Server) isParty(r *http.Request, c *store.Stored) bool {
	if s.cfg.Owners == nil || c == nil {
		return false
	}
	who := party(r, c.Seq, time.Now())
	if who == (common.Address{}) {
		return false
	}
	for _, n := range []string{c.Caller, c.Callee} {
		if o, err := s.cfg.Owners(r.Context(), n); err == nil && o == who {
			return true
		} else if err != nil {
			s.log.Warn("resolving number owner for a party request", "number", n, "err", err)
		}
	}
	return false
}

// Server is the oracle's HTTP API.
type Server struct {
	cfg     Config
	st      *store.Store
	m       *metrics.Metrics
	log     *slog.Logger
	byName  map[string]*Source
	byToken map[string]*Source
	ready   func() error
	// ingested caches the dots_oracle_cdrs_ingested_total counter of each (source, format)
	// met so far ([2]string -> prometheus.Counter), instead of a label lookup per request.
	ingested sync.Map
}

// ingestedCounter is the ingested-CDRs counter of a source and format.
func (s *Server) ingestedCounter(source, format string) prometheus.Counter {
	k := [2]string{source, format}
	if c, ok := s.ingested.Load(k); ok {
		return c.(prometheus.Counter)
	}
	c := s.m.Ingested.WithLabelValues(source, format)
	s.ingested.Store(k, c)
	return c
}

// New builds the API. ready, when set, is consulted by /healthz.
func New(cfg Config, st *store.Store, m *metrics.Metrics, log *slog.Logger, ready func() error) (*Server, error) {
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = 16 << 20
	}
	s := &Server{cfg: cfg, st: st, m: m, log: log, byName: map[string]*Source{}, byToken: map[string]*Source{}, ready: ready}
	for i := range cfg.Sources {
		src := &cfg.Sources[i]
		if src.Name == "" {
			return nil, fmt.Errorf("source %d: no name", i)
		}
		if src.Password == "" && src.Token == "" {
			return nil, fmt.Errorf("source %q: neither password nor token", src.Name)
		}
		if _, dup := s.byName[src.Name]; dup {
			return nil, fmt.Errorf("source %q: configured twice", src.Name)
		}
		for _, f := range src.Formats {
			if _, ok := ingest.Lookup(f); !ok {
				return nil, fmt.Errorf("source %q: unknown format %q (known: %s)", src.Name, f, strings.Join(ingest.Formats(), ", "))
			}
		}
		if src.OrigOperator == (common.Address{}) {
			src.OrigOperator = st.Operator()
		}
		if src.TermOperator == (common.Address{}) {
			src.TermOperator = st.Operator()
		}
		s.byName[src.Name] = src
		if src.Token != "" {
			if _, dup := s.byToken[src.Token]; dup {
				return nil, fmt.Errorf("source %q: token shared with another source", src.Name)
			}
			s.byToken[src.Token] = src
		}
	}
	return s, nil
}

// Route is one endpoint of the API.
type Route struct {
	Method  string `json:"method"`
	Path    string `json:"path"`
	Summary string `json:"summary"`
}

// Routes lists the API's endpoints (GET /v1 answers them; docs/openapi.json documents them).
func Routes() []Route {
	return []Route{
		{"POST", "/v1/cdrs", "ingest CDRs in DOTS JSON (one object, an array or NDJSON)"},
		{"POST", "/v1/cdrs/{format}", "ingest CDRs in a SIP server's format (freeswitch, kamailio, asterisk, opensips, dots)"},
		{"GET", "/v1/cdrs/{seq}", "a full CDR with salt, batch and Merkle proof (its source or an auditor)"},
		{"GET", "/v1/sources/{source}/cdrs/{id}", "a full CDR by its source's id"},
		{"GET", "/v1/batches", "batches, newest first (before= pages)"},
		{"GET", "/v1/batches/{id}", "one batch and where its anchoring stands"},
		{"GET", "/v1", "this list"},
		{"GET", "/healthz", "store counts and the batch pipeline; 503 with the reason when stuck"},
		{"GET", "/metrics", "Prometheus metrics"},
	}
}

// Handler routes the API. Unknown paths get a JSON 404, known paths with another method a
// JSON 405 with Allow.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	handlers := map[string]http.Handler{
		"POST /v1/cdrs":                      http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { s.ingest(w, r, "dots") }),
		"POST /v1/cdrs/{format}":             http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { s.ingest(w, r, r.PathValue("format")) }),
		"GET /v1/cdrs/{seq}":                 http.HandlerFunc(s.getCDR),
		"GET /v1/sources/{source}/cdrs/{id}": http.HandlerFunc(s.getCDR),
		"GET /v1/batches":                    http.HandlerFunc(s.listBatches),
		"GET /v1/batches/{id}":               http.HandlerFunc(s.getBatch),
		"GET /v1":                            http.HandlerFunc(listing),
		"GET /healthz":                       http.HandlerFunc(s.healthz),
		"GET /metrics":                       promhttp.HandlerFor(s.m.Registry, promhttp.HandlerOpts{}),
	}
	for _, rt := range Routes() {
		mux.Handle(rt.Method+" "+rt.Path, handlers[rt.Method+" "+rt.Path])
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		var allow []string
		for _, m := range []string{http.MethodGet, http.MethodPost} {
			r2 := r.Clone(r.Context())
			r2.Method = m
			if _, p := mux.Handler(r2); p != "" && p != "/" {
				allow = append(allow, m)
			}
		}
		if len(allow) > 0 {
			w.Header().Set("Allow", strings.Join(allow, ", "))
			writeJSON(w, http.StatusMethodNotAllowed, errorBody{Error: fmt.Sprintf("method %s is not allowed on %s (allowed: %s)",
				r.Method, r.URL.Path, strings.Join(allow, ", "))})
			return
		}
		writeJSON(w, http.StatusNotFound, errorBody{Error: "no such endpoint: " + r.Method + " " + r.URL.Path + " (GET /v1 lists them)"})
	})
	return mux
}

func listing(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, struct {
		Endpoints []Route `json:"endpoints"`
	}{Routes()})
}

type errorBody struct {
	Error  string               `json:"error"`
	Errors []*ingest.FieldError `json:"errors,omitempty"`
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func (s *Server) fail(w http.ResponseWriter, code int, reason, msg string) {
	s.m.Rejected.WithLabelValues(reason).Inc()
	if code == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Basic realm="dots-oracle", Bearer`)
	}
	writeJSON(w, code, errorBody{Error: msg})
}

// authenticate returns the source the request's credentials belong to.
func (s *Server) authenticate(r *http.Request) *Source {
	if user, pass, ok := r.BasicAuth(); ok {
		src := s.byName[user]
		if src == nil || src.Password == "" || subtle.ConstantTimeCompare([]byte(pass), []byte(src.Password)) != 1 {
			return nil
		}
		return src
	}
	if tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		for t, src := range s.byToken {
			if subtle.ConstantTimeCompare([]byte(tok), []byte(t)) == 1 {
				return src
			}
		}
	}
	return nil
}

// IngestResponse is the answer to an accepted ingest request.
type IngestResponse struct {
	Accepted   int      `json:"accepted"`
	Duplicates int      `json:"duplicates"`
	Skipped    int      `json:"skipped"`
	Seqs       []uint64 `json:"seqs"`
}

func (s *Server) ingest(w http.ResponseWriter, r *http.Request, format string) {
	parse, ok := ingest.Lookup(format)
	if !ok {
		s.fail(w, http.StatusNotFound, "format", fmt.Sprintf("unknown format %q (known: %s)", format, strings.Join(ingest.Formats(), ", ")))
		return
	}
	src := s.authenticate(r)
	if src == nil {
		s.fail(w, http.StatusUnauthorized, "auth", "unknown source or wrong credentials")
		return
	}
	if len(src.Formats) > 0 && !contains(src.Formats, format) {
		s.fail(w, http.StatusForbidden, "format", fmt.Sprintf("source %q may not post %s CDRs", src.Name, format))
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			s.fail(w, http.StatusRequestEntityTooLarge, "size", fmt.Sprintf("body larger than %d bytes", s.cfg.MaxBodyBytes))
			return
		}
		s.fail(w, http.StatusBadRequest, "read", "reading body: "+err.Error())
		return
	}
	res, err := parse(body, r.Header.Get("Content-Type"), ingest.Defaults{OrigOperator: src.OrigOperator, TermOperator: src.TermOperator})
	if err != nil {
		var errs ingest.Errors
		errors.As(err, &errs)
		s.m.Rejected.WithLabelValues("invalid").Inc()
		s.log.Info("rejected CDRs", "source", src.Name, "format", format, "err", err)
		writeJSON(w, http.StatusBadRequest, errorBody{Error: err.Error(), Errors: errs})
		return
	}
	if res.Skipped > 0 {
		s.m.Skipped.WithLabelValues(format).Add(float64(res.Skipped))
	}
	out := IngestResponse{Skipped: res.Skipped, Seqs: []uint64{}}
	if len(res.Calls) > 0 {
		in, err := s.st.Insert(r.Context(), src.Name, res.Calls)
		if err != nil {
			s.log.Error("storing CDRs", "source", src.Name, "err", err)
			s.fail(w, http.StatusServiceUnavailable, "store", "could not store the CDRs; retry")
			return
		}
		out.Seqs = in.Seqs
		out.Accepted = in.Accepted()
		out.Duplicates = len(res.Calls) - out.Accepted
		s.ingestedCounter(src.Name, format).Add(float64(out.Accepted))
		if out.Duplicates > 0 {
			s.m.Duplicates.WithLabelValues(src.Name).Add(float64(out.Duplicates))
		}
	}
	writeIngest(w, &out)
}

var jsonContentType = []string{"application/json"}

// writeIngest writes an IngestResponse exactly as writeJSON would (the same bytes, newline
// included), without the reflection of encoding/json: this is the answer to every ingest
// request.
func writeIngest(w http.ResponseWriter, out *IngestResponse) {
	buf := make([]byte, 0, 64+21*len(out.Seqs))
	buf = append(buf, `{"accepted":`...)
	buf = strconv.AppendInt(buf, int64(out.Accepted), 10)
	buf = append(buf, `,"duplicates":`...)
	buf = strconv.AppendInt(buf, int64(out.Duplicates), 10)
	buf = append(buf, `,"skipped":`...)
	buf = strconv.AppendInt(buf, int64(out.Skipped), 10)
	buf = append(buf, `,"seqs":`...)
	if out.Seqs == nil {
		buf = append(buf, "null"...)
	} else {
		buf = append(buf, '[')
		for i, q := range out.Seqs {
			if i > 0 {
				buf = append(buf, ',')
			}
			buf = strconv.AppendUint(buf, q, 10)
		}
		buf = append(buf, ']')
	}
	buf = append(buf, "}\n"...)
	w.Header()["Content-Type"] = jsonContentType
	w.WriteHeader(http.StatusOK)
	w.Write(buf)
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func (s *Server) auditor(r *http.Request) bool {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return false
	}
	for _, t := range s.cfg.AuditorTokens {
		if subtle.ConstantTimeCompare([]byte(tok), []byte(t)) == 1 {
			return true
		}
	}
	return false
}

// FullCDR is a CDR with everything needed to check it (oracle/wire).
type FullCDR = wire.FullCDR

// CostView is a CDR's cost (oracle/wire).
type CostView = wire.CostView

// getCDR answers a full CDR to an auditor, or to the source that sent it.
func (s *Server) getCDR(w http.ResponseWriter, r *http.Request) {
	var st *store.Stored
	var err error
	if src := r.PathValue("source"); src != "" {
		st, err = s.st.BySource(r.Context(), src, r.PathValue("id"))
	} else {
		seq, perr := parseID(r.PathValue("seq"))
		if perr != nil {
			writeJSON(w, http.StatusBadRequest, errorBody{Error: "sequence number: " + perr.Error()})
			return
		}
		st, err = s.st.BySeq(r.Context(), seq)
	}
	if !s.auditor(r) && !(r.PathValue("source") == "" && s.isParty(r, st)) {
		src := s.authenticate(r)
		if p := r.PathValue("source"); src != nil && p != "" && p != src.Name {
			src = nil // a source reads only its own CDRs, and learns nothing of others'
		}
		if src == nil || (st != nil && st.Source != src.Name) {
			s.fail(w, http.StatusUnauthorized, "auth", "auditor token, the sending source's credentials or a party's signature required")
			return
		}
	}
	if errors.Is(err, store.ErrNotFound) {
		writeJSON(w, http.StatusNotFound, errorBody{Error: "no such CDR"})
		return
	}
	if err != nil {
		s.log.Error("reading CDR", "err", err)
		writeJSON(w, http.StatusInternalServerError, errorBody{Error: "reading CDR failed"})
		return
	}
	full, err := Prove(r.Context(), s.st, s.cfg.ChainID, st)
	if err != nil {
		s.log.Error("proving CDR", "seq", st.Seq, "err", err)
		writeJSON(w, http.StatusInternalServerError, errorBody{Error: "building proof failed"})
		return
	}
	writeJSON(w, http.StatusOK, full)
}

// Prove completes a stored CDR with its batch and Merkle proof (once its batch has roots).
func Prove(ctx context.Context, st *store.Store, chainID uint64, c *store.Stored) (*FullCDR, error) {
	full := &FullCDR{CDR: c.Record, Source: c.Source, SourceID: c.SourceID, Leaf: c.Record.Leaf()}
	switch cost, err := st.CostOf(ctx, c.Seq); {
	case err == nil && cost.NoRate():
		full.Cost = &CostView{NoRate: true}
	case err == nil:
		full.Cost = &CostView{Amount: cost.Amount.String(), Prefix: cost.Prefix}
	case !errors.Is(err, store.ErrNotFound):
		return nil, err
	}
	b, err := st.BatchOf(ctx, c.Seq)
	if errors.Is(err, store.ErrNotFound) {
		return full, nil
	}
	if err != nil {
		return nil, err
	}
	full.BatchID, full.BatchState = b.ID, b.State
	if b.ChainBatchID.Valid {
		full.ChainBatch = uint64(b.ChainBatchID.Int64)
	}
	if b.State == store.StateSealed {
		return full, nil
	}
	doc, err := st.BatchDocument(ctx, chainID, b)
	if err != nil {
		return nil, err
	}
	proof, err := doc.Tree.Proof(int(c.Seq - b.FirstSeq))
	if err != nil {
		return nil, fmt.Errorf("proof of CDR %d: %w", c.Seq, err)
	}
	root := doc.Root()
	full.Root, full.CID, full.Proof = &root, b.CID, proof
	return full, nil
}

// BatchView is a batch as the API shows it.
type BatchView struct {
	store.Batch
	Root         *common.Hash `json:"root,omitempty"`
	RewardsRoot  *common.Hash `json:"rewardsRoot,omitempty"`
	TxHash       *common.Hash `json:"txHash,omitempty"`
	ChainBatchID uint64       `json:"chainBatchId,omitempty"`
}

func view(b store.Batch) BatchView {
	v := BatchView{Batch: b}
	if len(b.Root) == 32 {
		h := b.RootHash()
		v.Root = &h
	}
	if len(b.RewardsRoot) == 32 {
		h := b.RewardsRootHash()
		v.RewardsRoot = &h
	}
	if len(b.TxHash) == 32 {
		h := b.Tx()
		v.TxHash = &h
	}
	if b.ChainBatchID.Valid {
		v.ChainBatchID = uint64(b.ChainBatchID.Int64)
	}
	return v
}

func (s *Server) listBatches(w http.ResponseWriter, r *http.Request) {
	var before uint64
	if q := r.URL.Query().Get("before"); q != "" {
		var err error
		if before, err = parseID(q); err != nil {
			writeJSON(w, http.StatusBadRequest, errorBody{Error: "before: " + err.Error()})
			return
		}
	}
	bs, err := s.st.Batches(r.Context(), before, 100)
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, errorBody{Error: err.Error()})
		return
	}
	out := make([]BatchView, len(bs))
	for i := range bs {
		out[i] = view(bs[i])
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) getBatch(w http.ResponseWriter, r *http.Request) {
	id, err := parseID(r.PathValue("id"))
	if err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{Error: "batch id: " + err.Error()})
		return
	}
	b, err := s.st.Batch(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		writeJSON(w, http.StatusNotFound, errorBody{Error: "no such batch"})
		return
	}
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, errorBody{Error: err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, view(*b))
}

// parseID reads a sequence number or batch id: decimal, at most 2^63-1 (SQLite's integers).
func parseID(s string) (uint64, error) {
	v, err := strconv.ParseUint(s, 10, 63)
	if err != nil {
		return 0, fmt.Errorf("%.24q is not a number from 0 to 2^63-1", s)
	}
	return v, nil
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	c, err := s.st.Counts(r.Context())
	if err == nil && s.ready != nil {
		err = s.ready()
	}
	if err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "unhealthy", "error": err.Error()})
		return
	}
	out := map[string]any{"status": "ok", "cdrs": c.CDRs, "nextSeq": c.NextSeq,
		"unbatched": c.Unbatched, "lastSealedSeq": c.LastSealed, "operator": s.st.Operator()}
	// Where the batch pipeline stands: the oldest batch not yet final, how long it has been
	// waiting and the last error met moving it (IPFS or chain trouble shows here).
	switch b, err := s.st.OldestUnfinished(r.Context()); {
	case err != nil:
		out["pipeline"] = map[string]any{"error": "reading the oldest unfinished batch: " + err.Error()}
	case b != nil:
		p := map[string]any{"batch": b.ID, "state": b.State, "waitingSeconds": time.Since(time.Unix(b.SealedAt, 0)).Round(time.Second).Seconds()}
		if b.LastError != "" {
			p["lastError"] = b.LastError
		}
		out["pipeline"] = p
	}
	// An anchor the chain invalidated is terminal and reported here (the range is
	// anchored again under the same sequence numbers).
	switch inv, err := s.st.Invalidations(r.Context(), 1); {
	case err != nil:
		out["lastInvalidation"] = map[string]any{"error": err.Error()}
	case len(inv) == 1:
		out["lastInvalidation"] = inv[0]
	}
	writeJSON(w, http.StatusOK, out)
}
