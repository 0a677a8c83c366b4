// The production app of the share-redirect, attribution and rewards benchmarks (bench/redis-app):
// the plugin built (`npm run build`), the app built (`medusa build`) and run with `medusa start`
// from its build output, NODE_ENV=production, on PostgreSQL and a Redis database of its own.
"use strict"

const fs = require("fs")
const path = require("path")
const { spawn } = require("child_process")
const { buildPlugin, runMedusa } = require("../../scripts/lib/playground")
const { pickPort } = require("../../scripts/lib/embedded-pg")
const { claimRedisDb: claimRedisDbShared } = require("../../scripts/lib/redis-db")

const ROOT = path.resolve(__dirname, "..", "..")
const APP = path.join(ROOT, "bench", "redis-app")
const BUILT = path.join(APP, ".medusa", "server")
// The CLI's own entry, without the `medusa` wrapper: the wrapper registers ts-node, which finds
// bench/redis-app/tsconfig.json (allowJs, for `medusa build`) and type-checks every built .js file
// of the plugin as it is loaded (boot 95 s instead of 13, and the TypeScript program in memory). A
// production install does not run its compiled code through TypeScript.
const MEDUSA_ENTRY = path.join(ROOT, "node_modules", "@medusajs", "cli", "dist", "index.js")

/** The newest modification time of the files under `dir` (ms; 0 when it does not exist). */
function newestMtime(dir) {
  if (!fs.existsSync(dir)) return 0
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

/**
 * `npm run build` for the plugin, then `medusa build` for the app (its config in .medusa/server),
 * each skipped when its output is newer than its sources (BENCH_REBUILD=1 forces both).
 */
async function buildApp() {
  const force = process.env.BENCH_REBUILD === "1"
  const pluginOut = newestMtime(path.join(ROOT, ".medusa", "server", "src"))
  if (force || pluginOut < Math.max(newestMtime(path.join(ROOT, "src")), fs.statSync(path.join(ROOT, "package.json")).mtimeMs)) {
    await buildPlugin()
  } else {
    console.log("[bench] the plugin's build is current: not rebuilt")
  }
  const appOut = fs.existsSync(path.join(BUILT, "medusa-config.js")) ? fs.statSync(path.join(BUILT, "medusa-config.js")).mtimeMs : 0
  if (force || appOut < Math.max(fs.statSync(path.join(APP, "medusa-config.js")).mtimeMs, newestMtime(path.join(APP, "src")))) {
    await runMedusa(["build"], { cwd: APP, env: { BENCH_PLUGIN_DIR: ROOT } })
  }
  if (!fs.existsSync(path.join(BUILT, "medusa-config.js"))) throw new Error("medusa build wrote no .medusa/server/medusa-config.js")
}

/** A Redis database of the run's own (scripts/lib/redis-db.js), from the top (15 first). */
function claimRedisDb(baseUrl) {
  return claimRedisDbShared(baseUrl, { ttlSeconds: 3600, order: "down" })
}

function baseEnv(env) {
  return { MEDUSA_DISABLE_TELEMETRY: "true", NODE_ENV: "production", LOG_LEVEL: "warn", BENCH_PLUGIN_DIR: ROOT, ...env }
}

/**
 * Creates database `db` with every migration run: from a template database made by an earlier run
 * of the same migrations (seconds) or by `medusa db:migrate` (minutes on a busy machine), after
 * which it is kept as that template. The template's name carries a hash of the migration files
 * and the Medusa version, so a new migration makes a new one.
 */
async function prepareDatabase(db, env) {
  const { adminSql } = require("../../scripts/lib/embedded-pg")
  const crypto = require("crypto")
  const files = []
  const modules = path.join(ROOT, "src", "modules")
  for (const m of fs.readdirSync(modules)) {
    const dir = path.join(modules, m, "migrations")
    if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir)) files.push(`${m}/${f}:${fs.statSync(path.join(dir, f)).size}`)
  }
  const medusa = require(path.join(ROOT, "node_modules", "@medusajs", "medusa", "package.json")).version
  const template = `social_bench_tpl_${crypto.createHash("sha256").update(files.sort().join("\n") + medusa).digest("hex").slice(0, 12)}`
  const { Client } = require("@medusajs/framework/pg")
  const { databaseUrl } = require("../../scripts/lib/embedded-pg")
  const client = new Client({ connectionString: databaseUrl("postgres") })
  await client.connect()
  const exists = (await client.query("select 1 from pg_database where datname = $1", [template])).rows.length > 0
  await client.end()
  if (exists) {
    await adminSql(`CREATE DATABASE "${db}" TEMPLATE "${template}"`)
    return "from template"
  }
  await adminSql(`CREATE DATABASE "${db}"`)
  await migrate(env)
  await adminSql(`CREATE DATABASE "${template}" TEMPLATE "${db}"`).catch(() => undefined)
  return "migrated"
}

/** `medusa db:migrate` through the built app. */
function migrate(env) {
  return runMedusa(["db:migrate"], { cwd: BUILT, env: baseEnv(env) })
}

/**
 * `medusa exec <script> ...args` through the built app. `direct: true` runs the CLI's own entry
 * (no ts-node, as `medusa start` below): for a script whose figures include the process itself.
 */
function exec(script, args, env, { direct = false } = {}) {
  if (!direct) return runMedusa(["exec", script, ...args], { cwd: BUILT, env: baseEnv(env) })
  return new Promise((resolve, reject) => {
    let output = ""
    const child = spawn(process.execPath, [MEDUSA_ENTRY, "exec", script, ...args], { cwd: BUILT, env: { ...process.env, ...baseEnv(env) } })
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`medusa exec ${script} failed (${code})\n${output.slice(-3000)}`))))
  })
}

/**
 * `medusa start` of the built app in its own process group. mode: shared, server or worker.
 * Resolves once /health answers (workers answer it too). `onSpawn(pid)` is called at once (the
 * pid is the process group's), e.g. to sample memory from the first byte of the boot.
 */
async function startApp({ name = "server", mode = "shared", env = {}, port, onSpawn, timeoutMs = Number(process.env.BENCH_BOOT_TIMEOUT_MS ?? 300_000) } = {}) {
  const chosen = await pickPort(port)
  let logs = ""
  // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the process, written when it exits (not on SIGKILL).
  const prof = process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(process.env.BENCH_CPU_PROF)] : []
  const child = spawn(process.execPath, [...prof, MEDUSA_ENTRY, "start"], {
    cwd: BUILT,
    env: { ...process.env, ...baseEnv(env), MEDUSA_WORKER_MODE: mode, PORT: String(chosen) },
    detached: true,
  })
  onSpawn?.(child.pid)
  child.stdout.on("data", (d) => (logs = (logs + d).slice(-200_000)))
  child.stderr.on("data", (d) => (logs = (logs + d).slice(-200_000)))
  const exited = new Promise((r) => child.once("exit", r))
  const signal = (sig) => {
    try {
      process.kill(-child.pid, sig)
    } catch {
      // already gone
    }
  }
  const alive = () => child.exitCode === null && child.signalCode === null
  const app = {
    name,
    pid: child.pid,
    url: `http://localhost:${chosen}`,
    port: chosen,
    logs: () => logs,
    alive,
    kill: async () => {
      signal("SIGKILL")
      await exited
    },
    stop: async () => {
      if (!alive()) return
      signal("SIGTERM")
      const timer = setTimeout(() => signal("SIGKILL"), 15_000)
      await exited
      clearTimeout(timer)
    },
  }
  const started = Date.now()
  const deadline = started + timeoutMs
  for (;;) {
    if (!alive()) throw new Error(`${name} exited:\n${logs.slice(-3000)}`)
    try {
      if ((await fetch(`${app.url}/health`)).ok) {
        console.log(`[bench] ${name}: /health answered ${((Date.now() - started) / 1000).toFixed(1)} s after start`)
        return app
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await app.stop()
      throw new Error(`${name} did not answer /health:\n${logs.slice(-3000)}`)
    }
    await new Promise((r) => setTimeout(r, 300))
  }
}

/**
 * Waits until Medusa's Redis event queue has nothing waiting or running (the events of the seed,
 * e.g. product.created, handled by the started app), so that a measurement does not share the
 * machine with them. Returns how long it waited (ms).
 */
async function waitForEventsIdle(client, timeoutMs = 180_000) {
  const started = Date.now()
  const q = "bull:events-queue"
  for (;;) {
    const [wait, active, prioritized, delayed] = await Promise.all([
      client.llen(`${q}:wait`),
      client.llen(`${q}:active`),
      client.zcard(`${q}:prioritized`),
      client.zcard(`${q}:delayed`),
    ])
    if (wait + active + prioritized + delayed === 0 || Date.now() - started > timeoutMs) return Date.now() - started
    await new Promise((r) => setTimeout(r, 500))
  }
}

module.exports = { APP, BUILT, buildApp, claimRedisDb, migrate, prepareDatabase, exec, startApp, waitForEventsIdle }
