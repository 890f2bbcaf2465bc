// Package api serves the indexer's HTTP JSON API over the read-only pool of the index:
// numbers, operators, batches (with CDR proofs from the batch documents on IPFS),
// rewards (with claim proofs from rewards documents on IPFS), rates, disputes, /healthz
// and /metrics. Every answer states the chain head and, per record, its block, its
// confirmations and whether it is final; bad input gets 400 with a reason.
//
//	GET / and GET /v1                        the endpoints
//	GET /healthz                             chain id, genesis, head, indexed head, lag
//	GET /metrics                             Prometheus metrics
//	GET /v1/numbers/{e164}                   owner, expiry, deposit, route, CNAM, features, blocked callers
//	GET /v1/numbers/{e164}/history           claims, renewals, transfers, ports, releases, expiries (paged)
//	GET /v1/operators/{addr}                 bond, unbonding, status, payout, metadata, counts
//	GET /v1/operators/{addr}/batches         the operator's batches (paged)
//	GET /v1/operators/{addr}/slashes         the operator's slashes (paged)
//	GET /v1/batches[?operator=]              batches with state pending/final/invalidated (paged)
//	GET /v1/batches/{id}                     one batch
//	GET /v1/batches/{id}/proof?seq=N         CDR proof from the batch document on IPFS
//	GET /v1/rewards/{account}[?doc=CID...]   claims (paged), claimed per operator, and claimable amounts with proofs per rewards document
//	GET /v1/rates/{seller}[?at=T]            entries in force at T (default: the head block's time)
//	GET /v1/rates/{seller}/quote?destination=D&seconds=S[&at=T]
//	GET /v1/disputes                         disputes (paged)
//	GET /v1/disputes/{id}                    state, draws (jurors), commits, revealed votes, outcome
//
// Paged lists take limit (1-1000, default 100) and after (the "next" cursor of the previous
// page, "block.logIndex").
package api

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/dotsnet/dots/indexer/apitypes"
	"github.com/dotsnet/dots/indexer/events"
	"github.com/dotsnet/dots/indexer/follow"
	"github.com/dotsnet/dots/indexer/store"
)

// Documents fetches documents by CID (IPFS).
type Documents interface {
	Cat(ctx context.Context, cid string) ([]byte, error)
}

// Config configures a Server.
type Config struct {
	DB        *sqlx.DB             // read-only pool; each request reads in one transaction
	Status    func() follow.Status // follower progress
	Docs      Documents            // nil: proofs are unavailable (503)
	Logger    *slog.Logger
	Gatherer  prometheus.Gatherer // for /metrics; nil serves the default registry's
	Registry  prometheus.Registerer
	DocsCache int // Deprecated: documents are bounded in bytes by DocsCacheBytes
	// DocsCacheBytes bounds the parsed documents kept in memory (estimated; default 256 MiB).
	DocsCacheBytes int64
	// MaxDocLoads bounds the documents loading at once (default 2).
	MaxDocLoads int
}

// Server is the HTTP handler.
type Server struct {
	cfg  Config
	mux  *http.ServeMux
	log  *slog.Logger
	docs *docCache
	reqs *prometheus.HistogramVec
	// tables describes the event tables (names and types of their arguments).
	tables map[string]events.Table
	mu     sync.Mutex
	// routes are the patterns registered, in order (GET /v1 lists them).
	routes []string
}

// New builds the server.
func New(cfg Config) *Server {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.DocsCache <= 0 {
		cfg.DocsCache = 64
	}
	if cfg.DocsCacheBytes <= 0 {
		cfg.DocsCacheBytes = 256 << 20
	}
	if cfg.MaxDocLoads <= 0 {
		cfg.MaxDocLoads = 2
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), log: cfg.Logger, docs: newDocCache(cfg.DocsCacheBytes, cfg.MaxDocLoads)}
	s.reqs = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "dots_indexer_http_seconds", Help: "API request latency.",
		Buckets: prometheus.ExponentialBuckets(0.0001, 2, 16),
	}, []string{"route", "code"})
	if cfg.Registry != nil {
		cfg.Registry.MustRegister(s.reqs)
	}
	s.tables = events.Describe(events.DOTS(events.Addresses{}))
	s.mux.HandleFunc("GET /healthz", s.healthz)
	s.routes = append(s.routes, "GET /healthz")
	s.Route("GET /v1/numbers/{e164}", s.number)
	s.Route("GET /v1/numbers/{e164}/history", s.numberHistory)
	s.Route("GET /v1/operators/{addr}", s.operator)
	s.Route("GET /v1/operators/{addr}/batches", s.operatorBatches)
	s.Route("GET /v1/operators/{addr}/slashes", s.operatorSlashes)
	s.Route("GET /v1/batches", s.batches)
	s.Route("GET /v1/batches/{id}", s.batch)
	s.Route("GET /v1/batches/{id}/proof", s.batchProof)
	s.Route("GET /v1/rewards/{account}", s.rewards)
	s.Route("GET /v1/rates/{seller}", s.rates)
	s.Route("GET /v1/rates/{seller}/quote", s.quote)
	s.Route("GET /v1/disputes", s.disputes)
	s.Route("GET /v1/disputes/{id}", s.dispute)
	s.Route("GET /v1/reconcile", s.reconcileRoute)
	g := cfg.Gatherer
	if g == nil {
		g = prometheus.DefaultGatherer
	}
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(g, promhttp.HandlerOpts{}))
	s.routes = append(s.routes, "GET /metrics")
	endpoints := func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, apitypes.Endpoints{Endpoints: s.Routes()})
	}
	s.mux.HandleFunc("GET /v1", endpoints)
	s.mux.HandleFunc("GET /{$}", endpoints)
	s.routes = append(s.routes, "GET /v1", "GET /")
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeErr(w, http.StatusMethodNotAllowed, "method "+r.Method+" is not allowed: the API is read-only (GET)")
			return
		}
		writeErr(w, http.StatusNotFound, "no such endpoint: "+r.Method+" "+r.URL.Path)
	})
	return s
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// httpError carries a status and a reason.
type httpError struct {
	code   int
	reason string
}

func (e *httpError) Error() string { return e.reason }

func bad(format string, a ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, clipArgs(a)...)}
}

func notFound(format string, a ...any) error {
	return &httpError{http.StatusNotFound, fmt.Sprintf(format, clipArgs(a)...)}
}

// maxEcho bounds a value of the request echoed in an error; maxReason the whole reason.
const (
	maxEcho   = 80
	maxReason = 1024
)

// clip shortens s to maxEcho bytes (marking the cut), so an error never grows with the input.
func clip(s string) string {
	if len(s) <= maxEcho {
		return s
	}
	return strings.ToValidUTF8(s[:maxEcho], "") + fmt.Sprintf("…(%d bytes)", len(s))
}

// clipArgs clips the string and error arguments of an error message.
func clipArgs(a []any) []any {
	out := make([]any, len(a))
	for i, v := range a {
		switch x := v.(type) {
		case string:
			out[i] = clip(x)
		case error:
			out[i] = clip(x.Error())
		default:
			out[i] = v
		}
	}
	return out
}

// Routes lists the API's endpoints as "METHOD /path" patterns (docs/openapi/indexer.json documents them).
func (s *Server) Routes() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.routes...)
}

// Handler answers one request from one consistent snapshot of the index.
type Handler func(r *http.Request, q *Snapshot) (any, error)

// Snapshot is one read transaction of the index: every query of a request sees the same
// committed state, whatever the follower commits meanwhile.
type Snapshot struct {
	Tx *sqlx.Tx
	// Status is the follower's progress, with Indexed as of this snapshot.
	Status follow.Status
	s      *Server
}

// Query runs q (with ? placeholders, rebound for the database) and returns its rows.
func (q *Snapshot) Query(ctx context.Context, query string, args ...any) ([]Row, error) {
	rows, err := q.Tx.QueryxContext(ctx, q.Tx.Rebind(query), args...)
	if err != nil {
		return nil, fmt.Errorf("querying index: %w", err)
	}
	defer rows.Close()
	var out []Row
	for rows.Next() {
		m := map[string]any{}
		if err := rows.MapScan(m); err != nil {
			return nil, fmt.Errorf("reading index: %w", err)
		}
		for k, v := range m {
			if b, ok := v.([]byte); ok {
				m[k] = string(b)
			}
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading index: %w", err)
	}
	return out, nil
}

// Get scans one value of query into dest.
func (q *Snapshot) Get(ctx context.Context, dest any, query string, args ...any) error {
	return q.Tx.GetContext(ctx, dest, q.Tx.Rebind(query), args...)
}

// Answer wraps data in the envelope of every answer, as of this snapshot.
func (q *Snapshot) Answer(data any, next string) any {
	st := q.Status
	return apitypes.Answer[any]{ChainID: st.ChainID, Head: st.Head, IndexedHead: st.Indexed, FinalityDepth: st.FinalityDepth,
		Rebuilding: st.Rebuilding, Data: data, Next: next}
}

// Position is where row r (an event row) is on chain, with its confirmations.
func (q *Snapshot) Position(r Row) apitypes.Position {
	b := r.U64("block_number")
	return apitypes.Position{BlockNumber: b, LogIndex: r.U64("log_index"), TxHash: r.Str("tx_hash"), Time: r.U64("time"),
		Confirmations: q.Status.Confirmations(b), Final: q.Status.Final(b)}
}

// Event is an event row of table as the API answers it.
func (q *Snapshot) Event(table string, r Row) apitypes.Event {
	t := q.s.tables[table]
	ev := apitypes.Event{Event: t.Event, Position: q.Position(r), Args: make(map[string]any, len(t.Args))}
	for _, a := range t.Args {
		v, ok := r[a.Col]
		if !ok {
			continue
		}
		switch {
		case v == nil:
			ev.Args[a.Name] = nil
		case a.Wide:
			ev.Args[a.Name] = toBig(v).String()
		case a.JSON:
			if s, ok := v.(string); ok && json.Valid([]byte(s)) {
				ev.Args[a.Name] = json.RawMessage(s)
			} else {
				ev.Args[a.Name] = v
			}
		default:
			ev.Args[a.Name] = plain(v)
		}
	}
	return ev
}

// Events converts rows of table.
func (q *Snapshot) Events(table string, rows []Row) []apitypes.Event {
	out := make([]apitypes.Event, len(rows))
	for i, r := range rows {
		out[i] = q.Event(table, r)
	}
	return out
}

// plain is a column value as JSON: integers as numbers (a uint64 above the int64 range,
// stored as text, too), the rest as stored.
func plain(v any) any {
	switch x := v.(type) {
	case string:
		if len(x) > 0 && x[0] >= '0' && x[0] <= '9' {
			if u, err := strconv.ParseUint(x, 10, 64); err == nil {
				return u
			}
		}
		return x
	case float64:
		return int64(x)
	}
	return v
}

// Row is one row of the index, by column.
type Row map[string]any

// U64 reads an integer column (0 when absent or not a non-negative integer).
func (r Row) U64(k string) uint64 {
	b := toBig(r[k])
	if !b.IsUint64() {
		return 0
	}
	return b.Uint64()
}

// Str reads a text column ("" when absent).
func (r Row) Str(k string) string {
	switch x := r[k].(type) {
	case nil:
		return ""
	case string:
		return x
	}
	return fmt.Sprint(r[k])
}

// Big reads an integer column.
func (r Row) Big(k string) *big.Int { return toBig(r[k]) }

// Bool reads a 0/1 (or boolean) column.
func (r Row) Bool(k string) bool {
	switch x := r[k].(type) {
	case bool:
		return x
	}
	return r.U64(k) != 0
}

// Route registers h under pattern ("GET /v1/..."), listed by GET /v1. Other packages add
// their endpoints this way.
func (s *Server) Route(pattern string, h Handler) {
	s.mu.Lock()
	s.routes = append(s.routes, pattern)
	s.mu.Unlock()
	name := pattern
	s.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		code := http.StatusOK
		v, err := s.serve(r, h)
		if err != nil {
			var he *httpError
			if errors.As(err, &he) {
				code = he.code
				writeErr(w, code, he.reason)
			} else if r.Context().Err() != nil {
				code = 499
			} else {
				code = http.StatusInternalServerError
				s.log.Error("api request failed", "path", r.URL.Path, "err", err)
				writeErr(w, code, "internal error: "+err.Error())
			}
		} else {
			writeJSON(w, code, v)
		}
		s.reqs.WithLabelValues(name, strconv.Itoa(code)).Observe(time.Since(start).Seconds())
	})
}

// serve runs h in one read transaction.
func (s *Server) serve(r *http.Request, h Handler) (any, error) {
	ctx := r.Context()
	tx, err := s.cfg.DB.BeginTxx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("opening a snapshot of the index: %w", err)
	}
	defer tx.Rollback()
	q := &Snapshot{Tx: tx, Status: s.cfg.Status(), s: s}
	// The snapshot's newest block: what this answer was read from, which may trail the
	// follower's progress (or lead it, in an API-only process).
	next, ok, err := store.MetaUint(ctx, tx, store.MetaNextBlock)
	if err != nil {
		return nil, err
	}
	if ok && next > 0 {
		q.Status.Indexed = next - 1
		if q.Status.Head < q.Status.Indexed {
			q.Status.Head = q.Status.Indexed
		}
	}
	return h(r, q)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		writeErr(w, http.StatusInternalServerError, "encoding answer: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write(append(b, '\n'))
}

func writeErr(w http.ResponseWriter, code int, reason string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	if len(reason) > maxReason {
		reason = strings.ToValidUTF8(reason[:maxReason], "") + "…"
	}
	b, _ := json.Marshal(apitypes.Error{Error: reason, Status: code})
	w.Write(append(b, '\n'))
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	st := s.cfg.Status()
	lag := uint64(0)
	if st.Head > st.Indexed {
		lag = st.Head - st.Indexed
	}
	writeJSON(w, http.StatusOK, apitypes.Health{ChainID: st.ChainID, Genesis: st.Genesis.Hex(), Head: st.Head, IndexedHead: st.Indexed,
		Lag: lag, FinalityDepth: st.FinalityDepth, Rebuilding: st.Rebuilding})
}

// --- input parsing ---

var e164Re = regexp.MustCompile(`^\+[1-9][0-9]{0,14}$`)

func parseE164(s string) (string, error) {
	if !e164Re.MatchString(s) {
		return "", bad("number %q is not E.164 (\"+\" and 1-15 digits, no leading zero)", s)
	}
	return s, nil
}

func parseAddr(name, s string) (string, error) {
	if !common.IsHexAddress(s) {
		return "", bad("%s %q is not an address (40 hex digits, optionally after 0x)", name, s)
	}
	return strings.ToLower(common.HexToAddress(s).Hex()), nil
}

func parseUint(name, s string, def uint64, hasDef bool) (uint64, error) {
	if s == "" && hasDef {
		return def, nil
	}
	if s == "" {
		return 0, bad("the query parameter %s is missing: add ?%s=N (a whole number, 0 or more) to the URL", name, name)
	}
	v, err := strconv.ParseUint(s, 10, 63)
	if err != nil {
		return 0, bad("the query parameter %s=%q is not a whole number from 0 to 2^63-1", name, s)
	}
	return v, nil
}

// page reads limit (1-1000, default 100) and after ("block.logIndex" of the last row seen).
type page struct {
	limit      int
	afterBlock int64
	afterLog   int64
}

func parsePage(r *http.Request) (page, error) {
	p := page{limit: 100, afterBlock: -1, afterLog: -1}
	if s := r.URL.Query().Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 1000 {
			return p, bad("limit %q must be an integer from 1 to 1000", s)
		}
		p.limit = n
	}
	if s := r.URL.Query().Get("after"); s != "" {
		b, l, ok := strings.Cut(s, ".")
		bn, err1 := strconv.ParseInt(b, 10, 64)
		ln, err2 := strconv.ParseInt(l, 10, 64)
		if !ok || err1 != nil || err2 != nil || bn < 0 || ln < 0 {
			return p, bad("after %q must be a cursor \"block.logIndex\" from a previous answer", s)
		}
		p.afterBlock, p.afterLog = bn, ln
	}
	return p, nil
}

const pageWhere = ` (block_number > ? OR (block_number = ? AND log_index > ?)) `

func (p page) args() []any { return []any{p.afterBlock, p.afterBlock, p.afterLog} }

// next is the cursor after the last of n records at pos, "" when the page is not full.
func (p page) next(n int, last apitypes.Position) string {
	if n < p.limit || n == 0 {
		return ""
	}
	return fmt.Sprintf("%d.%d", last.BlockNumber, last.LogIndex)
}

func tbl(pkg, ev string) string { return events.TableName(pkg, ev) }

// --- numbers ---

var numberEvents = []string{"NumberClaimed", "NumberRenewed", "NumberTransferred", "NumberPorted", "NumberReleased", "NumberExpired", "RouteSet", "CnamSet", "FeaturesSet", "CallerBlocked", "CallerUnblocked"}

// numberRows are the events of kinds about e164, in chain order, with "event" and "table" set.
func (s *Server) numberRows(ctx context.Context, q *Snapshot, e164 string, kinds []string) ([]Row, error) {
	var all []Row
	for _, k := range kinds {
		t := tbl("numberregistry", k)
		rows, err := q.Query(ctx, `SELECT * FROM `+t+` WHERE e164 = ?`, e164)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			r["event"], r["table"] = k, t
		}
		all = append(all, rows...)
	}
	sortRows(all)
	return all, nil
}

func sortRows(rows []Row) {
	sort.SliceStable(rows, func(i, j int) bool {
		bi, bj := rows[i].U64("block_number"), rows[j].U64("block_number")
		if bi != bj {
			return bi < bj
		}
		return rows[i].U64("log_index") < rows[j].U64("log_index")
	})
}

func (s *Server) number(r *http.Request, q *Snapshot) (any, error) {
	e164, err := parseE164(r.PathValue("e164"))
	if err != nil {
		return nil, err
	}
	rows, err := s.numberRows(r.Context(), q, e164, numberEvents)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, notFound("number %s was never claimed", e164)
	}
	n := apitypes.Number{E164: e164}
	blocked := map[string]bool{}
	reset := func() {
		n.Route, n.Cnam, n.Features = nil, "", 0
		blocked = map[string]bool{}
	}
	for _, ev := range rows {
		switch ev["event"] {
		case "NumberClaimed":
			n.Owner, n.Expires, n.Deposit = ev.Str("owner"), ev.U64("expires"), ev.Big("deposit").String()
			reset()
		case "NumberRenewed":
			n.Expires = ev.U64("expires")
		case "NumberTransferred":
			n.Owner = ev.Str("to")
		case "NumberReleased", "NumberExpired":
			n.Owner, n.Expires, n.Deposit = "", 0, ""
			reset()
		case "NumberPorted":
			n.Route = &apitypes.Route{Operator: ev.Str("to_operator"), SipURI: ev.Str("sip_uri")}
		case "RouteSet":
			n.Route = &apitypes.Route{Operator: ev.Str("operator"), SipURI: ev.Str("sip_uri")}
		case "CnamSet":
			n.Cnam = ev.Str("cnam")
		case "FeaturesSet":
			n.Features = ev.U64("features")
		case "CallerBlocked":
			blocked[ev.Str("caller_hash")] = true
		case "CallerUnblocked":
			delete(blocked, ev.Str("caller_hash"))
		}
	}
	n.BlockedCallerHashes = make([]string, 0, len(blocked))
	for h := range blocked {
		n.BlockedCallerHashes = append(n.BlockedCallerHashes, h)
	}
	sort.Strings(n.BlockedCallerHashes)
	n.BlockNumber = rows[len(rows)-1].U64("block_number")
	n.Confirmations, n.Final = q.Status.Confirmations(n.BlockNumber), q.Status.Final(n.BlockNumber)
	return q.Answer(n, ""), nil
}

func (s *Server) numberHistory(r *http.Request, q *Snapshot) (any, error) {
	e164, err := parseE164(r.PathValue("e164"))
	if err != nil {
		return nil, err
	}
	p, err := parsePage(r)
	if err != nil {
		return nil, err
	}
	rows, err := s.numberRows(r.Context(), q, e164, []string{"NumberClaimed", "NumberRenewed", "NumberTransferred", "NumberPorted", "NumberReleased", "NumberExpired"})
	if err != nil {
		return nil, err
	}
	out := []apitypes.Event{}
	for _, ev := range rows {
		b, l := int64(ev.U64("block_number")), int64(ev.U64("log_index"))
		if b > p.afterBlock || (b == p.afterBlock && l > p.afterLog) {
			out = append(out, q.Event(ev.Str("table"), ev))
			if len(out) == p.limit {
				break
			}
		}
	}
	return q.Answer(out, p.next(len(out), lastPos(out))), nil
}

func lastPos(evs []apitypes.Event) apitypes.Position {
	if len(evs) == 0 {
		return apitypes.Position{}
	}
	return evs[len(evs)-1].Position
}

// --- operators ---

func (s *Server) operator(r *http.Request, q *Snapshot) (any, error) {
	addr, err := parseAddr("operator", r.PathValue("addr"))
	if err != nil {
		return nil, err
	}
	ctx := r.Context()
	regT := tbl("cdranchor", "OperatorRegistered")
	reg, err := q.Query(ctx, `SELECT * FROM `+regT+` WHERE operator = ? ORDER BY block_number, log_index LIMIT 1`, addr)
	if err != nil {
		return nil, err
	}
	if len(reg) == 0 {
		return nil, notFound("operator %s is not registered", addr)
	}
	// The newest bond figure from any event that states it.
	var bondRows []Row
	for _, k := range []string{"OperatorRegistered", "BondAdded", "UnbondRequested", "OperatorSlashed"} {
		t := tbl("cdranchor", k)
		rs, err := q.Query(ctx, `SELECT * FROM `+t+` WHERE operator = ? ORDER BY block_number DESC, log_index DESC LIMIT 1`, addr)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			r["table"] = t
		}
		bondRows = append(bondRows, rs...)
	}
	sortRows(bondRows)
	latest := bondRows[len(bondRows)-1]
	out := apitypes.Operator{Operator: addr, Registered: q.Event(regT, reg[0]), Bond: latest.Big("bond").String(),
		BondEvent: q.Event(latest.Str("table"), latest)}
	if _, ok := latest["unbonding"]; ok {
		out.Unbonding = latest.Big("unbonding").String()
	}
	suspT := tbl("cdranchor", "OperatorSuspended")
	susp, err := q.Query(ctx, `SELECT * FROM `+suspT+` WHERE operator = ? ORDER BY block_number DESC, log_index DESC LIMIT 1`, addr)
	if err != nil {
		return nil, err
	}
	// Status as CDRAnchor.isActiveOperator sees it: suspended for good, or active while the
	// bond covers the minimum bond of the newest ParametersSet.
	params, err := q.Query(ctx, `SELECT params FROM `+tbl("cdranchor", "ParametersSet")+` ORDER BY block_number DESC, log_index DESC LIMIT 1`)
	if err != nil {
		return nil, err
	}
	minBond := new(big.Int)
	if len(params) > 0 {
		var p struct {
			MinBond json.Number `json:"minBond"`
		}
		if json.Unmarshal([]byte(params[0].Str("params")), &p) == nil {
			minBond = toBig(p.MinBond.String())
		}
	}
	out.MinBond = minBond.String()
	switch {
	case len(susp) > 0:
		out.Status = "suspended"
		e := q.Event(suspT, susp[0])
		out.Suspended = &e
	case latest.Big("bond").Cmp(minBond) < 0:
		out.Status = "underbonded"
	default:
		out.Status = "active"
	}
	out.Payout, out.Metadata = reg[0].Str("payout"), reg[0].Str("metadata")
	payout, err := q.Query(ctx, `SELECT payout FROM `+tbl("cdranchor", "PayoutSet")+` WHERE operator = ? ORDER BY block_number DESC, log_index DESC LIMIT 1`, addr)
	if err != nil {
		return nil, err
	}
	if len(payout) > 0 {
		out.Payout = payout[0].Str("payout")
	}
	meta, err := q.Query(ctx, `SELECT metadata FROM `+tbl("cdranchor", "MetadataSet")+` WHERE operator = ? ORDER BY block_number DESC, log_index DESC LIMIT 1`, addr)
	if err != nil {
		return nil, err
	}
	if len(meta) > 0 {
		out.Metadata = meta[0].Str("metadata")
	}
	// The CDR count is the newest batch's last sequence number (the sequence is gapless).
	newest, err := q.Query(ctx, `SELECT last_seq FROM `+tbl("cdranchor", "BatchAnchored")+` WHERE operator = ? ORDER BY block_number DESC, log_index DESC LIMIT 1`, addr)
	if err != nil {
		return nil, err
	}
	if len(newest) > 0 {
		out.CDRCount = newest[0].U64("last_seq")
	}
	if err := q.Get(ctx, &out.BatchCount, `SELECT count(*) FROM `+tbl("cdranchor", "BatchAnchored")+` WHERE operator = ?`, addr); err != nil {
		return nil, fmt.Errorf("counting batches: %w", err)
	}
	if err := q.Get(ctx, &out.SlashCount, `SELECT count(*) FROM `+tbl("cdranchor", "OperatorSlashed")+` WHERE operator = ?`, addr); err != nil {
		return nil, fmt.Errorf("counting slashes: %w", err)
	}
	return q.Answer(out, ""), nil
}

func (s *Server) operatorBatches(r *http.Request, q *Snapshot) (any, error) {
	addr, err := parseAddr("operator", r.PathValue("addr"))
	if err != nil {
		return nil, err
	}
	return s.listBatches(r, q, addr)
}

func (s *Server) operatorSlashes(r *http.Request, q *Snapshot) (any, error) {
	addr, err := parseAddr("operator", r.PathValue("addr"))
	if err != nil {
		return nil, err
	}
	p, err := parsePage(r)
	if err != nil {
		return nil, err
	}
	t := tbl("cdranchor", "OperatorSlashed")
	rows, err := q.Query(r.Context(), `SELECT * FROM `+t+` WHERE operator = ? AND`+pageWhere+`ORDER BY block_number, log_index LIMIT ?`,
		append(append([]any{addr}, p.args()...), p.limit)...)
	if err != nil {
		return nil, err
	}
	out := q.Events(t, rows)
	return q.Answer(out, p.next(len(out), lastPos(out))), nil
}

// --- batches ---

func (s *Server) batches(r *http.Request, q *Snapshot) (any, error) {
	op := ""
	if v := r.URL.Query().Get("operator"); v != "" {
		var err error
		if op, err = parseAddr("operator", v); err != nil {
			return nil, err
		}
	}
	return s.listBatches(r, q, op)
}

func (s *Server) listBatches(r *http.Request, q *Snapshot, op string) (any, error) {
	p, err := parsePage(r)
	if err != nil {
		return nil, err
	}
	query := `SELECT * FROM ` + tbl("cdranchor", "BatchAnchored") + ` WHERE`
	args := []any{}
	if op != "" {
		query += ` operator = ? AND`
		args = append(args, op)
	}
	query += pageWhere + `ORDER BY block_number, log_index LIMIT ?`
	rows, err := q.Query(r.Context(), query, append(append(args, p.args()...), p.limit)...)
	if err != nil {
		return nil, err
	}
	env, err := s.batchEnv(r.Context(), q, rows)
	if err != nil {
		return nil, err
	}
	out := make([]apitypes.Batch, len(rows))
	for i, b := range rows {
		out[i] = env.batch(q, b)
	}
	var last apitypes.Position
	if len(out) > 0 {
		last = out[len(out)-1].Position
	}
	return q.Answer(out, p.next(len(out), last)), nil
}

// headTime is the time of the newest indexed block (0 before any).
func (s *Server) headTime(ctx context.Context, q *Snapshot) (uint64, error) {
	var t int64
	err := q.Get(ctx, &t, `SELECT time FROM blocks ORDER BY block_number DESC LIMIT 1`)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("reading head time: %w", err)
	}
	return uint64(max(t, 0)), nil
}

// batchEnv is what the states of a set of batches depend on: the newest indexed block's
// time and the invalidations of their operators (few: one query, not one per batch).
type batchEnv struct {
	headTime uint64
	inv      map[string][]Row // by operator, in chain order
	freeze   map[string]Row   // by operator: its newest BatchFrozen or BatchUnfrozen
}

func (s *Server) batchEnv(ctx context.Context, q *Snapshot, batches []Row) (*batchEnv, error) {
	ht, err := s.headTime(ctx, q)
	if err != nil {
		return nil, err
	}
	env := &batchEnv{headTime: ht, inv: map[string][]Row{}, freeze: map[string]Row{}}
	var ops []any
	seen := map[string]bool{}
	for _, b := range batches {
		op := b.Str("operator")
		if !seen[op] {
			seen[op] = true
			ops = append(ops, op)
		}
	}
	for len(ops) > 0 {
		chunk := ops[:min(len(ops), 500)]
		ops = ops[len(chunk):]
		in := `operator IN (?` + strings.Repeat(",?", len(chunk)-1) + `)`
		rows, err := q.Query(ctx, `SELECT * FROM `+tbl("cdranchor", "BatchInvalidated")+` WHERE `+in+` ORDER BY block_number, log_index`, chunk...)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			r["table"] = tbl("cdranchor", "BatchInvalidated")
			op := r.Str("operator")
			env.inv[op] = append(env.inv[op], r)
		}
		for _, ev := range []string{"BatchFrozen", "BatchUnfrozen"} {
			t := tbl("cdranchor", ev)
			rows, err = q.Query(ctx, `SELECT * FROM `+t+` WHERE `+in+` ORDER BY block_number, log_index`, chunk...)
			if err != nil {
				return nil, err
			}
			for _, r := range rows {
				r["table"] = t
				op := r.Str("operator")
				if old := env.freeze[op]; old == nil || later(r, old) {
					env.freeze[op] = r
				}
			}
		}
	}
	return env, nil
}

// later tells whether row a comes after row b on chain.
func later(a, b Row) bool {
	ab, bb := a.U64("block_number"), b.U64("block_number")
	return ab > bb || (ab == bb && a.U64("log_index") > b.U64("log_index"))
}

// batch is a BatchAnchored row with its state: pending, final or invalidated (with the
// invalidation), and the dispute freeze that holds it pending, if any.
func (env *batchEnv) batch(q *Snapshot, b Row) apitypes.Batch {
	out := apitypes.Batch{BatchID: b.U64("batch_id"), Operator: b.Str("operator"), CDRRoot: b.Str("cdr_root"), CID: cidString(b.Str("cid")),
		CDRCount: b.U64("cdr_count"), BillableSeconds: b.U64("billable_seconds"), FirstSeq: b.U64("first_seq"), LastSeq: b.U64("last_seq"),
		RewardsRoot: b.Str("rewards_root"), RewardsTotal: b.Big("rewards_total").String(), PrevBatchID: b.U64("prev_batch_id"),
		FinalAt: b.U64("final_at"), Position: q.Position(b)}
	id := b.Big("batch_id")
	op := out.Operator
	if inv := env.invalidation(op, id); inv != nil {
		out.State = apitypes.StateInvalidated
		e := q.Event(inv.Str("table"), inv)
		out.Invalidated = &e
		return out
	}
	// A dispute freezes the batch it names; that batch and every later valid batch of the
	// operator (they chain on it) stay pending while it is frozen, as CDRAnchor.batchState
	// says. The newest freeze event names the operator's lowest frozen batch (0: none); if that
	// batch was invalidated since, its freeze holds nothing.
	if fr := env.freeze[op]; fr != nil {
		head := fr.Big("frozen_from_batch_id")
		if head.Sign() > 0 && id.Cmp(head) >= 0 && env.invalidation(op, head) == nil {
			out.State = apitypes.StatePending
			e := q.Event(fr.Str("table"), fr)
			out.Frozen = &e
			return out
		}
	}
	if env.headTime >= out.FinalAt {
		out.State = apitypes.StateFinal
	} else {
		out.State = apitypes.StatePending
	}
	return out
}

// invalidation is the BatchInvalidated event of operator op that covers batch id, nil if none.
func (env *batchEnv) invalidation(op string, id *big.Int) Row {
	for _, inv := range env.inv[op] {
		if inv.Big("batch_id").Cmp(id) <= 0 && inv.Big("last_invalidated_batch_id").Cmp(id) >= 0 {
			return inv
		}
	}
	return nil
}

func parseBatchID(s string) (int64, error) {
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v < 0 {
		return 0, bad("batch id %q is not a non-negative integer", s)
	}
	return v, nil
}

func (s *Server) batchRow(ctx context.Context, q *Snapshot, id int64) (apitypes.Batch, error) {
	rows, err := q.Query(ctx, `SELECT * FROM `+tbl("cdranchor", "BatchAnchored")+` WHERE batch_id = ?`, id)
	if err != nil {
		return apitypes.Batch{}, err
	}
	if len(rows) == 0 {
		return apitypes.Batch{}, notFound("batch %d is not anchored (or not indexed yet)", id)
	}
	env, err := s.batchEnv(ctx, q, rows[:1])
	if err != nil {
		return apitypes.Batch{}, err
	}
	return env.batch(q, rows[0]), nil
}

func (s *Server) batch(r *http.Request, q *Snapshot) (any, error) {
	id, err := parseBatchID(r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	b, err := s.batchRow(r.Context(), q, id)
	if err != nil {
		return nil, err
	}
	return q.Answer(b, ""), nil
}

// --- rates ---

// ratesAt is a seller's entry in force at time at for each prefix (only the prefixes
// given, when any are): the one with the latest effective time not after at (ties: the
// later log, i.e. the later published; an event's index is where the entry was inserted,
// and scheduled entries move up when an earlier one is inserted, so it is no tie-break).
func (s *Server) ratesAt(ctx context.Context, q *Snapshot, seller string, at uint64, prefixes ...string) ([]apitypes.RateEntry, error) {
	args := []any{seller, at}
	only := ""
	if len(prefixes) > 0 {
		only = ` AND prefix IN (?` + strings.Repeat(",?", len(prefixes)-1) + `)`
		for _, p := range prefixes {
			args = append(args, p)
		}
	}
	rows, err := q.Query(ctx, `SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY prefix_key
			ORDER BY effective_time DESC, block_number DESC, log_index DESC) AS rank_in_prefix
		FROM `+tbl("rateexchange", "RatePublished")+` WHERE seller = ? AND effective_time <= ?`+only+`) AS ranked
		WHERE rank_in_prefix = 1 ORDER BY prefix`, args...)
	if err != nil {
		return nil, err
	}
	out := make([]apitypes.RateEntry, len(rows))
	for i, e := range rows {
		out[i] = apitypes.RateEntry{Seller: e.Str("seller"), Prefix: e.Str("prefix"), PrefixKey: e.Str("prefix_key"),
			RatePerMinute: e.Big("rate_per_minute").String(), ConnectFee: e.Big("connect_fee").String(),
			InitialIncrement: e.U64("initial_increment"), SubsequentIncrement: e.U64("subsequent_increment"),
			EffectiveTime: e.U64("effective_time"), Index: e.Big("index").String(), Position: q.Position(e)}
	}
	return out, nil
}

func (s *Server) atParam(ctx context.Context, r *http.Request, q *Snapshot) (uint64, error) {
	if v := r.URL.Query().Get("at"); v != "" {
		return parseUint("at", v, 0, false)
	}
	return s.headTime(ctx, q)
}

func (s *Server) rates(r *http.Request, q *Snapshot) (any, error) {
	seller, err := parseAddr("seller", r.PathValue("seller"))
	if err != nil {
		return nil, err
	}
	at, err := s.atParam(r.Context(), r, q)
	if err != nil {
		return nil, err
	}
	entries, err := s.ratesAt(r.Context(), q, seller, at)
	if err != nil {
		return nil, err
	}
	return q.Answer(apitypes.Rates{Seller: seller, At: at, Entries: entries}, ""), nil
}

var digitsRe = regexp.MustCompile(`^\+?[0-9]{1,15}$`)

func (s *Server) quote(r *http.Request, q *Snapshot) (any, error) {
	seller, err := parseAddr("seller", r.PathValue("seller"))
	if err != nil {
		return nil, err
	}
	v := r.URL.Query()
	dest := v.Get("destination")
	switch {
	case dest == "":
		return nil, bad("the query parameter destination is missing: add ?destination=+44... (1-15 digits, optionally after \"+\") to the URL")
	case !digitsRe.MatchString(dest):
		return nil, bad("the query parameter destination=%q is not 1-15 digits, optionally after \"+\"", dest)
	}
	dur, err := parseUint("seconds", v.Get("seconds"), 0, false)
	if err != nil {
		return nil, err
	}
	if dur > 1<<32-1 {
		return nil, bad("seconds %d is too large", dur)
	}
	at, err := s.atParam(r.Context(), r, q)
	if err != nil {
		return nil, err
	}
	d := strings.TrimPrefix(dest, "+")
	prefixes := make([]string, len(d))
	for i := range d {
		prefixes[i] = d[:i+1]
	}
	entries, err := s.ratesAt(r.Context(), q, seller, at, prefixes...)
	if err != nil {
		return nil, err
	}
	best := -1
	for i, e := range entries {
		if strings.HasPrefix(d, e.Prefix) && (best < 0 || len(e.Prefix) > len(entries[best].Prefix)) {
			best = i
		}
	}
	if best < 0 {
		return nil, notFound("seller %s has no rate for %s in force at %d", seller, dest, at)
	}
	cost, err := costOf(entries[best], dur)
	if err != nil {
		return nil, err
	}
	return q.Answer(apitypes.Quote{Seller: seller, Destination: dest, Seconds: dur, At: at,
		Prefix: entries[best].Prefix, Entry: entries[best], Cost: cost}, ""), nil
}

// --- disputes ---

func parseDisputeID(s string) (int64, error) {
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v < 0 {
		return 0, bad("dispute id %q is not a non-negative integer", s)
	}
	return v, nil
}

// summary is a dispute's state from its DisputeOpened row and its DisputeResolved rows.
func summary(q *Snapshot, opened Row, resolved []Row) apitypes.DisputeSummary {
	d := apitypes.DisputeSummary{DisputeID: opened.U64("dispute_id"), State: apitypes.DisputeOpen,
		Opened: q.Event(tbl("disputevoting", "DisputeOpened"), opened)}
	if len(resolved) > 0 {
		d.State = apitypes.DisputeResolved
		up := resolved[len(resolved)-1].Bool("upheld")
		d.Upheld = &up
	}
	return d
}

func (s *Server) disputes(r *http.Request, q *Snapshot) (any, error) {
	p, err := parsePage(r)
	if err != nil {
		return nil, err
	}
	rows, err := q.Query(r.Context(), `SELECT * FROM `+tbl("disputevoting", "DisputeOpened")+` WHERE`+pageWhere+`ORDER BY block_number, log_index LIMIT ?`, append(p.args(), p.limit)...)
	if err != nil {
		return nil, err
	}
	out := make([]apitypes.DisputeSummary, len(rows))
	for i, d := range rows {
		res, err := q.Query(r.Context(), `SELECT upheld FROM `+tbl("disputevoting", "DisputeResolved")+` WHERE dispute_id = ?`, d["dispute_id"])
		if err != nil {
			return nil, err
		}
		out[i] = summary(q, d, res)
	}
	var last apitypes.Position
	if len(out) > 0 {
		last = out[len(out)-1].Opened.Position
	}
	return q.Answer(out, p.next(len(out), last)), nil
}

func (s *Server) dispute(r *http.Request, q *Snapshot) (any, error) {
	id, err := parseDisputeID(r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	ctx := r.Context()
	opened, err := q.Query(ctx, `SELECT * FROM `+tbl("disputevoting", "DisputeOpened")+` WHERE dispute_id = ?`, id)
	if err != nil {
		return nil, err
	}
	if len(opened) == 0 {
		return nil, notFound("dispute %d is not open (or not indexed yet)", id)
	}
	lists := map[string][]apitypes.Event{}
	var resolved []Row
	for _, ev := range []string{"Appealed", "JurorsDrawn", "VoteCommitted", "VoteRevealed", "OutcomeExecuted", "DisputeResolved", "DisputeSettled", "RandomnessRerequested"} {
		t := tbl("disputevoting", ev)
		rows, err := q.Query(ctx, `SELECT * FROM `+t+` WHERE dispute_id = ? ORDER BY block_number, log_index`, id)
		if err != nil {
			return nil, err
		}
		if ev == "DisputeResolved" {
			resolved = rows
		}
		lists[ev] = q.Events(t, rows)
	}
	return q.Answer(apitypes.Dispute{DisputeSummary: summary(q, opened[0], resolved),
		Appeals: lists["Appealed"], Draws: lists["JurorsDrawn"], Commits: lists["VoteCommitted"], Votes: lists["VoteRevealed"],
		Executed: lists["OutcomeExecuted"], Resolved: lists["DisputeResolved"], Settlements: lists["DisputeSettled"],
		Randomness: lists["RandomnessRerequested"]}, ""), nil
}
