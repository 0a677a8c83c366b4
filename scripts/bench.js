#!/usr/bin/env node
// `npm run bench -- <name>` runs bench/<name>.js. Each benchmark prints its figures and writes
// them as JSON to bench/results/<name>.json (git-ignored). Benchmarks that need a database get
// an embedded PostgreSQL unless DB_HOST names one.
"use strict"

const fs = require("fs")
const path = require("path")

const name = process.argv[2]
const dir = path.join(__dirname, "..", "bench")
const available = fs.readdirSync(dir).filter((f) => f.endsWith(".js") && !f.startsWith("_")).map((f) => f.slice(0, -3))
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <name>\navailable: ${available.join(", ") || "(none yet)"}`)
  process.exit(2)
}
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
require(path.join(dir, `${name}.js`))
