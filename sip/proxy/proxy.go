// Package proxy is the SIP node's registrar front and stateful proxy on sipgo. Its routing
// reads like Kamailio's default configuration: each decision is one function, called in
// order (reqInit, withinDialog, register, authCaller, routeCallee) and each answers the
// request itself or hands it on.
package proxy

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/oracle/ingest"
	"github.com/dotsnet/dots/sip/cdrs"
	"github.com/dotsnet/dots/sip/identity"
	"github.com/dotsnet/dots/sip/numbers"
	"github.com/dotsnet/dots/sip/registrar"
)

// Registry is what the proxy reads of NumberRegistry.
type Registry interface {
	Number(ctx context.Context, e164 string) (numbers.Info, error)
	Blocked(ctx context.Context, callee, caller string) (bool, error)
	Records(ctx context.Context, e164 string) (numbers.Records, error)
}

// Config configures a Proxy.
type Config struct {
	Operator common.Address
	// Host is the address the node puts in Via and Record-Route (an IP the phones reach).
	Host string
	// Port is the UDP port the node listens on: requests it forwards leave from it, so
	// answers and in-dialog requests come back to the listener.
	Port int
	// Peers maps other operators to their nodes' SIP URIs ("sip:10.0.0.2:5060"); an
	// operator not listed is reached at the SIP URI of the callee's route.
	Peers map[common.Address]string
	// RingTimeout: a call with no final answer by then is cancelled and gets 408 (default 60 s).
	RingTimeout time.Duration
	// MinExpires and MaxExpires bound a registration (defaults 60 s and 3600 s).
	MinExpires, MaxExpires uint32
	// Signer signs the identity of this node's callers on the INVITEs and MESSAGEs it
	// sends to other operators (nil: unsigned).
	Signer *identity.Signer
	// Verifier checks the Identity of requests from other operators to this node's
	// numbers (nil: every such request is unsigned as far as the node knows).
	Verifier *identity.Verifier
	// IdentityPolicy is what becomes of an unsigned or invalid request from elsewhere:
	// identity.Mark passes it marked unverified, identity.Reject refuses it (438).
	IdentityPolicy identity.Policy
	Log            *slog.Logger
	Metrics        *Metrics
}

// Proxy is the node's SIP side.
type Proxy struct {
	cfg     Config
	reg     Registry
	rgr     *registrar.Registrar
	calls   *cdrs.Tracker
	ua      *sipgo.UserAgent
	srv     *sipgo.Server
	cl      *sipgo.Client
	log     *slog.Logger
	m       *Metrics
	mu      sync.Mutex
	ports   map[int]bool // our listening ports, for loose routing
	stopped chan struct{}
}

// New builds a proxy; Serve* start its listeners.
func New(cfg Config, reg Registry, rgr *registrar.Registrar, calls *cdrs.Tracker) (*Proxy, error) {
	if cfg.RingTimeout <= 0 {
		cfg.RingTimeout = 60 * time.Second
	}
	if cfg.MinExpires == 0 {
		cfg.MinExpires = 60
	}
	if cfg.MaxExpires == 0 {
		cfg.MaxExpires = 3600
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Metrics == nil {
		cfg.Metrics = NewMetrics(nil)
	}
	if cfg.IdentityPolicy == "" {
		cfg.IdentityPolicy = identity.Mark
	}
	p := &Proxy{cfg: cfg, reg: reg, rgr: rgr, calls: calls, log: cfg.Log, m: cfg.Metrics, ports: map[int]bool{},
		stopped: make(chan struct{})}
	ua, err := sipgo.NewUA(sipgo.WithUserAgent("dots-sip"), sipgo.WithUserAgentHostname(cfg.Host),
		sipgo.WithUserAgentTransactionLayerOptions(sip.WithTransactionLayerUnhandledResponseHandler(p.strayResponse)))
	if err != nil {
		return nil, fmt.Errorf("creating the SIP user agent: %w", err)
	}
	p.ua = ua
	p.srv, err = sipgo.NewServer(ua, sipgo.WithServerLogger(cfg.Log))
	if err != nil {
		return nil, fmt.Errorf("creating the SIP server: %w", err)
	}
	p.cl, err = sipgo.NewClient(ua, sipgo.WithClientAddr(net.JoinHostPort(cfg.Host, strconv.Itoa(cfg.Port))),
		sipgo.WithClientLogger(cfg.Log))
	if err != nil {
		return nil, fmt.Errorf("creating the SIP client: %w", err)
	}
	p.srv.OnRegister(p.onRegister)
	p.srv.OnInvite(p.onInvite)
	p.srv.OnAck(p.onAck)
	p.srv.OnCancel(p.onCancel)
	for _, m := range []sip.RequestMethod{sip.BYE, sip.UPDATE, sip.INFO, sip.PRACK, sip.REFER, sip.NOTIFY, sip.MESSAGE, sip.OPTIONS, sip.SUBSCRIBE} {
		p.srv.OnRequest(m, p.onOther)
	}
	p.srv.OnNoRoute(func(req *sip.Request, tx sip.ServerTransaction) {
		p.reply(tx, req, 405, "Method Not Allowed", nil)
	})
	return p, nil
}

// ServeUDP serves SIP on a UDP socket until it is closed.
func (p *Proxy) ServeUDP(c net.PacketConn) error {
	p.addPort(c.LocalAddr())
	return p.srv.ServeUDP(c)
}

// ServeTCP serves SIP on a TCP listener until it is closed.
func (p *Proxy) ServeTCP(l net.Listener) error {
	p.addPort(l.Addr())
	return p.srv.ServeTCP(l)
}

func (p *Proxy) addPort(a net.Addr) {
	_, port, _ := net.SplitHostPort(a.String())
	n, _ := strconv.Atoi(port)
	p.mu.Lock()
	p.ports[n] = true
	p.mu.Unlock()
}

// Close stops the SIP stack.
func (p *Proxy) Close() error {
	return p.ua.Close()
}

// isSelf says whether u names this node (a Route header the node put in Record-Route).
func (p *Proxy) isSelf(u sip.Uri) bool {
	port := u.Port
	if port == 0 {
		port = 5060
	}
	p.mu.Lock()
	ok := p.ports[port]
	p.mu.Unlock()
	return ok && (u.Host == p.cfg.Host || u.Host == "localhost" && p.cfg.Host == "127.0.0.1")
}

// ---------------------------------------------------------------- replies

func (p *Proxy) reply(tx sip.ServerTransaction, req *sip.Request, code int, reason string, hdrs []sip.Header) {
	res := sip.NewResponseFromRequest(req, code, reason, nil)
	for _, h := range hdrs {
		res.AppendHeader(h)
	}
	if err := tx.Respond(res); err != nil {
		p.m.TxErrors.WithLabelValues("respond").Inc()
		p.log.Debug("responding", "status", code, "err", err)
	}
}

func warning(text string) sip.Header {
	return sip.NewHeader("Warning", `399 dots "`+strings.NewReplacer(`"`, "'", "\r", " ", "\n", " ").Replace(text)+`"`)
}

// ---------------------------------------------------------------- numbers

// Number reads the E.164 number a SIP or tel URI names in its user part (with or without
// "+", ";user=phone" allowed); ok is false when it names none.
func Number(u *sip.Uri) (string, bool) {
	s := u.User
	if strings.EqualFold(u.Scheme, "tel") {
		s = u.Raw()
		if i := strings.IndexByte(s, ';'); i >= 0 {
			s = s[:i]
		}
	}
	if s == "" {
		return "", false
	}
	if s[0] != '+' {
		s = "+" + s
	}
	if cdr.ValidE164(s) != nil {
		return "", false
	}
	return s, true
}

// ---------------------------------------------------------------- REQINIT

// reqInit is the sanity check every request passes first (Kamailio's REQINIT):
// Max-Forwards, and a From and To the node can read.
func (p *Proxy) reqInit(req *sip.Request, tx sip.ServerTransaction) bool {
	if mf := req.MaxForwards(); mf != nil && mf.Val() == 0 {
		p.reply(tx, req, 483, "Too Many Hops", nil)
		return false
	}
	if req.From() == nil || req.To() == nil || req.CallID() == nil || req.CSeq() == nil {
		p.reply(tx, req, 400, "Bad Request", []sip.Header{warning("missing From, To, Call-ID or CSeq")})
		return false
	}
	if !req.IsInvite() && !req.IsAck() && req.CSeq().MethodName != req.Method {
		p.reply(tx, req, 400, "Bad Request", []sip.Header{warning("CSeq method does not match")})
		return false
	}
	return true
}

func hasToTag(req *sip.Request) bool {
	_, ok := req.To().Params.Get("tag")
	return ok
}

// ---------------------------------------------------------------- handlers

func (p *Proxy) onRegister(req *sip.Request, tx sip.ServerTransaction) {
	if !p.reqInit(req, tx) {
		return
	}
	p.register(req, tx)
}

func (p *Proxy) onInvite(req *sip.Request, tx sip.ServerTransaction) {
	if !p.reqInit(req, tx) {
		return
	}
	if hasToTag(req) {
		p.withinDialog(req, tx)
		return
	}
	p.initialInvite(req, tx)
}

func (p *Proxy) onOther(req *sip.Request, tx sip.ServerTransaction) {
	if !p.reqInit(req, tx) {
		return
	}
	if hasToTag(req) {
		p.withinDialog(req, tx)
		return
	}
	if req.Method == sip.OPTIONS {
		p.reply(tx, req, 200, "OK", []sip.Header{sip.NewHeader("Allow", "INVITE, ACK, CANCEL, BYE, OPTIONS, UPDATE, INFO, PRACK, REGISTER, MESSAGE")})
		return
	}
	if req.Method == sip.MESSAGE {
		p.initialInvite(req, tx) // routed like an INVITE (RFC 3428 4: a proxy routes it as any request)
		return
	}
	p.reply(tx, req, 403, "Forbidden", []sip.Header{warning("only INVITE starts a dialog through this node")})
}

// onCancel gets CANCELs sipgo's transaction layer did not match to an INVITE it serves.
func (p *Proxy) onCancel(req *sip.Request, tx sip.ServerTransaction) {
	p.reply(tx, req, 481, "Call/Transaction Does Not Exist", nil)
}

// onAck gets ACKs for 2xx (and stray ones); ACKs for non-2xx are absorbed by the INVITE
// server transaction.
func (p *Proxy) onAck(req *sip.Request, tx sip.ServerTransaction) {
	if req.To() == nil || req.CallID() == nil || !hasToTag(req) {
		return
	}
	dest, ok := p.looseRoute(req)
	if !ok {
		return
	}
	p.calls.Seen(req.CallID().Value(), time.Now())
	out := req.Clone()
	out.SetDestination(dest)
	if err := p.cl.WriteRequest(out, sipgo.ClientRequestAddVia, sipgo.ClientRequestDecreaseMaxForward); err != nil {
		p.m.TxErrors.WithLabelValues("ack").Inc()
		p.log.Debug("forwarding ACK", "err", err)
	}
}

// looseRoute removes the node's own Route header (RFC 3261 16.4) and returns where the
// request goes next: the next Route, or the Request-URI. ok is false when the request was
// not record-routed through this node.
func (p *Proxy) looseRoute(req *sip.Request) (string, bool) {
	rt := req.Route()
	if rt == nil || !p.isSelf(rt.Address) {
		return "", false
	}
	req.RemoveHeader("Route")
	if next := req.Route(); next != nil {
		if p.isSelf(next.Address) { // double Record-Route (transport change): drop ours again
			req.RemoveHeader("Route")
			next = req.Route()
		}
		if next != nil {
			return next.Address.HostPort(), true
		}
	}
	return req.Recipient.HostPort(), true
}

// withinDialog relays an in-dialog request along the route set (Kamailio's WITHINDLG).
func (p *Proxy) withinDialog(req *sip.Request, tx sip.ServerTransaction) {
	dest, ok := p.looseRoute(req)
	if !ok {
		p.reply(tx, req, 404, "Not Here", []sip.Header{warning("not record-routed through this node")})
		return
	}
	callID := req.CallID().Value()
	now := time.Now()
	p.calls.Seen(callID, now)
	out := req.Clone()
	out.SetDestination(dest)
	status := p.relay(req, out, tx, nil)
	if req.Method == sip.BYE {
		cause := uint8(0)
		if h := req.GetHeader("Reason"); h != nil {
			cause, _ = cdrs.ParseReason(h.Value())
		}
		if cause == 0 {
			cause = 16
		}
		if err := p.calls.End(context.Background(), callID, now, 200, cause); err != nil {
			p.log.Error("writing a CDR", "call", callID, "err", err)
		}
		_ = status
	}
}

// ---------------------------------------------------------------- REGISTER

func (p *Proxy) register(req *sip.Request, tx sip.ServerTransaction) {
	aor, ok := Number(&req.To().Address)
	if !ok {
		p.reply(tx, req, 404, "Not Found", []sip.Header{warning("the To user is not an E.164 number")})
		return
	}
	ctx := context.Background()
	// A number this node does not serve gets 403 before any challenge, saying why.
	info, err := p.reg.Number(ctx, aor)
	if err != nil {
		p.log.Error("reading NumberRegistry", "number", aor, "err", err)
		p.reply(tx, req, 500, "Server Internal Error", []sip.Header{warning("NumberRegistry unreachable")})
		return
	}
	if !info.Live || info.Operator != p.cfg.Operator {
		why := aor + " is not owned in NumberRegistry"
		if info.Live {
			why = fmt.Sprintf("%s is routed to operator %s, not this one", aor, info.Operator.Hex())
		}
		p.reply(tx, req, 403, "Forbidden", []sip.Header{warning(why)})
		return
	}
	res, err := p.rgr.Authenticate(ctx, headerValues(req, "Authorization"), string(req.Method))
	if err != nil {
		p.log.Error("authenticating", "number", aor, "err", err)
		p.reply(tx, req, 500, "Server Internal Error", nil)
		return
	}
	if !res.OK {
		p.m.AuthFailures.WithLabelValues("register").Inc()
		if res.Challenge() {
			p.reply(tx, req, 401, "Unauthorized", challengeHeaders("WWW-Authenticate", p.rgr.Rechallenge(res)))
			return
		}
		p.reply(tx, req, 403, "Forbidden", []sip.Header{warning(res.Reason)})
		return
	}
	if res.Number != aor {
		p.reply(tx, req, 403, "Forbidden", []sip.Header{warning("authenticated as " + res.Number + ", not " + aor)})
		return
	}
	p.bind(ctx, req, tx, aor)
}

func headerValues(req *sip.Request, name string) []string {
	hs := req.GetHeaders(name)
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.Value()
	}
	return out
}

func challengeHeaders(name string, values []string) []sip.Header {
	out := make([]sip.Header, len(values))
	for i, v := range values {
		out[i] = sip.NewHeader(name, v)
	}
	return out
}

// bind applies a REGISTER's contacts (RFC 3261 10.3 steps 6-8).
func (p *Proxy) bind(ctx context.Context, req *sip.Request, tx sip.ServerTransaction, aor string) {
	def := uint32(3600)
	if h := req.GetHeader("Expires"); h != nil {
		v, err := strconv.ParseUint(strings.TrimSpace(h.Value()), 10, 32)
		if err != nil {
			p.reply(tx, req, 400, "Bad Request", []sip.Header{warning("Expires is not a number")})
			return
		}
		def = uint32(v)
	}
	bs := req.GetHeaders("Contact")
	var binds []registrar.Binding
	removeAll := false
	for _, h := range bs {
		c, ok := h.(*sip.ContactHeader)
		if !ok {
			continue
		}
		if c.Address.Wildcard {
			if len(bs) != 1 || def != 0 {
				p.reply(tx, req, 400, "Bad Request", []sip.Header{warning(`"Contact: *" needs Expires: 0 and no other contact`)})
				return
			}
			removeAll = true
			continue
		}
		exp := def
		if v, ok := c.Params.Get("expires"); ok {
			n, err := strconv.ParseUint(v, 10, 32)
			if err != nil {
				p.reply(tx, req, 400, "Bad Request", []sip.Header{warning("contact expires is not a number")})
				return
			}
			exp = uint32(n)
		}
		if exp != 0 && exp < p.cfg.MinExpires {
			p.reply(tx, req, 423, "Interval Too Brief", []sip.Header{sip.NewHeader("Min-Expires", strconv.Itoa(int(p.cfg.MinExpires)))})
			return
		}
		exp = min(exp, p.cfg.MaxExpires)
		u := c.Address
		binds = append(binds, registrar.Binding{URI: u.String(), Expires: exp})
	}
	now := time.Now()
	cs, err := p.rgr.DB().Update(ctx, aor, binds, removeAll, req.CallID().Value(), req.CSeq().SeqNo, req.Transport(), req.Source(), now)
	if errors.Is(err, registrar.ErrOutOfOrder) {
		p.reply(tx, req, 500, "Server Internal Error", []sip.Header{warning("REGISTER out of order"), sip.NewHeader("Retry-After", "1")})
		return
	}
	if err != nil {
		p.log.Error("registering", "number", aor, "err", err)
		p.reply(tx, req, 500, "Server Internal Error", nil)
		return
	}
	res := sip.NewResponseFromRequest(req, 200, "OK", nil)
	for _, c := range cs {
		var u sip.Uri
		if err := sip.ParseUri(c.URI, &u); err != nil {
			continue
		}
		h := &sip.ContactHeader{Address: u}
		h.Params.Add("expires", strconv.FormatInt(max(c.ExpiresAt-now.Unix(), 0), 10))
		res.AppendHeader(h)
	}
	res.AppendHeader(sip.NewHeader("Date", now.UTC().Format(time.RFC1123)))
	if err := tx.Respond(res); err != nil {
		p.m.TxErrors.WithLabelValues("respond").Inc()
	}
	p.m.Registers.Inc()
}

// ---------------------------------------------------------------- INVITE

// call is what the routing decisions found out about a new call.
type call struct {
	caller, callee string
	orig, term     common.Address
	local          bool            // the caller is one of this node's phones
	ident          identity.Status // Verified for this node's own authenticated phones
	why            string          // why not verified
}

func (p *Proxy) initialInvite(req *sip.Request, tx sip.ServerTransaction) {
	ctx := context.Background()
	callee, ok := Number(&req.Recipient)
	if !ok {
		p.reply(tx, req, 604, "Does Not Exist Anywhere", []sip.Header{warning("the Request-URI names no E.164 number")})
		return
	}
	c, ok := p.authCaller(ctx, req, tx, callee)
	if !ok {
		return
	}
	c.callee = callee
	p.routeCallee(ctx, req, tx, c)
}

// authCaller decides who calls (Kamailio's AUTH). A call from one of this node's phones
// (its From names a number this node serves, or its callee is served elsewhere, so the node
// would relay it) must pass a digest challenge, and the caller is the authenticated
// number, never what From claims. A call from elsewhere to a number this node serves is
// taken as incoming: the caller is what P-Asserted-Identity or From says.
func (p *Proxy) authCaller(ctx context.Context, req *sip.Request, tx sip.ServerTransaction, callee string) (call, bool) {
	from, fromOK := Number(&req.From().Address)
	var fromInfo numbers.Info
	if fromOK {
		var err error
		if fromInfo, err = p.reg.Number(ctx, from); err != nil {
			p.log.Error("reading NumberRegistry", "number", from, "err", err)
			p.reply(tx, req, 500, "Server Internal Error", []sip.Header{warning("NumberRegistry unreachable")})
			return call{}, false
		}
	}
	calleeInfo, err := p.reg.Number(ctx, callee)
	if err != nil {
		p.log.Error("reading NumberRegistry", "number", callee, "err", err)
		p.reply(tx, req, 500, "Server Internal Error", []sip.Header{warning("NumberRegistry unreachable")})
		return call{}, false
	}
	authz := headerValues(req, "Proxy-Authorization")
	local := len(authz) > 0 || (fromInfo.Live && fromInfo.Operator == p.cfg.Operator) ||
		!(calleeInfo.Live && calleeInfo.Operator == p.cfg.Operator)
	if !local {
		caller := from
		if h := req.GetHeader("P-Asserted-Identity"); h != nil {
			var u sip.Uri
			if _, err := sip.ParseAddressValue(h.Value(), &u, nil); err == nil {
				if n, ok := Number(&u); ok {
					caller = n
				}
			}
		}
		if caller == "" {
			p.reply(tx, req, 403, "Forbidden", []sip.Header{warning("the caller is not an E.164 number")})
			return call{}, false
		}
		return p.verifyCaller(ctx, req, tx, caller, callee)
	}
	res, err := p.rgr.Authenticate(ctx, authz, string(req.Method))
	if err != nil {
		p.log.Error("authenticating", "err", err)
		p.reply(tx, req, 500, "Server Internal Error", nil)
		return call{}, false
	}
	if !res.OK {
		p.m.AuthFailures.WithLabelValues("invite").Inc()
		if res.Challenge() {
			p.reply(tx, req, 407, "Proxy Authentication Required", challengeHeaders("Proxy-Authenticate", p.rgr.Rechallenge(res)))
			return call{}, false
		}
		p.reply(tx, req, 403, "Forbidden", []sip.Header{warning(res.Reason)})
		return call{}, false
	}
	return call{caller: res.Number, orig: p.cfg.Operator, local: true, ident: identity.Verified}, true
}

// verifyCaller checks the Identity of a request from elsewhere (RFC 8224 6.2 against the
// chain). Only a verified caller credits an originating operator in the CDR; an unsigned
// or invalid one is refused or passed marked, by the node's policy.
func (p *Proxy) verifyCaller(ctx context.Context, req *sip.Request, tx sip.ServerTransaction, caller, callee string) (call, bool) {
	res := identity.Result{Status: identity.Absent, Reason: "no Identity header"}
	hdrs := headerValues(req, "Identity")
	if p.cfg.Verifier != nil {
		var err error
		res, err = p.cfg.Verifier.Verify(ctx, hdrs, identity.Call{Caller: caller, Callee: callee, CallID: req.CallID().Value()})
		if err != nil {
			p.log.Error("verifying the caller's identity", "caller", caller, "err", err)
			p.reply(tx, req, 500, "Server Internal Error", []sip.Header{warning("the chain is unreachable to verify the caller")})
			return call{}, false
		}
	} else if len(hdrs) > 0 {
		res = identity.Result{Status: identity.Invalid, Reason: "this node does not verify identities (no CDRAnchor configured)"}
	}
	p.m.Identity.WithLabelValues(res.Status.String()).Inc()
	if res.Status != identity.Verified {
		p.log.Info("caller identity not verified", "caller", caller, "callee", callee, "status", res.Status.String(), "reason", res.Reason, "policy", string(p.cfg.IdentityPolicy))
		if p.cfg.IdentityPolicy == identity.Reject {
			// 438 for an unsigned call too, as DOTS's policy says (RFC 8224 would allow 428 Use
			// Identity Header there); the Warning header says which it was.
			p.reply(tx, req, 438, "Invalid Identity Header", []sip.Header{warning(res.Reason)})
			return call{}, false
		}
	}
	return call{caller: caller, orig: res.Signer, ident: res.Status, why: res.Reason}, true
}

// routeCallee picks where the call goes (Kamailio's LOCATION and RELAY): blocked callers
// 603; a number this node serves to its most recently registered contact (no forking) (480 when none); another
// operator's number to that operator's node with Record-Route; a released or lapsed number
// 404, one never claimed 604 (NumberRegistry proves it exists nowhere).
func (p *Proxy) routeCallee(ctx context.Context, req *sip.Request, tx sip.ServerTransaction, c call) {
	start := time.Now()
	info, err := p.reg.Number(ctx, c.callee)
	if err != nil {
		p.log.Error("reading NumberRegistry", "number", c.callee, "err", err)
		p.reply(tx, req, 500, "Server Internal Error", []sip.Header{warning("NumberRegistry unreachable")})
		return
	}
	c.term = info.Operator
	// This node's side: originating for its own phone's call (also one to its own
	// number: written once), terminating for a call from elsewhere to its number.
	side, err := cdr.SideOf(p.cfg.Operator, c.orig, c.term)
	if err != nil {
		p.log.Warn("the node is on neither side of a call", "call", req.CallID().Value(), "err", err)
	}
	tc := &cdrs.Call{SourceID: req.CallID().Value() + ";" + req.From().Params.GetOr("tag", ""), CallID: req.CallID().Value(),
		Caller: c.caller, Callee: c.callee, OrigOperator: c.orig, TermOperator: c.term, Side: side, Setup: start}
	if err := p.calls.Start(ctx, tc); err != nil {
		p.log.Error("persisting a call", "call", tc.CallID, "err", err)
		p.reply(tx, req, 500, "Server Internal Error", []sip.Header{warning("call not recorded")})
		p.end(tc.CallID, 500, 0)
		return
	}
	p.m.Calls.Inc()
	fail := func(code int, reason, why string) {
		p.reply(tx, req, code, reason, []sip.Header{warning(why)})
		p.end(tc.CallID, uint16(code), 0)
	}
	if !info.Known {
		fail(604, "Does Not Exist Anywhere", c.callee+" was never claimed in NumberRegistry")
		return
	}
	if !info.Live {
		fail(404, "Not Found", c.callee+" is not owned in NumberRegistry")
		return
	}
	blocked, err := p.reg.Blocked(ctx, c.callee, c.caller)
	if err != nil {
		p.log.Error("reading NumberRegistry", "number", c.callee, "err", err)
		fail(500, "Server Internal Error", "NumberRegistry unreachable")
		return
	}
	if blocked {
		fail(603, "Decline", "the callee blocks this caller")
		return
	}
	message := req.Method == sip.MESSAGE
	if message {
		rec, err := p.reg.Records(ctx, c.callee)
		if err != nil {
			p.log.Error("reading NumberRegistry", "number", c.callee, "err", err)
			fail(500, "Server Internal Error", "NumberRegistry unreachable")
			return
		}
		if rec.Features&numbers.FeatureSMS == 0 {
			fail(606, "Not Acceptable", c.callee+" does not take text messages (no SMS in its NumberRegistry features)")
			return
		}
	}
	out := req.Clone()
	removeAll(out, "Proxy-Authorization")
	if c.local {
		removeAll(out, "P-Asserted-Identity")
		out.AppendHeader(sip.NewHeader("P-Asserted-Identity", "<sip:"+c.caller+"@"+p.rgr.Realm()+">"))
	}
	if info.Operator == p.cfg.Operator {
		p.present(ctx, out, c)
		cs, err := p.rgr.DB().Contacts(ctx, c.callee, time.Now())
		if err != nil {
			p.log.Error("reading contacts", "number", c.callee, "err", err)
			fail(500, "Server Internal Error", "registrations unreadable")
			return
		}
		if len(cs) == 0 {
			fail(480, "Temporarily Unavailable", c.callee+" has no registered phone")
			return
		}
		newest := cs[0]
		for _, x := range cs[1:] {
			if x.UpdatedNS > newest.UpdatedNS {
				newest = x
			}
		}
		var u sip.Uri
		if err := sip.ParseUri(newest.URI, &u); err != nil {
			fail(480, "Temporarily Unavailable", "the registered contact is unusable")
			return
		}
		out.Recipient = u
		out.SetDestination(u.HostPort())
	} else {
		target := p.cfg.Peers[info.Operator]
		if target == "" {
			target = info.SIPURI
		}
		var u sip.Uri
		if target == "" || sip.ParseUri(target, &u) != nil || u.Host == "" {
			fail(404, "Not Found", c.callee+" has no reachable route")
			return
		}
		dst := out.Recipient
		dst.Host, dst.Port = u.Host, u.Port
		dst.UriParams = u.UriParams
		out.Recipient = dst
		out.SetDestination(u.HostPort())
		if c.local && p.cfg.Signer != nil {
			// This node vouches for its own authenticated caller (attestation A).
			removeAll(out, "Identity")
			h, err := p.cfg.Signer.Sign(c.caller, c.callee, req.CallID().Value(), time.Now().Unix())
			if err != nil {
				p.log.Error("signing the caller's identity", "caller", c.caller, "err", err)
				fail(500, "Server Internal Error", "identity not signed")
				return
			}
			out.AppendHeader(sip.NewHeader("Identity", h))
		}
	}
	if message {
		status := p.relay(req, out, tx, tc)
		now := time.Now()
		if status >= 200 && status < 300 {
			// Delivered: a CDR answered and ended at once, 0 billable seconds.
			if err := p.calls.Answered(ctx, tc.CallID, now); err != nil {
				p.log.Error("persisting a delivered message", "call", tc.CallID, "err", err)
			}
		}
		if status == 0 {
			status = 408
		}
		if err := p.calls.End(ctx, tc.CallID, now, status, 0); err != nil {
			p.log.Error("writing a CDR", "call", tc.CallID, "err", err)
			p.m.TxErrors.WithLabelValues("cdr").Inc()
		}
		return
	}
	status, cause := p.relayInvite(req, out, tx, tc)
	if status != 0 && (status < 200 || status >= 300) {
		p.end(tc.CallID, status, cause)
	}
}

// present sets the caller's identity as this node's phones see it: for a verified caller
// its on-chain CNAM as the From display name and in P-Asserted-Identity; for an unverified
// one no name at all (whatever the request claimed) and no P-Asserted-Identity. Both carry
// verstat (3GPP TS 24.229) on the From URI. The Identity header is consumed here.
func (p *Proxy) present(ctx context.Context, out *sip.Request, c call) {
	removeAll(out, "Identity")
	removeAll(out, "P-Asserted-Identity")
	f := out.From()
	f.DisplayName = ""
	if f.Address.UriParams == nil {
		f.Address.UriParams = sip.NewParams()
	}
	f.Address.UriParams.Add("verstat", c.ident.Verstat())
	if c.ident != identity.Verified {
		return
	}
	rec, err := p.reg.Records(ctx, c.caller)
	if err != nil {
		p.log.Warn("reading the caller's CNAM", "caller", c.caller, "err", err)
	}
	name := quoted(rec.CNAM)
	f.DisplayName = name
	pai := "<sip:" + c.caller + "@" + p.rgr.Realm() + ";user=phone;verstat=" + c.ident.Verstat() + ">"
	if name != "" {
		pai = `"` + name + `" ` + pai
	}
	out.AppendHeader(sip.NewHeader("P-Asserted-Identity", pai))
}

// quoted escapes s for a quoted-string (RFC 3261 25.1); CNAM is printable ASCII.
func quoted(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s)
}

// removeAll removes every header called name, whatever its case on the wire.
func removeAll(r *sip.Request, name string) {
	for _, h := range r.GetHeaders(name) {
		r.RemoveHeader(h.Name())
	}
}

func (p *Proxy) end(callID string, status uint16, cause uint8) {
	if err := p.calls.End(context.Background(), callID, time.Now(), status, cause); err != nil {
		p.log.Error("writing a CDR", "call", callID, "err", err)
		p.m.TxErrors.WithLabelValues("cdr").Inc()
		return
	}
}

var _ = ingest.HashCallID
