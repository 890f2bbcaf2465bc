// Fetches a file from an IPFS gateway block by block (trustless: ?format=raw), checking
// every block's hash against its CID, so the bytes are the CID's whatever the gateway is.
// Handles UnixFS files as kubo adds them: CIDv0 or v1, dag-pb nodes, dag-pb or raw leaves,
// sha2-256.
import { UserError } from "./usererror.js";

const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const B32 = "abcdefghijklmnopqrstuvwxyz234567";

function b58decode(s) {
  let n = 0n;
  for (const c of s) {
    const i = B58.indexOf(c);
    if (i < 0) throw new Error("bad base58");
    n = n * 58n + BigInt(i);
  }
  const out = [];
  while (n > 0n) { out.unshift(Number(n & 255n)); n >>= 8n; }
  for (const c of s) { if (c !== "1") break; out.unshift(0); }
  return new Uint8Array(out);
}

function b58encode(b) {
  let n = 0n;
  for (const x of b) n = (n << 8n) | BigInt(x);
  let s = "";
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const x of b) { if (x !== 0) break; s = "1" + s; }
  return s;
}

function b32decode(s) {
  const out = [];
  let bits = 0, v = 0;
  for (const c of s) {
    const i = B32.indexOf(c);
    if (i < 0) throw new Error("bad base32");
    v = (v << 5) | i; bits += 5;
    if (bits >= 8) { out.push((v >> (bits - 8)) & 255); bits -= 8; }
  }
  return new Uint8Array(out);
}

function b32encode(b) {
  let s = "", bits = 0, v = 0;
  for (const x of b) {
    v = (v << 8) | x; bits += 8;
    while (bits >= 5) { s += B32[(v >> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) s += B32[(v << (5 - bits)) & 31];
  return s;
}

function varint(b, pos) {
  let x = 0, shift = 0;
  for (;;) {
    if (pos >= b.length) throw new Error("truncated varint");
    const c = b[pos++];
    x += (c & 0x7f) * 2 ** shift;
    if (c < 0x80) return [x, pos];
    shift += 7;
  }
}

// parseCID gives {version, codec, digest, text} of a CID string or binary CID.
export function parseCID(c) {
  let bytes;
  if (typeof c === "string") {
    if (c.startsWith("Qm") && c.length === 46) bytes = b58decode(c);
    else if (c.startsWith("b")) bytes = b32decode(c.slice(1));
    else throw new UserError(`"${c}" is not a CID this page can check.`);
  } else bytes = c;
  let version = 0, codec = 0x70, pos = 0;
  if (bytes[0] === 0x12 && bytes[1] === 0x20 && bytes.length === 34) {
    version = 0;
  } else {
    [version, pos] = varint(bytes, 0);
    [codec, pos] = varint(bytes, pos);
  }
  const [hashFn, p2] = varint(bytes, pos);
  const [len, p3] = varint(bytes, p2);
  if (hashFn !== 0x12 || len !== 32) throw new UserError("The CID uses a hash function this page cannot check (only sha2-256).");
  if (bytes.length !== p3 + 32 || (version !== 0 && version !== 1)) throw new UserError("That is not a whole CID.");
  const digest = bytes.slice(p3, p3 + 32);
  const text = version === 0 ? b58encode(bytes) : "b" + b32encode(bytes);
  return { version, codec, digest, text };
}

// Protobuf fields of a message: [{num, wire, value}], value a Uint8Array (length-delimited) or number.
function fields(b) {
  const out = [];
  let pos = 0;
  while (pos < b.length) {
    let key;
    [key, pos] = varint(b, pos);
    const num = Math.floor(key / 8), wire = key & 7;
    if (wire === 0) { let v; [v, pos] = varint(b, pos); out.push({ num, wire, value: v }); }
    else if (wire === 2) { let len; [len, pos] = varint(b, pos); out.push({ num, wire, value: b.slice(pos, pos + len) }); pos += len; }
    else throw new Error("unsupported protobuf wire type " + wire);
  }
  return out;
}

export function decodeDagPB(block) {
  const links = [];
  let data = null;
  for (const f of fields(block)) {
    if (f.num === 2) links.push(fields(f.value).find((x) => x.num === 1).value);
    else if (f.num === 1) data = f.value;
  }
  let fileData = new Uint8Array(0);
  if (data) {
    const u = fields(data);
    const type = u.find((x) => x.num === 1)?.value;
    if (type !== 2 && type !== 0) throw new UserError("The CID is not a plain file (UnixFS type " + type + ").");
    fileData = u.find((x) => x.num === 2)?.value || fileData;
  }
  return { links, fileData };
}

async function sha256(b) {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", b));
}

function equal(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

// fetchVerified downloads the file of cid from gateway, checking every block. onProgress
// gets the bytes so far.
export async function fetchVerified(gateway, cid, onProgress = () => {}) {
  if (!gateway) throw new UserError("No IPFS gateway is configured for this page.");
  let total = 0;
  const block = async (c) => {
    let res;
    try {
      res = await fetch(`${gateway}/ipfs/${c.text}?format=raw`, { headers: { Accept: "application/vnd.ipld.raw" } });
    } catch {
      throw new UserError("The IPFS gateway does not answer.", `Check that ${gateway} is running and reachable.`);
    }
    if (!res.ok) throw new UserError(`The IPFS gateway answered ${res.status} for block ${c.text}.`);
    const b = new Uint8Array(await res.arrayBuffer());
    if (!equal(await sha256(b), c.digest)) {
      const e = new UserError("The gateway sent a block that does not match its CID.", `Block ${c.text}: the data was altered on the way.`);
      e.tampered = true;
      throw e;
    }
    return b;
  };
  const walk = async (c) => {
    const b = await block(c);
    if (c.codec === 0x55) { total += b.length; onProgress(total); return [b]; }
    if (c.codec !== 0x70) throw new UserError("The CID is not a UnixFS file.");
    const n = decodeDagPB(b);
    const parts = [n.fileData];
    total += n.fileData.length;
    const kids = [];
    for (let i = 0; i < n.links.length; i += 8) {
      kids.push(...(await Promise.all(n.links.slice(i, i + 8).map((l) => walk(parseCID(l))))));
    }
    onProgress(total);
    return parts.concat(...kids);
  };
  const parts = await walk(parseCID(cid));
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let off = 0;
  for (const p of parts) { out.set(p, off); off += p.length; }
  return out;
}

// cidFromBytes reads a CID stored on chain (the UTF-8 of its text).
export function cidText(hexOrBytes) {
  if (typeof hexOrBytes === "string" && hexOrBytes.startsWith("0x")) {
    const b = new Uint8Array((hexOrBytes.length - 2) / 2);
    for (let i = 0; i < b.length; i++) b[i] = parseInt(hexOrBytes.slice(2 + 2 * i, 4 + 2 * i), 16);
    hexOrBytes = b;
  }
  const t = new TextDecoder().decode(hexOrBytes);
  if (/^(Qm|b)[A-Za-z0-9]+$/.test(t)) return t;
  return parseCID(hexOrBytes).text; // binary CID
}
