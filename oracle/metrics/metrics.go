// Package metrics holds the oracle's Prometheus metrics.
package metrics

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics are the oracle's counters, gauges and histograms, on their own registry.
type Metrics struct {
	Registry      *prometheus.Registry
	Ingested      *prometheus.CounterVec // CDRs stored, by source and format
	Duplicates    *prometheus.CounterVec // CDRs already stored, by source
	Skipped       *prometheus.CounterVec // records that are not calls (b-legs, BYEs), by format
	Rejected      *prometheus.CounterVec // requests refused, by reason
	CommitSeconds prometheus.Histogram   // group commit duration
	AnchorLatency prometheus.Histogram   // from sealing a batch to its anchor being mined
	IPFSErrors    prometheus.Counter
	RPCErrors     prometheus.Counter
	Reverts       prometheus.Counter
	Rated         *prometheus.CounterVec // CDRs rated, by result (rated, no_rate)
}

// New registers the metrics; batchStates, when set, is asked for the batches per state at
// each scrape.
func New(batchStates func(context.Context) (map[string]int, error)) *Metrics {
	r := prometheus.NewRegistry()
	r.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m := &Metrics{
		Registry: r,
		Ingested: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dots_oracle_cdrs_ingested_total",
			Help: "CDRs stored durably."}, []string{"source", "format"}),
		Duplicates: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dots_oracle_cdrs_duplicate_total",
			Help: "CDRs received again (same source and id) and not stored twice."}, []string{"source"}),
		Skipped: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dots_oracle_records_skipped_total",
			Help: "Records that are not calls (FreeSWITCH b-legs, Kamailio BYE, ...)."}, []string{"format"}),
		Rejected: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dots_oracle_requests_rejected_total",
			Help: "Ingest requests refused."}, []string{"reason"}),
		CommitSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "dots_oracle_commit_seconds",
			Help: "Duration of one group commit.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)}),
		AnchorLatency: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "dots_oracle_anchor_latency_seconds",
			Help: "From sealing a batch to its anchor transaction being mined.", Buckets: prometheus.ExponentialBuckets(0.25, 2, 12)}),
		IPFSErrors: prometheus.NewCounter(prometheus.CounterOpts{Name: "dots_oracle_ipfs_errors_total", Help: "Failed IPFS calls."}),
		RPCErrors:  prometheus.NewCounter(prometheus.CounterOpts{Name: "dots_oracle_rpc_errors_total", Help: "Failed chain RPC calls."}),
		Reverts:    prometheus.NewCounter(prometheus.CounterOpts{Name: "dots_oracle_anchor_reverts_total", Help: "Anchor transactions that reverted."}),
		Rated: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dots_oracle_cdrs_rated_total",
			Help: "CDRs given a cost from RateExchange (result rated) or found without a rate in force (no_rate)."}, []string{"result"}),
	}
	r.MustRegister(m.Ingested, m.Duplicates, m.Skipped, m.Rejected, m.CommitSeconds, m.AnchorLatency, m.IPFSErrors, m.RPCErrors, m.Reverts, m.Rated)
	if batchStates != nil {
		r.MustRegister(&stateCollector{f: batchStates, desc: prometheus.NewDesc("dots_oracle_batches",
			"Batches by state.", []string{"state"}, nil)})
	}
	return m
}

type stateCollector struct {
	f    func(context.Context) (map[string]int, error)
	desc *prometheus.Desc
}

func (c *stateCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

func (c *stateCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	counts, err := c.f(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.desc, err)
		return
	}
	for st, n := range counts {
		ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(n), st)
	}
}
