// Drives playground/: a separate Medusa app that installs the BUILT plugin, as a store would.
// Used by the consumer test and by the benchmarks that need a production server.
"use strict"

const fs = require("fs")
const path = require("path")
const { spawn } = require("child_process")
const { pickPort } = require("./embedded-pg")

const ROOT = path.resolve(__dirname, "..", "..")
const PLAYGROUND = path.join(ROOT, "playground")
const MEDUSA = path.join(ROOT, "node_modules", ".bin", "medusa")

function runMedusa(args, { cwd, env, quiet = true }) {
  return new Promise((resolve, reject) => {
    let output = ""
    const child = spawn(MEDUSA, args, { cwd, env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", ...env } })
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.on("exit", (code) => {
      if (!quiet) process.stdout.write(output)
      code === 0 ? resolve(output) : reject(Object.assign(new Error(`medusa ${args.join(" ")} failed (${code})\n${output.slice(-3000)}`), { output, code }))
    })
  })
}

/**
 * `npm run build` in the repository root: `medusa plugin:build` then the storefront widgets
 * (scripts/build-widgets.js), writing .medusa/server as `npm publish` ships it.
 */
async function buildPlugin() {
  await runMedusa(["plugin:build"], { cwd: ROOT })
  // What `npm run build` adds: the typed client and the OpenAPI document in the package.
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "scripts", "client.js"), "build"], { cwd: ROOT, stdio: "inherit" })
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`scripts/client.js build exited ${code}`))))
  })
  if (!fs.existsSync(path.join(ROOT, ".medusa", "server", "src", "modules"))) {
    throw new Error("plugin:build wrote no .medusa/server/src/modules")
  }
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "scripts", "build-widgets.js")], { cwd: ROOT, stdio: "ignore" })
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`build-widgets failed (${code})`))))
  })
}

/** Runs every migration (Medusa's and the plugin's) on the playground's database. */
function migrate(databaseUrl, env = {}) {
  return runMedusa(["db:migrate"], { cwd: PLAYGROUND, env: { DATABASE_URL: databaseUrl, ...env } })
}

/** Creates an admin user through Medusa's own CLI. */
function createAdminUser(databaseUrl, email, password) {
  return runMedusa(["user", "-e", email, "-p", password], { cwd: PLAYGROUND, env: { DATABASE_URL: databaseUrl } })
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      return false
    }
    try {
      const res = await fetch(`${url}/health`)
      if (res.ok) return true
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return false
}

/**
 * Starts `medusa start` (production mode) in playground/ and resolves when /health answers.
 * `pluginOptions` (merged over the playground's) reach the plugin through PLAYGROUND_PLUGIN_OPTIONS.
 * `nodeArgs` are given to node before the CLI (e.g. `--cpu-prof`).
 *
 * @returns {Promise<{ url: string, port: number, pid: number, logs: () => string, stop: () => Promise<void> }>}
 */
async function startPlayground({ databaseUrl, env = {}, pluginOptions, port, timeoutMs = 60_000, nodeArgs = [] } = {}) {
  const chosen = await pickPort(port)
  let logs = ""
  // `nodeArgs` (e.g. --cpu-prof, which NODE_OPTIONS does not accept) run the CLI under node itself.
  const [command, args] = nodeArgs.length ? [process.execPath, [...nodeArgs, MEDUSA, "start"]] : [MEDUSA, ["start"]]
  const child = spawn(command, args, {
    cwd: PLAYGROUND,
    env: {
      ...process.env,
      MEDUSA_DISABLE_TELEMETRY: "true",
      NODE_ENV: "production",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      DATABASE_URL: databaseUrl,
      PORT: String(chosen),
      ...(pluginOptions ? { PLAYGROUND_PLUGIN_OPTIONS: JSON.stringify(pluginOptions) } : {}),
      ...env,
    },
    detached: true, // its own process group, so stop() ends medusa's children too
  })
  child.stdout.on("data", (d) => (logs += d))
  child.stderr.on("data", (d) => (logs += d))
  const exited = new Promise((resolve) => child.on("exit", resolve))
  const stop = async () => {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM")
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, "SIGKILL")
        } catch {
          // already gone
        }
      }, 10_000)
      await exited
      clearTimeout(timer)
    }
  }
  const url = `http://localhost:${chosen}`
  const healthy = await waitForHealth(url, child, timeoutMs)
  if (!healthy) {
    await stop()
    const error = new Error(`the playground did not answer /health on port ${chosen}\n${logs.slice(-4000)}`)
    error.logs = logs
    throw error
  }
  return { url, port: chosen, pid: child.pid, logs: () => logs, stop, exited }
}

module.exports = { PLAYGROUND, buildPlugin, migrate, createAdminUser, startPlayground, runMedusa }
