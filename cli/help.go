package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"
)

var helpTopics = map[string]string{
	"numbers": `Numbers (NumberRegistry)

A number is claimed in two steps so nobody can see it coming and claim it first: a commitment
(a hash of the number, your address and a random secret) is stored, and after the registry's
minimum age (60 s by default) the secret is revealed with the claim. "dots number claim N" does
both in one command, with a countdown. The secret is kept in --state-dir (default
~/.config/dots/claims) from before the commitment is sent until the claim succeeds, so an
interrupted claim resumes where it stopped: run the same command again.

A claim takes the registry's deposit (50 DOTS by default; approved for you) and lasts a term
(a year); anyone may renew; "release" refunds the deposit. Records: route (a bare SIP URI, or
an operator with its consent), CNAM (15 printable characters), features
(voice,sms,mms,video,fax,rcs), blocked callers.

Porting to another operator takes two signatures over the same EIP-712 "Port" request:
  dots number port N --to-operator OP --uri sip:... --out req.json   (the owner)
  dots number port sign req.json                                      (the operator)
  dots number port send req.json                                      (anyone)
Any change of the number's route or owner invalidates outstanding requests ("stale").
A route to an operator needs the same consent: dots number route N --operator OP --uri U
--consent req.json.
`,
	"rates": `Rates (RateExchange)

A seller publishes a wholesale A-Z deck: a CSV whose header row names the columns. Required:
prefix (or code) and rate (per minute, in DOTS). Optional: description, connect fee,
initial and subsequent increments (two columns, or one "increments" column as 60/6),
effective date per row (2027-01-01, 2027-01-01 09:00 UTC, RFC 3339 or unix seconds).
Rows without a date take --effective, or the soonest time the notice rules allow.

Notice rules: an entry takes effect no sooner than the decrease notice after it is published,
an increase (higher rate or connect fee than the entry it replaces) no sooner than the increase
notice (7 days by default, longer if an agreement says so). "dots rate publish" checks every
row before sending anything and names the rows that break a rule; --check only checks.

The deck goes out in transactions of --per-tx entries (about 38,000 gas per entry). Progress is
kept in --state-dir: after an interruption, the same command with the same deck resumes.
"dots rate quote --seller S --to +44... --seconds 90 [--at TIME]" prices a call as the
contract does.

Agreements: a buyer and a seller may agree a longer increase notice and a cap on each increase
(in percent) until a date. One of them proposes and signs the EIP-712 request:
  dots rate agreement propose --seller S --notice 14d --max-increase 5% --valid-until 2027-12-31 --out req.json
the other checks and signs it (dots rate agreement sign req.json), and anyone sends it
(dots rate agreement submit req.json). The request holds both parties' nonces: once either
signs another agreement, it is stale. "dots rate agreement show --seller S" lists them.
`,
	"disputes": `Disputes (DisputeVoting)

Anyone may dispute a pending batch (--batch ID), an operator (--operator ADDR) or a number's
registration (--number N). "dots dispute open --operator ADDR --evidence report.json --pledge 100"
pins the evidence to IPFS (--ipfs), approves and pledges the DOTS on UPHOLD (at least the minimum
pledge, 100 DOTS by default) plus a juror fee per seat (3 seats x 5 DOTS by default). A disputed
batch stays frozen, a disputed number held, until the dispute ends.

A dispute goes through rounds. Each round:
  1. draw: "dots dispute draw ID" (anyone) reveals the round's randomness once its block has
     come (it waits) and draws the jurors, weighted by stake, with replacement: a juror drawn
     twice holds two seats. Each seat locks the minimum juror stake.
  2. commit (1 day by default): each juror commits a hidden vote, uphold or reject.
  3. reveal (1 day): each juror reveals its vote. More uphold seats than reject seats upholds;
     a tie or no vote keeps the status quo (reject; an appeal round nobody voted in keeps the
     previous result).
  4. appeal (1 day): "dots dispute appeal ID" (anyone) pledges minPledge x 2^round plus the juror
     fee on the other side; the next round has 2n+1 seats. Two appeals by default.
Then "dots dispute finalize ID" (anyone) resolves it: an upheld dispute invalidates the batch
and slashes the operator, suspends the operator, or releases the number; the slashed DOTS go
half to the UPHOLD pledges (slashDisputerBps), the rest to the treasury.

Payouts: a seat is coherent when its juror revealed the final outcome. Coherent jurors get their
lock back and share, by lock, every other seat's lock (wrong or absent) and all juror fees.
Pledges on the winning side are refunded and share the losing pledges. If nobody revealed at all,
no stake is lost and every pledge is refunded minus 20% (noVoteBps). Each juror and pledger
settles with "dots dispute claim ID [--for ACCOUNT]" and takes the credit out with
"dots dispute withdraw".

Jurors: "dots juror stake --amount 1000" (counts for disputes opened from the next block),
"dots juror unstake --amount N" then, after 7 days, "dots juror withdraw". Run
"dots juror watch" (with the juror's account): it logs when the juror is drawn, commits the vote
recorded with "dots juror vote ID uphold|reject" (the salt is kept in --state-dir before the
commitment is sent, so a restarted watcher still reveals), reveals as soon as the reveal period
opens, settles resolved disputes and withdraws what they credited. "dots dispute show ID" and
"dots dispute list [--status active] [--juror ADDR]" follow disputes from the chain.
`,
}

// helpCommand replaces urfave/cli's help with one that also knows the topics.
func helpCommand() *cli.Command {
	names := make([]string, 0, len(helpTopics))
	for n := range helpTopics {
		names = append(names, n)
	}
	sort.Strings(names)
	return &cli.Command{
		Name:      "help",
		Aliases:   []string{"h"},
		Usage:     "show help for a command, or a topic: " + strings.Join(names, ", "),
		ArgsUsage: "[COMMAND|TOPIC]",
		Action: func(c *cli.Context) error {
			args := c.Args().Slice()
			if len(args) == 1 {
				if t, ok := helpTopics[args[0]]; ok {
					fmt.Fprint(c.App.Writer, t)
					return nil
				}
			}
			if len(args) == 0 {
				return cli.ShowAppHelp(c)
			}
			cmds := c.App.Commands
			var cmd *cli.Command
			for _, a := range args {
				cmd = findCommand(cmds, a)
				if cmd == nil {
					return cli.Exit(fmt.Sprintf("help: no command or topic %q (topics: %s; dots --help lists the commands)", strings.Join(args, " "), strings.Join(names, ", ")), 2)
				}
				cmds = cmd.Subcommands
			}
			fmt.Fprintf(c.App.Writer, "dots %s - %s\n\n", strings.Join(args, " "), cmd.Usage)
			if len(cmd.Subcommands) > 0 {
				t := newTable(c.App.Writer, "COMMAND", "WHAT")
				for _, s := range cmd.Subcommands {
					t.row(s.Name, s.Usage)
				}
				t.flush()
				fmt.Fprintln(c.App.Writer)
			}
			if cmd.ArgsUsage != "" {
				fmt.Fprintf(c.App.Writer, "arguments: %s\n", cmd.ArgsUsage)
			}
			for _, f := range cmd.Flags {
				fmt.Fprintf(c.App.Writer, "  %s\n", f.String())
			}
			return nil
		},
	}
}

const bashCompletion = `# dots bash completion: source <(dots completion bash)
_dots_complete() {
  local cur opts
  COMPREPLY=()
  cur="${COMP_WORDS[COMP_CWORD]}"
  if [[ "$cur" == "-"* ]]; then
    opts=$("${COMP_WORDS[@]:0:$COMP_CWORD}" "${cur}" --generate-bash-completion 2>/dev/null)
  else
    opts=$("${COMP_WORDS[@]:0:$COMP_CWORD}" --generate-bash-completion 2>/dev/null)
  fi
  COMPREPLY=($(compgen -W "${opts}" -- "${cur}"))
  return 0
}
complete -o bashdefault -o default -F _dots_complete dots
`

const zshCompletion = `#compdef dots
# dots zsh completion: source <(dots completion zsh)
_dots() {
  local -a opts
  local cur
  cur=${words[-1]}
  if [[ "$cur" == "-"* ]]; then
    opts=("${(@f)$(${words[@]:0:#words[@]-1} ${cur} --generate-bash-completion 2>/dev/null)}")
  else
    opts=("${(@f)$(${words[@]:0:#words[@]-1} --generate-bash-completion 2>/dev/null)}")
  fi
  if [[ "${opts[1]}" != "" ]]; then
    _describe 'values' opts
  else
    _files
  fi
}
compdef _dots dots
`

func completionCommand() *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print the shell completion script: source <(dots completion bash) or zsh",
		ArgsUsage: "bash|zsh",
		Action: func(c *cli.Context) error {
			switch c.Args().First() {
			case "bash":
				fmt.Fprint(c.App.Writer, bashCompletion)
			case "zsh":
				fmt.Fprint(c.App.Writer, zshCompletion)
			default:
				return cli.Exit(fmt.Sprintf("completion: want bash or zsh, not %q", c.Args().First()), 2)
			}
			return nil
		},
	}
}
