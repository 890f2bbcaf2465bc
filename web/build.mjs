// Builds web/dist/app.js from web/src/ with esbuild. The contracts' ABIs come from the
// committed Go bindings (bindings/*/*.go, generated from forge's artifacts), so an ABI
// change is a `bash scripts/gen-bindings.sh && node web/build.mjs`.
//
//   node web/build.mjs          write web/dist/app.js
//   node web/build.mjs --check  exit 1 when web/dist/app.js differs from a fresh build
import { build } from "esbuild";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const web = dirname(fileURLToPath(import.meta.url));
const root = join(web, "..");
const out = join(web, "dist", "app.js");

// The ABI JSON inside an abigen v2 binding: `ABI: "..."` (a Go string literal, which is a
// valid JSON string).
function abiOf(pkg) {
  const src = readFileSync(join(root, "bindings", pkg, pkg + ".go"), "utf8");
  const m = src.match(/\bABI: ("(?:[^"\\]|\\.)*")/);
  if (!m) throw new Error(`bindings/${pkg}: no ABI literal found`);
  return JSON.parse(JSON.parse(m[1]));
}

const abis = {
  name: "abis",
  setup(b) {
    b.onResolve({ filter: /^dots:abis$/ }, () => ({ path: "abis", namespace: "dots" }));
    b.onLoad({ filter: /.*/, namespace: "dots" }, () => ({
      contents: "export default " + JSON.stringify({
        cdrAnchor: abiOf("cdranchor"),
        numberRegistry: abiOf("numberregistry"),
        rewardToken: abiOf("rewardtoken"),
        stealthRegistry: abiOf("stealthregistry"),
        stealthSweeper: abiOf("stealthsweeper"),
      }),
      loader: "js",
      watchFiles: ["cdranchor", "numberregistry", "rewardtoken", "stealthregistry", "stealthsweeper"].map((p) => join(root, "bindings", p, p + ".go")),
    }));
  },
};

const res = await build({
  entryPoints: [join(web, "src", "main.js")],
  bundle: true,
  format: "esm",
  target: ["es2022"],
  minify: true,
  legalComments: "none",
  write: false,
  plugins: [abis],
  logLevel: "warning",
});
const js = res.outputFiles[0].text;
if (process.argv.includes("--check")) {
  let old = "";
  try { old = readFileSync(out, "utf8"); } catch {}
  if (old !== js) {
    console.error("web/dist/app.js is stale: run `node web/build.mjs` and commit it");
    process.exit(1);
  }
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, js);
  console.log(`web/dist/app.js: ${js.length} bytes`);
}
