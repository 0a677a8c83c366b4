#!/usr/bin/env node
// The typed client (src/client) and the OpenAPI document in the package.
//
//   node scripts/client.js types    regenerate src/client/openapi.ts from the document
//   node scripts/client.js check    exit 1 when src/client/openapi.ts is not what `types` writes
//   node scripts/client.js build    after `medusa plugin:build`: .medusa/server/openapi.json and
//                                   the client as ESM, CJS and .d.ts in .medusa/server/client/
"use strict"

const fs = require("fs")
const path = require("path")
const { spawnSync } = require("child_process")
const { clientTypesSource } = require("./lib/client-types")

const ROOT = path.resolve(__dirname, "..")
const OUT = path.join(ROOT, ".medusa/server/client")

function documentFromSource() {
  require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } })
  return require(path.join(ROOT, "src/api/openapi/document.ts")).buildOpenApiDocument()
}

const TYPES = path.join(ROOT, "src/client/openapi.ts")

async function types() {
  fs.writeFileSync(TYPES, await clientTypesSource(documentFromSource()))
  console.log(`[client] wrote ${path.relative(ROOT, TYPES)}`)
}

async function check() {
  const fresh = await clientTypesSource(documentFromSource())
  if (!fs.existsSync(TYPES) || fs.readFileSync(TYPES, "utf8") !== fresh) {
    throw new Error("src/client/openapi.ts is stale: run `node scripts/client.js types` and commit it")
  }
  console.log("[client] src/client/openapi.ts matches the document")
}

async function build() {
  const built = path.join(ROOT, ".medusa/server/src/api/openapi/document.js")
  if (!fs.existsSync(built)) {
    throw new Error("run `medusa plugin:build` first (npm run build does both)")
  }
  const version = require(path.join(ROOT, "package.json")).version
  const doc = require(built).buildOpenApiDocument({ version })
  fs.writeFileSync(path.join(ROOT, ".medusa/server/openapi.json"), JSON.stringify(doc, null, 2))

  // The client bundles nothing but its own files: no runtime dependency, no Node built-in
  // (platform "neutral" fails the build on any `require("fs")`-like import).
  const esbuild = require("esbuild")
  fs.rmSync(OUT, { recursive: true, force: true })
  for (const [format, ext] of [["esm", "mjs"], ["cjs", "cjs"]]) {
    esbuild.buildSync({
      entryPoints: [path.join(ROOT, "src/client/index.ts")],
      outfile: path.join(OUT, `index.${ext}`),
      bundle: true,
      format,
      platform: "neutral",
      target: "es2020",
      legalComments: "none",
      logLevel: "warning",
    })
  }
  // Declarations: the client's own files only; its types come from the generated openapi.ts.
  const tsc = spawnSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", path.join(ROOT, "src/client/tsconfig.json"), "--outDir", OUT],
    { cwd: ROOT, stdio: "inherit" }
  )
  if (tsc.status !== 0) throw new Error("client declarations failed")
  // Relative imports with their extension, as ESM resolution (node16/nodenext) wants them.
  for (const file of fs.readdirSync(OUT).filter((f) => f.endsWith(".d.ts"))) {
    const full = path.join(OUT, file)
    fs.writeFileSync(full, fs.readFileSync(full, "utf8").replace(/(from\s+["'])(\.\/[^"']+?)(["'])/g, (_m, a, p, b) => `${a}${p}.js${b}`))
  }
  fs.copyFileSync(path.join(OUT, "index.d.ts"), path.join(OUT, "index.d.cts"))
  fs.copyFileSync(path.join(OUT, "index.d.ts"), path.join(OUT, "index.d.mts"))
  console.log(`[client] wrote .medusa/server/openapi.json and ${path.relative(ROOT, OUT)}/ (esm, cjs, d.ts)`)
}

const command = process.argv[2]
const job = { types, check, build }[command]
if (!job) {
  console.error("usage: node scripts/client.js types|check|build")
  process.exit(2)
}
job().catch((e) => {
  console.error(`[client] ${e.message}`)
  process.exit(1)
})
