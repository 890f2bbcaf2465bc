// Checks a batch, or one full CDR, in the browser: the batch's root and CID come from the
// chain (RPC, not the indexer), the document from the IPFS gateway checked block by block
// against the CID, and the root is recomputed from the document's values with
// @openzeppelin/merkle-tree.
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { makeMerkleTree, getProof, processProof } from "@openzeppelin/merkle-tree/dist/core.js";
import { encodePacked, encodeAbiParameters, keccak256, getAddress, hexToBytes, concatBytes } from "viem";
import { fetchVerified, cidText } from "./ipfs.js";
import { UserError } from "./errors.js";

const STATES = ["unknown", "pending", "final", "invalidated"];
export const stateName = (s) => STATES[Number(s)] || String(s);

// verifyBatch gives {ok, steps: [{ok, text}], doc, tree, info} for batch id.
export async function verifyBatch(contracts, gateway, id, onProgress) {
  const steps = [];
  const step = (ok, text) => { steps.push({ ok, text }); return ok; };
  const info = await contracts.batch(id);
  const ev = await contracts.anchored(id);
  const cid = cidText(ev.cid);
  step(true, `On chain: batch ${id} of operator ${info.operator}, root ${info.cdrRoot}, ${info.cdrCount} CDRs (seq ${info.firstSeq}-${info.lastSeq}), ${stateName(info.state)}.`);
  let bytes;
  try {
    bytes = await fetchVerified(gateway, cid, onProgress);
  } catch (err) {
    if (err.tampered) return { ok: false, steps: [...steps, { ok: false, text: err.userMessage + " " + err.detail }] };
    throw err;
  }
  step(true, `Fetched the document (${bytes.length.toLocaleString("en-US")} bytes) from the gateway; every block matches CID ${cid}.`);
  let doc;
  try {
    doc = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { ok: false, steps: [...steps, { ok: false, text: "The document is not JSON." }] };
  }
  let tree;
  try {
    tree = await recompute(doc, onProgress);
  } catch (err) {
    step(false, `The document is not a StandardMerkleTree dump of CDRs: ${err.message}.`);
    return { ok: false, steps, doc, info };
  }
  const root = tree.root.toLowerCase();
  const onChain = info.cdrRoot.toLowerCase();
  if (root !== onChain) {
    step(false, String(doc.tree?.[0]).toLowerCase() === onChain
      ? `The document's CDRs do not hash to its own tree: recomputed root ${root}, the document and the chain say ${onChain}. The document was tampered with.`
      : `Recomputed root ${root} differs from the root on chain ${onChain}: the document is not the anchored batch.`);
    return { ok: false, steps, doc, tree, info };
  }
  step(true, `Recomputed the root from the ${doc.values.length.toLocaleString("en-US")} CDRs with @openzeppelin/merkle-tree: ${root}, the root on chain.`);
  const meta = doc.operator && getAddress(doc.operator) === getAddress(info.operator) && BigInt(doc.cdrCount) === BigInt(info.cdrCount)
    && BigInt(doc.firstSeq) === BigInt(info.firstSeq) && BigInt(doc.lastSeq) === BigInt(info.lastSeq);
  if (!step(meta, meta ? "Operator, CDR count and sequence range match the chain." : "The document's operator, count or sequence range differ from the chain.")) {
    return { ok: false, steps, doc, tree, info };
  }
  if (Number(info.state) === 3) return { ok: false, steps: [...steps, { ok: false, text: "The batch was invalidated by a dispute." }], doc, tree, info };
  return { ok: true, steps, doc, tree, info };
}

// SIDES maps a full CDR's side (which operator wrote it) to its uint8 in the leaf.
const SIDES = { originating: "1", terminating: "2" };

// leafValue is a full CDR's leaf value in the order of the document's leafEncoding
// (CDRLeaf.CDR): numbers become keccak256(number, salt) commitments, the side its uint8.
export function leafValue(r) {
  const commit = (n) => keccak256(encodePacked(["string", "bytes32"], [n, r.salt]));
  const side = SIDES[r.side];
  if (!side) throw new Error(`the CDR's side ${JSON.stringify(r.side)} is not "originating" or "terminating"`);
  return [getAddress(r.operator), String(r.seq), r.callId, commit(r.caller), commit(r.callee), String(r.setupTime), String(r.answerTime),
    String(r.endTime), String(r.billableSeconds), String(r.sipStatus), String(r.q850Cause), getAddress(r.origOperator), getAddress(r.termOperator),
    String(r.mos || 0), side];
}

// word is the 32-byte ABI encoding of one static value.
function word(type, v) {
  const w = new Uint8Array(32);
  if (type === "address" || type === "bytes32") {
    const b = hexToBytes(v);
    w.set(b, type === "address" ? 12 : 0);
    if (b.length !== (type === "address" ? 20 : 32)) throw new Error(`bad ${type} ${v}`);
    return w;
  }
  let n = BigInt(v);
  if (n < 0n) n += 1n << 256n;
  for (let i = 31; i >= 0 && n > 0n; i--, n >>= 8n) w[i] = Number(n & 255n);
  return w;
}

const STATIC = /^(address|bytes32|u?int(8|16|32|64|128|256)|bool)$/;

// leafHasher gives the StandardMerkleTree leaf hash, keccak256(keccak256(abi.encode(value))),
// fast for static types (the library's own encoder takes milliseconds per leaf), and checks
// itself against the library on the first value.
function leafHasher(encoding, first) {
  const fast = encoding.every((t) => STATIC.test(t));
  const params = encoding.map((type) => ({ type }));
  const hash = fast
    ? (v) => keccak256(keccak256(concatBytes(v.map((x, i) => word(encoding[i], encoding[i] === "bool" ? (x ? 1 : 0) : x))), "bytes"))
    : (v) => keccak256(keccak256(encodeAbiParameters(params, v.map((x, i) => (/int/.test(encoding[i]) ? BigInt(x) : x))), "bytes"));
  if (first && hash(first) !== StandardMerkleTree.of([first], encoding).root) throw new Error("the page's leaf hashing differs from the library's");
  return hash;
}

// recompute rebuilds a StandardMerkleTree from a dump's values alone (leaves sorted, as
// the library's of() does), ignoring the dump's own tree. {root, leaves (sorted), tree, hash}.
async function recompute(doc, onProgress = () => {}) {
  if (doc.format !== "standard-v1" || !Array.isArray(doc.leafEncoding) || !Array.isArray(doc.values) || doc.values.length === 0) {
    throw new Error("no standard-v1 format, leafEncoding or values");
  }
  const hash = leafHasher(doc.leafEncoding, doc.values[0].value);
  const leaves = [];
  for (let i = 0; i < doc.values.length; i++) {
    leaves.push(hash(doc.values[i].value));
    if (i % 2000 === 1999) {
      onProgress(`Hashed ${(i + 1).toLocaleString("en-US")} of ${doc.values.length.toLocaleString("en-US")} CDRs…`);
      await new Promise((r) => setTimeout(r, 0));
    }
  }
  const sorted = [...leaves].sort();
  const tree = makeMerkleTree(sorted);
  return { root: tree[0], sorted, tree, hash, leaves };
}

// verifyCDR checks a full CDR file (as the oracle's /v1/cdrs gives it) against its batch.
export async function verifyCDR(contracts, gateway, text, onProgress) {
  let full;
  try {
    full = JSON.parse(text);
  } catch {
    throw new UserError("The file is not JSON: drop a CDR file as the oracle gives it.");
  }
  const rec = full.cdr;
  const batchId = full.chainBatchId;
  if (!rec || !batchId) throw new UserError("The file names no CDR or no on-chain batch (chainBatchId): its batch is not anchored yet.");
  const res = await verifyBatch(contracts, gateway, batchId, onProgress);
  if (!res.ok) return res;
  const steps = res.steps;
  const i = Number(BigInt(rec.seq) - BigInt(res.info.firstSeq));
  if (i < 0 || i >= Number(res.info.cdrCount)) {
    steps.push({ ok: false, text: `Seq ${rec.seq} is outside the batch's range.` });
    return { ...res, ok: false };
  }
  const t = res.tree;
  const mine = t.hash(leafValue(rec));
  const theirs = t.leaves[res.doc.values.findIndex((v) => BigInt(v.value[1]) === BigInt(rec.seq))];
  if (mine !== theirs) {
    steps.push({ ok: false, text: `This CDR (seq ${rec.seq}) differs from the one in the anchored batch: leaf ${mine}, batch has ${theirs}.` });
    return { ...res, ok: false };
  }
  const proof = getProof(t.tree, t.tree.length - 1 - t.sorted.indexOf(mine));
  const ok = processProof(mine, proof) === res.info.cdrRoot.toLowerCase();
  steps.push({ ok, text: ok ? `The CDR (seq ${rec.seq}) is in the batch: its proof reaches the root on chain.` : "The CDR's proof does not reach the root on chain." });
  return { ...res, ok };
}

// rewardsFromIPFS finds what account can claim without the indexer: for every operator
// ever registered, its newest final batch (from the chain), that batch's document and the
// rewards document it names (from the gateway, checked against their CIDs), the rewards
// tree recomputed and compared with the root on chain, and the account's proof, which
// CDRAnchor.verifyReward must accept.
export async function rewardsFromIPFS(contracts, gateway, account, onProgress = () => {}) {
  const out = [];
  const json = (b) => JSON.parse(new TextDecoder().decode(b));
  for (const operator of await contracts.operatorsEver()) {
    const batchId = await contracts.latestFinalBatch(operator);
    if (batchId === 0n) continue;
    const item = { operator, batchId, account };
    out.push(item);
    try {
      onProgress(`Reading batch ${batchId} of ${operator}…`);
      const info = await contracts.batch(batchId);
      const ev = await contracts.anchored(batchId);
      const doc = json(await fetchVerified(gateway, cidText(ev.cid)));
      if (!doc.rewardsCid) throw new UserError("Its batch document names no rewards document.");
      const rdoc = json(await fetchVerified(gateway, doc.rewardsCid));
      const t = await recompute(rdoc);
      if (t.root !== info.rewardsRoot.toLowerCase()) throw new UserError("Its rewards document does not match the rewards root on chain.");
      const i = rdoc.values.findIndex((v) => String(v.value[0]).toLowerCase() === account.toLowerCase());
      if (i < 0) { item.cumulativeAmount = 0n; item.proof = []; continue; }
      item.cumulativeAmount = BigInt(rdoc.values[i].value[1]);
      item.proof = getProof(t.tree, t.tree.length - 1 - t.sorted.indexOf(t.leaves[i]));
      item.verified = await contracts.read("cdrAnchor", "verifyReward", [batchId, account, item.cumulativeAmount, item.proof]);
      if (!item.verified) throw new UserError("CDRAnchor.verifyReward refuses the proof built from the document.");
    } catch (err) {
      item.error = err.userMessage || err.message;
    }
  }
  return out;
}
