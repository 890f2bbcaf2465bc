// Package sipptest writes sipp scenarios for the SIP node's tests, the devnet and the
// benchmark, and runs sipp (Debian's sip-tester) with them. Scenarios are built per case
// (caller or callee side, which final answer, who hangs up) rather than kept as a dozen
// near-identical XML files. sipp's built-in UAS does not copy Record-Route, so these
// scenarios do ([last_Record-Route:] in the callee's answers, rrs with [routes] on the
// caller's side): the caller's ACK and BYE then go through the proxy.
package sipptest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"text/template"
)

// Caller is a caller-side (uac) scenario.
type Caller struct {
	From, To string   // E.164 numbers
	CallID   string   // SIP Call-ID prefix: sipp's -cid_str CallID-%u (so the first call's is CallID-1)
	FromTag  string   // "" -> [pid]SIPpTag00[call_number]
	Auth     bool     // expect a 407 and answer it ([authentication] with -au/-ap)
	Expect   int      // final status expected: 200, 486, 487, 408, ...
	Hold     int      // ms between ACK and the caller's BYE; -1: wait for the callee's BYE
	CancelAt int      // ms after the 180 to send CANCEL (Expect must be 487)
	Ring     bool     // expect a 180 before the final answer
	Headers  []string // extra header lines in the INVITEs ("Identity: ...")
}

// Check is an assertion of a callee on the request it receives: the first header called
// Header ("From") matches the extended regular expression Regexp, or with Absent, does
// not match it (a header that is missing matches nothing). A failed check fails sipp's
// call, so the scenario (and sipp's exit status) fails.
type Check struct {
	Header string
	Regexp string
	Absent bool
}

// Callee is a callee-side (uas) scenario.
type Callee struct {
	Answer int // final status to send: 200, 486, 603, ...; 0: ring and never answer
	Ring   bool
	Hold   int // ms between ACK and the callee's BYE; -1: wait for the caller's BYE
	Cancel bool
	Checks []Check // what the INVITE must carry
}

// Message is a MESSAGE (RFC 3428) sender scenario.
type Message struct {
	From, To string   // E.164 numbers
	CallID   string   // Call-ID prefix as Caller's
	FromTag  string   // "" -> [pid]SIPpTag00[call_number]
	Auth     bool     // expect a 407 and answer it
	Expect   int      // final status expected
	Body     string   // text/plain body
	Headers  []string // extra header lines
}

// Receiver is a MESSAGE receiver scenario: it answers Answer (default 200).
type Receiver struct {
	Answer int
	Checks []Check
}

// Register is a REGISTER scenario: challenge, then authenticated REGISTER.
type Register struct {
	User    string // E.164
	Contact string // host:port the contact names
	Expires int
	Expect  int // final status after the challenge (200, 403)
	Unauth  int // status expected for the first REGISTER (401, or 403 when the node refuses before challenging)
	Retries int // fresh 401 challenges expected (and answered again) after the first answer, before Expect
}

type registerData struct {
	Register
	Retry []int // CSeq of each re-answered REGISTER
}

const sdp = `v=0
o=user1 53655765 2353687637 IN IP[local_ip_type] [local_ip]
s=-
c=IN IP[media_ip_type] [media_ip]
t=0 0
m=audio [media_port] RTP/AVP 0
a=rtpmap:0 PCMU/8000
`

var funcs = template.FuncMap{"sdp": func() string { return sdp }, "checks": checksXML, "refs": refsXML}

// attrEscape escapes an XML attribute value with the named entities sipp's parser reads.
var attrEscape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

// checksXML writes checks as sipp ereg actions (check_it fails the call on no match,
// check_it_inverse on a match).
func checksXML(cs []Check) string {
	var b strings.Builder
	for i, c := range cs {
		attr := `check_it="true"`
		if c.Absent {
			attr = `check_it_inverse="true"`
		}
		re := attrEscape.Replace(c.Regexp)
		fmt.Fprintf(&b, "<ereg regexp=\"%s\" search_in=\"hdr\" header=\"%s:\" %s assign_to=\"check%d\"/>\n", re, c.Header, attr, i)
	}
	return b.String()
}

// refsXML marks the checks' variables used (sipp refuses a variable never read).
func refsXML(cs []Check) string {
	if len(cs) == 0 {
		return ""
	}
	names := make([]string, len(cs))
	for i := range cs {
		names[i] = fmt.Sprintf("check%d", i)
	}
	return `<Reference variables="` + strings.Join(names, ",") + `"/>` + "\n"
}

var callerT = template.Must(template.New("uac").Funcs(funcs).Parse(`<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="dots caller">
<send retrans="500"{{.Start1}}>
<![CDATA[
INVITE sip:{{.To}}@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:{{.From}}@[local_ip]>;tag={{.Tag}}
To: <sip:{{.To}}@[remote_ip]:[remote_port]>
Call-ID: {{.ID}}
CSeq: 1 INVITE
Contact: <sip:{{.From}}@[local_ip]:[local_port]>
{{range .Headers}}{{.}}
{{end}}Max-Forwards: 70
Content-Type: application/sdp
Content-Length: [len]

{{sdp}}]]>
</send>
<recv response="100" optional="true"{{.Resp1}}/>
{{if .Auth}}<recv response="407" auth="true"{{.Resp1}}/>
<send ack_txn="invite">
<![CDATA[
ACK sip:{{.To}}@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:{{.From}}@[local_ip]>;tag={{.Tag}}
[last_To:]
Call-ID: {{.ID}}
CSeq: 1 ACK
Max-Forwards: 70
Content-Length: 0

]]>
</send>
<send retrans="500"{{.Start2}}>
<![CDATA[
INVITE sip:{{.To}}@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:{{.From}}@[local_ip]>;tag={{.Tag}}
To: <sip:{{.To}}@[remote_ip]:[remote_port]>
Call-ID: {{.ID}}
CSeq: 2 INVITE
Contact: <sip:{{.From}}@[local_ip]:[local_port]>
[authentication]
{{range .Headers}}{{.}}
{{end}}Max-Forwards: 70
Content-Type: application/sdp
Content-Length: [len]

{{sdp}}]]>
</send>
<recv response="100" optional="true"{{.Resp2}}/>
{{end}}{{if .Ring}}<recv response="180"{{.RespF}}/>
{{else}}<recv response="180" optional="true"{{.RespF}}/>
{{end}}{{if .CancelAt}}<pause milliseconds="{{.CancelAt}}"/>
<send start_txn="cancel">
<![CDATA[
CANCEL sip:{{.To}}@[remote_ip]:[remote_port] SIP/2.0
[last_Via:]
From: <sip:{{.From}}@[local_ip]>;tag={{.Tag}}
To: <sip:{{.To}}@[remote_ip]:[remote_port]>
Call-ID: {{.ID}}
CSeq: {{.Seq}} CANCEL
Max-Forwards: 70
Content-Length: 0

]]>
</send>
<recv response="200" response_txn="cancel"/>
{{end}}{{if eq .Expect 200}}<recv response="200" rrs="true" rtd="true"/>
<send>
<![CDATA[
ACK [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:{{.From}}@[local_ip]>;tag={{.Tag}}
[last_To:]
Call-ID: {{.ID}}
CSeq: {{.Seq}} ACK
[routes]
Max-Forwards: 70
Content-Length: 0

]]>
</send>
{{if ge .Hold 0}}<pause milliseconds="{{.Hold}}"/>
<send retrans="500">
<![CDATA[
BYE [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:{{.From}}@[local_ip]>;tag={{.Tag}}
[last_To:]
Call-ID: {{.ID}}
CSeq: {{.Seq1}} BYE
[routes]
Max-Forwards: 70
Reason: Q.850;cause=16;text="Normal call clearing"
Content-Length: 0

]]>
</send>
<recv response="200"/>
{{else}}<recv request="BYE"/>
<send>
<![CDATA[
SIP/2.0 200 OK
[last_Via:]
[last_From:]
[last_To:]
[last_Call-ID:]
[last_CSeq:]
Content-Length: 0

]]>
</send>
{{end}}{{else}}<recv response="{{.Expect}}" rtd="true"{{.RespF}}/>
<send ack_txn="{{.Txn}}">
<![CDATA[
ACK sip:{{.To}}@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:{{.From}}@[local_ip]>;tag={{.Tag}}
[last_To:]
Call-ID: {{.ID}}
CSeq: {{.Seq}} ACK
Max-Forwards: 70
Content-Length: 0

]]>
</send>
{{end}}<pause milliseconds="100"/>
</scenario>
`))

var calleeT = template.Must(template.New("uas").Funcs(funcs).Parse(`<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="dots callee">
<recv request="INVITE" rrs="true">{{if or (and (eq .Answer 200) (ge .Hold 0)) .Checks}}
<action>{{if and (eq .Answer 200) (ge .Hold 0)}}
<ereg regexp=".*" search_in="hdr" header="From:" assign_to="remote_from"/>
<ereg regexp="sip:[^>;]*" search_in="hdr" header="To:" assign_to="local_uri"/>{{end}}
{{checks .Checks}}
</action>{{end}}
</recv>
{{if .Ring}}<send>
<![CDATA[
SIP/2.0 180 Ringing
[last_Via:]
[last_From:]
[last_To:];tag=[pid]SIPpTag01[call_number]
[last_Call-ID:]
[last_CSeq:]
[last_Record-Route:]
Contact: <sip:[local_ip]:[local_port];transport=[transport]>
Content-Length: 0

]]>
</send>
{{end}}{{if .Cancel}}<recv request="CANCEL"/>
<send>
<![CDATA[
SIP/2.0 200 OK
[last_Via:]
[last_From:]
[last_To:];tag=[pid]SIPpTag01[call_number]
[last_Call-ID:]
[last_CSeq:]
Content-Length: 0

]]>
</send>
<send>
<![CDATA[
SIP/2.0 487 Request Terminated
[last_Via:]
[last_From:]
[last_To:];tag=[pid]SIPpTag01[call_number]
[last_Call-ID:]
CSeq: [cseq] INVITE
Content-Length: 0

]]>
</send>
<recv request="ACK"/>
{{else if eq .Answer 200}}<send retrans="500">
<![CDATA[
SIP/2.0 200 OK
[last_Via:]
[last_From:]
[last_To:];tag=[pid]SIPpTag01[call_number]
[last_Call-ID:]
[last_CSeq:]
[last_Record-Route:]
Contact: <sip:[local_ip]:[local_port];transport=[transport]>
Content-Type: application/sdp
Content-Length: [len]

{{sdp}}]]>
</send>
<recv request="ACK"/>
{{if ge .Hold 0}}<pause milliseconds="{{.Hold}}"/>
<send retrans="500">
<![CDATA[
BYE [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <[$local_uri]>;tag=[pid]SIPpTag01[call_number]
To: [$remote_from]
Call-ID: [call_id]
CSeq: 1 BYE
[routes]
Max-Forwards: 70
Content-Length: 0

]]>
</send>
<recv response="200"/>
{{else}}<recv request="BYE"/>
<send>
<![CDATA[
SIP/2.0 200 OK
[last_Via:]
[last_From:]
[last_To:]
[last_Call-ID:]
[last_CSeq:]
Content-Length: 0

]]>
</send>
{{end}}{{else if .Answer}}<send>
<![CDATA[
SIP/2.0 {{.Answer}} Rejected
[last_Via:]
[last_From:]
[last_To:];tag=[pid]SIPpTag01[call_number]
[last_Call-ID:]
[last_CSeq:]
Content-Length: 0

]]>
</send>
<recv request="ACK"/>
{{else}}<recv request="CANCEL"/>
<send>
<![CDATA[
SIP/2.0 200 OK
[last_Via:]
[last_From:]
[last_To:];tag=[pid]SIPpTag01[call_number]
[last_Call-ID:]
[last_CSeq:]
Content-Length: 0

]]>
</send>
<send>
<![CDATA[
SIP/2.0 487 Request Terminated
[last_Via:]
[last_From:]
[last_To:];tag=[pid]SIPpTag01[call_number]
[last_Call-ID:]
CSeq: [cseq] INVITE
Content-Length: 0

]]>
</send>
<recv request="ACK"/>
{{end}}<pause milliseconds="100"/>
{{refs .Checks}}</scenario>
`))

var registerT = template.Must(template.New("reg").Parse(`<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="dots register">
<send retrans="500">
<![CDATA[
REGISTER sip:[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:{{.User}}@[remote_ip]>;tag=[pid]reg[call_number]
To: <sip:{{.User}}@[remote_ip]>
Call-ID: [call_id]
CSeq: 1 REGISTER
Contact: <sip:{{.User}}@{{.Contact}}>
Expires: {{.Expires}}
Max-Forwards: 70
Content-Length: 0

]]>
</send>
{{if eq .Unauth 401}}<recv response="401" auth="true"/>
<send retrans="500">
<![CDATA[
REGISTER sip:[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:{{.User}}@[remote_ip]>;tag=[pid]reg[call_number]
To: <sip:{{.User}}@[remote_ip]>
Call-ID: [call_id]
CSeq: 2 REGISTER
Contact: <sip:{{.User}}@{{.Contact}}>
[authentication]
Expires: {{.Expires}}
Max-Forwards: 70
Content-Length: 0

]]>
</send>
{{range .Retry}}<recv response="401" auth="true"/>
<send retrans="500">
<![CDATA[
REGISTER sip:[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:{{$.User}}@[remote_ip]>;tag=[pid]reg[call_number]
To: <sip:{{$.User}}@[remote_ip]>
Call-ID: [call_id]
CSeq: {{.}} REGISTER
Contact: <sip:{{$.User}}@{{$.Contact}}>
[authentication]
Expires: {{$.Expires}}
Max-Forwards: 70
Content-Length: 0

]]>
</send>
{{end}}<recv response="{{.Expect}}"/>
{{else}}<recv response="{{.Unauth}}"/>
{{end}}</scenario>
`))

var messageT = template.Must(template.New("message").Parse(`<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="dots message">
<send retrans="500">
<![CDATA[
MESSAGE sip:{{.To}}@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:{{.From}}@[local_ip]>;tag={{.Tag}}
To: <sip:{{.To}}@[remote_ip]:[remote_port]>
Call-ID: {{.ID}}
CSeq: 1 MESSAGE
{{range .Headers}}{{.}}
{{end}}Max-Forwards: 70
Content-Type: text/plain
Content-Length: [len]

{{.Body}}]]>
</send>
{{if .Auth}}<recv response="407" auth="true"/>
<send retrans="500">
<![CDATA[
MESSAGE sip:{{.To}}@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:{{.From}}@[local_ip]>;tag={{.Tag}}
To: <sip:{{.To}}@[remote_ip]:[remote_port]>
Call-ID: {{.ID}}
CSeq: 2 MESSAGE
[authentication]
{{range .Headers}}{{.}}
{{end}}Max-Forwards: 70
Content-Type: text/plain
Content-Length: [len]

{{.Body}}]]>
</send>
{{end}}<recv response="100" optional="true"/>
<recv response="{{.Expect}}"/>
</scenario>
`))

var receiverT = template.Must(template.New("receiver").Funcs(funcs).Parse(`<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="dots message receiver">
<recv request="MESSAGE">{{if .Checks}}
<action>
{{checks .Checks}}
</action>{{end}}
</recv>
<send>
<![CDATA[
SIP/2.0 {{.Answer}} Answered
[last_Via:]
[last_From:]
[last_To:];tag=[pid]SIPpTag01[call_number]
[last_Call-ID:]
[last_CSeq:]
Content-Length: 0

]]>
</send>
<pause milliseconds="100"/>
{{refs .Checks}}</scenario>
`))

type messageData struct {
	Message
	ID, Tag string
}

// XML returns the scenario.
func (m Message) XML() string {
	d := messageData{Message: m, ID: "[call_id]", Tag: m.FromTag}
	if d.Tag == "" {
		d.Tag = "[pid]SIPpTag00[call_number]"
	}
	if d.Body == "" {
		d.Body = "hello"
	}
	return exec1(messageT, d)
}

// Args are the sipp arguments the scenario needs (the Call-ID format).
func (m Message) Args() []string {
	if m.CallID == "" {
		return nil
	}
	return []string{"-cid_str", m.CallID + "-%u"}
}

// XML returns the scenario.
func (r Receiver) XML() string {
	if r.Answer == 0 {
		r.Answer = 200
	}
	return exec1(receiverT, r)
}

type callerData struct {
	Caller
	ID, Tag, Txn                        string
	Seq, Seq1                           int
	Start1, Resp1, Start2, Resp2, RespF string // sipp transaction attributes
}

// XML returns the scenario.
func (c Caller) XML() string {
	d := callerData{Caller: c, ID: "[call_id]", Tag: c.FromTag, Txn: "invite", Seq: 1, Seq1: 2}
	if d.Tag == "" {
		d.Tag = "[pid]SIPpTag00[call_number]"
	}
	if c.Auth {
		d.Txn, d.Seq, d.Seq1 = "invite2", 2, 3
	}
	// sipp insists that an INVITE transaction it names ends with its own ACK, which only
	// a non-2xx answer has: name the INVITEs answered with one.
	if c.Auth {
		d.Start1, d.Resp1 = ` start_txn="invite"`, ` response_txn="invite"`
	}
	if c.Expect != 200 {
		if c.Auth {
			d.Start2, d.Resp2, d.RespF = ` start_txn="invite2"`, ` response_txn="invite2"`, ` response_txn="invite2"`
		} else {
			d.Start1, d.Resp1, d.RespF = ` start_txn="invite"`, ` response_txn="invite"`, ` response_txn="invite"`
		}
	}
	return exec1(callerT, d)
}

// Args are the sipp arguments the scenario needs (the Call-ID format).
func (c Caller) Args() []string {
	if c.CallID == "" {
		return nil
	}
	return []string{"-cid_str", c.CallID + "-%u"}
}

// XML returns the scenario.
func (c Callee) XML() string { return exec1(calleeT, c) }

// XML returns the scenario.
func (r Register) XML() string {
	if r.Unauth == 0 {
		r.Unauth = 401
	}
	if r.Expect == 0 {
		r.Expect = 200
	}
	d := registerData{Register: r}
	for i := 0; i < r.Retries; i++ {
		d.Retry = append(d.Retry, 3+i)
	}
	return exec1(registerT, d)
}

func exec1(t *template.Template, d any) string {
	var b bytes.Buffer
	if err := t.Execute(&b, d); err != nil {
		panic(err) // the templates are constants; a failure is a bug here
	}
	return b.String()
}

// Write writes xml into dir under name and returns its path.
func Write(dir, name, xml string) (string, error) {
	p := filepath.Join(dir, name+".xml")
	return p, os.WriteFile(p, []byte(xml), 0o644)
}

// Run runs sipp with args in dir and returns its combined output; a non-zero exit is an
// error that carries the output.
func Run(ctx context.Context, dir string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "sipp", args...)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	s := out.String()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return s, fmt.Errorf("sipp %s: exit %d: %s", strings.Join(args, " "), ee.ExitCode(), tail(s, 1500))
		}
		return s, fmt.Errorf("sipp: %w", err)
	}
	return s, nil
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// Start starts sipp in the background (a callee waiting for calls); Wait on the returned
// command.
func Start(ctx context.Context, dir string, out *bytes.Buffer, args ...string) (*exec.Cmd, error) {
	cmd := exec.CommandContext(ctx, "sipp", args...)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting sipp: %w", err)
	}
	return cmd, nil
}
