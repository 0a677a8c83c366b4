#!/usr/bin/env node
// `npm run demo`: the demo store with the plugin, on an embedded PostgreSQL (kept in .data/), or on
// the database DATABASE_URL names. Migrates, seeds once, starts Medusa with the admin at /app and
// prints where everything is. Ctrl-C stops Medusa and PostgreSQL.
//
// Medusa runs as `medusa start` in development mode (NODE_ENV=development: the admin is built by
// its dev bundler on first open, as under `medusa develop`) with no file watcher, so nothing the
// demo, a benchmark or a screenshot writes can restart it. `npm run demo -- --watch` (or
// DEMO_WATCH=true) restarts it on source changes only (scripts/lib/source-watch.js).
"use strict"

const fs = require("fs")
const path = require("path")
const { spawn } = require("child_process")
const { startEmbeddedPostgres, isPortFree } = require("./lib/embedded-pg")
const { watchSources } = require("./lib/source-watch")
const { startStorefront } = require("./lib/storefront")

const ROOT = path.resolve(__dirname, "..")
const DATA = path.resolve(process.env.DEMO_DATA_DIR ?? path.join(ROOT, ".data"))
const PID_FILE = path.join(DATA, "medusa.pid")
const INFO_FILE = path.join(DATA, "demo.json")
const MEDUSA = path.join(ROOT, "node_modules", ".bin", "medusa")
const PORT = Number(process.env.PORT ?? 9000)
const WATCH = process.argv.includes("--watch") || /^(1|true|yes)$/i.test(process.env.DEMO_WATCH ?? "")
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT ?? 8000)
// The plugin's storefrontUrl: share links and referral links land on the demo storefront.
const STOREFRONT_URL = process.env.STOREFRONT_URL ?? `http://localhost:${STOREFRONT_PORT}`

function fail(message) {
  console.error(`\n✖ ${message}\n`)
  process.exit(1)
}

function runMedusa(args, env) {
  return new Promise((resolve, reject) => {
    let output = ""
    const child = spawn(MEDUSA, args, { cwd: ROOT, env })
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`medusa ${args.join(" ")} failed:\n${output.slice(-4000)}`))))
  })
}

/** A Medusa left running by a killed demo holds the port: stop it if it is ours. */
function stopStaleMedusa() {
  if (!fs.existsSync(PID_FILE)) return false
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"))
  fs.rmSync(PID_FILE, { force: true })
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8")
    if (cmdline.includes("medusa")) {
      process.kill(-pid, "SIGTERM")
      return true
    }
  } catch {
    // gone already, or not on Linux
  }
  return false
}

async function checkDatabaseUrl(url) {
  const { Client } = require("@medusajs/framework/pg")
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.end()
  } catch (e) {
    fail(`Cannot reach the database in DATABASE_URL (${e.code ?? e.message}). Check that it is running and the URL is right, or unset DATABASE_URL to use the embedded PostgreSQL.`)
  }
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}/health`)).ok) return true
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return false
}

function printWelcome(url, storefrontUrl) {
  const info = fs.existsSync(INFO_FILE) ? JSON.parse(fs.readFileSync(INFO_FILE, "utf8")) : {}
  const email = process.env.DEMO_ADMIN_EMAIL ?? "admin@example.com"
  const password = process.env.DEMO_ADMIN_PASSWORD || "supersecret"
  const p = info.product
  const has = (route) => fs.existsSync(path.join(ROOT, "src", "api", route))
  const examples = [
    ["Social settings (admin)", `${url}/admin/social/settings`, has("admin/social/settings/route.ts")],
    ["Share bundle (store)", p && `${url}/store/social/products/${p.id}/share?currency_code=eur`, has("store/social/products/[id]/share/route.ts")],
    ["Meta tags (store)", p && `${url}/store/social/products/${p.id}/meta?currency_code=eur`, has("store/social/products/[id]/meta/route.ts")],
    ["Product card (og)", p && `${url}/social/cards/${p.id}/og.png?currency_code=eur`, has("social/cards")],
    ["RSS of new products", `${url}/social/rss/products.xml`, has("social/rss")],
    ["Catalog channels (admin)", `${url}/admin/social/channels`, has("admin/social/channels/route.ts")],
    ["Reviews of a product (store)", p && `${url}/store/social/products/${p.id}/reviews`, has("store/social/products/[id]/reviews/route.ts")],
    ["Reward rules (admin)", `${url}/admin/social/reward-rules`, has("admin/social/reward-rules/route.ts")],
    ["Attribution report (admin)", `${url}/admin/social/attribution/report?group_by=network`, has("admin/social/attribution/report/route.ts")],
  ].filter(([, link, ok]) => link && ok)
  const lines = [
    "",
    "  Medusa social commerce demo is running",
    "",
    `  Storefront     ${storefrontUrl}   (the demo shop: share, buy, review, rewards)`,
    `  Admin          ${url}/app   (login ${email} / ${password})`,
    `  Store API      ${url}/store   (header x-publishable-api-key: ${info.publishable_key ?? "?"})`,
    `  Health         ${url}/health`,
    "",
    "  Plugin endpoints:",
    ...examples.map(([name, link]) => `    ${name.padEnd(30)} ${link}`),
    "",
    ...(info.activity ? ["  Demo activity (30 days, seeded on the first run):", ...info.activity.map((l) => `    - ${l}`), ""] : []),
    "  Admin API calls need a token: POST /auth/user/emailpass with the login above.",
    "  Ctrl-C stops Medusa and the database.",
    "",
  ]
  console.log(lines.join("\n"))
}

async function main() {
  fs.mkdirSync(DATA, { recursive: true })
  if (stopStaleMedusa()) {
    for (let i = 0; i < 40 && !(await isPortFree(PORT)); i++) {
      await new Promise((r) => setTimeout(r, 250))
    }
  }
  if (!(await isPortFree(PORT))) {
    fail(`Port ${PORT} is already in use. Stop what listens there, or run with another port: PORT=9100 npm run demo`)
  }
  if (!(await isPortFree(STOREFRONT_PORT))) {
    fail(`Port ${STOREFRONT_PORT} (the demo storefront) is already in use. Stop what listens there, or run with another port: STOREFRONT_PORT=8100 npm run demo`)
  }

  const env = {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    PORT: String(PORT),
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${PORT}`,
    STOREFRONT_URL,
    ADMIN_DISABLED: process.env.ADMIN_DISABLED ?? "false",
    DEMO_INFO_FILE: INFO_FILE,
  }

  let pg = null
  if (process.env.DATABASE_URL) {
    await checkDatabaseUrl(process.env.DATABASE_URL)
    console.log("• Database: DATABASE_URL")
  } else {
    console.log(`• Starting the embedded PostgreSQL (data in ${path.relative(process.cwd(), DATA) || "."}/postgres)...`)
    pg = await startEmbeddedPostgres({
      dataDir: path.join(DATA, "postgres"),
      port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    }).catch((e) => fail(e.message))
    await pg.createDatabase("medusa_social_demo")
    env.DATABASE_URL = pg.url("medusa_social_demo")
    console.log(`  listening on port ${pg.port}`)
  }

  let medusa = null
  let storefront = null
  let stopping = false
  let restarting = false
  let stopWatching = null
  /** Stops the Medusa process group: SIGTERM, then SIGKILL after 10 s. */
  const stopMedusa = async () => {
    if (!medusa || medusa.exitCode !== null || medusa.signalCode !== null) return
    const child = medusa
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {
      // already gone
    }
    await Promise.race([new Promise((r) => child.once("exit", r)), new Promise((r) => setTimeout(r, 10_000))])
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {
      // stopped cleanly
    }
  }
  const shutdown = async (code = 0) => {
    if (stopping) return
    stopping = true
    console.log("\n• Stopping...")
    if (storefront) storefront.close()
    stopWatching?.()
    await stopMedusa()
    fs.rmSync(PID_FILE, { force: true })
    if (pg) await pg.stop()
    process.exit(code)
  }
  process.on("SIGINT", () => shutdown(0))
  process.on("SIGTERM", () => shutdown(0))

  try {
    console.log("• Running migrations...")
    await runMedusa(["db:migrate"], env)
    console.log("• Seeding the demo store (only the first time)...")
    await runMedusa(["exec", "./demo/seed.ts"], env)
    if (process.env.DEMO_ACTIVITY !== "0") {
      console.log("• Seeding 30 days of social activity (only the first time; DEMO_ACTIVITY=0 skips it)...")
      const began = Date.now()
      await runMedusa(["exec", "./demo/activity.ts"], env)
      const info = fs.existsSync(INFO_FILE) ? JSON.parse(fs.readFileSync(INFO_FILE, "utf8")) : {}
      console.log(info.activity ? `  seeded in ${Math.round((Date.now() - began) / 1000)} s` : "  already seeded earlier")
    }
  } catch (e) {
    console.error(e.message)
    return shutdown(1)
  }

  const startMedusa = () => {
    // NODE_ENV=development is what `medusa develop` gives its server, without its watcher.
    const serverEnv = { ...env, NODE_ENV: process.env.NODE_ENV ?? "development" }
    medusa = spawn(MEDUSA, ["start"], { cwd: ROOT, env: serverEnv, stdio: ["ignore", "inherit", "inherit"], detached: true })
    fs.writeFileSync(PID_FILE, String(medusa.pid))
    medusa.on("exit", (code) => {
      if (!stopping && !restarting) {
        console.error(`Medusa exited (${code}).`)
        shutdown(code || 1)
      }
    })
  }
  console.log(`• Starting Medusa on port ${PORT} (the admin builds on first open of /app)...`)
  startMedusa()
  const url = `http://localhost:${PORT}`
  if (await waitForHealth(url, medusa, 180_000)) {
    try {
      const info = JSON.parse(fs.readFileSync(INFO_FILE, "utf8"))
      storefront = await startStorefront({ port: STOREFRONT_PORT, medusaUrl: url, publishableKey: info.publishable_key, outDir: path.join(DATA, "storefront") })
    } catch (e) {
      console.error(`The demo storefront did not start: ${e.message}`)
      return shutdown(1)
    }
    printWelcome(url, STOREFRONT_URL)
  } else if (!stopping) {
    console.error("Medusa did not answer /health within 3 minutes.")
    return shutdown(1)
  }
  if (WATCH && !stopping) {
    console.log("• Watching src/ and the config: a source change restarts Medusa (data and generated files never do).")
    stopWatching = watchSources(ROOT, async (files) => {
      if (stopping || restarting) return
      restarting = true
      console.log(`• ${files.join(", ")} changed: restarting Medusa...`)
      await stopMedusa()
      restarting = false
      if (!stopping) startMedusa()
    })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
