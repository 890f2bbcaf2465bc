package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

var readmeRow = regexp.MustCompile("^\\| `dots ([^`]*)`")
var readmeCode = regexp.MustCompile("`dots ([^`]*)`")

// commandPath resolves the command words at the start of words ("number port sign F") and
// returns the command and the words after it.
func commandPath(app *cli.App, words []string) (*cli.Command, []string) {
	cmds := app.Commands
	var cmd *cli.Command
	for len(words) > 0 {
		alts := strings.Split(words[0], "|") // "new|list|import" names several
		next := findCommand(cmds, alts[0])
		if next == nil {
			break
		}
		for _, a := range alts[1:] {
			if findCommand(cmds, a) == nil {
				return nil, words
			}
		}
		cmd, cmds, words = next, next.Subcommands, words[1:]
	}
	return cmd, words
}

func readme(t *testing.T) string {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The README's command table names every command, and every command it names exists and
// takes the flags it shows.
func TestReadmeCommandTable(t *testing.T) {
	app := newApp()
	listed := map[string]bool{}
	for _, line := range strings.Split(readme(t), "\n") {
		if !readmeRow.MatchString(line) {
			continue
		}
		cell := strings.SplitN(line, " | ", 2)[0] // the first cell (its own pipes are escaped: \|)
		for _, m := range readmeCode.FindAllStringSubmatch(strings.ReplaceAll(cell, `\|`, "|"), -1) {
			words := strings.Fields(m[1])
			cmd, rest := commandPath(app, words)
			if cmd == nil {
				t.Errorf("README lists `dots %s`: no such command", m[1])
				continue
			}
			listed[words[0]] = true
			checkFlags(t, "dots "+m[1], cmd, rest)
		}
	}
	for _, c := range app.Commands {
		if !c.Hidden && !listed[c.Name] {
			t.Errorf("the README's command table does not list `dots %s`", c.Name)
		}
	}
}

// Every command line the README prints (indented bin/dots lines) parses: its command exists and
// every flag belongs to it, wherever it stands.
func TestReadmeCommandLinesParse(t *testing.T) {
	app := newApp()
	text := strings.ReplaceAll(readme(t), "\\\n", " ")
	n := 0
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "bin/dots ") {
			continue
		}
		n++
		words := strings.Fields(strings.TrimPrefix(line, "bin/dots "))
		cmd, rest := commandPath(app, words)
		if cmd == nil {
			t.Errorf("README: `%s`: no such command", line)
			continue
		}
		checkFlags(t, line, cmd, rest)
	}
	if n == 0 {
		t.Fatal("found no bin/dots command lines in the README")
	}
}

func checkFlags(t *testing.T, line string, cmd *cli.Command, rest []string) {
	t.Helper()
	for _, w := range rest {
		if !strings.HasPrefix(w, "--") || w == "--help" {
			continue
		}
		name := strings.SplitN(strings.TrimPrefix(w, "--"), "=", 2)[0]
		found := false
		for _, f := range cmd.Flags {
			for _, n := range f.Names() {
				found = found || n == name
			}
		}
		if !found {
			t.Errorf("README: `%s`: dots %s has no flag --%s", line, cmd.Name, name)
		}
	}
}

// No command defines a flag name twice (urfave/cli panics on it when the command runs).
func TestNoDuplicateFlags(t *testing.T) {
	var walk func(path string, cmds []*cli.Command)
	walk = func(path string, cmds []*cli.Command) {
		for _, c := range cmds {
			seen := map[string]bool{}
			for _, f := range c.Flags {
				for _, n := range f.Names() {
					if seen[n] {
						t.Errorf("dots %s%s: flag --%s defined twice", path, c.Name, n)
					}
					seen[n] = true
				}
			}
			walk(path+c.Name+" ", c.Subcommands)
		}
	}
	walk("", newApp().Commands)
}
