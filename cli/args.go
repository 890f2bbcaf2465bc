package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// reorderArgs moves the flags of the command line's final command before its positional
// arguments, so `dots batch proof FILE --index 3` reads --index: urfave/cli v2 (like Go's
// flag package) stops reading flags at the first positional argument. Whether a flag takes
// a value comes from the command's own flag definitions; a "--" keeps what follows it
// positional.
func reorderArgs(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	out := []string{args[0]}
	cmds, flags := app.Commands, app.Flags
	i := 1
	for i < len(args) {
		a := args[i]
		if a == "--" {
			break
		}
		if isFlagArg(a) {
			out = append(out, a)
			if takesValue(flags, a) && i+1 < len(args) {
				out = append(out, args[i+1])
				i++
			}
			i++
			continue
		}
		cmd := findCommand(cmds, a)
		if cmd == nil {
			break
		}
		out = append(out, a)
		cmds, flags = cmd.Subcommands, cmd.Flags
		i++
	}
	var pos, fl, rest []string
	dashdash := false
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			dashdash, rest = true, args[i+1:]
			break
		}
		if isFlagArg(a) {
			fl = append(fl, a)
			if takesValue(flags, a) && i+1 < len(args) {
				fl = append(fl, args[i+1])
				i++
			}
			continue
		}
		pos = append(pos, a)
	}
	out = append(out, fl...)
	if dashdash {
		out = append(out, "--")
	}
	out = append(out, pos...)
	return append(out, rest...)
}

func isFlagArg(a string) bool { return len(a) > 1 && a[0] == '-' }

func findCommand(cmds []*cli.Command, name string) *cli.Command {
	for _, c := range cmds {
		if c.HasName(name) {
			return c
		}
	}
	return nil
}

// takesValue reports whether flag argument a ("--name" without "=value") needs the next
// argument as its value: every known flag but a boolean one.
func takesValue(flags []cli.Flag, a string) bool {
	name := strings.TrimLeft(a, "-")
	if strings.Contains(name, "=") {
		return false
	}
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				_, isBool := f.(*cli.BoolFlag)
				return !isBool
			}
		}
	}
	return false
}
