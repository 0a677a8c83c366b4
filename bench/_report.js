// Shared by the benchmarks: writes bench/results/<name>.json and prints it.
//
// The common shape of a result file (scripts/bench-docs.js turns every file of this shape into
// docs/benchmarks.md; keys it does not know are listed there as they are):
//
//   {
//     "benchmark": "share-redirect",          // the name: `npm run bench -- <benchmark>`
//     "at": "2026-12-05T06:00:00.000Z",       // when the run ended (ISO 8601)
//     "machine": { "cpus": 2, "cpu_model": "...", "memory_gb": 8, "node": "v20.20.0",
//                  "platform": "linux", "load_average_1m": 1.9 },
//     "description": "what the headline measures, end to end, in one or two sentences",
//     "baseline": "what the headline is compared with in the same run (or null)",
//     "headline": ["ratio_vs_health", "p99_ms"],   // the figures a reader looks at first
//     "targets": { "ratio_vs_health": ">= 0.8", "lost_clicks": "= 0" },
//     ...figures                              // numbers, strings or nested objects
//   }
//
// Targets are "<op> <number>" with op one of <=, <, >=, >, = (a bare number means "="), keyed by
// a figure's path (dots for nested figures: "report_p50_ms_by_group.product"). A figure may
// also be compared with another figure of the same run: "<= 1.5 * health_p99_ms".
// `report(name, figures)` fills benchmark, at and machine; the rest comes from `figures`.
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")

function machine() {
  const cpus = os.cpus()
  return {
    cpus: cpus.length,
    cpu_model: cpus[0]?.model?.trim() ?? "unknown",
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    load_average_1m: Math.round(os.loadavg()[0] * 10) / 10,
  }
}

function report(name, figures) {
  const dir = path.join(__dirname, "results")
  fs.mkdirSync(dir, { recursive: true })
  const body = { benchmark: name, at: new Date().toISOString(), machine: machine(), ...figures }
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

/** The value at a dotted path of a result ("a.b.c"), or undefined. */
function figureAt(result, key) {
  return key.split(".").reduce((v, k) => (v && typeof v === "object" ? v[k] : undefined), result)
}

/**
 * Checks a target against a result: { value, limit, met } (met is null when the figure is
 * missing or the target cannot be read).
 */
function checkTarget(result, key, target) {
  const value = figureAt(result, key)
  const text = String(target).trim()
  const m = /^(<=|>=|<|>|=)?\s*(-?[\d.]+)\s*(?:\*\s*([\w.]+))?$/.exec(text)
  if (!m || typeof value !== "number") {
    return { value, limit: null, met: null }
  }
  const op = m[1] ?? "="
  let limit = Number(m[2])
  if (m[3]) {
    const other = figureAt(result, m[3])
    if (typeof other !== "number") return { value, limit: null, met: null }
    limit = limit * other
  }
  const met = { "<=": value <= limit, "<": value < limit, ">=": value >= limit, ">": value > limit, "=": value === limit }[op]
  return { value, limit: Math.round(limit * 1000) / 1000, met }
}

module.exports = { report, percentile, figureAt, checkTarget }
