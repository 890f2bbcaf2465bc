// The indexer's HTTP API (same origin unless the config names another). Answers are
// indexer/apitypes's types: camelCase fields, amounts as decimal strings, a CID as its text.
import { UserError } from "./errors.js";

export class Indexer {
  constructor(cfg) {
    this.base = (cfg.indexerUrl || "").replace(/\/$/, "");
  }

  async get(path) {
    let res;
    try {
      res = await fetch(this.base + path, { headers: { Accept: "application/json" } });
    } catch (err) {
      throw new UserError("The indexer does not answer.", "Reload in a moment; claims can also be built from the documents on IPFS.");
    }
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new UserError(`The indexer answered ${res.status}: ${body.error || res.statusText}.`);
    return body;
  }

  rewards(account) { return this.get(`/v1/rewards/${account}`); }
  batches(after, limit = 20) { return this.get(`/v1/batches?limit=${limit}${after ? "&after=" + encodeURIComponent(after) : ""}`); }
  batch(id) { return this.get(`/v1/batches/${id}`); }
  health() { return this.get("/healthz"); }
}
