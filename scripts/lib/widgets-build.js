// Bundles the storefront widgets (src/widgets) with esbuild: one self-contained ESM file per
// widget plus one of them all, minified, each named by a hash of its content. Used by
// `scripts/build-widgets.js` (the package build), by the widget route when the plugin runs from
// its TypeScript source (tests, the demo), and by the widgets benchmark.
"use strict"

const crypto = require("crypto")
const fs = require("fs")
const path = require("path")
const zlib = require("zlib")

const SRC = path.join(__dirname, "..", "..", "src", "widgets")

/** Bundle name → entry file. `social-widgets` is every widget, the tracker and `configure`. */
const ENTRIES = {
  "social-widgets": "index.ts",
  "social-share": "share.ts",
  "social-rating": "rating.ts",
  "social-reviews": "reviews.ts",
  "social-referral": "referral.ts",
  "social-rewards": "rewards.ts",
  "social-tracker": "tracker.ts",
}

/**
 * Builds every bundle in memory: `[{ name, hash, file, code, bytes, gzip_bytes, integrity }]`.
 * Targets browsers with custom elements, shadow DOM and ES2020 (every evergreen browser).
 */
async function buildWidgets({ minify = true } = {}) {
  const esbuild = require("esbuild")
  const out = []
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const result = await esbuild.build({
      entryPoints: [path.join(SRC, entry)],
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      target: ["es2020", "chrome90", "firefox92", "safari15"],
      minify,
      legalComments: "none",
      charset: "utf8",
      logLevel: "silent",
      outfile: `${name}.js`,
    })
    const code = Buffer.from(result.outputFiles[0].contents)
    const hash = crypto.createHash("sha256").update(code).digest("hex").slice(0, 16)
    out.push({
      name,
      hash,
      file: `${name}.${hash}.js`,
      code,
      bytes: code.length,
      gzip_bytes: zlib.gzipSync(code, { level: 9 }).length,
      integrity: `sha384-${crypto.createHash("sha384").update(code).digest("base64")}`,
    })
  }
  return out
}

/** The manifest the route and storefronts read: name → hashed file, sizes and SRI. */
function manifestOf(assets) {
  return {
    version: 1,
    files: Object.fromEntries(
      assets.map((a) => [a.name, { file: a.file, hash: a.hash, bytes: a.bytes, gzip_bytes: a.gzip_bytes, integrity: a.integrity }])
    ),
  }
}

/** Writes `<name>.js` (what the package exports), `manifest.json` and a `package.json` marking them ESM into `dir`. */
function writeWidgets(dir, assets) {
  fs.mkdirSync(dir, { recursive: true })
  for (const a of assets) fs.writeFileSync(path.join(dir, `${a.name}.js`), a.code)
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifestOf(assets), null, 2) + "\n")
  // The plugin's package is CommonJS; these files are ES modules, which Node must be told.
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }) + "\n")
}

module.exports = { ENTRIES, buildWidgets, manifestOf, writeWidgets }
