// Package api serves the indexer's HTTP JSON API over the read-only pool of the index:
// numbers, operators, batches (with CDR proofs from the batch documents on IPFS),
// rewards (with claim proofs from rewards documents on IPFS), rates, disputes, /healthz
// and /metrics. Every answer states the chain head and, per record, its block, its
// confirmations and whether it is final; bad input gets 400 with a reason.
//
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
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/dotsnet/dots/indexer/events"
	"github.com/dotsnet/dots/indexer/follow"
)

// Documents fetches documents by CID (IPFS).
type Documents interface {
	Cat(ctx context.Context, cid string) ([]byte, error)
}

// Config configures a Server.
type Config struct {
	DB        *sqlx.DB             // read-only pool
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
	s.route("GET /healthz", s.healthz)
	s.route("GET /v1/numbers/{e164}", s.number)
	s.route("GET /v1/numbers/{e164}/history", s.numberHistory)
	s.route("GET /v1/operators/{addr}", s.operator)
	s.route("GET /v1/operators/{addr}/batches", s.operatorBatches)
	s.route("GET /v1/operators/{addr}/slashes", s.operatorSlashes)
	s.route("GET /v1/batches", s.batches)
	s.route("GET /v1/batches/{id}", s.batch)
	s.route("GET /v1/batches/{id}/proof", s.batchProof)
	s.route("GET /v1/rewards/{account}", s.rewards)
	s.route("GET /v1/rates/{seller}", s.rates)
	s.route("GET /v1/rates/{seller}/quote", s.quote)
	s.route("GET /v1/disputes", s.disputes)
	s.route("GET /v1/disputes/{id}", s.dispute)
	g := cfg.Gatherer
	if g == nil {
		g = prometheus.DefaultGatherer
	}
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(g, promhttp.HandlerOpts{}))
	s.routes = append(s.routes, "GET /metrics")
	s.route("GET /v1", func(*http.Request) (any, error) {
		return struct {
			Endpoints []string `json:"endpoints"`
		}{s.Routes()}, nil
	})
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

type handler func(r *http.Request) (any, error)

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

// Routes lists the API's endpoints as "METHOD /path" patterns (docs/openapi.json documents them).
func (s *Server) Routes() []string { return append([]string(nil), s.routes...) }

func (s *Server) route(pattern string, h handler) {
	s.routes = append(s.routes, pattern)
	name := pattern
	s.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		code := http.StatusOK
		v, err := h(r)
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
	b, _ := json.Marshal(map[string]any{"error": reason, "status": code})
	w.Write(append(b, '\n'))
}

// answer is the envelope of every successful answer.
type answer struct {
	ChainID       uint64 `json:"chainId"`
	Head          uint64 `json:"head"`
	IndexedHead   uint64 `json:"indexedHead"`
	FinalityDepth uint64 `json:"finalityDepth"`
	// Rebuilding is true while the index is rebuilt from scratch (a reorg below the
	// start block, or a new chain): the answer comes from a partial index.
	Rebuilding bool   `json:"rebuilding,omitempty"`
	Data       any    `json:"data"`
	Next       string `json:"next,omitempty"` // cursor of the next page
}

func (s *Server) wrap(st follow.Status, data any, next string) answer {
	return answer{ChainID: st.ChainID, Head: st.Head, IndexedHead: st.Indexed, FinalityDepth: st.FinalityDepth, Rebuilding: st.Rebuilding,
		Data: data, Next: next}
}

// row is one event row as JSON, with its confirmations.
type row map[string]any

func (s *Server) annotate(st follow.Status, r row) row {
	if b, ok := r["block_number"].(int64); ok {
		r["confirmations"] = st.Confirmations(uint64(b))
		r["final"] = st.Final(uint64(b))
	}
	return r
}

func (s *Server) query(ctx context.Context, st follow.Status, q string, args ...any) ([]row, error) {
	rows, err := s.cfg.DB.QueryxContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("querying index: %w", err)
	}
	defer rows.Close()
	var out []row
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
		out = append(out, s.annotate(st, m))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading index: %w", err)
	}
	if out == nil {
		out = []row{}
	}
	return out, nil
}

func (s *Server) healthz(r *http.Request) (any, error) {
	st := s.cfg.Status()
	lag := uint64(0)
	if st.Head > st.Indexed {
		lag = st.Head - st.Indexed
	}
	return map[string]any{"chainId": st.ChainID, "genesis": st.Genesis.Hex(), "head": st.Head, "indexedHead": st.Indexed, "lag": lag, "finalityDepth": st.FinalityDepth,
		"rebuilding": st.Rebuilding}, nil
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

func (p page) next(rows []row) string {
	if len(rows) < p.limit || len(rows) == 0 {
		return ""
	}
	last := rows[len(rows)-1]
	return fmt.Sprintf("%v.%v", last["block_number"], last["log_index"])
}

func tbl(pkg, ev string) string { return events.TableName(pkg, ev) }

// --- numbers ---

var numberEvents = []string{"NumberClaimed", "NumberRenewed", "NumberTransferred", "NumberPorted", "NumberReleased", "NumberExpired", "RouteSet", "CnamSet", "FeaturesSet", "CallerBlocked", "CallerUnblocked"}

func (s *Server) numberRows(ctx context.Context, st follow.Status, e164 string, kinds []string) ([]row, error) {
	var all []row
	for _, k := range kinds {
		rows, err := s.query(ctx, st, `SELECT * FROM `+tbl("numberregistry", k)+` WHERE e164 = ?`, e164)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			r["event"] = k
		}
		all = append(all, rows...)
	}
	sortRows(all)
	return all, nil
}

func sortRows(rows []row) {
	sort.SliceStable(rows, func(i, j int) bool {
		bi, bj := rows[i]["block_number"].(int64), rows[j]["block_number"].(int64)
		if bi != bj {
			return bi < bj
		}
		return rows[i]["log_index"].(int64) < rows[j]["log_index"].(int64)
	})
}

func (s *Server) number(r *http.Request) (any, error) {
	e164, err := parseE164(r.PathValue("e164"))
	if err != nil {
		return nil, err
	}
	st := s.cfg.Status()
	rows, err := s.numberRows(r.Context(), st, e164, numberEvents)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, notFound("number %s was never claimed", e164)
	}
	var (
		owner, expires, deposit any
		route                   any
		cnam                    any = ""
		features                any = int64(0)
		blocked                     = map[string]bool{}
		last                    row
	)
	clear := func() {
		route, cnam, features = nil, "", int64(0)
		blocked = map[string]bool{}
	}
	for _, ev := range rows {
		switch ev["event"] {
		case "NumberClaimed":
			owner, expires, deposit = ev["owner"], ev["expires"], ev["deposit"]
			clear()
		case "NumberRenewed":
			expires = ev["expires"]
		case "NumberTransferred":
			owner = ev["to"]
		case "NumberReleased", "NumberExpired":
			owner, expires, deposit = nil, nil, nil
			clear()
		case "NumberPorted":
			route = map[string]any{"operator": ev["to_operator"], "sipUri": ev["sip_uri"]}
		case "RouteSet":
			route = map[string]any{"operator": ev["operator"], "sipUri": ev["sip_uri"]}
		case "CnamSet":
			cnam = ev["cnam"]
		case "FeaturesSet":
			features = ev["features"]
		case "CallerBlocked":
			blocked[fmt.Sprint(ev["caller_hash"])] = true
		case "CallerUnblocked":
			delete(blocked, fmt.Sprint(ev["caller_hash"]))
		}
		last = ev
	}
	bl := make([]string, 0, len(blocked))
	for h := range blocked {
		bl = append(bl, h)
	}
	sort.Strings(bl)
	lb := uint64(last["block_number"].(int64))
	return s.wrap(st, map[string]any{
		"e164": e164, "owner": owner, "expires": expires, "deposit": deposit, "route": route,
		"cnam": cnam, "features": features, "blockedCallerHashes": bl,
		"block_number": lb, "confirmations": st.Confirmations(lb), "final": st.Final(lb),
	}, ""), nil
}

func (s *Server) numberHistory(r *http.Request) (any, error) {
	e164, err := parseE164(r.PathValue("e164"))
	if err != nil {
		return nil, err
	}
	p, err := parsePage(r)
	if err != nil {
		return nil, err
	}
	st := s.cfg.Status()
	rows, err := s.numberRows(r.Context(), st, e164, []string{"NumberClaimed", "NumberRenewed", "NumberTransferred", "NumberPorted", "NumberReleased", "NumberExpired"})
	if err != nil {
		return nil, err
	}
	out := []row{}
	for _, ev := range rows {
		b, l := ev["block_number"].(int64), ev["log_index"].(int64)
		if b > p.afterBlock || (b == p.afterBlock && l > p.afterLog) {
			out = append(out, ev)
			if len(out) == p.limit {
				break
			}
		}
	}
	return s.wrap(st, out, p.next(out)), nil
}

// --- operators ---

func (s *Server) operator(r *http.Request) (any, error) {
	addr, err := parseAddr("operator", r.PathValue("addr"))
	if err != nil {
		return nil, err
	}
	ctx := r.Context()
	st := s.cfg.Status()
	reg, err := s.query(ctx, st, `SELECT * FROM `+tbl("cdranchor", "OperatorRegistered")+` WHERE operator = ? ORDER BY block_number, log_index`, addr)
	if err != nil {
		return nil, err
	}
	if len(reg) == 0 {
		return nil, notFound("operator %s is not registered", addr)
	}
	// The newest bond figure from any event that states it.
	var bondRows []row
	for _, k := range []string{"OperatorRegistered", "BondAdded", "UnbondRequested", "OperatorSlashed"} {
		rs, err := s.query(ctx, st, `SELECT *, '`+k+`' AS event FROM `+tbl("cdranchor", k)+` WHERE operator = ? ORDER BY block_number DESC, log_index DESC LIMIT 1`, addr)
		if err != nil {
			return nil, err
		}
		bondRows = append(bondRows, rs...)
	}
	sortRows(bondRows)
	latest := bondRows[len(bondRows)-1]
	out := map[string]any{"operator": addr, "registered": reg[0], "bond": latest["bond"], "bondEvent": latest}
	if u, ok := latest["unbonding"]; ok {
		out["unbonding"] = u
	}
	susp, err := s.query(ctx, st, `SELECT * FROM `+tbl("cdranchor", "OperatorSuspended")+` WHERE operator = ? ORDER BY block_number, log_index`, addr)
	if err != nil {
		return nil, err
	}
	// Status as CDRAnchor.isActiveOperator sees it: suspended for good, or active while the
	// bond covers the minimum bond of the newest ParametersSet.
	params, err := s.query(ctx, st, `SELECT params FROM `+tbl("cdranchor", "ParametersSet")+` ORDER BY block_number DESC, log_index DESC LIMIT 1`)
	if err != nil {
		return nil, err
	}
	minBond := new(big.Int)
	if len(params) > 0 {
		var p struct {
			MinBond json.Number `json:"minBond"`
		}
		if s, ok := params[0]["params"].(string); ok && json.Unmarshal([]byte(s), &p) == nil {
			minBond = toBig(p.MinBond.String())
		}
	}
	out["minBond"] = minBond.String()
	switch {
	case len(susp) > 0:
		out["status"] = "suspended"
		out["suspended"] = susp[len(susp)-1]
	case toBig(latest["bond"]).Cmp(minBond) < 0:
		out["status"] = "underbonded"
	default:
		out["status"] = "active"
	}
	payout, err := s.query(ctx, st, `SELECT * FROM `+tbl("cdranchor", "PayoutSet")+` WHERE operator = ? ORDER BY block_number DESC, log_index DESC LIMIT 1`, addr)
	if err != nil {
		return nil, err
	}
	out["payout"] = reg[0]["payout"]
	if len(payout) > 0 {
		out["payout"] = payout[0]["payout"]
	}
	meta, err := s.query(ctx, st, `SELECT * FROM `+tbl("cdranchor", "MetadataSet")+` WHERE operator = ? ORDER BY block_number DESC, log_index DESC LIMIT 1`, addr)
	if err != nil {
		return nil, err
	}
	out["metadata"] = reg[0]["metadata"]
	if len(meta) > 0 {
		out["metadata"] = meta[0]["metadata"]
	}
	var n int64
	if err := s.cfg.DB.GetContext(ctx, &n, `SELECT count(*) FROM `+tbl("cdranchor", "BatchAnchored")+` WHERE operator = ?`, addr); err != nil {
		return nil, fmt.Errorf("counting batches: %w", err)
	}
	out["batchCount"] = n
	if err := s.cfg.DB.GetContext(ctx, &n, `SELECT count(*) FROM `+tbl("cdranchor", "OperatorSlashed")+` WHERE operator = ?`, addr); err != nil {
		return nil, fmt.Errorf("counting slashes: %w", err)
	}
	out["slashCount"] = n
	return s.wrap(st, out, ""), nil
}

func (s *Server) operatorBatches(r *http.Request) (any, error) {
	addr, err := parseAddr("operator", r.PathValue("addr"))
	if err != nil {
		return nil, err
	}
	return s.listBatches(r, addr)
}

func (s *Server) operatorSlashes(r *http.Request) (any, error) {
	addr, err := parseAddr("operator", r.PathValue("addr"))
	if err != nil {
		return nil, err
	}
	p, err := parsePage(r)
	if err != nil {
		return nil, err
	}
	st := s.cfg.Status()
	rows, err := s.query(r.Context(), st, `SELECT * FROM `+tbl("cdranchor", "OperatorSlashed")+` WHERE operator = ? AND`+pageWhere+`ORDER BY block_number, log_index LIMIT ?`,
		append(append([]any{addr}, p.args()...), p.limit)...)
	if err != nil {
		return nil, err
	}
	return s.wrap(st, rows, p.next(rows)), nil
}

// --- batches ---

func (s *Server) batches(r *http.Request) (any, error) {
	op := ""
	if v := r.URL.Query().Get("operator"); v != "" {
		var err error
		if op, err = parseAddr("operator", v); err != nil {
			return nil, err
		}
	}
	return s.listBatches(r, op)
}

func (s *Server) listBatches(r *http.Request, op string) (any, error) {
	p, err := parsePage(r)
	if err != nil {
		return nil, err
	}
	st := s.cfg.Status()
	q := `SELECT * FROM ` + tbl("cdranchor", "BatchAnchored") + ` WHERE`
	args := []any{}
	if op != "" {
		q += ` operator = ? AND`
		args = append(args, op)
	}
	q += pageWhere + `ORDER BY block_number, log_index LIMIT ?`
	rows, err := s.query(r.Context(), st, q, append(append(args, p.args()...), p.limit)...)
	if err != nil {
		return nil, err
	}
	env, err := s.batchEnv(r.Context(), st, rows)
	if err != nil {
		return nil, err
	}
	for _, b := range rows {
		env.batchState(b)
	}
	return s.wrap(st, rows, p.next(rows)), nil
}

// headTime is the time of the newest indexed block (0 before any).
func (s *Server) headTime(ctx context.Context) (int64, error) {
	var t int64
	err := s.cfg.DB.GetContext(ctx, &t, `SELECT time FROM blocks ORDER BY block_number DESC LIMIT 1`)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("reading head time: %w", err)
	}
	return t, nil
}

// batchEnv is what the states of a set of batches depend on: the newest indexed block's
// time and the invalidations of their operators (few: one query, not one per batch).
type batchEnv struct {
	headTime int64
	inv      map[string][]row // by operator, in chain order
	freeze   map[string]row   // by operator: its newest BatchFrozen or BatchUnfrozen
}

func (s *Server) batchEnv(ctx context.Context, st follow.Status, batches []row) (*batchEnv, error) {
	ht, err := s.headTime(ctx)
	if err != nil {
		return nil, err
	}
	env := &batchEnv{headTime: ht, inv: map[string][]row{}, freeze: map[string]row{}}
	var ops []any
	seen := map[string]bool{}
	for _, b := range batches {
		op := fmt.Sprint(b["operator"])
		if !seen[op] {
			seen[op] = true
			ops = append(ops, op)
		}
	}
	for len(ops) > 0 {
		chunk := ops[:min(len(ops), 500)]
		ops = ops[len(chunk):]
		rows, err := s.query(ctx, st, `SELECT * FROM `+tbl("cdranchor", "BatchInvalidated")+` WHERE operator IN (?`+strings.Repeat(",?", len(chunk)-1)+`) ORDER BY block_number, log_index`, chunk...)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			op := fmt.Sprint(r["operator"])
			env.inv[op] = append(env.inv[op], r)
		}
		in := `operator IN (?` + strings.Repeat(",?", len(chunk)-1) + `)`
		rows, err = s.query(ctx, st, `SELECT *, 'BatchFrozen' AS event FROM `+tbl("cdranchor", "BatchFrozen")+` WHERE `+in+`
			UNION ALL SELECT *, 'BatchUnfrozen' AS event FROM `+tbl("cdranchor", "BatchUnfrozen")+` WHERE `+in+`
			ORDER BY block_number, log_index`, append(append([]any{}, chunk...), chunk...)...)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			env.freeze[fmt.Sprint(r["operator"])] = r
		}
	}
	return env, nil
}

// batchState sets "state" (pending, final, invalidated), "cidString" and, when a dispute
// freeze holds it, "frozen" (the freeze event) of a batch row.
func (env *batchEnv) batchState(b row) {
	if c, ok := b["cid"].(string); ok {
		b["cidString"] = cidString(c)
	}
	id := toBig(b["batch_id"])
	op := fmt.Sprint(b["operator"])
	if inv := env.invalidation(op, id); inv != nil {
		b["state"] = "invalidated"
		b["invalidated"] = inv
		return
	}
	// A dispute freezes the batch it names; that batch and every later valid batch of the
	// operator (they chain on it) stay pending while it is frozen, as CDRAnchor.batchState
	// says. The newest freeze event names the operator's lowest frozen batch (0: none); if that
	// batch was invalidated since, its freeze holds nothing.
	if fr := env.freeze[op]; fr != nil {
		head := toBig(fr["frozen_from_batch_id"])
		if head.Sign() > 0 && id.Cmp(head) >= 0 && env.invalidation(op, head) == nil {
			b["state"] = "pending"
			b["frozen"] = fr
			return
		}
	}
	fa, _ := b["final_at"].(int64)
	if env.headTime >= fa {
		b["state"] = "final"
	} else {
		b["state"] = "pending"
	}
}

// invalidation is the BatchInvalidated event of operator op that covers batch id, nil if none.
func (env *batchEnv) invalidation(op string, id *big.Int) row {
	for _, inv := range env.inv[op] {
		if toBig(inv["batch_id"]).Cmp(id) <= 0 && toBig(inv["last_invalidated_batch_id"]).Cmp(id) >= 0 {
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

func (s *Server) batchRow(ctx context.Context, st follow.Status, id int64) (row, error) {
	rows, err := s.query(ctx, st, `SELECT * FROM `+tbl("cdranchor", "BatchAnchored")+` WHERE batch_id = ?`, id)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, notFound("batch %d is not anchored (or not indexed yet)", id)
	}
	b := rows[0]
	env, err := s.batchEnv(ctx, st, rows[:1])
	if err != nil {
		return nil, err
	}
	env.batchState(b)
	return b, nil
}

func (s *Server) batch(r *http.Request) (any, error) {
	id, err := parseBatchID(r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	st := s.cfg.Status()
	b, err := s.batchRow(r.Context(), st, id)
	if err != nil {
		return nil, err
	}
	return s.wrap(st, b, ""), nil
}

// --- rates ---

// ratesAt is a seller's entry in force at time at for each prefix (only the prefixes
// given, when any are): the one with the latest effective time not after at (ties: the
// later log, i.e. the later published; an event's index is where the entry was inserted,
// and scheduled entries move up when an earlier one is inserted, so it is no tie-break).
func (s *Server) ratesAt(ctx context.Context, st follow.Status, seller string, at uint64, prefixes ...string) ([]row, error) {
	args := []any{seller, at}
	only := ""
	if len(prefixes) > 0 {
		only = ` AND prefix IN (?` + strings.Repeat(",?", len(prefixes)-1) + `)`
		for _, p := range prefixes {
			args = append(args, p)
		}
	}
	rows, err := s.query(ctx, st, `SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY prefix_key
			ORDER BY effective_time DESC, block_number DESC, log_index DESC) AS rank_in_prefix
		FROM `+tbl("rateexchange", "RatePublished")+` WHERE seller = ? AND effective_time <= ?`+only+`)
		WHERE rank_in_prefix = 1 ORDER BY prefix`, args...)
	for _, r := range rows {
		delete(r, "rank_in_prefix")
	}
	return rows, err
}

func (s *Server) atParam(ctx context.Context, r *http.Request) (uint64, error) {
	if v := r.URL.Query().Get("at"); v != "" {
		return parseUint("at", v, 0, false)
	}
	t, err := s.headTime(ctx)
	return uint64(max(t, 0)), err
}

func (s *Server) rates(r *http.Request) (any, error) {
	seller, err := parseAddr("seller", r.PathValue("seller"))
	if err != nil {
		return nil, err
	}
	at, err := s.atParam(r.Context(), r)
	if err != nil {
		return nil, err
	}
	st := s.cfg.Status()
	rows, err := s.ratesAt(r.Context(), st, seller, at)
	if err != nil {
		return nil, err
	}
	return s.wrap(st, map[string]any{"seller": seller, "at": at, "entries": rows}, ""), nil
}

var digitsRe = regexp.MustCompile(`^\+?[0-9]{1,15}$`)

func (s *Server) quote(r *http.Request) (any, error) {
	seller, err := parseAddr("seller", r.PathValue("seller"))
	if err != nil {
		return nil, err
	}
	q := r.URL.Query()
	dest := q.Get("destination")
	switch {
	case dest == "":
		return nil, bad("the query parameter destination is missing: add ?destination=+44... (1-15 digits, optionally after \"+\") to the URL")
	case !digitsRe.MatchString(dest):
		return nil, bad("the query parameter destination=%q is not 1-15 digits, optionally after \"+\"", dest)
	}
	dur, err := parseUint("seconds", q.Get("seconds"), 0, false)
	if err != nil {
		return nil, err
	}
	if dur > 1<<32-1 {
		return nil, bad("seconds %d is too large", dur)
	}
	at, err := s.atParam(r.Context(), r)
	if err != nil {
		return nil, err
	}
	st := s.cfg.Status()
	d := strings.TrimPrefix(dest, "+")
	prefixes := make([]string, len(d))
	for i := range d {
		prefixes[i] = d[:i+1]
	}
	rows, err := s.ratesAt(r.Context(), st, seller, at, prefixes...)
	if err != nil {
		return nil, err
	}
	var best row
	for _, e := range rows {
		p, _ := e["prefix"].(string)
		if strings.HasPrefix(d, p) && (best == nil || len(p) > len(best["prefix"].(string))) {
			best = e
		}
	}
	if best == nil {
		return nil, notFound("seller %s has no rate for %s in force at %d", seller, dest, at)
	}
	cost, err := costOf(best, dur)
	if err != nil {
		return nil, err
	}
	return s.wrap(st, map[string]any{"seller": seller, "destination": dest, "seconds": dur, "at": at,
		"prefix": best["prefix"], "entry": best, "cost": cost}, ""), nil
}

// --- disputes ---

func parseDisputeID(s string) (int64, error) {
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v < 0 {
		return 0, bad("dispute id %q is not a non-negative integer", s)
	}
	return v, nil
}

func (s *Server) disputes(r *http.Request) (any, error) {
	p, err := parsePage(r)
	if err != nil {
		return nil, err
	}
	st := s.cfg.Status()
	rows, err := s.query(r.Context(), st, `SELECT * FROM `+tbl("disputevoting", "DisputeOpened")+` WHERE`+pageWhere+`ORDER BY block_number, log_index LIMIT ?`, append(p.args(), p.limit)...)
	if err != nil {
		return nil, err
	}
	for _, d := range rows {
		res, err := s.query(r.Context(), st, `SELECT * FROM `+tbl("disputevoting", "DisputeResolved")+` WHERE dispute_id = ?`, d["dispute_id"])
		if err != nil {
			return nil, err
		}
		d["state"] = "open"
		if len(res) > 0 {
			d["state"] = "resolved"
			d["upheld"] = res[0]["upheld"] == int64(1)
		}
	}
	return s.wrap(st, rows, p.next(rows)), nil
}

func (s *Server) dispute(r *http.Request) (any, error) {
	id, err := parseDisputeID(r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	ctx := r.Context()
	st := s.cfg.Status()
	opened, err := s.query(ctx, st, `SELECT * FROM `+tbl("disputevoting", "DisputeOpened")+` WHERE dispute_id = ?`, id)
	if err != nil {
		return nil, err
	}
	if len(opened) == 0 {
		return nil, notFound("dispute %d is not open (or not indexed yet)", id)
	}
	out := map[string]any{"disputeId": id, "opened": opened[0]}
	for key, ev := range map[string]string{"appeals": "Appealed", "draws": "JurorsDrawn", "commits": "VoteCommitted",
		"votes": "VoteRevealed", "executed": "OutcomeExecuted", "resolved": "DisputeResolved", "settlements": "DisputeSettled",
		"randomness": "RandomnessRerequested"} {
		rows, err := s.query(ctx, st, `SELECT * FROM `+tbl("disputevoting", ev)+` WHERE dispute_id = ? ORDER BY block_number, log_index`, id)
		if err != nil {
			return nil, err
		}
		for _, rw := range rows {
			for _, k := range []string{"jurors", "seats"} {
				if s, ok := rw[k].(string); ok && strings.HasPrefix(s, "[") {
					var v any
					if json.Unmarshal([]byte(s), &v) == nil {
						rw[k] = v
					}
				}
			}
		}
		out[key] = rows
	}
	state := "open"
	if res := out["resolved"].([]row); len(res) > 0 {
		state = "resolved"
		out["upheld"] = res[len(res)-1]["upheld"] == int64(1)
	}
	out["state"] = state
	return s.wrap(st, out, ""), nil
}
