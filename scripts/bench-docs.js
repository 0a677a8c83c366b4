#!/usr/bin/env node
// `node scripts/bench-docs.js`: writes docs/benchmarks.md from bench/results/*.json. Every result
// file of the common shape (described in bench/_report.js) gets a section: its command, what its
// headline measures, its baseline, its targets met or missed with the figures, every other
// figure, and the date and machine of the run. `--check` exits 1 when the file on disk differs
// from what the results give (a stale page).
"use strict"

const fs = require("fs")
const path = require("path")
const { checkTarget, figureAt } = require("../bench/_report")

const ROOT = path.resolve(__dirname, "..")
const RESULTS = path.join(ROOT, "bench", "results")
const OUT = path.join(ROOT, "docs", "benchmarks.md")
const SHAPE_KEYS = new Set(["benchmark", "at", "machine", "description", "baseline", "headline", "targets", "limits"])

/** Every leaf of a result as [dotted path, value], skipping the keys of the common shape. */
function leaves(value, prefix = "") {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => (!prefix && SHAPE_KEYS.has(k) ? [] : leaves(v, prefix ? `${prefix}.${k}` : k)))
  }
  return [[prefix, value]]
}

const cell = (v) => {
  if (v === undefined) return "(missing)"
  if (v === null) return "null"
  const text = Array.isArray(v) ? v.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join(", ") : typeof v === "object" ? JSON.stringify(v) : String(v)
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ")
}

/** The targets of a result: `targets`, or `limits` as older results named them. */
function targetsOf(result) {
  return { ...(result.limits ?? {}), ...(result.targets ?? {}) }
}

function machineLine(m) {
  if (!m || typeof m !== "object") return "unknown machine"
  const parts = [
    m.cpus !== undefined ? `${m.cpus} CPU${m.cpus === 1 ? "" : "s"}` : null,
    m.cpu_model ?? null,
    m.memory_gb !== undefined ? `${m.memory_gb} GB` : null,
    m.platform ?? null,
    m.node ? `Node ${m.node}` : null,
    m.load_average_1m !== undefined ? `load average ${m.load_average_1m} at the end` : null,
  ]
  return parts.filter(Boolean).join(", ")
}

/** The markdown section of one result. */
function section(result) {
  const name = result.benchmark
  const lines = [`## ${name}`, "", `Command: \`npm run bench -- ${name}\``, ""]
  lines.push(`What the headline measures: ${result.description ?? "(not described in the result file)"}`, "")
  lines.push(`Baseline: ${result.baseline ?? "(none stated)"}`, "")
  lines.push(`Latest run: ${result.at ?? "(no date)"} on ${machineLine(result.machine)}.`, "")
  const targets = targetsOf(result)
  const headline = Array.isArray(result.headline) ? result.headline : []
  const keys = [...new Set([...headline, ...Object.keys(targets)])]
  if (keys.length) {
    lines.push("| figure | latest | target | |", "|---|---|---|---|")
    for (const key of keys) {
      const target = targets[key]
      const check = target === undefined ? null : checkTarget(result, key, target)
      const verdict = !check ? "" : check.met === true ? "met" : check.met === false ? "**missed**" : "not checked"
      const limit = target === undefined ? "" : check?.limit !== null && /\*/.test(String(target)) ? `${target} (= ${check.limit})` : String(target)
      lines.push(`| ${key} | ${cell(figureAt(result, key))} | ${cell(limit)} | ${verdict} |`)
    }
    lines.push("")
  }
  const shown = new Set(keys)
  const rest = leaves(result).filter(([k]) => !shown.has(k))
  if (rest.length) {
    lines.push("<details><summary>Every figure of the run</summary>", "", "| figure | value |", "|---|---|")
    for (const [k, v] of rest) lines.push(`| ${k} | ${cell(v)} |`)
    lines.push("", "</details>", "")
  }
  return lines.join("\n")
}

/** The whole page from a list of parsed results (and the names of files that could not be read). */
function render(results, unreadable = []) {
  const out = [
    "# Benchmarks",
    "",
    "<!-- Written by `node scripts/bench-docs.js` from bench/results/*.json: edit the benchmarks, not this page. -->",
    "",
    "Each benchmark runs with `npm run bench -- <name>` and writes `bench/results/<name>.json`",
    "(the shape is described in `bench/_report.js`). The headline figure is what the user waits for,",
    "end to end, in the process that does it in production; the baseline is measured in the same run.",
    "A missed target is shown as missed with its figure.",
    "",
    "| benchmark | run at | targets met |",
    "|---|---|---|",
  ]
  const sorted = [...results].sort((a, b) => a.benchmark.localeCompare(b.benchmark))
  for (const r of sorted) {
    const checks = Object.entries(targetsOf(r)).map(([k, t]) => checkTarget(r, k, t).met)
    const met = checks.filter((m) => m === true).length
    out.push(`| [${r.benchmark}](#${r.benchmark.toLowerCase().replace(/[^a-z0-9-]/g, "")}) | ${r.at ?? ""} | ${checks.length ? `${met} of ${checks.length}` : "no targets"} |`)
  }
  out.push("")
  for (const r of sorted) out.push(section(r))
  const missing = benchmarksWithoutResult(sorted)
  if (missing.length) {
    out.push("## Benchmarks without a result yet", "", ...missing.map((n) => `- ${n}: \`npm run bench -- ${n}\``), "")
  }
  if (unreadable.length) {
    out.push("## Result files not in the common shape", "", ...unreadable.map((u) => `- \`${u}\``), "")
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n"
}

/** Benchmarks under bench/ (what `npm run bench` offers) that have no result file. */
function benchmarksWithoutResult(results, dir = path.join(ROOT, "bench")) {
  const have = new Set(results.map((r) => r.benchmark))
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".js") && !f.startsWith("_"))
    .map((f) => f.slice(0, -3))
    .filter((n) => !have.has(n))
    .sort()
}

function readResults(dir = RESULTS) {
  const results = []
  const unreadable = []
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json") && !f.startsWith(".")) : []
  for (const file of files.sort()) {
    try {
      const parsed = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"))
      if (!parsed || typeof parsed.benchmark !== "string") throw new Error("no benchmark name")
      results.push(parsed)
    } catch (e) {
      unreadable.push(`${file}: ${e.message}`)
    }
  }
  return { results, unreadable }
}

if (require.main === module) {
  const { results, unreadable } = readResults()
  const page = render(results, unreadable)
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : ""
    if (current !== page) {
      console.error("docs/benchmarks.md is stale: run `node scripts/bench-docs.js`")
      process.exit(1)
    }
    console.log("docs/benchmarks.md is current")
  } else {
    fs.writeFileSync(OUT, page)
    console.log(`docs/benchmarks.md: ${results.length} benchmark(s)${unreadable.length ? `, ${unreadable.length} file(s) not in the common shape` : ""}`)
  }
}

module.exports = { render, section, readResults }
