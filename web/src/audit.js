// Checks a batch, or one full CDR, in the browser: the batch's root and CID come from the
// chain (RPC, not the indexer), the document from the IPFS gateway checked block by block
// against the CID, and the root is recomputed from the document's values with
// @openzeppelin/merkle-tree.
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { encodePacked, keccak256, getAddress } from "viem";
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
    tree = StandardMerkleTree.load(doc);
    tree.validate(); // recomputes every leaf from its value and every node up to the root
  } catch (err) {
    step(false, `The document's Merkle tree does not match its CDRs: ${err.message}. The document was tampered with.`);
    return { ok: false, steps, doc, info };
  }
  const root = tree.root.toLowerCase();
  if (!step(root === info.cdrRoot.toLowerCase(), root === info.cdrRoot.toLowerCase()
    ? `Recomputed root ${root} equals the root on chain.`
    : `Recomputed root ${root} differs from the root on chain ${info.cdrRoot}: the document is not the anchored batch.`)) {
    return { ok: false, steps, doc, tree, info };
  }
  const meta = doc.operator && getAddress(doc.operator) === getAddress(info.operator) && BigInt(doc.cdrCount) === BigInt(info.cdrCount)
    && BigInt(doc.firstSeq) === BigInt(info.firstSeq) && BigInt(doc.lastSeq) === BigInt(info.lastSeq);
  if (!step(meta, meta ? "Operator, CDR count and sequence range match the chain." : "The document's operator, count or sequence range differ from the chain.")) {
    return { ok: false, steps, doc, tree, info };
  }
  if (Number(info.state) === 3) return { ok: false, steps: [...steps, { ok: false, text: "The batch was invalidated by a dispute." }], doc, tree, info };
  return { ok: true, steps, doc, tree, info };
}

// leafValue is a full CDR's leaf value in the order of the document's leafEncoding
// (CDRLeaf.CDR): numbers become keccak256(number, salt) commitments.
export function leafValue(r) {
  const commit = (n) => keccak256(encodePacked(["string", "bytes32"], [n, r.salt]));
  return [getAddress(r.operator), String(r.seq), r.callId, commit(r.caller), commit(r.callee), String(r.setupTime), String(r.answerTime),
    String(r.endTime), String(r.billableSeconds), String(r.sipStatus), String(r.q850Cause), getAddress(r.origOperator), getAddress(r.termOperator), String(r.mos || 0)];
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
  const mine = res.tree.leafHash(leafValue(rec));
  const theirs = res.tree.leafHash(res.doc.values.find((v) => BigInt(v.value[1]) === BigInt(rec.seq)).value);
  if (mine !== theirs) {
    steps.push({ ok: false, text: `This CDR (seq ${rec.seq}) differs from the one in the anchored batch: leaf ${mine}, batch has ${theirs}.` });
    return { ...res, ok: false };
  }
  const proof = res.tree.getProof(leafValue(rec));
  const ok = StandardMerkleTree.verify(res.info.cdrRoot, res.doc.leafEncoding, leafValue(rec), proof);
  steps.push({ ok, text: ok ? `The CDR (seq ${rec.seq}) is in the batch: its proof reaches the root on chain.` : "The CDR's proof does not reach the root on chain." });
  return { ...res, ok };
}
