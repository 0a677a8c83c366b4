#!/usr/bin/env node
// Redis smoke test: the app as two processes, MEDUSA_WORKER_MODE=server and =worker, with
// Medusa's Redis event bus, workflow engine, cache and locking. A settings change made through the
// server reaches the plugin's subscriber in the WORKER (and not in the server).
//
// Runs when REDIS_URL names a reachable Redis; otherwise it says it is skipped and exits 0, or, in
// CI (CI=true), fails with a message and exits 1.
"use strict"

const net = require("net")
const path = require("path")
const assert = require("assert/strict")
const { spawn } = require("child_process")
const { adminSql, databaseUrl, ensureDatabaseEnv, pickPort } = require("./lib/embedded-pg")
const { runMedusa } = require("./lib/playground")
const { missingPrerequisite, redisAnswers } = require("./lib/prerequisites")

const ROOT = path.resolve(__dirname, "..")
const MEDUSA = path.join(ROOT, "node_modules", ".bin", "medusa")

function startProcess(mode, port, env) {
  let logs = ""
  const child = spawn(MEDUSA, ["start"], {
    cwd: ROOT,
    env: { ...process.env, ...env, MEDUSA_WORKER_MODE: mode, PORT: String(port) },
    detached: true,
  })
  child.stdout.on("data", (d) => (logs += d))
  child.stderr.on("data", (d) => (logs += d))
  const stop = async () => {
    if (child.exitCode !== null) return
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {
      return
    }
    await Promise.race([new Promise((r) => child.once("exit", r)), new Promise((r) => setTimeout(r, 10_000))])
  }
  return { child, stop, logs: () => logs, url: `http://localhost:${port}` }
}

/** One inline Redis command; answers the raw reply. */
function redisCommand(url, command) {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) })
    let reply = ""
    socket.setTimeout(2000, () => (socket.destroy(), resolve(reply)))
    socket.on("error", reject)
    socket.on("connect", () => socket.write(`${command}\r\n`))
    socket.on("data", (d) => {
      reply += d
      // An array reply: done once every element it announces has arrived.
      const count = /^\*(-?\d+)\r\n/.exec(reply)
      if (count && (reply.match(/\r\n/g) ?? []).length >= 1 + 2 * Math.max(0, Number(count[1]))) {
        socket.destroy()
        resolve(reply)
      }
    })
  })
}

async function waitFor(fn, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await fn().catch(() => false)) return
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`timed out waiting for ${what}`)
}

async function main() {
  const redisUrl = process.env.REDIS_URL
  if (!redisUrl || !(await redisAnswers(redisUrl))) {
    process.exitCode = missingPrerequisite("redis", redisUrl ? `no Redis answers at ${redisUrl}` : "REDIS_URL is not set")
    return
  }

  const pg = await ensureDatabaseEnv("redis")
  const dbName = `social_redis_${process.pid}`
  await adminSql(`CREATE DATABASE "${dbName}"`)

  const env = {
    MEDUSA_DISABLE_TELEMETRY: "true",
    DATABASE_URL: databaseUrl(dbName),
    REDIS_URL: redisUrl,
    ADMIN_DISABLED: "true",
    LOG_LEVEL: "info",
    SOCIAL_COMMERCE_SECRET: "redis-smoke-secret-0123456789",
    SOCIAL_CATALOG_ENCRYPTION_KEY: "redis-smoke-catalog-key-0123456789",
    // A low budget for one route, to see the rate limiter count in Redis.
    SOCIAL_RATE_LIMITS: JSON.stringify({ keyPrefix: `social-rl-smoke-${process.pid}`, routes: { report: { points: 2, durationSeconds: 60 } } }),
  }
  const procs = []
  let failed = 0
  let passed = 0
  try {
    console.log("redis smoke test: migrating, then starting a server and a worker process...")
    await runMedusa(["db:migrate"], { cwd: ROOT, env })
    await runMedusa(["user", "-e", "smoke@test.local", "-p", "smoke-password"], { cwd: ROOT, env })
    const worker = startProcess("worker", await pickPort(), env)
    const server = startProcess("server", await pickPort(), env)
    procs.push(worker, server)
    await waitFor(async () => (await fetch(`${server.url}/health`)).ok, 120_000, "the server's /health")
    await waitFor(async () => worker.logs().includes("Connection to Redis in module 'event-bus-redis' established"), 120_000, "the worker to connect to Redis")

    const { token } = await fetch(`${server.url}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "smoke@test.local", password: "smoke-password" }),
    }).then((r) => r.json())
    const res = await fetch(`${server.url}/admin/social/settings`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ brand_name: "Redis Smoke" }),
    })
    assert.equal(res.status, 200)
    await waitFor(async () => worker.logs().includes("[social] settings reloaded after a change of brand_name"), 30_000, "the plugin's subscriber to run in the worker")
    assert.ok(!server.logs().includes("[social] settings reloaded"), "the subscriber ran in the server process too")
    console.log("  ✓ a settings change made on the server ran the plugin's subscriber in the worker, through Redis")
    passed++

    const report = () => fetch(`${server.url}/admin/social/attribution/report`, { headers: { authorization: `Bearer ${token}` } })
    assert.deepEqual([(await report()).status, (await report()).status], [200, 200])
    const limited = await report()
    assert.equal(limited.status, 429)
    assert.match(limited.headers.get("retry-after") ?? "", /^\d+$/)
    const keys = await redisCommand(redisUrl, `KEYS social-rl-smoke-${process.pid}:report:*`)
    assert.match(keys, /social-rl-smoke-\d+:report:u:user_/, `no rate limit key in Redis: ${keys}`)
    console.log("  ✓ the rate limiter counts in Redis: the third report in a budget of two is a 429")
    passed++
  } catch (e) {
    failed++
    console.log(`  ✕ ${e.message}`)
    for (const p of procs) console.log(p.logs().split("\n").filter((l) => /error|warn/i.test(l)).slice(-10).join("\n"))
  } finally {
    await Promise.all(procs.map((p) => p.stop()))
    await adminSql(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => {})
    if (pg) await pg.stop()
  }
  console.log(`redis: ${passed} passed, ${failed} failed`)
  process.exit(failed ? 1 : 0)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
