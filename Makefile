# DOTS: the two commands a newcomer needs are `make devnet` (install what is missing, run a
# local network with traffic) and `make test` (install what is missing, pass every test).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
FORGE := npx --no-install forge
# CI=true (as CI sets it) selects the Foundry profile with >= 1,000 fuzz and 10,000 invariant runs.
FOUNDRY_PROFILE ?= $(if $(CI),ci,default)
export FOUNDRY_PROFILE
GO_PKGS := ./...
FUZZTIME ?= 20s

.PHONY: all setup build contracts bindings devnet test test-contracts test-go lint bench bench-sip snapshot fuzz clean

all: build

setup:
	@bash scripts/setup.sh

build: setup
	$(FORGE) build
	go build -o bin/dots ./cli

contracts: setup
	$(FORGE) build

bindings: setup
	bash scripts/gen-bindings.sh

# The devnet needs only the Go command (bindings are committed) and anvil from npm.
devnet: setup
	go build -o bin/dots ./cli
	./bin/dots devnet

test: setup lint test-contracts test-go
	@echo "make test: all tests passed"

test-contracts:
	$(FORGE) test

STATICCHECK ?= go run honnef.co/go/tools/cmd/staticcheck@v0.8.2

lint:
	go vet $(GO_PKGS)
	npx --no-install solhint --disc --max-warnings 0 'contracts/**/*.sol' # rules: .solhint.md
	$(STATICCHECK) $$(go list $(GO_PKGS) | grep -v /bindings/)
	@bad=$$(git ls-files '*.go' | grep -v '^bindings/' | xargs gofmt -l); \
	  if [ -n "$$bad" ]; then echo "gofmt needed: $$bad"; exit 1; fi

# pgtest skips without PostgreSQL elsewhere; here setup installed it, so a missing one fails.
test-go:
	DOTS_REQUIRE_POSTGRES=1 go test -race -count=1 -timeout 40m $(GO_PKGS)

# Benchmarks (targets live here, never in tests). Prints Go benchmarks and the gas report.
bench: setup
	go test -run '^$$' -bench . -benchmem -count 1 -timeout 60m $(GO_PKGS)
	$(FORGE) test --gas-report --no-match-test 'invariant'

# Calls through the SIP node and through Kamailio 5.6 (the peer), sipp on both sides, a ramp
# of rates; prints each step and the highest clean rate of each (DOTS_BENCH_SIP_RATES=a,b,c).
bench-sip: setup
	DOTS_BENCH_SIP=1 go test -run '^TestBenchSIP$$' -v -count 1 -timeout 30m ./sip/node/

# Refresh .gas-snapshot (committed) and .gas-snapshot-tx: whole-transaction gas of anchor and
# claims next to Uniswap's MerkleDistributor (test/WholeTxGas.t.sol), one "name (gas: N)" a line.
snapshot: setup
	$(FORGE) snapshot --no-match-test 'invariant|testFuzz|Fuzz'
	jq -r 'to_entries[] | "WholeTxGas:\(.key) (gas: \(.value))"' snapshots/WholeTxGas.json > .gas-snapshot-tx

# Run every Go fuzz target for FUZZTIME each.
fuzz: setup
	@for pkg in $$(go list $(GO_PKGS)); do \
	  for f in $$(go test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "fuzz $$pkg $$f"; go test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg; \
	  done; \
	done

clean:
	rm -rf out cache bin
