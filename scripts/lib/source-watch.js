// The demo's watcher (`npm run demo -- --watch`): restarts Medusa on source changes only.
// Medusa's own `medusa develop` watches the whole project except a fixed list (dot folders,
// node_modules, dist, static, private, src/admin, .medusa) that cannot be changed, so every file a
// benchmark, a screenshot or an upload writes (bench/results/*.json...) restarted the demo and
// failed the requests in flight.
"use strict"

const fs = require("fs")
const path = require("path")

const CONFIG_FILES = new Set(["medusa-config.ts", "medusa-config.js", "tsconfig.json", "package.json"])

/**
 * Whether a changed file (relative to the project root) is source the server runs: a file under
 * src/ (not the admin's, which its own bundler reloads in the page, and not tests) or the
 * project's config. Everything else (bench/results, .data, static, uploads, screenshots, docs)
 * is data and never restarts the server.
 */
function isSourceChange(relPath) {
  const p = String(relPath).split(path.sep).join("/").replace(/^\.\//, "")
  if (CONFIG_FILES.has(p)) return true
  if (!p.startsWith("src/") || p.startsWith("src/admin/")) return false
  if (/(^|\/)__tests__\//.test(p) || /\.spec\.[cm]?[jt]sx?$/.test(p)) return false
  return /\.(?:[cm]?[jt]s|json)$/.test(p)
}

/**
 * Calls `onChange(files)` once per burst of source changes (debounced: saving several files, or
 * an editor's write-then-rename, restarts once). Returns a function that stops watching.
 */
function watchSources(root, onChange, { debounceMs = 300 } = {}) {
  let pending = new Set()
  let timer = null
  const seen = (rel) => {
    if (!rel || !isSourceChange(rel)) return
    pending.add(rel)
    clearTimeout(timer)
    timer = setTimeout(() => {
      const files = [...pending]
      pending = new Set()
      onChange(files)
    }, debounceMs)
  }
  const watchers = [
    fs.watch(path.join(root, "src"), { recursive: true }, (_, file) => file && seen(path.join("src", file.toString()))),
    fs.watch(root, (_, file) => file && seen(file.toString())),
  ]
  return () => {
    clearTimeout(timer)
    for (const w of watchers) w.close()
  }
}

module.exports = { isSourceChange, watchSources }
