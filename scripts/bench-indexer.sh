#!/usr/bin/env bash
# The indexer's benchmarks with the settings behind the figures of the issue-6 note
# (make bench runs the same benchmarks with Go's default settings). Needs anvil
# (node_modules, see scripts/setup.sh) and, for the API load figure, wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
# Backfill: 100,000 synthetic DOTS events from memory, then 100,000 real logs from anvil.
go test -run '^$' -bench '^BenchmarkBackfill$' -benchtime 3x ./indexer/
go test -run '^$' -bench '^BenchmarkIndexerBackfillAnvil$' -benchtime 1x ./test/e2e/
# A block mined on anvil to the API answering with it: 100 samples.
go test -run '^$' -bench '^BenchmarkIndexerBlockToAnswer$' -benchtime 100x ./test/e2e/
# API latency: in process per endpoint, then wrk against a dots indexer process.
go test -run '^$' -bench '^BenchmarkEndpoints$' ./indexer/api/
go test -run '^$' -bench '^BenchmarkIndexerAPIWrk$' ./test/e2e/
