// Builds and starts the demo storefront (demo/storefront/): esbuild compiles its TypeScript once
// at start, the server for Node and the page script for the browser, into the demo's data folder.
"use strict"

const fs = require("fs")
const path = require("path")

const SOURCE = path.resolve(__dirname, "..", "..", "demo", "storefront")

async function buildStorefront(outDir) {
  const esbuild = require("esbuild")
  fs.mkdirSync(outDir, { recursive: true })
  const common = { bundle: true, logLevel: "warning", legalComments: "none" }
  await Promise.all([
    esbuild.build({ ...common, entryPoints: [path.join(SOURCE, "server.ts")], outfile: path.join(outDir, "server.js"), platform: "node", target: "node20", format: "cjs" }),
    esbuild.build({ ...common, entryPoints: [path.join(SOURCE, "browser", "app.ts")], outfile: path.join(outDir, "app.js"), platform: "browser", target: "es2020", format: "esm", minify: true }),
  ])
  fs.copyFileSync(path.join(SOURCE, "style.css"), path.join(outDir, "style.css"))
  return outDir
}

/** Builds, then listens on `port`; resolves to the server (close it to stop). */
async function startStorefront({ port, medusaUrl, publishableKey, outDir }) {
  await buildStorefront(outDir)
  const { startStorefront: start } = require(path.join(outDir, "server.js"))
  return start({ port, medusaUrl, publishableKey, assetsDir: outDir })
}

module.exports = { buildStorefront, startStorefront }
