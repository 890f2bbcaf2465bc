// Private rewards (ERC-5564 stealth addresses): register a meta-address so oracles pay
// your rewards to a fresh stealth address per reward epoch, then find those payments
// (viewing key), claim them and sweep them to an address you choose. The stealth keys are
// derived from your wallet's signature of a fixed message (as Umbra does): nothing to
// store, the same wallet gives the same keys. The stealth addresses need no ETH: your
// connected wallet sends the claims (CDRAnchor pays only the stealth account) and the
// sweeps (StealthSweeper moves the DOTS only to the address the stealth key signed).
import { getAddress, toHex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { h, clear, notice, busy, field } from "./ui.js";
import { formatDots, shortAddr } from "./format.js";
import { explain } from "./errors.js";
import { fetchVerified, cidText } from "./ipfs.js";
import { rewardsFromIPFS } from "./audit.js";
import { KEY_MESSAGE, keysFromSignature, metaAddress, metaBytes, check } from "./stealth.js";

const MAX = 2n ** 256n - 1n;

export class PrivateView {
  constructor(app, el) {
    this.app = app;
    this.el = el;
    this.keys = null;
    this.found = [];
  }

  async render() {
    const { wallet, contracts, cfg } = this.app;
    const title = h("h2", {}, "Private rewards");
    if (!cfg.contracts.stealthRegistry) {
      return clear(this.el, title, h("p", {}, "This deployment has no stealth registry: rewards are paid in public."));
    }
    if (!wallet?.account) {
      return clear(this.el, title, h("p", {}, "Connect your wallet to make your rewards private or to collect private rewards."));
    }
    const meta = await contracts.read("stealthRegistry", "stealthMetaAddressOf", [contracts.account, 1n]);
    const registered = meta && meta !== "0x";
    this.registered = registered;
    clear(this.el, title,
      registered
        ? h("p", { id: "private-status", class: "ok" }, "Your rewards are private: each reward epoch, every operator pays you at a new stealth address that only your keys can recognise. ",
          "Nobody can link those payments to your numbers or to this wallet.")
        : h("p", { id: "private-status", class: "warn" }, "Your rewards are public: they are paid to this address, so anyone can read from the rewards documents how much you earn each epoch and, ",
          "with the number registry, how many seconds your numbers were on calls. Register a stealth meta-address to change that."),
      h("div", { class: "actions" },
        registered ? null : h("button", { class: "primary", id: "make-private", onclick: (e) => busy(e.target, () => this.register()) }, "Make my rewards private"),
        h("button", { id: "scan", class: registered ? "primary" : "", onclick: (e) => busy(e.target, () => this.scan()) }, "Find my private rewards")),
      h("p", { class: "muted" }, "Both ask your wallet to sign a fixed message (free, no transaction); your stealth keys are derived from that signature and stay in this page."),
      h("div", { id: "private-found", "aria-live": "polite" }));
  }

  async deriveKeys() {
    if (this.keys) return this.keys;
    const { wallet, contracts } = this.app;
    const sig = await wallet.provider.request({ method: "personal_sign", params: [toHex(KEY_MESSAGE), contracts.account] });
    this.keys = keysFromSignature(sig);
    return this.keys;
  }

  async register() {
    if (!this.app.requireChain()) return;
    const keys = await this.deriveKeys();
    const meta = metaAddress(keys);
    await this.app.contracts.send("stealthRegistry", "registerKeys", [1n, metaBytes(meta)]);
    notice("ok", "Your rewards are private from the next batch on.", `Meta-address ${meta.slice(0, 24)}…`);
    await this.render();
  }

  // scan reads each operator's newest final rewards document and checks its announcements
  // with the viewing key (the view tag first).
  async scan() {
    const { contracts, cfg } = this.app;
    const out = this.el.querySelector("#private-found");
    const keys = await this.deriveKeys();
    clear(out, h("p", { class: "muted" }, "Reading the rewards documents…"));
    const json = (b) => JSON.parse(new TextDecoder().decode(b));
    const found = [];
    try {
      for (const operator of await contracts.operatorsEver()) {
        const batchId = await contracts.latestFinalBatch(operator);
        if (batchId === 0n) continue;
        const ev = await contracts.anchored(batchId);
        const doc = json(await fetchVerified(cfg.gatewayUrl, cidText(ev.cid)));
        if (!doc.rewardsCid) continue;
        const rdoc = json(await fetchVerified(cfg.gatewayUrl, doc.rewardsCid));
        for (const a of rdoc.announcements || []) {
          const key = check({ stealth: a.account, ephemeralPubKey: a.ephemeralPubKey, viewTag: a.viewTag }, keys);
          if (key) found.push({ operator, account: getAddress(a.account), epoch: a.epoch, key });
        }
      }
      for (const f of found) {
        const [item] = (await rewardsFromIPFS(contracts, cfg.gatewayUrl, f.account)).filter((i) => i.operator === f.operator);
        Object.assign(f, item || {});
        const claimed = await contracts.claimed(f.operator, f.account);
        f.left = f.cumulativeAmount > claimed ? f.cumulativeAmount - claimed : 0n;
        f.balance = await contracts.balance(f.account);
      }
    } catch (err) {
      const e = explain(err, cfg.rpcUrl);
      return clear(out, h("p", { class: "error" }, e.title, " ", e.detail || ""));
    }
    this.found = found;
    const total = found.reduce((s, f) => s + f.left + f.balance, 0n);
    if (!found.length) return clear(out, h("p", { id: "private-none" }, "No private rewards found for your keys yet (they appear once an epoch's batch is final)."));
    const to = h("input", { id: "sweep-to", value: contracts.account, spellcheck: "false", autocomplete: "off" });
    clear(out,
      h("p", {}, "Found ", h("strong", { id: "private-total" }, formatDots(total)), ` at ${found.length} stealth address${found.length > 1 ? "es" : ""}.`),
      h("table", { class: "list" },
        h("thead", {}, h("tr", {}, h("th", {}, "Stealth address"), h("th", {}, "Epoch"), h("th", {}, "Operator"), h("th", {}, "To claim"), h("th", {}, "Held"))),
        h("tbody", {}, found.map((f) => h("tr", { class: "stealth-row" },
          h("td", { "data-label": "Stealth address" }, h("code", { title: f.account }, shortAddr(f.account))),
          h("td", { "data-label": "Epoch" }, String(f.epoch ?? "")),
          h("td", { "data-label": "Operator" }, h("code", { title: f.operator }, shortAddr(f.operator))),
          h("td", { "data-label": "To claim" }, f.error ? f.error : formatDots(f.left)),
          h("td", { "data-label": "Held" }, formatDots(f.balance)))))),
      field("Send them to", to, "Any address; a fresh one keeps your wallet unlinked from these rewards."),
      h("div", { class: "actions" }, h("button", { class: "primary", id: "sweep", onclick: (e) => busy(e.target, () => this.sweep(to.value.trim())) }, "Claim and send")),
      h("p", { class: "muted" }, "Your wallet sends the transactions and pays their gas; the stealth keys sign in this page what goes where."));
  }

  async sweep(dest) {
    const { contracts, cfg } = this.app;
    if (!this.app.requireChain()) return;
    let to;
    try {
      to = getAddress(dest);
    } catch {
      notice("error", "That is not an address.", `"${dest}"`);
      return;
    }
    for (const f of this.found) {
      if (f.left > 0n && !f.error) {
        await contracts.claim({ operator: f.operator, batchId: f.batchId, account: f.account, cumulativeAmount: f.cumulativeAmount, proof: f.proof });
      }
    }
    const head = await contracts.pub.getBlock();
    const deadline = head.timestamp + 3600n;
    let moved = 0n;
    for (const acct of new Set(this.found.map((f) => f.account))) {
      const f = this.found.find((x) => x.account === acct);
      const bal = await contracts.balance(acct);
      if (bal === 0n) continue;
      const signer = privateKeyToAccount(f.key);
      const nonce = await contracts.read("rewardToken", "nonces", [acct]);
      const permitSig = await signer.signTypedData({
        domain: { name: "DOTS", version: "1", chainId: cfg.chainId, verifyingContract: cfg.contracts.rewardToken },
        types: { Permit: [{ name: "owner", type: "address" }, { name: "spender", type: "address" }, { name: "value", type: "uint256" },
          { name: "nonce", type: "uint256" }, { name: "deadline", type: "uint256" }] },
        primaryType: "Permit",
        message: { owner: acct, spender: cfg.contracts.stealthSweeper, value: MAX, nonce, deadline },
      });
      const sweep = { from: acct, to, fee: 0n, relayer: contracts.account, deadline };
      const snonce = await contracts.read("stealthSweeper", "nonces", [acct]);
      const sweepSig = await signer.signTypedData({
        domain: { name: "DOTS StealthSweeper", version: "1", chainId: cfg.chainId, verifyingContract: cfg.contracts.stealthSweeper },
        types: { Sweep: [{ name: "from", type: "address" }, { name: "to", type: "address" }, { name: "fee", type: "uint256" },
          { name: "relayer", type: "address" }, { name: "nonce", type: "uint256" }, { name: "deadline", type: "uint256" }] },
        primaryType: "Sweep",
        message: { ...sweep, nonce: snonce },
      });
      const r = "0x" + permitSig.slice(2, 66), s = "0x" + permitSig.slice(66, 130), v = parseInt(permitSig.slice(130, 132), 16);
      await contracts.send("stealthSweeper", "sweep", [sweep, sweepSig, { value: MAX, deadline, v, r, s }]);
      moved += bal;
    }
    notice("ok", `Sent ${formatDots(moved)} to ${shortAddr(to)}.`, "Claimed from the stealth addresses and swept with their keys.");
    await this.scan();
  }
}
