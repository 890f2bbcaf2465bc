// Auditor view: batches (paged), one batch's detail, and verification in this browser of a
// batch or of a dropped full CDR file.
import { h, clear, busy, notice } from "./ui.js";
import { formatCount, formatTime, formatDuration, shortAddr } from "./format.js";
import { explain } from "./errors.js";
import { verifyBatch, verifyCDR } from "./audit.js";

export class AuditorView {
  constructor(app, el) {
    this.app = app;
    this.el = el;
    this.cursors = [""]; // cursor of each page seen
    this.page = 0;
  }

  async render() {
    const { indexer } = this.app;
    const gen = (this.gen = (this.gen || 0) + 1);
    const table = h("div", { id: "batches" }, h("p", { class: "muted" }, "Loading batches…"));
    const detail = h("div", { id: "batch-detail" });
    const drop = this.dropZone();
    clear(this.el, h("h2", {}, "Audit batches"),
      h("p", {}, "Every batch of call records is anchored on chain with its Merkle root, and its document is on IPFS. Check any of them here: this browser fetches the document from the gateway, checks its CID, recomputes the root and compares it with the root on chain."),
      table, detail, drop);
    this.detail = detail;
    let res;
    try {
      res = await indexer.batches(this.cursors[this.page], 20);
    } catch (err) {
      const e = explain(err);
      if (gen !== this.gen) return;
      return clear(table, h("p", { class: "error" }, e.title, " ", e.detail || ""));
    }
    if (gen !== this.gen) return;
    const rows = res.data || [];
    if (res.next) this.cursors[this.page + 1] = res.next;
    clear(table,
      rows.length ? h("table", { class: "list" },
        h("caption", {}, `Batches, page ${this.page + 1}`),
        h("thead", {}, h("tr", {}, ["Batch", "State", "Operator", "CDRs", "Seconds", "CID", ""].map((t) => h("th", {}, t)))),
        h("tbody", {}, rows.map((b) => {
          const id = b.batchId;
          const cid = b.cid || "";
          return h("tr", { "data-batch": String(id) },
            h("td", { "data-label": "Batch" }, String(id)),
            h("td", { "data-label": "State" }, h("span", { class: "state " + b.state }, b.state)),
            h("td", { "data-label": "Operator" }, h("code", { title: b.operator }, shortAddr(b.operator))),
            h("td", { "data-label": "CDRs" }, formatCount(b.cdrCount || 0)),
            h("td", { "data-label": "Seconds" }, formatCount(b.billableSeconds || 0)),
            h("td", { "data-label": "CID" }, h("code", { title: cid }, cid.slice(0, 12) + "…")),
            h("td", {}, h("button", { class: "small", onclick: () => this.show(b) }, "Details")));
        }))) : h("p", {}, "No batch is anchored yet."),
      h("div", { class: "row pager" },
        h("button", { disabled: this.page === 0, onclick: () => { this.page--; this.render(); } }, "Previous page"),
        h("button", { disabled: !res.next, onclick: () => { this.page++; this.render(); } }, "Next page")));
  }

  show(b) {
    const id = b.batchId;
    const result = h("div", { class: "verify-result", "aria-live": "polite" });
    const dl = (k, v) => [h("dt", {}, k), h("dd", {}, v)];
    clear(this.detail, h("section", { class: "detail" },
      h("h3", {}, `Batch ${id}`),
      h("dl", {},
        dl("State", b.state), dl("Operator", h("code", {}, b.operator)),
        dl("CDRs", `${formatCount(b.cdrCount || 0)} (seq ${b.firstSeq}–${b.lastSeq})`),
        dl("Billable time", formatDuration(b.billableSeconds || 0)),
        dl("Root", h("code", {}, b.cdrRoot || "")), dl("CID", h("code", {}, b.cid || "")),
        dl("Final at", formatTime(b.finalAt)), dl("Confirmations", String(b.confirmations ?? ""))),
      h("button", { class: "primary", id: "verify", onclick: (e) => busy(e.target, () => this.verify(result, (p) => verifyBatch(this.app.contracts, this.app.cfg.gatewayUrl, id, p))) }, "Verify in this browser"),
      result));
    this.detail.scrollIntoView({ block: "nearest" });
  }

  async verify(out, fn, what = "the document is the anchored batch") {
    const progress = h("p", { class: "muted" }, "Checking…");
    clear(out, progress);
    try {
      const res = await fn((n) => clear(progress, typeof n === "string" ? n : `Fetched ${formatCount(n)} bytes, each block checked against the CID…`));
      clear(out,
        h("p", { class: res.ok ? "verdict ok" : "verdict error", role: "status" }, res.ok ? `✓ Valid: ${what}.` : "✗ Not valid."),
        h("ul", { class: "steps" }, res.steps.map((s) => h("li", { class: s.ok ? "ok" : "error" }, (s.ok ? "✓ " : "✗ ") + s.text))));
    } catch (err) {
      const e = explain(err, this.app.cfg.rpcUrl);
      clear(out, h("p", { class: "verdict error", role: "alert" }, e.title, " ", e.detail || ""));
    }
  }

  dropZone() {
    const out = h("div", { class: "verify-result", id: "cdr-result", "aria-live": "polite" });
    const input = h("input", { type: "file", id: "cdr-file", accept: "application/json,.json" });
    const check = (file) => this.verify(out, async (p) => verifyCDR(this.app.contracts, this.app.cfg.gatewayUrl, await file.text(), p), "this call record is in the anchored batch, unchanged");
    input.onchange = () => input.files[0] && check(input.files[0]);
    const zone = h("label", { class: "drop", for: "cdr-file" }, "Drop a CDR file here (JSON as the oracle gives it), or choose one", input);
    zone.ondragover = (e) => { e.preventDefault(); zone.classList.add("over"); };
    zone.ondragleave = () => zone.classList.remove("over");
    zone.ondrop = (e) => { e.preventDefault(); zone.classList.remove("over"); const f = e.dataTransfer.files[0]; if (f) check(f); else notice("error", "Drop a file."); };
    return h("section", {}, h("h3", {}, "Check one call record"), zone, out);
  }
}
