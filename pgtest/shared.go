package pgtest

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
)

// shared is the server of Shared: one per test binary, stopped by Main.
var shared struct {
	once     sync.Once
	srv      *Server
	skip     string
	fail     string
	cleanups []func()
}

// Shared returns a server shared by every test of the test binary, started by the first call;
// each test takes its own database with NewDB. The package's TestMain must call Main, which
// stops the server when the tests are done. It skips or fails the test as Start would.
func Shared(t testing.TB) *Server {
	t.Helper()
	shared.once.Do(func() {
		m := &mainTB{TB: t}
		done := make(chan struct{})
		go func() {
			defer close(done)
			shared.srv = Start(m)
		}()
		<-done
		shared.skip, shared.fail, shared.cleanups = m.skip, m.fail, m.cleanups
	})
	switch {
	case shared.fail != "":
		t.Fatalf("pgtest: shared server: %s", shared.fail)
	case shared.skip != "":
		t.Skip(shared.skip)
	}
	return shared.srv
}

// Main runs the tests and then stops the server of Shared, if one was started; a TestMain
// calls os.Exit(pgtest.Main(m)).
func Main(m *testing.M) int {
	code := m.Run()
	for i := len(shared.cleanups) - 1; i >= 0; i-- {
		shared.cleanups[i]()
	}
	return code
}

// mainTB is the testing.TB that Start runs under for Shared: its cleanups outlive the test
// that started it, and a fatal error or a skip is recorded for every test that asks.
type mainTB struct {
	testing.TB
	cleanups   []func()
	skip, fail string
}

func (m *mainTB) Helper()                 {}
func (m *mainTB) Cleanup(f func())        { m.cleanups = append(m.cleanups, f) }
func (m *mainTB) Logf(f string, a ...any) { fmt.Printf("pgtest: "+f+"\n", a...) }
func (m *mainTB) Fatalf(f string, a ...any) {
	m.fail = fmt.Sprintf(f, a...)
	runtime.Goexit()
}
func (m *mainTB) Skipf(f string, a ...any) {
	m.skip = fmt.Sprintf(f, a...)
	runtime.Goexit()
}
