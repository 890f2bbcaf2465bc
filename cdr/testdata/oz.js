// Cross-check helper for the Go tests: runs @openzeppelin/merkle-tree on the values the
// Go test sends on stdin and writes what the library computes to stdout.
//
// Input:  {"leafEncoding": [...], "values": [[...], ...], "proofs": [i, ...],
//          "multiproofs": [[i, ...], ...], "goDump": <a dump or document written by Go>,
//          "bench": false}
// Output: {"dump": <JSON.stringify(tree.dump())>, "root": "0x..", "proofs": [[..]],
//          "multiproofs": [{"leaves": [values], "proof": [..], "proofFlags": [..]}],
//          "goDumpRoot": "0x.." (StandardMerkleTree.load of goDump), "goDumpVerified": bool,
//          "buildMillis": n}
// Run with the repository root as working directory (or NODE_PATH=<root>/node_modules).
'use strict';
const { StandardMerkleTree } = require('@openzeppelin/merkle-tree');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', c => (input += c));
process.stdin.on('end', () => {
  const req = JSON.parse(input);
  const out = {};
  const t0 = process.hrtime.bigint();
  const tree = StandardMerkleTree.of(req.values, req.leafEncoding);
  out.buildMillis = Number(process.hrtime.bigint() - t0) / 1e6;
  out.root = tree.root;
  if (req.bench) {
    process.stdout.write(JSON.stringify(out));
    return;
  }
  out.dump = JSON.stringify(tree.dump());
  out.proofs = (req.proofs || []).map(i => tree.getProof(i));
  out.multiproofs = (req.multiproofs || []).map(ix => tree.getMultiProof(ix));
  if (req.goDump) {
    const loaded = StandardMerkleTree.load(req.goDump);
    out.goDumpRoot = loaded.root;
    // Values of the Go dump prove against its root with the library's own proofs
    // (the first 64: the library's abi encoder is slow).
    let ok = true;
    for (const [i, v] of loaded.entries()) {
      if (i >= 64) break;
      if (!StandardMerkleTree.verify(loaded.root, loaded.leafEncoding, v, loaded.getProof(i))) ok = false;
    }
    out.goDumpVerified = ok;
  }
  process.stdout.write(JSON.stringify(out));
});
