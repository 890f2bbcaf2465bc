// My numbers: the connected wallet's numbers and their records, the commit-reveal claim of
// a new number (salt kept in localStorage until revealed), and every owner action.
import { h, clear, notice, busy, field } from "./ui.js";
import { formatNumber, toE164, formatTime, formatDots, formatDuration, formatFeatures, FEATURES, shortAddr } from "./format.js";
import { explain, UserError } from "./errors.js";
import { callerHash, sipCredentialTypedData, sipCredentialBody, SIP_CREDENTIAL_TYPE } from "./contracts.js";
import { toHex, isAddress, getAddress, isHex } from "viem";

const pendingKey = (account) => `dots.pendingClaims.${account.toLowerCase()}`;

function loadPending(account) {
  try { return JSON.parse(localStorage.getItem(pendingKey(account)) || "{}"); } catch { return {}; }
}
function savePending(account, p) {
  localStorage.setItem(pendingKey(account), JSON.stringify(p));
}

// typedDataJSON is exactly what eth_signTypedData_v4 takes (the EIP712Domain type spelled out).
function typedDataJSON(td) {
  const full = { ...td, types: { EIP712Domain: [{ name: "name", type: "string" }, { name: "version", type: "string" },
    { name: "chainId", type: "uint256" }, { name: "verifyingContract", type: "address" }], ...td.types } };
  return JSON.stringify(full, (k, v) => (typeof v === "bigint" ? v.toString() : v), 2);
}

export class NumbersView {
  constructor(app, el) {
    this.app = app;
    this.el = el;
    this.timers = [];
  }

  stopTimers() {
    this.timers.forEach(clearInterval);
    this.timers = [];
  }

  async render() {
    this.stopTimers();
    const { wallet, contracts, cfg } = this.app;
    if (!wallet?.account) {
      return clear(this.el, h("h2", {}, "My numbers"), h("p", {}, "Connect your wallet to see and manage the phone numbers it owns, or to claim a new one."));
    }
    const gen = (this.gen = (this.gen || 0) + 1);
    clear(this.el, h("h2", {}, "My numbers"), h("p", { class: "muted" }, "Loading your numbers…"));
    let numbers, params, operators;
    try {
      [numbers, params, operators] = await Promise.all([contracts.numbersOf(contracts.account), contracts.parameters(), contracts.activeOperators()]);
    } catch (err) {
      if (gen !== this.gen) return;
      const e = explain(err, cfg.rpcUrl);
      return clear(this.el, h("h2", {}, "My numbers"), h("p", { class: "error", role: "alert" }, e.title, " ", e.detail || ""));
    }
    if (gen !== this.gen) return; // a newer render started meanwhile
    this.params = params;
    this.operators = operators;
    clear(this.el,
      h("h2", {}, "My numbers"),
      numbers.length ? h("div", { class: "cards", id: "number-list" }, numbers.map((n) => this.card(n)))
        : h("p", { id: "no-numbers" }, "This wallet owns no numbers yet."),
      this.claimForm(),
    );
  }

  card(n) {
    const act = (label, fn, cls) => h("button", { class: cls, onclick: (e) => busy(e.target, () => this.run(label, fn)) }, label);
    const opName = (a) => {
      if (!a || /^0x0+$/.test(a)) return "no operator";
      const o = this.operators.find((x) => x.address.toLowerCase() === a.toLowerCase());
      return o?.metadata ? `${o.metadata} (${shortAddr(a)})` : shortAddr(a);
    };
    const routeSel = h("select", {}, h("option", { value: "0x0000000000000000000000000000000000000000" }, "No operator (SIP address only)"),
      this.operators.map((o) => h("option", { value: o.address, selected: o.address.toLowerCase() === n.operator.toLowerCase() }, `${o.metadata || "operator"} ${shortAddr(o.address)}`)));
    const sipIn = h("input", { type: "text", value: n.sipUri, placeholder: "sip:+14155550123@sip.example.net", autocomplete: "off" });
    const cnamIn = h("input", { type: "text", value: n.cnam, maxlength: "15", placeholder: "ALICE SMITH" });
    const feats = FEATURES.map((f, i) => h("label", { class: "check" }, h("input", { type: "checkbox", value: String(i), checked: (Number(n.features) & (1 << i)) !== 0 }), f));
    const blockIn = h("input", { type: "tel", placeholder: "+1 415 555 0123" });
    const toIn = h("input", { type: "text", placeholder: "0x…", autocomplete: "off" });
    const e164 = n.e164;
    const saved = this.blockedNames(e164);
    return h("article", { class: "card", "data-number": e164 },
      h("h3", {}, formatNumber(e164)),
      h("dl", {},
        h("dt", {}, "Expires"), h("dd", {}, formatTime(n.expires)),
        h("dt", {}, "Deposit"), h("dd", {}, formatDots(n.deposit)),
        h("dt", {}, "Route"), h("dd", { class: "route" }, opName(n.operator), n.sipUri ? ` → ${n.sipUri}` : ""),
        h("dt", {}, "Caller name"), h("dd", { class: "cnam" }, n.cnam || "none"),
        h("dt", {}, "Features"), h("dd", {}, formatFeatures(n.features)),
        h("dt", {}, "Blocked"), h("dd", {}, n.blocked.length ? h("ul", { class: "blocked" }, n.blocked.map((b) =>
          h("li", {}, saved[b] ? formatNumber(saved[b]) : h("code", { title: b }, b.slice(0, 10) + "…"), " ",
            act("Unblock", (s) => this.app.contracts.unblockCaller(e164, b, s), "small")))) : "nobody")),
      h("details", {},
        h("summary", {}, "Manage"),
        h("div", { class: "manage" },
          h("div", { class: "row" }, act("Renew for another term", (s) => this.app.contracts.renew(e164, s))),
          this.routeForm(n, routeSel, sipIn),
          h("fieldset", {}, h("legend", {}, "Caller name (CNAM)"), field("Name", cnamIn, "At most 15 plain characters; empty clears it."),
            act("Save name", (s) => this.app.contracts.setCnam(e164, cnamIn.value, s))),
          h("fieldset", {}, h("legend", {}, "Features"), h("div", { class: "checks" }, feats),
            act("Save features", (s) => this.app.contracts.setFeatures(e164, feats.reduce((b, l) => b | (l.firstChild.checked ? 1 << Number(l.firstChild.value) : 0), 0), s))),
          h("fieldset", {}, h("legend", {}, "Block a caller"), field("Caller's number", blockIn),
            act("Block", (s) => {
              const c = toE164(blockIn.value);
              if (!c) throw new UserError("Type the caller's number in international form, e.g. +1 415 555 0123.");
              this.rememberBlocked(e164, c);
              return this.app.contracts.blockCaller(e164, c, s);
            })),
          this.portForm(e164),
          this.sipForm(n),
          h("fieldset", {}, h("legend", {}, "Transfer"), field("New owner's address", toIn),
            act("Transfer", (s) => {
              if (!isAddress(toIn.value.trim())) throw new UserError("That is not an address (0x and 40 hex digits).");
              if (!confirm(`Give ${formatNumber(e164)} to ${toIn.value.trim()}? Only the new owner can give it back.`)) return null;
              return this.app.contracts.transfer(e164, getAddress(toIn.value.trim()), s);
            }, "danger")),
          h("fieldset", {}, h("legend", {}, "Release"), h("p", {}, "Gives the number up and refunds its deposit; its route, name, features and blocked list are cleared."),
            act("Release this number", (s) => {
              if (!confirm(`Release ${formatNumber(e164)}? Anyone can claim it after the cooldown.`)) return null;
              return this.app.contracts.release(e164, s);
            }, "danger")))));
  }

  // routeForm sets the route. A route to an operator needs its consent: its EIP-712 Port
  // signature over (number, operator, SIP address, port nonce, deadline), the message the
  // page shows once checked against the contract's portDigest. A bare SIP address needs none.
  routeForm(n, routeSel, sipIn) {
    const e164 = n.e164;
    const out = h("div", { class: "route-out" });
    const save = async () => {
      if (!this.app.requireChain()) return;
      const op = routeSel.value, uri = sipIn.value.trim();
      if (/^0x0+$/.test(op)) {
        await this.run("Route", (s) => this.app.contracts.setRoute(e164, op, uri, 0n, "0x", s));
        return;
      }
      const deadline = BigInt(Math.floor(Date.now() / 1000) + 24 * 3600) + (await this.app.chainSkew());
      const req = await this.app.contracts.portRequest(e164, op, uri, deadline);
      const sigIn = h("input", { type: "text", class: "route-operator-sig", placeholder: "0x… (65 bytes)" });
      clear(out,
        h("p", {}, `The operator (${shortAddr(op)}) must consent: it signs this message with eth_signTypedData_v4 before ${formatTime(deadline)}:`),
        h("pre", { class: "route-typed-data" }, typedDataJSON(req)),
        field("Operator's signature", sigIn),
        h("button", { class: "primary", onclick: (e) => busy(e.target, () => this.run("Route", (s) => {
          const sig = sigIn.value.trim();
          if (!isHex(sig) || sig.length !== 132) throw new UserError("Paste the operator's signature: 0x and 130 hex digits.");
          return this.app.contracts.setRoute(e164, req.message.toOperator, uri, req.message.deadline, sig, s);
        })) }, "Save the route"));
    };
    return h("fieldset", { class: "route-form" }, h("legend", {}, "Route"), field("Operator", routeSel), field("SIP address", sipIn),
      h("button", { onclick: (e) => busy(e.target, () => save().catch((err) => this.app.fail(err))) }, "Change the route"), out);
  }

  portForm(e164) {
    const opSel = h("select", {}, this.operators.map((o) => h("option", { value: o.address }, `${o.metadata || "operator"} ${shortAddr(o.address)}`)));
    const sipIn = h("input", { type: "text", placeholder: "sip:+14155550123@new-operator.example" });
    const out = h("div", { class: "port-out" });
    let req = null, ownerSig = null;
    const sign = async () => {
      if (!this.app.requireChain()) return;
      const deadline = BigInt(Math.floor(Date.now() / 1000) + 24 * 3600 + 0) + (await this.app.chainSkew());
      req = await this.app.contracts.portRequest(e164, opSel.value, sipIn.value.trim(), deadline);
      ownerSig = await this.app.contracts.signTypedData(req);
      const opSigIn = h("input", { type: "text", class: "operator-sig", placeholder: "0x… (65 bytes)" });
      const json = typedDataJSON(req);
      clear(out,
        h("p", { class: "ok" }, "You signed the port. Your signature: ", h("code", { class: "owner-sig" }, ownerSig)),
        h("p", {}, `The receiving operator (${shortAddr(opSel.value)}) must sign the same message with eth_signTypedData_v4 before ${formatTime(deadline)}:`),
        h("pre", { class: "typed-data" }, json),
        field("Operator's signature", opSigIn),
        h("button", { class: "primary", onclick: (e) => busy(e.target, () => this.run("Port", (s) => {
          const sig = opSigIn.value.trim();
          if (!isHex(sig) || sig.length !== 132) throw new UserError("Paste the operator's signature: 0x and 130 hex digits.");
          return this.app.contracts.port(e164, req.message.toOperator, sipIn.value.trim(), req.message.deadline, ownerSig, sig, s);
        })) }, "Send the port"));
    };
    return h("fieldset", { class: "port" }, h("legend", {}, "Port to another operator"),
      field("Receiving operator", opSel), field("SIP address there", sipIn),
      h("button", { onclick: (e) => busy(e.target, () => sign().catch((err) => this.app.fail(err))) }, "Sign the port request"), out);
  }

  // sipForm sets the number's SIP password on the SIP node of the operator it is routed to:
  // the node's /v1/info gives its operator, realm, chain and registry, the page computes
  // the digest HA1s here (the password is never sent) and the wallet signs the credential.
  sipForm(n) {
    const e164 = n.e164;
    const nodeKey = "dots.sipNode." + n.operator.toLowerCase();
    const urlIn = h("input", { type: "url", class: "sip-node", value: localStorage.getItem(nodeKey) || this.app.cfg.sipNodes?.[n.operator.toLowerCase()] || "", placeholder: "https://sip.operator.example" });
    const pwIn = h("input", { type: "password", class: "sip-password", autocomplete: "new-password", minlength: "12" });
    const out = h("div", {});
    const go = async () => {
      if (/^0x0+$/.test(n.operator)) throw new UserError("This number is not routed to an operator.", "Choose its operator under Route first; the password is set on that operator's SIP node.");
      let base;
      try { base = new URL(urlIn.value.trim()); } catch { throw new UserError("Type the address of the operator's SIP node (https://…).", "The operator gives it; it is the node's HTTP API, not its SIP address."); }
      if (!/^https?:$/.test(base.protocol)) throw new UserError("The SIP node's address starts with https:// (or http://).");
      if (pwIn.value.length < 12) throw new UserError("Choose a password of at least 12 characters.");
      const url = base.href.replace(/\/$/, "");
      const ask = async (path, init) => {
        try {
          return await fetch(url + path, init);
        } catch {
          throw new UserError("The operator's SIP node does not answer.", `Check its address (${url}); the node must be running and allow this page's origin.`);
        }
      };
      const reason = async (res) => { try { return (await res.json()).error || res.statusText; } catch { return res.statusText; } };
      const ir = await ask("/v1/info");
      if (!ir.ok) throw new UserError(`The SIP node's /v1/info answered ${ir.status}.`, await reason(ir));
      const info = await ir.json();
      const cfg = this.app.cfg;
      if (info.typedData !== SIP_CREDENTIAL_TYPE) throw new UserError("That SIP node signs another credential format.", `It expects ${info.typedData}; this page builds ${SIP_CREDENTIAL_TYPE}.`);
      if (Number(info.chainId) !== cfg.chainId || getAddress(info.numberRegistry) !== getAddress(cfg.contracts.numberRegistry)) {
        throw new UserError("That SIP node follows another deployment.", `It reads NumberRegistry ${info.numberRegistry} on chain ${info.chainId}.`);
      }
      if (getAddress(info.operator) !== getAddress(n.operator)) {
        throw new UserError(`That SIP node serves operator ${shortAddr(info.operator)}, but ${formatNumber(e164)} is routed to ${shortAddr(n.operator)}.`,
          "Use the node of the number's operator, or change the route first.");
      }
      const expiry = Math.floor(Date.now() / 1000) + 365 * 86400;
      const td = sipCredentialTypedData(cfg, { number: e164, operator: info.operator, realm: info.realm, password: pwIn.value, nonce: BigInt(Date.now()), expiry });
      const signature = await this.app.contracts.signTypedData(td);
      const res = await ask("/v1/credentials", { method: "POST", headers: { "Content-Type": "application/json" }, body: sipCredentialBody(td, signature) });
      if (res.status !== 201) throw new UserError(`The SIP node refused the password (${res.status}).`, await reason(res));
      localStorage.setItem(nodeKey, url);
      pwIn.value = "";
      clear(out, h("p", { class: "ok sip-set" }, `The SIP password is set. Register your phone with user name ${e164}, realm ${info.realm} and this password; it holds until ${formatTime(expiry)}.`));
    };
    return h("fieldset", { class: "sip" }, h("legend", {}, "SIP password"),
      field("Operator's SIP node", urlIn, "The HTTP address the operator gives for its SIP node."),
      field("New password", pwIn, "Stays in this browser: the node receives only its digest."),
      h("button", { onclick: (e) => busy(e.target, () => go().catch((err) => this.app.fail(err))) }, "Sign and set the password"), out);
  }

  blockedNames(e164) {
    try { return JSON.parse(localStorage.getItem("dots.blocked." + e164) || "{}"); } catch { return {}; }
  }
  rememberBlocked(e164, caller) {
    const m = this.blockedNames(e164);
    m[callerHash(caller)] = caller;
    localStorage.setItem("dots.blocked." + e164, JSON.stringify(m));
  }

  // run sends one owner transaction and shows its states, then reloads the list.
  async run(label, fn) {
    if (!this.app.requireChain()) return;
    const n = notice("pending", `${label}: confirm in your wallet…`);
    try {
      const r = await fn((state, v) => {
        if (state === "pending") clear(n.querySelector("strong"), `${label}: sent, waiting to be mined (${v.slice(0, 10)}…)`);
      });
      n.remove();
      if (r) notice("ok", `${label}: done.`, `Mined in block ${r.blockNumber}.`);
      await this.render();
    } catch (err) {
      n.remove();
      this.app.fail(err);
      if (err?.txHash) await this.render(); // mined and reverted: the chain moved meanwhile
    }
  }

  // ---- claiming a new number: commit, wait, reveal

  claimForm() {
    const input = h("input", { type: "tel", id: "claim-number", placeholder: "+44 20 7946 0100", autocomplete: "off" });
    const list = h("div", { id: "pending-claims" });
    const start = async () => {
      const e164 = toE164(input.value);
      if (!e164) throw new UserError("Type the number in international form, starting with + and the country code, e.g. +44 20 7946 0100.");
      if (!this.app.requireChain()) return;
      const { contracts } = this.app;
      if (!(await contracts.isAvailable(e164))) throw new UserError(`${formatNumber(e164)} is not available: somebody owns it, or it was released recently.`);
      const secret = toHex(crypto.getRandomValues(new Uint8Array(32)));
      const commitment = await contracts.makeCommitment(e164, contracts.account, secret);
      // Keep the salt before sending: a reload while the commit is pending must not lose it.
      const p = loadPending(contracts.account);
      p[e164] = { secret, commitment };
      savePending(contracts.account, p);
      await this.run("Commit", (s) => contracts.commit(commitment, s));
    };
    const pending = loadPending(this.app.contracts.account);
    for (const [e164, p] of Object.entries(pending)) list.append(this.pendingRow(e164, p));
    return h("section", { class: "claim" },
      h("h3", {}, "Claim a new number"),
      h("p", {}, `Claiming takes two steps so nobody can take the number from under you: commit, wait ${formatDuration(this.params.minCommitAge)}, then reveal.` +
        (this.params.depositAmount > 0n ? ` A refundable deposit of ${formatDots(this.params.depositAmount)} is held while you own it.` : "")),
      h("div", { class: "row" }, field("Number", input), h("button", { class: "primary", id: "commit", onclick: (e) => busy(e.target, () => start().catch((err) => this.app.fail(err))) }, "Commit")),
      list);
  }

  pendingRow(e164, p) {
    const { contracts } = this.app;
    const status = h("span", { class: "countdown", "aria-live": "polite" }, "checking…");
    const reveal = h("button", { class: "primary reveal", disabled: true }, "Reveal and claim");
    const forget = h("button", { class: "small" }, "Forget");
    const row = h("div", { class: "pending-claim", "data-number": e164 }, h("strong", {}, formatNumber(e164)), " ", status, " ", reveal, " ", forget);
    forget.onclick = () => { const all = loadPending(contracts.account); delete all[e164]; savePending(contracts.account, all); row.remove(); };
    (async () => {
      const at = await contracts.commitmentTime(p.commitment);
      if (at === 0n) { clear(status, "not committed on chain yet (or already used)"); return; }
      const block = await contracts.pub.getBlock();
      const readyIn = Number(at + this.params.minCommitAge - block.timestamp) + 1;
      const expiresIn = Number(at + this.params.maxCommitAge - block.timestamp);
      const readyAt = Date.now() + readyIn * 1000, expiresAt = Date.now() + expiresIn * 1000;
      const tick = () => {
        const now = Date.now();
        if (now >= expiresAt) { clear(status, "the commitment expired: forget it and commit again"); reveal.disabled = true; return; }
        if (now >= readyAt) { clear(status, "ready to reveal"); reveal.disabled = false; return; }
        clear(status, `reveal in ${formatDuration((readyAt - now) / 1000)}`);
      };
      tick();
      this.timers.push(setInterval(tick, 500));
    })().catch((err) => this.app.fail(err));
    reveal.onclick = (e) => busy(e.target, async () => {
      const dep = this.params.depositAmount;
      if (dep > 0n) await this.run("Approve the deposit", (s) => contracts.approveDeposit(dep, s));
      await this.run(`Claim ${formatNumber(e164)}`, async (s) => {
        const r = await contracts.claimNumber(e164, p.secret, s);
        const all = loadPending(contracts.account);
        delete all[e164];
        savePending(contracts.account, all);
        return r;
      });
    });
    return row;
  }
}
