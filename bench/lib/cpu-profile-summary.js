// Summarises V8 CPU profiles (.cpuprofile, from `node --cpu-prof`) over time windows: self time per
// function and per package, and the inclusive time of the functions that call into the rest. Used
// by bench/lib/share-profile.js to put the server's CPU of /s/:code rounds beside /health's.
"use strict"

/** Where a frame's code lives: a package under node_modules, the plugin, node itself, or V8. */
function bucketOf(url) {
  if (!url) return "(v8/native)"
  const nm = url.lastIndexOf("node_modules/")
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split("/")
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]
  }
  if (url.startsWith("node:")) return "node:" + url.slice(5).split("/")[0]
  if (url.includes("/.medusa/server/src/")) return "plugin"
  return url.replace(/^file:\/\//, "").split("/").slice(-2).join("/")
}

/**
 * Sample times of a profile on the monotonic clock (µs), which is the clock of
 * process.hrtime.bigint() in another process of the same machine.
 */
function sampleTimes(profile) {
  const out = new Array(profile.samples.length)
  let t = profile.startTime
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]
    out[i] = t
  }
  return out
}

/**
 * Self and inclusive time (ms) in `windows` ([{ from, to }] in µs). A sample counts for the
 * interval up to the next one. Returns { total_ms, idle_ms, bySelf, byBucket, byInclusive }.
 */
function summarise(profile, windows) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const keyOf = (n) => `${n.callFrame.functionName || "(anonymous)"} ${bucketOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`
  const times = sampleTimes(profile)
  const inside = (t) => windows.some((w) => t >= w.from && t < w.to)
  const bySelf = new Map()
  const byBucket = new Map()
  const byInclusive = new Map()
  let total = 0
  let idle = 0
  for (let i = 0; i < profile.samples.length; i++) {
    if (!inside(times[i])) continue
    const dt = (i + 1 < times.length ? times[i + 1] - times[i] : 0) / 1000
    const node = nodes.get(profile.samples[i])
    const name = node.callFrame.functionName
    if (name === "(idle)") {
      idle += dt
      continue
    }
    total += dt
    const self = keyOf(node)
    bySelf.set(self, (bySelf.get(self) ?? 0) + dt)
    const bucket = name.startsWith("(") ? name : bucketOf(node.callFrame.url)
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + dt)
    const seen = new Set()
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const k = keyOf(nodes.get(id))
      if (!seen.has(k)) {
        seen.add(k)
        byInclusive.set(k, (byInclusive.get(k) ?? 0) + dt)
      }
    }
  }
  return { total_ms: total, idle_ms: idle, bySelf, byBucket, byInclusive }
}

/** The `n` largest entries of a Map as "ms  share  key" lines. */
function top(map, n, total) {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${k}`)
}

module.exports = { summarise, top, bucketOf }
