// Checks web/src/ipfs.js in Node against a real gateway (run by TestIPFSInNode):
// CIDs round-trip, files of several blocks (CIDv0 dag-pb leaves, CIDv1 raw leaves) come back
// byte for byte, a gateway that alters a block is caught, and random or mutated input to the
// parsers only ever throws an Error (never hangs, never returns garbage as a CID).
// Env: GATEWAY, BAD_GATEWAY, FILES (JSON [{cid, sha256, size}]).
import { parseCID, fetchVerified, decodeDagPB } from "../src/ipfs.js";
import { createHash, randomBytes } from "node:crypto";

const files = JSON.parse(process.env.FILES);
const fail = (m) => { console.error("FAIL: " + m); process.exit(1); };

for (const f of files) {
  const c = parseCID(f.cid);
  if (c.text !== f.cid) fail(`parseCID(${f.cid}).text = ${c.text}`);
  const got = await fetchVerified(process.env.GATEWAY, f.cid);
  const sum = createHash("sha256").update(got).digest("hex");
  if (got.length !== f.size || sum !== f.sha256) fail(`${f.cid}: ${got.length} bytes, sha256 ${sum}; want ${f.size}, ${f.sha256}`);
  console.log(`ok ${f.cid} ${got.length} bytes (v${c.version}, codec 0x${c.codec.toString(16)})`);
  try {
    await fetchVerified(process.env.BAD_GATEWAY, f.cid);
    fail(`${f.cid}: an altered block was accepted`);
  } catch (err) {
    if (!err.tampered) fail(`${f.cid}: altered block: ${err.message}, want a tampering error`);
  }
}

// Random and mutated input: an Error, or a parse of a valid shape.
const seeds = files.map((f) => f.cid);
let threw = 0;
for (let i = 0; i < 20000; i++) {
  let input;
  if (i % 3 === 0) input = randomBytes(i % 64);
  else if (i % 3 === 1) {
    const s = seeds[i % seeds.length].split("");
    s[i % s.length] = "123456789abcdefghijkmnopqrstuvwxyzQm"[i % 36];
    input = s.join("").slice(0, 10 + (i % 50));
  } else input = new Uint8Array(randomBytes(1 + (i % 200)));
  for (const fn of [parseCID, decodeDagPB]) {
    try {
      const r = fn(input);
      if (fn === parseCID && (r.digest.length !== 32 || typeof r.text !== "string")) fail(`parseCID gave ${JSON.stringify(r)}`);
    } catch (err) {
      if (!(err instanceof Error)) fail(`threw a non-Error: ${err}`);
      threw++;
    }
  }
}
console.log(`fuzz: 40000 inputs, ${threw} refused with an Error`);
console.log("ok");
