#!/usr/bin/env node
// `npm run bench -- rewards`: review approvals turned into issued promotions, and the duplicate
// storm. The Medusa app boots inside jest (medusaIntegrationTestRunner, as the HTTP tests do) on
// an embedded PostgreSQL unless DB_HOST names one; bench/rewards.bench.ts does the measuring and
// writes bench/results/rewards.json.
"use strict"

const os = require("os")
const path = require("path")
const { spawn } = require("child_process")
const { startEmbeddedPostgres } = require("../scripts/lib/embedded-pg")

const ROOT = path.resolve(__dirname, "..")

async function main() {
  let pg = null
  if (!process.env.DB_HOST) {
    pg = await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), `social-bench-pg-${process.pid}`, "data"), persistent: false })
    Object.assign(process.env, { DB_HOST: pg.host, DB_PORT: String(pg.port), DB_USERNAME: pg.user, DB_PASSWORD: pg.password })
  } else if (process.env.DB_HOST === "127.0.0.1") {
    process.env.DB_HOST = "localhost"
  }
  delete process.env.REDIS_URL
  delete process.env.DATABASE_URL
  const code = await new Promise((resolve) => {
    const child = spawn(
      path.join(ROOT, "node_modules", ".bin", "jest"),
      ["--runInBand", "--forceExit", "--testMatch", "<rootDir>/bench/rewards.bench.ts", "--testPathIgnorePatterns", "/node_modules/"],
      {
        cwd: ROOT,
        stdio: "inherit",
        env: {
          ...process.env,
          NODE_ENV: "test",
          ADMIN_DISABLED: "true",
          LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
          MEDUSA_DISABLE_TELEMETRY: "true",
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --experimental-vm-modules`.trim(),
        },
      }
    )
    child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0)))
  })
  if (pg) await pg.stop()
  process.exit(code)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
