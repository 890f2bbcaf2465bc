// Rewards: what the connected account can claim from each operator (from the indexer),
// checked against the chain, claimed one operator at a time or all at once.
import { h, clear, notice, busy } from "./ui.js";
import { formatDots, shortAddr } from "./format.js";
import { explain, revertOf } from "./errors.js";
import { rewardsFromIPFS } from "./audit.js";

export class RewardsView {
  constructor(app, el) {
    this.app = app;
    this.el = el;
    this.items = [];
  }

  async render() {
    const { wallet, contracts, indexer, cfg } = this.app;
    if (!wallet?.account) {
      return clear(this.el, h("h2", {}, "Your rewards"), h("p", {}, "Connect your wallet to see the DOTS you earned from calls and claim them."));
    }
    const gen = (this.gen = (this.gen || 0) + 1);
    const stale = () => gen !== this.gen; // a newer render started meanwhile
    clear(this.el, h("h2", {}, "Your rewards"), h("p", { class: "muted" }, "Loading your rewards…"));
    const account = contracts.account;
    let balance, data, indexerErr;
    try {
      balance = await contracts.balance(account);
    } catch (err) {
      const e = explain(err, cfg.rpcUrl);
      if (stale()) return;
      return clear(this.el, h("h2", {}, "Your rewards"), h("p", { class: "error", role: "alert" }, e.title, " ", e.detail || ""));
    }
    try {
      data = (await indexer.rewards(account)).data;
    } catch (err) {
      indexerErr = explain(err);
    }
    // What is left to claim is read from the chain, not taken from the indexer.
    const items = [];
    const failed = [];
    for (const c of data?.claimable || []) {
      // A tree of one leaf has an empty proof (null in the answer).
      if (c.error || c.cumulativeAmount === undefined) { failed.push(c); continue; }
      const operator = c.operator;
      const claimed = await contracts.claimed(operator, account);
      const cum = BigInt(c.cumulativeAmount || 0);
      const name = await contracts.read("cdrAnchor", "operatorMetadata", [operator]).catch(() => "");
      items.push({ operator, name, batchId: c.batchId, final: c.final, cumulativeAmount: cum, proof: c.proof || [],
        left: cum > claimed ? cum - claimed : 0n, doc: c.doc, account });
    }
    if (stale()) return;
    this.items = items;
    const total = this.items.reduce((s, i) => s + i.left, 0n);
    const claimable = this.items.filter((i) => i.left > 0n);
    const claimAll = h("button", { class: "primary", id: "claim-all", disabled: claimable.length === 0,
      onclick: (e) => busy(e.target, () => this.claim(claimable)) }, claimable.length > 1 ? `Claim all (${formatDots(total)})` : "Claim");
    clear(this.el,
      h("h2", {}, "Your rewards"),
      h("div", { class: "summary" },
        h("div", {}, h("span", { class: "label" }, "Ready to claim"), h("span", { class: "big", id: "total-claimable" }, formatDots(total))),
        h("div", {}, h("span", { class: "label" }, "DOTS in your wallet"), h("span", { class: "big", id: "balance" }, formatDots(balance)))),
      total === 0n ? h("p", { id: "nothing", class: "ok" }, indexerErr ? "" : "Nothing to claim right now. Rewards appear here once a batch with your calls is final.") : null,
      h("div", { class: "actions" }, claimAll,
        h("button", { onclick: () => wallet.watchAsset().catch((err) => this.app.fail(err)) }, "Add DOTS to my wallet")),
      h("div", { id: "tx" }),
      this.items.length ? h("table", { class: "list" },
        h("caption", {}, "Per operator"),
        h("thead", {}, h("tr", {}, h("th", {}, "Operator"), h("th", {}, "Claimable"), h("th", {}, "Batch"), h("th", {}, "Final"), h("th", {}, ""))),
        h("tbody", {}, this.items.map((i) => h("tr", {},
          h("td", { "data-label": "Operator" }, i.name ? i.name + " " : "", h("code", { title: i.operator }, shortAddr(i.operator))),
          h("td", { "data-label": "Claimable" }, formatDots(i.left)),
          h("td", { "data-label": "Batch" }, String(i.batchId)),
          h("td", { "data-label": "Final" }, i.final === false ? "not yet" : "yes"),
          h("td", {}, h("button", { disabled: i.left === 0n, onclick: (e) => busy(e.target, () => this.claim([i])) }, "Claim")))))) : null,
      indexerErr || failed.length ? this.fallback(indexerErr, failed) : null,
    );
  }

  fallback(indexerErr, failed) {
    const { cfg } = this.app;
    const out = h("div", { id: "ipfs-rewards", "aria-live": "polite" });
    return h("section", { class: "fallback" },
      h("h3", {}, "When the indexer cannot give a proof"),
      indexerErr ? h("p", { class: "error" }, indexerErr.title, " ", indexerErr.detail || "") : null,
      failed.map((f) => h("p", { class: "warn" }, `Operator ${shortAddr(f.operator)}${f.batchId ? ", batch " + f.batchId : ""}: ${f.error || "no proof"}.`)),
      h("p", {}, "Your claim never depends on this server. This page can build it from the chain and the documents on IPFS alone:"),
      h("div", { class: "actions" }, h("button", { id: "from-ipfs", onclick: (e) => busy(e.target, () => this.fromIPFS(out)) }, "Find my rewards on IPFS")),
      out,
      h("p", {}, "Or by hand: every final batch names its rewards document on IPFS."),
      h("ol", {},
        h("li", {}, "Open the Auditor tab, pick the operator's newest final batch and note the rewardsCid in its document."),
        h("li", {}, `Fetch the rewards document from any IPFS gateway (${cfg.gatewayUrl || "e.g. a public one"}/ipfs/<rewardsCid>).`),
        h("li", {}, "Load it with StandardMerkleTree.load() of @openzeppelin/merkle-tree, find your [account, amount] value and take tree.getProof(value)."),
        h("li", {}, `Call claim(operator, batchId, account, amount, proof) on CDRAnchor ${cfg.contracts.cdrAnchor} (any wallet, or cast send, can send it).`)));
  }

  async fromIPFS(out) {
    const { contracts, cfg } = this.app;
    const progress = h("p", { class: "muted" }, "Reading the chain…");
    clear(out, progress);
    try {
      const found = await rewardsFromIPFS(contracts, cfg.gatewayUrl, contracts.account, (m) => clear(progress, m));
      const rows = [];
      for (const i of found) {
        if (i.error) { rows.push(h("li", { class: "error" }, `Operator ${shortAddr(i.operator)}, batch ${i.batchId}: ${i.error}`)); continue; }
        const claimed = await contracts.claimed(i.operator, contracts.account);
        i.left = i.cumulativeAmount > claimed ? i.cumulativeAmount - claimed : 0n;
        rows.push(h("li", { class: "ipfs-item" }, `Operator ${shortAddr(i.operator)}, batch ${i.batchId}: earned ${formatDots(i.cumulativeAmount)}, `,
          i.left > 0n ? [`${formatDots(i.left)} to claim (proof accepted by CDRAnchor) `, h("button", { class: "small", onclick: (e) => busy(e.target, () => this.claim([i], true)) }, "Claim")]
            : "nothing left to claim."));
      }
      clear(out, rows.length ? h("ul", {}, rows) : h("p", {}, "No operator has a final batch yet."));
    } catch (err) {
      const e = explain(err, cfg.rpcUrl);
      clear(out, h("p", { class: "error" }, e.title, " ", e.detail || ""));
    }
  }

  // claim sends one claim (or claimMany for several), showing its states; when a newer
  // root went final meanwhile (the claim paid the older amount, or was refused), it fetches
  // fresh proofs and claims once more.
  async claim(items, retried = false) {
    const { contracts, wallet } = this.app;
    const tx = this.el.querySelector("#tx");
    if (!this.app.requireChain()) return;
    if (items.length === 0) {
      notice("info", "Nothing to claim.", "You already claimed everything you earned so far.");
      return;
    }
    // Nothing left on chain (claimed elsewhere, or twice)? Say so instead of sending.
    for (const i of items) {
      const c = await contracts.claimed(i.operator, contracts.account);
      if (c >= i.cumulativeAmount) {
        notice("info", "Nothing to claim.", `You already claimed everything operator ${shortAddr(i.operator)} owes you.`);
        return this.render();
      }
    }
    const before = await contracts.balance(contracts.account);
    const row = h("p", { class: "pending", role: "status" }, "Confirm the claim in your wallet…");
    clear(tx, row);
    const onState = (state, v) => {
      if (state === "pending") clear(row, "Claim sent, waiting to be mined: ", h("code", { class: "hash" }, v));
      if (state === "mined") { row.className = "ok"; clear(row, `Claim mined in block ${v.blockNumber}: `, h("code", { class: "hash" }, v.transactionHash)); }
    };
    try {
      if (items.length === 1) await contracts.claim(items[0], onState);
      else await contracts.claimMany(items, onState);
      const after = await contracts.balance(contracts.account);
      notice("ok", `Claimed ${formatDots(after - before)}.`, "They are in your wallet now.");
      await this.render();
      const done = this.el.querySelector("#tx");
      clear(done, row);
      // CDRAnchor pays against any final root, so a claim built before a newer batch went
      // final succeeds with the older amount: claim the rest once more.
      const rest = retried ? [] : this.items.filter((i) => i.left > 0n && !i.error && items.some((o) => o.operator === i.operator));
      if (rest.length) {
        notice("info", "A newer rewards batch went final while you were claiming.", "Claiming the rest with its proof…");
        return this.claim(rest, true);
      }
    } catch (err) {
      const rev = revertOf(err);
      if (!retried && (rev?.name === "NotNewestFinalBatch" || rev?.name === "InvalidProof")) {
        notice("info", "A newer rewards root went final while you were claiming.", "Rebuilding the proof and trying once more…");
        await this.render();
        const fresh = this.items.filter((i) => i.left > 0n && items.some((o) => o.operator === i.operator));
        return this.claim(fresh, true);
      }
      row.className = "error";
      const e = explain(err, this.app.cfg.rpcUrl);
      clear(row, "Claim failed: ", e.title, " ", e.detail || "", err.txHash ? h("code", { class: "hash" }, " " + err.txHash) : null);
      this.app.fail(err);
    }
  }
}
