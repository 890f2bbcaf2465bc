// Package server is the oracle's HTTP API: CDR ingest in every supported format, full CDRs
// with salt and Merkle proof for the parties of a call and auditors, batches, /healthz and
// /metrics.
package server

import (
	"context"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"golang.org/x/time/rate"

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
	// Options: numbering plan, time zone, age limits, Kamailio settings (fields of the
	// source's JSON: numbering, timeZone, maxAge, maxSkew, kamailio).
	ingest.Options
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
	// OwnerAt resolves a number to its owner in NumberRegistry at a unix time (see
	// chain.OwnerHistory). When set, the owner of a call's caller or callee number at the
	// call's setup time (a party of the call) may read its full CDR by signing
	// PartyMessage with the number's wallet (see PartyAuth). Whoever owns the number
	// later (after a release, a lapse or a transfer) is not a party of the earlier calls.
	OwnerAt func(ctx context.Context, e164 string, at uint64) (common.Address, error)
	// ClientRate and ClientBurst bound, per client address, the requests that carry no valid
	// source or auditor credentials (party requests, failed logins, anonymous reads): beyond
	// them the answer is 429 before any signature is checked or chain read (defaults 20/s,
	// burst 40).
	ClientRate  rate.Limit
	ClientBurst int
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

// partyScheme starts a party's Authorization header.
const partyScheme = "DOTS-Party "

// maxPartyAuth bounds a party's Authorization header: the scheme, a time, 0x and 130 hex digits.
const maxPartyAuth = len(partyScheme) + 20 + 1 + 2 + 130

var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// ParsePartyAuth checks the cheap things of a party's Authorization header, without any
// elliptic-curve work: the form "DOTS-Party <unix time> <0x + 65 bytes hex>", the time
// within PartySkew of now, a recovery id of 0, 1, 27 or 28 and r, s in range with s in
// the lower half (no malleable twin). It returns the time and the signature with a 0/1
// recovery id.
func ParsePartyAuth(h string, now time.Time) (int64, []byte, error) {
	if len(h) > maxPartyAuth {
		return 0, nil, errors.New("party authorization too long")
	}
	rest, ok := strings.CutPrefix(h, partyScheme)
	if !ok {
		return 0, nil, errors.New("not a party authorization")
	}
	tsText, sigText, ok := strings.Cut(rest, " ")
	if !ok || tsText == "" || len(tsText) > 20 {
		return 0, nil, errors.New("party authorization: want DOTS-Party <unix time> <signature>")
	}
	for _, c := range tsText {
		if c < '0' || c > '9' {
			return 0, nil, errors.New("party authorization: the time is not a decimal number")
		}
	}
	ts, err := strconv.ParseInt(tsText, 10, 64)
	if err != nil {
		return 0, nil, errors.New("party authorization: the time is out of range")
	}
	if ts < now.Add(-PartySkew).Unix() || ts > now.Add(PartySkew).Unix() {
		return 0, nil, errors.New("party authorization: the signed time is too far from the oracle's clock")
	}
	if len(sigText) != 132 || sigText[:2] != "0x" {
		return 0, nil, errors.New("party authorization: the signature is not 0x and 65 bytes in hex")
	}
	sig, err := hex.DecodeString(sigText[2:])
	if err != nil {
		return 0, nil, errors.New("party authorization: the signature is not hex")
	}
	switch sig[64] {
	case 27, 28:
		sig[64] -= 27
	case 0, 1:
	default:
		return 0, nil, errors.New("party authorization: bad recovery id")
	}
	r, sv := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(sig[64], r, sv, true) || sv.Cmp(secp256k1HalfN) > 0 {
		return 0, nil, errors.New("party authorization: signature values out of range")
	}
	return ts, sig, nil
}

// partySigner recovers the wallet that signed a party request for seq (after ParsePartyAuth).
func partySigner(seq uint64, ts int64, sig []byte) (common.Address, error) {
	pub, err := crypto.SigToPub(accounts.TextHash([]byte(PartyMessage(seq, ts))), sig)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// isParty reports whether the signer owned the CDR's caller or callee number at the call's
// setup time.
func (s *Server) isParty(ctx context.Context, who common.Address, c *store.Stored) (bool, error) {
	for _, n := range []string{c.Caller, c.Callee} {
		o, err := s.cfg.OwnerAt(ctx, n, c.SetupTime)
		if err != nil {
			return false, err
		}
		if o == who && o != (common.Address{}) {
			return true, nil
		}
	}
	return false, nil
}

// clientLimits rate-limits requests without valid credentials per client address.
type clientLimits struct {
	lim   rate.Limit
	burst int
	m     *lru.Cache[string, *rate.Limiter]
}

func newClientLimits(l rate.Limit, burst int) *clientLimits {
	c, _ := lru.New[string, *rate.Limiter](8192)
	return &clientLimits{lim: l, burst: burst, m: c}
}

// allow takes one request from the client's budget.
func (c *clientLimits) allow(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	l, ok := c.m.Get(host)
	if !ok {
		l = rate.NewLimiter(c.lim, c.burst)
		if prev, ok, _ := c.m.PeekOrAdd(host, l); ok {
			l = prev
		}
	}
	return l.Allow()
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
	clients *clientLimits
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
	if cfg.ClientRate <= 0 {
		cfg.ClientRate = 20
	}
	if cfg.ClientBurst <= 0 {
		cfg.ClientBurst = 40
	}
	s := &Server{cfg: cfg, st: st, m: m, log: log, byName: map[string]*Source{}, byToken: map[string]*Source{}, ready: ready,
		clients: newClientLimits(cfg.ClientRate, cfg.ClientBurst)}
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
		if err := src.Options.Check(); err != nil {
			return nil, fmt.Errorf("source %q: %w", src.Name, err)
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

// Routes lists the API's endpoints (GET /v1 answers them; docs/openapi/oracle.json documents
// them). /metrics is not among them: MetricsHandler serves it on its own listener.
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

// MetricsHandler serves /metrics (source names and counts: serve it apart from the API, on a
// listener only the operator reaches).
func (s *Server) MetricsHandler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.m.Registry, promhttp.HandlerOpts{}))
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
		// The password is the source's password or its token (Kamailio's http_connect can
		// only send Basic auth, from the URL).
		src := s.byName[user]
		if src == nil {
			return nil
		}
		okPass := src.Password != "" && subtle.ConstantTimeCompare([]byte(pass), []byte(src.Password)) == 1
		okTok := src.Token != "" && subtle.ConstantTimeCompare([]byte(pass), []byte(src.Token)) == 1
		if !okPass && !okTok {
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
	Held       int      `json:"held,omitempty"` // records kept until the rest of their call arrives
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
		s.refuse(w, r, "unknown source or wrong credentials")
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
	res, err := parse(r.Context(), body, r.Header.Get("Content-Type"), ingest.Defaults{Operator: s.st.Operator(), OrigOperator: src.OrigOperator, TermOperator: src.TermOperator,
		Source: src.Name, Options: &src.Options, Held: s.st})
	var conflict *ingest.ConflictError
	if errors.As(err, &conflict) {
		s.m.Rejected.WithLabelValues("conflict").Inc()
		writeJSON(w, http.StatusConflict, conflictBody{Error: conflict.Error(), Conflicts: []*ingest.ConflictError{conflict}})
		return
	}
	if err != nil {
		var errs ingest.Errors
		errors.As(err, &errs)
		s.m.Rejected.WithLabelValues("invalid").Inc()
		// The errors may quote numbers: INFO says which fields, DEBUG has the messages.
		s.log.Info("rejected CDRs", "source", src.Name, "format", format, "errors", max(len(errs), 1), "fields", errorFields(errs))
		s.log.Debug("rejected CDRs in detail", "source", src.Name, "format", format, "err", err)
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
			if s.conflicts(w, r, src.Name, res.Calls, in, &out) {
				return
			}
		}
	}
	out.Held = res.Held
	writeIngest(w, &out)
}

// conflictBody is the 409 answer: the posted records that contradict stored ones, and what
// the request stored besides.
type conflictBody struct {
	Error     string                  `json:"error"`
	Conflicts []*ingest.ConflictError `json:"conflicts"`
	Accepted  int                     `json:"accepted"`
	Seqs      []uint64                `json:"seqs,omitempty"`
}

// conflicts answers 409 when a call that was already stored under its source id (a
// duplicate) says something else than the stored CDR: a re-post with other content is
// never a silent duplicate. It reports whether it answered.
func (s *Server) conflicts(w http.ResponseWriter, r *http.Request, source string, calls []ingest.Call, in store.Inserted, out *IngestResponse) bool {
	var cs []*ingest.ConflictError
	for i, dup := range in.Duplicate {
		if !dup {
			continue
		}
		st, err := s.st.BySeq(r.Context(), in.Seqs[i])
		if err != nil {
			s.log.Error("reading a stored CDR to compare a re-post", "seq", in.Seqs[i], "err", err)
			continue
		}
		if calls[i].Same(st.Record) {
			continue
		}
		stored, _ := json.Marshal(st.Record)
		posted, _ := json.Marshal(calls[i].Record(st.Operator, st.Seq, st.Salt))
		cs = append(cs, &ingest.ConflictError{Index: i, SourceID: calls[i].SourceID,
			What: fmt.Sprintf("the call (CDR %d)", st.Seq), Stored: stored, Posted: posted})
	}
	if len(cs) == 0 {
		return false
	}
	s.m.Rejected.WithLabelValues("conflict").Inc()
	s.log.Warn("a source re-posted CDRs with other content", "source", source, "conflicts", len(cs))
	writeJSON(w, http.StatusConflict, conflictBody{Error: cs[0].Error(), Conflicts: cs, Accepted: out.Accepted, Seqs: out.Seqs})
	return true
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
	if out.Held != 0 {
		buf = append(buf, `,"held":`...)
		buf = strconv.AppendInt(buf, int64(out.Held), 10)
	}
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

// errorFields names the fields at fault (at most 8, each once), never their values.
func errorFields(errs ingest.Errors) []string {
	var out []string
	for _, e := range errs {
		if e == nil || contains(out, e.Field) {
			continue
		}
		if out = append(out, e.Field); len(out) == 8 {
			break
		}
	}
	return out
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

const needCredentials = "auditor token, the sending source's credentials or a party's signature required"

// refuse answers 401 to a request without valid credentials, or 429 once its client has
// spent its budget of such requests.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, msg string) {
	if !s.clients.allow(r) {
		w.Header().Set("Retry-After", "1")
		s.fail(w, http.StatusTooManyRequests, "rate", "too many requests without valid credentials; slow down")
		return
	}
	s.fail(w, http.StatusUnauthorized, "auth", msg)
}

// getCDR answers a full CDR to an auditor, to the source that sent it, or (by sequence
// number) to a party of the call. A source asking for a CDR it did not send gets the same
// 404 as for one that does not exist, and a request without credentials gets 401 either
// way, so nobody learns which sequence numbers or ids exist.
func (s *Server) getCDR(w http.ResponseWriter, r *http.Request) {
	bySource := r.PathValue("source") != ""
	var seq uint64
	if !bySource {
		var perr error
		if seq, perr = parseID(r.PathValue("seq")); perr != nil {
			writeJSON(w, http.StatusBadRequest, errorBody{Error: "the sequence number in /v1/cdrs/{seq}: " + perr.Error() + " (e.g. /v1/cdrs/42; a source's own id goes to /v1/sources/{source}/cdrs/{id})"})
			return
		}
	}
	read := func() (*store.Stored, error) {
		if bySource {
			return s.st.BySource(r.Context(), r.PathValue("source"), r.PathValue("id"))
		}
		return s.st.BySeq(r.Context(), seq)
	}
	var st *store.Stored
	var err error
	switch {
	case s.auditor(r):
		st, err = read()
	case s.authenticate(r) != nil:
		src := s.authenticate(r)
		if bySource && r.PathValue("source") != src.Name {
			err = store.ErrNotFound // a source reads only its own CDRs, and learns nothing of others'
			break
		}
		if st, err = read(); err == nil && st.Source != src.Name {
			st, err = nil, store.ErrNotFound
		}
	case !bySource && s.cfg.OwnerAt != nil && strings.HasPrefix(r.Header.Get("Authorization"), partyScheme):
		// A party: the cheap checks first (budget, form, time, signature values), then the
		// CDR, the signer (one ecrecover), and the owners at the call's time (cached).
		if !s.clients.allow(r) {
			w.Header().Set("Retry-After", "1")
			s.fail(w, http.StatusTooManyRequests, "rate", "too many party requests; slow down")
			return
		}
		ts, sig, perr := ParsePartyAuth(r.Header.Get("Authorization"), time.Now())
		if perr != nil {
			s.fail(w, http.StatusUnauthorized, "auth", perr.Error())
			return
		}
		if st, err = read(); err != nil {
			if errors.Is(err, store.ErrNotFound) {
				s.fail(w, http.StatusUnauthorized, "auth", needCredentials)
				return
			}
			break
		}
		who, rerr := partySigner(seq, ts, sig)
		if rerr != nil {
			s.fail(w, http.StatusUnauthorized, "auth", needCredentials)
			return
		}
		ok, oerr := s.isParty(r.Context(), who, st)
		if oerr != nil {
			s.log.Warn("resolving number owners for a party request", "seq", seq, "err", oerr)
			writeJSON(w, http.StatusServiceUnavailable, errorBody{Error: "could not read the number registry; retry"})
			return
		}
		if !ok {
			s.fail(w, http.StatusUnauthorized, "auth", needCredentials)
			return
		}
	default:
		s.refuse(w, r, needCredentials)
		return
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
			writeJSON(w, http.StatusBadRequest, errorBody{Error: "the query parameter before: " + err.Error() + "; give the id of the oldest batch of the page you have (e.g. ?before=42)"})
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
		writeJSON(w, http.StatusBadRequest, errorBody{Error: "the batch id in /v1/batches/{id}: " + err.Error() + " (e.g. /v1/batches/42)"})
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
		return 0, fmt.Errorf("%.24q is not a whole number from 0 to 2^63-1", s)
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
