package main

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/bindings/disputevoting"
	"github.com/dotsnet/dots/ipfsnode"
	"github.com/dotsnet/dots/oracle/ipfs"
)

// syncBuf is a buffer a running command writes to while the test reads it.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// A test binary started with DOTS_TEST_RUN_DOTS=1 is the dots command: the juror watchers run
// as real processes of it.
func init() {
	if os.Getenv("DOTS_TEST_RUN_DOTS") == "1" {
		os.Exit(run(append([]string{"dots"}, os.Args[1:]...)))
	}
}

// bgDots is a dots process running in the background (dots juror watch).
type bgDots struct {
	out  *syncBuf
	cmd  *exec.Cmd
	done chan error
}

func startDots(t *testing.T, args ...string) *bgDots {
	t.Helper()
	b := &bgDots{out: &syncBuf{}, done: make(chan error, 1)}
	b.cmd = exec.Command(os.Args[0], args...)
	b.cmd.Env = append(os.Environ(), "DOTS_TEST_RUN_DOTS=1")
	b.cmd.Stdout, b.cmd.Stderr = b.out, b.out
	b.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := b.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { b.done <- b.cmd.Wait() }()
	t.Cleanup(func() {
		b.cmd.Process.Kill()
		<-b.done
	})
	return b
}

// halt stops the process with SIGINT (Ctrl-C) and checks it exits 0.
func (b *bgDots) halt(t *testing.T) {
	t.Helper()
	b.cmd.Process.Signal(os.Interrupt)
	if err := <-b.done; err != nil {
		t.Errorf("dots juror watch after SIGINT: %v\n%s", err, b.out.String())
	}
	b.done <- nil // for the cleanup
}

// crash kills the process (SIGKILL) and waits for it.
func (b *bgDots) crash() {
	b.cmd.Process.Kill()
	err := <-b.done
	b.done <- err
}

// waitFor polls cond until it holds or 30 s have passed.
func waitFor(t *testing.T, what string, cond func() bool, logs ...*bgDots) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); !cond(); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			for _, l := range logs {
				t.Log(l.out.String())
			}
			t.Fatalf("after 30 s: %s", what)
		}
	}
}

// A whole dispute against an operator on a real anvil: three jurors, each followed by a real
// `dots juror watch` (one never decides: absent; two decide opposite ways, so the one the
// seats outvote is incoherent), one watcher restarted between its commit and its reveal, and
// the payouts checked against DisputeVoting's rules from the numbers on chain.
func TestDisputeWithThreeWatchedJurors(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	tc := startTestChain(t, ctx)
	client, err := tc.node.Dial(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	ip, err := ipfsnode.Open(ctx, ipfsnode.Config{RepoDir: t.TempDir(), APIAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer ip.Close()
	dv := tc.dep.DisputeVoting
	view := func(data []byte) []byte {
		t.Helper()
		out, err := client.CallContract(ctx, ethereum.CallMsg{To: &dv, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	params, err := dvABI.UnpackParams(view(dvABI.PackParams()))
	if err != nil {
		t.Fatal(err)
	}
	// seven seats for three jurors, so that all three are drawn on most draws
	params.JurorsPerDispute = 7
	if _, err := mustSender(t, ctx, tc, 0).Send(ctx, "setParameters", dv, dvABI.PackSetParameters(params)); err != nil {
		t.Fatal(err)
	}

	const A, B, C, op, disputer = 1, 2, 3, 4, 5 // A absent, B votes uphold, C votes reject
	for _, j := range []int{A, B, C} {
		mustRun(t, tc.args(j, "juror", "stake", "--amount", "1000")...)
	}
	mustRun(t, tc.args(op, "operator", "register", "--amount", "1500", "--payout", tc.addr(op))...)
	evidence := filepath.Join(tc.dir, "evidence.json")
	os.WriteFile(evidence, []byte(`{"mismatch":"operator 4 billed 60 s for a 20 s call"}`), 0o600)
	withIPFS := func(a ...string) []string { return append(a, "--ipfs", ip.APIURL()) }

	// bad input is refused before anything is sent
	for _, bad := range [][]string{
		{"dispute", "open", "--operator", tc.addr(op), "--batch", "1", "--evidence", evidence},
		{"dispute", "open", "--operator", tc.addr(op), "--evidence", evidence, "--pledge", "1"},
		{"dispute", "open", "--operator", tc.addr(A), "--evidence", evidence}, // not an operator
	} {
		if _, msg, code := runDots(t, "", withIPFS(tc.args(disputer, bad...)...)...); code != 2 || msg == "" {
			t.Fatalf("dots %v: exit %d %q", bad, code, msg)
		}
	}
	if _, msg, _ := runDots(t, "", withIPFS(tc.args(disputer, "dispute", "open", "--operator", tc.addr(A), "--evidence", evidence)...)...); !strings.Contains(msg, "SubjectNotDisputable") {
		t.Fatalf("disputing a non-operator: %q", msg)
	}

	var o openedView
	jsonTail(t, mustRun(t, withIPFS(tc.args(disputer, "dispute", "open", "--operator", tc.addr(op), "--evidence", evidence, "--pledge", "150", "--json")...)...), &o)
	if o.ID != "1" || o.Kind != "operator" || o.Pledge != "150 DOTS" {
		t.Fatalf("opened: %+v", o)
	}
	pinned, err := ipfs.New(ip.APIURL()).Cat(ctx, o.Evidence, 1<<20)
	if want, _ := os.ReadFile(evidence); err != nil || !bytes.Equal(pinned, want) {
		t.Fatalf("evidence on IPFS: %q, %v", pinned, err)
	}
	id := big.NewInt(1)
	pledge := new(big.Int).Mul(big.NewInt(150), tokenUnit)

	// draw: the randomness block must come first; retry from a snapshot until all three are
	// drawn and B (uphold) holds more seats than C (reject), so the dispute is upheld and the
	// operator slashed (the rejected path is the same code with the roles of B and C swapped)
	if err := anvil.Mine(ctx, client.Client(), 2); err != nil {
		t.Fatal(err)
	}
	seats := map[int]uint64{}
	for try := 0; ; try++ {
		var snap string
		if err := client.Client().CallContext(ctx, &snap, "evm_snapshot"); err != nil {
			t.Fatal(err)
		}
		var dr drawView
		jsonTail(t, mustRun(t, tc.args(disputer, "dispute", "draw", "1", "--json")...), &dr)
		drawn := uint64(0)
		for _, j := range dr.Jurors {
			drawn += j.Seats
		}
		if dr.Round != 0 || dr.Seats != 7 || drawn+dr.VoidSeats != 7 {
			t.Fatalf("draw: %+v", dr)
		}
		for _, j := range []int{A, B, C} {
			v, err := dvABI.UnpackGetVote(view(dvABI.PackGetVote(id, common.Big0, common.HexToAddress(tc.addr(j)))))
			if err != nil {
				t.Fatal(err)
			}
			seats[j] = v.Seats.Uint64()
		}
		if seats[A] > 0 && seats[C] > 0 && seats[B] > seats[C] {
			break
		}
		if try == 40 {
			t.Fatalf("40 draws without all three jurors and B ahead of C: %v", seats)
		}
		var ok bool
		if err := client.Client().CallContext(ctx, &ok, "evm_revert", snap); err != nil || !ok {
			t.Fatalf("evm_revert: %v %v", ok, err)
		}
		if err := anvil.Mine(ctx, client.Client(), 1); err != nil { // another prevrandao
			t.Fatal(err)
		}
	}
	t.Logf("seats: A %d, B %d, C %d", seats[A], seats[B], seats[C])

	state := func(j int) string { return filepath.Join(tc.dir, "juror-state", tc.addr(j)) }
	watchArgs := func(j int) []string {
		return tc.args(j, "juror", "watch", "--state-dir", state(j), "--poll", "100ms", "--scan-blocks", "3")
	}
	w := map[int]*bgDots{}
	for _, j := range []int{A, B, C} {
		w[j] = startDots(t, watchArgs(j)...)
	}
	all := []*bgDots{w[A], w[B], w[C]}
	for _, j := range []int{A, B, C} {
		waitFor(t, "juror told it is drawn", func() bool {
			s := w[j].out.String()
			return strings.Contains(s, "msg=drawn dispute=1") && strings.Contains(s, "decide: dots juror vote 1 uphold|reject")
		}, all...)
	}
	if _, msg, code := runDots(t, "", tc.args(-1, "juror", "vote", "1", "maybe", "--juror", tc.addr(B), "--state-dir", state(B))...); code != 2 || !strings.Contains(msg, "neither uphold nor reject") {
		t.Fatalf("a vote that is none: exit %d %q", code, msg)
	}
	mustRun(t, tc.args(-1, "juror", "vote", "1", "uphold", "--juror", tc.addr(B), "--state-dir", state(B))...)
	mustRun(t, append(tc.args(-1, "juror", "vote", "1", "reject", "--state-dir", state(C)), "--key", tc.key(C))...)
	vote := func(j int) disputevoting.GetVoteOutput {
		v, err := dvABI.UnpackGetVote(view(dvABI.PackGetVote(id, common.Big0, common.HexToAddress(tc.addr(j)))))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	waitFor(t, "B and C commit", func() bool {
		return vote(B).Committed && vote(C).Committed && strings.Contains(w[C].out.String(), "msg=committed")
	}, all...)
	if _, msg, code := runDots(t, "", append(tc.args(-1, "juror", "vote", "1", "uphold", "--state-dir", state(C)), "--key", tc.key(C))...); code != 2 || !strings.Contains(msg, "cannot change") {
		t.Fatalf("changing a committed vote: exit %d %q", code, msg)
	}
	// C's watcher dies between its commit and its reveal; a new one reveals from the kept salt
	w[C].crash()
	firstC := w[C].out.String()
	if strings.Count(firstC, "msg=committed") != 1 {
		t.Fatalf("C's first watcher:\n%s", firstC)
	}
	w[C] = startDots(t, watchArgs(C)...)
	all[2] = w[C]

	rd, err := dvABI.UnpackGetRound(view(dvABI.PackGetRound(id, common.Big0)))
	if err != nil {
		t.Fatal(err)
	}
	_, now, err := headTime(ctx, client)
	if err != nil {
		t.Fatal(err)
	}
	if err := anvil.IncreaseTime(ctx, client.Client(), time.Duration(rd.CommitDeadline-now+1)*time.Second); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "B and C reveal", func() bool { return vote(B).Choice == choiceUphold && vote(C).Choice == choiceReject }, all...)
	if vote(A).Committed {
		t.Fatal("the absent juror committed")
	}
	var dvw disputeView
	jsonTail(t, mustRun(t, tc.args(-1, "dispute", "show", "1", "--json")...), &dvw)
	if dvw.Status != "active" || len(dvw.Rounds) != 1 || dvw.Rounds[0].Uphold != seats[B] || dvw.Rounds[0].Reject != seats[C] || dvw.Evidence != o.Evidence {
		t.Fatalf("show: %+v", dvw)
	}

	// past the reveal and appeal periods; record what the payouts change
	if err := anvil.IncreaseTime(ctx, client.Client(), time.Duration(rd.AppealDeadline-rd.CommitDeadline)*time.Second); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(mustRun(t, tc.args(-1, "dispute", "show", "1")...), "ready to resolve: dots dispute finalize 1") {
		t.Fatal("show does not say the dispute is ready to resolve")
	}
	bal := func(a common.Address) *big.Int {
		b, err := viewAsTest(ctx, client, tc.dep.RewardToken, tokABI.PackBalanceOf(a), tokABI.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	stake := func(j int) *big.Int {
		i, err := dvABI.UnpackJurorInfo(view(dvABI.PackJurorInfo(common.HexToAddress(tc.addr(j)))))
		if err != nil {
			t.Fatal(err)
		}
		return i.Staked
	}
	opAddr := common.HexToAddress(tc.addr(op))
	bond := func() *big.Int {
		i, err := viewAsTest(ctx, client, tc.dep.CDRAnchor, anABI.PackOperatorInfo(opAddr), anABI.UnpackOperatorInfo)
		if err != nil {
			t.Fatal(err)
		}
		return i.Bond
	}
	burn := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	balBefore, stakeBefore := map[int]*big.Int{}, map[int]*big.Int{}
	for _, j := range []int{A, B, C, disputer} {
		balBefore[j], stakeBefore[j] = bal(common.HexToAddress(tc.addr(j))), stake(j)
	}
	burnBefore, bondBefore := bal(burn), bond()

	out := mustRun(t, tc.args(disputer, "dispute", "finalize", "1")...)
	upheld := seats[B] > seats[C] // B's seats outvote C's; a tie keeps the status quo
	winner, loser := C, B
	if upheld {
		winner, loser = B, C
	}
	if upheld != strings.Contains(out, "dispute 1 upheld") {
		t.Fatalf("finalize with seats %v:\n%s", seats, out)
	}
	settled := func(j int) bool {
		s, err := dvABI.UnpackSettled(view(dvABI.PackSettled(id, common.HexToAddress(tc.addr(j)))))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	owed := func(j int) *big.Int {
		v, err := dvABI.UnpackOwed(view(dvABI.PackOwed(common.HexToAddress(tc.addr(j)))))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	waitFor(t, "every watcher settles and withdraws", func() bool {
		return settled(A) && settled(B) && settled(C) && owed(B).Sign() == 0 && owed(C).Sign() == 0
	}, all...)
	waitFor(t, "the winner's watcher logs its withdrawal", func() bool { return strings.Contains(w[winner].out.String(), "msg=withdrew") }, all...)
	mustRun(t, tc.args(disputer, "dispute", "claim", "1")...)
	if owed(disputer).Sign() > 0 {
		mustRun(t, tc.args(disputer, "dispute", "withdraw")...)
	} else if _, _, code := runDots(t, "", tc.args(disputer, "dispute", "withdraw")...); code != 1 {
		t.Fatalf("withdrawing nothing: exit %d", code)
	}

	// DisputeVoting's rules: every lock of an absent or wrong seat, plus the juror fees, goes to
	// the coherent seats (here all the winner's); the stake of the others shrinks by their locks.
	lock := params.MinJurorStake
	locks := func(n uint64) *big.Int { return new(big.Int).Mul(lock, new(big.Int).SetUint64(n)) }
	fees := new(big.Int).Mul(big.NewInt(int64(params.JurorsPerDispute)), params.JurorFee)
	pool := new(big.Int).Add(locks(seats[A]+seats[loser]), fees)
	delta := func(j int) *big.Int { return new(big.Int).Sub(bal(common.HexToAddress(tc.addr(j))), balBefore[j]) }
	stakeDelta := func(j int) *big.Int { return new(big.Int).Sub(stake(j), stakeBefore[j]) }
	if got := delta(winner); got.Cmp(pool) != 0 {
		t.Errorf("the coherent juror received %s, want the pool %s", got, pool)
	}
	for _, j := range []int{A, loser} {
		if got := delta(j); got.Sign() != 0 {
			t.Errorf("juror %d received %s, want nothing", j, got)
		}
		if got, want := stakeDelta(j), new(big.Int).Neg(locks(seats[j])); got.Cmp(want) != 0 {
			t.Errorf("juror %d's stake changed by %s, want %s", j, got, want)
		}
	}
	if got := stakeDelta(winner); got.Sign() != 0 {
		t.Errorf("the coherent juror's stake changed by %s", got)
	}
	slashed := new(big.Int).Sub(bondBefore, bond())
	if upheld {
		// the pledge comes back with slashDisputerBps of the slash; the rest is burnt
		part := new(big.Int).Div(new(big.Int).Mul(slashed, big.NewInt(int64(params.SlashDisputerBps))), big.NewInt(10_000))
		if slashed.Sign() == 0 {
			t.Error("an upheld operator dispute slashed nothing")
		}
		if got, want := delta(disputer), new(big.Int).Add(pledge, part); got.Cmp(want) != 0 {
			t.Errorf("the disputer received %s, want %s", got, want)
		}
		if got, want := new(big.Int).Sub(bal(burn), burnBefore), new(big.Int).Sub(slashed, part); got.Cmp(want) != 0 {
			t.Errorf("the treasury received %s, want %s", got, want)
		}
	} else {
		// nobody pledged on REJECT: the losing pledge goes to the treasury, the operator keeps its bond
		if slashed.Sign() != 0 {
			t.Errorf("a rejected dispute slashed %s", slashed)
		}
		if got := delta(disputer); got.Sign() != 0 {
			t.Errorf("the disputer of a rejected dispute received %s", got)
		}
		if got := new(big.Int).Sub(bal(burn), burnBefore); got.Cmp(pledge) != 0 {
			t.Errorf("the treasury received %s, want the pledge %s", got, pledge)
		}
	}
	acc, err := dvABI.UnpackAccountedBalance(view(dvABI.PackAccountedBalance()))
	if err != nil {
		t.Fatal(err)
	}
	if held := bal(dv); acc.Cmp(held) != 0 {
		t.Errorf("DisputeVoting holds %s but accounts for %s", held, acc)
	}
	for _, j := range []int{A, B, C} {
		if s := w[j].out.String(); !strings.Contains(s, "msg=settled dispute=1") {
			t.Errorf("juror %d's watcher did not log its settlement:\n%s", j, s)
		}
	}
	if s := w[A].out.String(); !strings.Contains(s, "the commit period ended without a vote") {
		t.Errorf("the absent juror's watcher did not say it missed the commit:\n%s", s)
	}
	if s := w[C].out.String(); !strings.Contains(s, "msg=revealed dispute=1") || strings.Contains(s, "msg=committed") {
		t.Errorf("C's second watcher:\n%s", s)
	}

	// list, from the events, with filters
	var rows []disputeRow
	jsonTail(t, mustRun(t, tc.args(-1, "dispute", "list", "--status", "resolved", "--juror", tc.addr(A), "--json")...), &rows)
	if len(rows) != 1 || rows[0].ID != "1" || rows[0].Subject != "operator "+opAddr.Hex() || rows[0].Outcome != map[bool]string{true: "uphold", false: "reject"}[upheld] {
		t.Fatalf("list: %+v", rows)
	}
	for _, f := range [][]string{{"--status", "active"}, {"--kind", "batch"}, {"--juror", tc.addr(op)}, {"--disputer", tc.addr(A)}} {
		jsonTail(t, mustRun(t, tc.args(-1, append([]string{"dispute", "list", "--json"}, f...)...)...), &rows)
		if len(rows) != 0 {
			t.Errorf("list %v: %+v", f, rows)
		}
	}
	for _, b := range w {
		b.halt(t)
	}
}

func headTime(ctx context.Context, c *ethclient.Client) (uint64, uint64, error) {
	h, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, 0, err
	}
	return h.Number.Uint64(), h.Time, nil
}
