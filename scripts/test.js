#!/usr/bin/env node
// `npm test`: type check (src with its specs, integration-tests/, bench/, demo/ and the admin),
// unit tests, module integration tests, HTTP integration tests and the consumer test (the built
// plugin installed into playground/), in that order.
//
//   npm test                      every stage
//   npm test -- unit http         only these stages
//   npm test -- http -t settings  extra arguments go to jest
//
// The database is an embedded PostgreSQL started for the run, unless DB_HOST (with DB_PORT,
// DB_USERNAME, DB_PASSWORD) names one.
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const { spawn } = require("child_process")
const { ensureDatabaseEnv } = require("./lib/embedded-pg")

const ROOT = path.resolve(__dirname, "..")
const STAGES = ["typecheck", "unit", "modules", "http", "consumer"]
// Run only when named (npm run test:fuzz is `npm test -- fuzz`).
const OPT_IN = ["fuzz"]
const NEEDS_DB = new Set(["modules", "http", "consumer", "fuzz"])

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } })
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

function bin(name) {
  return path.join(ROOT, "node_modules", ".bin", name)
}

async function jestStage(type, extra, totals) {
  const out = path.join(os.tmpdir(), `social-jest-${type}-${process.pid}.json`)
  const args = ["--json", `--outputFile=${out}`, "--passWithNoTests", ...extra]
  if (type !== "unit") {
    // Each spec file boots Medusa on a database of its own (named by the runner after a random
    // module name and the jest worker), so HTTP files run two at a time: a file spends much of
    // its time waiting on PostgreSQL, and the whole stage took 15 minutes one file at a time.
    // A worker is replaced once it holds more than the limit after a file: in one process,
    // twenty HTTP spec files' Medusa apps outgrew the 4 GB heap.
    const workers = type === "http" ? (process.env.SOCIAL_TEST_WORKERS ?? "2") : "1"
    args.push(`--maxWorkers=${workers}`, "--workerIdleMemoryLimit=1536MB", "--forceExit")
  }
  const code = await run(bin("jest"), args, {
    TEST_TYPE: type,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --experimental-vm-modules`.trim(),
  })
  if (fs.existsSync(out)) {
    const result = JSON.parse(fs.readFileSync(out, "utf8"))
    totals.passed += result.numPassedTests
    totals.failed += result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0)
    fs.rmSync(out, { force: true })
  } else if (code !== 0) {
    totals.failed += 1
  }
  return code
}

async function main() {
  const argv = process.argv.slice(2)
  const known = [...STAGES, ...OPT_IN]
  const chosen = argv.filter((a) => known.includes(a))
  const extra = argv.filter((a) => !known.includes(a))
  const stages = chosen.length ? known.filter((s) => chosen.includes(s)) : STAGES

  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  process.env.ADMIN_DISABLED = "true"
  process.env.NODE_ENV = "test"
  process.env.LOG_LEVEL ??= "error"
  // The test runner's subscriber helpers work only with the local event bus (MEDUSA.md).
  delete process.env.REDIS_URL
  delete process.env.DATABASE_URL

  let pg = null
  if (stages.some((s) => NEEDS_DB.has(s))) {
    pg = await ensureDatabaseEnv("test")
    console.log(`[test] database: ${pg ? "embedded PostgreSQL" : "DB_HOST"} at ${process.env.DB_HOST}:${process.env.DB_PORT}`)
  }

  const totals = { passed: 0, failed: 0 }
  const failedStages = []
  try {
    for (const stage of stages) {
      console.log(`\n[test] ── ${stage} ──`)
      let code
      if (stage === "typecheck") {
        // tsconfig.tests.json is tsconfig.json (what plugin:build compiles) plus the specs,
        // integration-tests/, bench/ and demo/, with the same options: one run checks both.
        code = await run(bin("tsc"), ["--noEmit", "-p", "tsconfig.tests.json"])
        if (code === 0) {
          code = await run(bin("tsc"), ["--noEmit", "-p", "src/admin/tsconfig.json"])
        }
        code === 0 ? totals.passed++ : totals.failed++
      } else if (stage === "consumer") {
        code = await run(process.execPath, [path.join(__dirname, "consumer-test.js")], {
          SOCIAL_TEST_TOTALS: path.join(os.tmpdir(), `social-consumer-${process.pid}.json`),
        })
        const file = path.join(os.tmpdir(), `social-consumer-${process.pid}.json`)
        if (fs.existsSync(file)) {
          const r = JSON.parse(fs.readFileSync(file, "utf8"))
          totals.passed += r.passed
          totals.failed += r.failed
          fs.rmSync(file, { force: true })
        } else if (code !== 0) {
          totals.failed++
        }
      } else {
        code = await jestStage(stage, extra, totals)
      }
      if (code !== 0) {
        failedStages.push(stage)
      }
    }
  } finally {
    if (pg) {
      await pg.stop()
    }
  }

  console.log(`\n[test] stages: ${stages.join(", ")}${failedStages.length ? `; failed: ${failedStages.join(", ")}` : ""}`)
  // The fuzz run alone closes with its own line, which CI adds up apart from "tests:".
  const label = stages.length === 1 && stages[0] === "fuzz" ? "fuzz" : "tests"
  console.log(`${label}: ${totals.passed} passed, ${totals.failed} failed`)
  process.exit(failedStages.length ? 1 : 0)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
