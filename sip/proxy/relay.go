package proxy

import (
	"context"
	"errors"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/dotsnet/dots/sip/cdrs"
)

// Metrics are the proxy's Prometheus metrics.
type Metrics struct {
	Calls        prometheus.Counter
	Registers    prometheus.Counter
	AuthFailures *prometheus.CounterVec
	TxErrors     *prometheus.CounterVec
	Identity     *prometheus.CounterVec
}

// NewMetrics registers the proxy's metrics with r (nil: not registered).
func NewMetrics(r prometheus.Registerer) *Metrics {
	m := &Metrics{
		Calls:        prometheus.NewCounter(prometheus.CounterOpts{Name: "dots_sip_invites_total", Help: "Initial INVITEs routed (calls set up)."}),
		Registers:    prometheus.NewCounter(prometheus.CounterOpts{Name: "dots_sip_registers_total", Help: "Successful REGISTERs."}),
		AuthFailures: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dots_sip_auth_failures_total", Help: "Requests refused or challenged by digest authentication."}, []string{"method"}),
		TxErrors:     prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dots_sip_transaction_errors_total", Help: "Transaction errors by kind."}, []string{"kind"}),
		Identity: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dots_sip_identity_total",
			Help: "Requests from other operators by caller identity: verified, invalid, absent."}, []string{"status"}),
	}
	if r != nil {
		r.MustRegister(m.Calls, m.Registers, m.AuthFailures, m.TxErrors, m.Identity)
	}
	return m
}

// causeOf reads a response's Q.850 Reason, 0 when none.
func causeOf(res *sip.Response) uint8 {
	if h := res.GetHeader("Reason"); h != nil {
		if c, ok := cdrs.ParseReason(h.Value()); ok {
			return c
		}
	}
	return 0
}

// relayInvite forwards an initial INVITE statefully and passes responses back until the
// call is answered or fails. It returns the final status (and Q.850 cause from a Reason
// header) when the call did not connect; 200 once answered (the CDR then ends at BYE).
func (p *Proxy) relayInvite(req, out *sip.Request, tx sip.ServerTransaction, tc *cdrs.Call) (uint16, uint8) {
	cancelled := make(chan struct{})
	var once sync.Once
	tx.OnCancel(func(*sip.Request) { once.Do(func() { close(cancelled) }) })
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	clTx, err := p.cl.TransactionRequest(ctx, out, sipgo.ClientRequestAddVia, sipgo.ClientRequestAddRecordRoute,
		sipgo.ClientRequestDecreaseMaxForward)
	if err != nil {
		p.m.TxErrors.WithLabelValues("send").Inc()
		p.log.Debug("forwarding INVITE", "dest", out.Destination(), "err", err)
		p.reply(tx, req, 503, "Service Unavailable", []sip.Header{warning("next hop unreachable")})
		return 503, 0
	}
	defer clTx.Terminate()
	ring := time.NewTimer(p.cfg.RingTimeout)
	defer ring.Stop()
	var final uint16 // what the caller was told, once told
	var cause uint8
	cancelDown := func() {
		go func() {
			cctx, cancel := context.WithTimeout(context.Background(), 32*time.Second)
			defer cancel()
			if _, err := p.cl.Do(cctx, newCancel(out)); err != nil {
				p.log.Debug("cancelling downstream", "err", err)
			}
		}()
	}
	linger := time.NewTimer(time.Hour)
	linger.Stop()
	for {
		select {
		case res, more := <-clTx.Responses():
			if !more {
				return final, cause
			}
			if res.StatusCode == 100 {
				continue
			}
			if final != 0 {
				// After CANCEL or a timeout the caller has its answer; a 2xx that raced the
				// CANCEL is acknowledged and hung up downstream.
				if res.IsSuccess() {
					p.hangUpRaced(out, res)
				}
				if res.StatusCode >= 200 {
					return final, cause
				}
				continue
			}
			res.RemoveHeader("Via")
			// The caller gets back the From it sent (the node may have put the CNAM in it).
			res.ReplaceHeader(sip.HeaderClone(req.From()))
			if res.IsSuccess() {
				if err := p.calls.Answered(ctx, tc.CallID, time.Now()); err != nil {
					p.log.Error("persisting an answered call", "call", tc.CallID, "err", err)
				}
			}
			if err := tx.Respond(res); err != nil {
				p.m.TxErrors.WithLabelValues("respond").Inc()
			}
			if res.StatusCode >= 200 {
				if res.IsSuccess() {
					return 200, 0
				}
				return uint16(res.StatusCode), causeOf(res)
			}
		case <-clTx.Done():
			if final != 0 {
				return final, cause
			}
			err := clTx.Err()
			code, reason := 503, "Service Unavailable"
			if errors.Is(err, sip.ErrTransactionTimeout) {
				code, reason = 408, "Request Timeout"
			}
			p.m.TxErrors.WithLabelValues("downstream").Inc()
			p.reply(tx, req, code, reason, []sip.Header{warning("no final answer from the next hop")})
			return uint16(code), 0
		case <-cancelled:
			cancelled = nil
			if final == 0 {
				final, cause = 487, 0 // sipgo answered the caller 487 already
				cancelDown()
				linger.Reset(32 * time.Second)
			}
		case <-ring.C:
			if final == 0 {
				p.reply(tx, req, 408, "Request Timeout", []sip.Header{warning("no answer")})
				final, cause = 408, 19 // no answer from user (user alerted)
				cancelDown()
				linger.Reset(32 * time.Second)
			}
		case <-linger.C:
			return final, cause
		}
	}
}

// hangUpRaced ACKs and BYEs a 2xx that arrived after the node gave the caller up: the
// node acts as the UAC of the downstream leg (RFC 3261 12.2.1.1: Request-URI the remote
// target, Route the response's Record-Route reversed, this node's own entry left out).
func (p *Proxy) hangUpRaced(inv *sip.Request, res *sip.Response) {
	ct := res.Contact()
	if ct == nil {
		return
	}
	build := func(m sip.RequestMethod, seq uint32) *sip.Request {
		r := sip.NewRequest(m, ct.Address)
		r.AppendHeader(sip.HeaderClone(inv.From()))
		r.AppendHeader(sip.HeaderClone(res.To()))
		r.AppendHeader(sip.HeaderClone(inv.CallID()))
		r.AppendHeader(&sip.CSeqHeader{SeqNo: seq, MethodName: m})
		mf := sip.MaxForwardsHeader(70)
		r.AppendHeader(&mf)
		rrs := res.GetHeaders("Record-Route")
		dest := ct.Address.HostPort()
		first := true
		for i := len(rrs) - 1; i >= 0; i-- {
			rr, ok := rrs[i].(*sip.RecordRouteHeader)
			if !ok || p.isSelf(rr.Address) {
				continue
			}
			r.AppendHeader(&sip.RouteHeader{Address: rr.Address})
			if first {
				dest, first = rr.Address.HostPort(), false
			}
		}
		r.SetTransport(inv.Transport())
		r.SetDestination(dest)
		return r
	}
	seq := inv.CSeq().SeqNo
	if err := p.cl.WriteRequest(build(sip.ACK, seq), sipgo.ClientRequestAddVia); err != nil {
		p.log.Debug("acknowledging a raced 2xx", "err", err)
	}
	bye := build(sip.BYE, seq+1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 32*time.Second)
		defer cancel()
		if _, err := p.cl.Do(ctx, bye, sipgo.ClientRequestAddVia); err != nil {
			p.log.Debug("hanging up a raced 2xx", "err", err)
		}
	}()
}

// newCancel builds the CANCEL for a forwarded INVITE (RFC 3261 9.1: same top Via,
// Request-URI, Call-ID, From, To, CSeq number and Route).
func newCancel(inv *sip.Request) *sip.Request {
	c := sip.NewRequest(sip.CANCEL, inv.Recipient)
	c.AppendHeader(sip.HeaderClone(inv.Via()))
	c.AppendHeader(sip.HeaderClone(inv.From()))
	c.AppendHeader(sip.HeaderClone(inv.To()))
	c.AppendHeader(sip.HeaderClone(inv.CallID()))
	cseq := *inv.CSeq()
	cseq.MethodName = sip.CANCEL
	c.AppendHeader(&cseq)
	mf := sip.MaxForwardsHeader(70)
	c.AppendHeader(&mf)
	sip.CopyHeaders("Route", inv, c)
	c.SetTransport(inv.Transport())
	c.SetDestination(inv.Destination())
	return c
}

// relay forwards an in-dialog request statefully and passes its responses back; it
// returns the final status (0 when none came).
func (p *Proxy) relay(req, out *sip.Request, tx sip.ServerTransaction, _ *cdrs.Call) uint16 {
	ctx, cancel := context.WithTimeout(context.Background(), 64*time.Second)
	defer cancel()
	clTx, err := p.cl.TransactionRequest(ctx, out, sipgo.ClientRequestAddVia, sipgo.ClientRequestDecreaseMaxForward)
	if err != nil {
		p.m.TxErrors.WithLabelValues("send").Inc()
		p.reply(tx, req, 503, "Service Unavailable", []sip.Header{warning("next hop unreachable")})
		return 503
	}
	defer clTx.Terminate()
	for {
		select {
		case res, more := <-clTx.Responses():
			if !more {
				return 0
			}
			if res.StatusCode == 100 {
				continue
			}
			res.RemoveHeader("Via")
			res.ReplaceHeader(sip.HeaderClone(req.From()))
			if err := tx.Respond(res); err != nil {
				p.m.TxErrors.WithLabelValues("respond").Inc()
			}
			if res.StatusCode >= 200 {
				return uint16(res.StatusCode)
			}
		case <-clTx.Done():
			code, reason := 503, "Service Unavailable"
			if errors.Is(clTx.Err(), sip.ErrTransactionTimeout) {
				code, reason = 408, "Request Timeout"
			}
			p.m.TxErrors.WithLabelValues("downstream").Inc()
			p.reply(tx, req, code, reason, nil)
			return uint16(code)
		case <-tx.Done():
			return 0
		}
	}
}

// strayResponse forwards responses no client transaction claims: retransmitted 2xx to
// INVITE (the transactions end at the first 2xx; RFC 3261 16.7 step 10 has the proxy pass
// later ones on statelessly).
func (p *Proxy) strayResponse(res *sip.Response) {
	if !res.IsSuccess() {
		return
	}
	cs := res.CSeq()
	if cs == nil || cs.MethodName != sip.INVITE {
		return
	}
	via := res.Via()
	if via == nil || !p.isSelfVia(via) {
		return
	}
	res.RemoveHeader("Via")
	next := res.Via()
	if next == nil {
		return
	}
	host := next.Host
	if r, ok := next.Params.Get("received"); ok && r != "" {
		host = r
	}
	port := next.Port
	if rp, ok := next.Params.Get("rport"); ok && rp != "" {
		if n, err := strconv.Atoi(rp); err == nil {
			port = n
		}
	}
	if port == 0 {
		port = 5060
	}
	res.SetDestination(net.JoinHostPort(host, strconv.Itoa(port)))
	if err := p.srv.WriteResponse(res); err != nil {
		p.log.Debug("forwarding a retransmitted 2xx", "err", err)
	}
}

func (p *Proxy) isSelfVia(v *sip.ViaHeader) bool {
	return p.isSelf(sip.Uri{Host: v.Host, Port: v.Port})
}
