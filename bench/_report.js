// Shared by the benchmarks: writes bench/results/<name>.json and prints it.
"use strict"

const fs = require("fs")
const path = require("path")

function report(name, figures) {
  const dir = path.join(__dirname, "results")
  fs.mkdirSync(dir, { recursive: true })
  const body = { benchmark: name, at: new Date().toISOString(), machine: { cpus: require("os").cpus().length, node: process.version }, ...figures }
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(body, null, 2) + "\n")
  console.log(JSON.stringify(body, null, 2))
  return body
}

/** p-th percentile (0-100) of a list of numbers. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  if (!sorted.length) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]
}

module.exports = { report, percentile }
