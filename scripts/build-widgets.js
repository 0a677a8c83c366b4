#!/usr/bin/env node
// Part of `npm run build` (after `medusa plugin:build`, which empties .medusa/server): writes the
// widget bundles and their manifest to .medusa/server/widgets, where the widget route and the
// package export `medusa-plugin-social-commerce/widgets` find them, plus the type declarations.
"use strict"

const path = require("path")
const { spawnSync } = require("child_process")
const { buildWidgets, writeWidgets } = require("./lib/widgets-build")

const ROOT = path.resolve(__dirname, "..")
const OUT = path.resolve(ROOT, process.argv[2] ?? ".medusa/server/widgets")

async function main() {
  const assets = await buildWidgets()
  writeWidgets(OUT, assets)
  const tsc = spawnSync(
    process.execPath,
    [
      require.resolve("typescript/bin/tsc"),
      "--declaration",
      "--emitDeclarationOnly",
      "--skipLibCheck",
      "--noCheck",
      "--experimentalDecorators",
      "--target",
      "ES2021",
      "--lib",
      "ES2021,DOM,DOM.Iterable",
      "--module",
      "ESNext",
      "--moduleResolution",
      "bundler",
      "--strict",
      "--outDir",
      path.join(OUT, "types"),
      path.join(ROOT, "src", "widgets", "index.ts"),
    ],
    { cwd: ROOT, stdio: "inherit" }
  )
  if (tsc.status !== 0) throw new Error("widget type declarations failed")
  for (const a of assets) console.log(`widgets: ${a.file}  ${a.bytes} B, ${a.gzip_bytes} B gzipped`)
}

main().catch((e) => {
  console.error(e.errors ?? e)
  process.exit(1)
})
