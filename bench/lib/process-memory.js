// Memory figures of a benchmark's own process, shared by the feed benchmark's development
// stages (bench/feed-task.ts) and other benchmarks, so that they measure the same way.
"use strict"

const path = require("path")
const v8 = require("v8")

const mb = (n) => Math.round(n / 1048576)

/** What the booted process holds, by kind, and whether TypeScript was loaded into it. */
function memory() {
  const m = process.memoryUsage()
  return {
    rss_mb: mb(m.rss),
    heap_used_mb: mb(m.heapUsed),
    heap_total_mb: mb(m.heapTotal),
    external_mb: mb(m.external),
    heap_size_limit_mb: mb(v8.getHeapStatistics().heap_size_limit),
    modules_loaded: Object.keys(require.cache).length,
    typescript_loaded: Object.keys(require.cache).some((k) => k.endsWith(path.join("typescript", "lib", "typescript.js"))),
  }
}

/**
 * Peak RSS in MB, sampled every 20 ms (maxRSS would include Medusa's boot and earlier stages).
 * `mark` returns the peak since the previous mark, so a stage made of phases reports each
 * phase's own; `stop` the peak of the whole stage.
 */
function sampler() {
  // process.memoryUsage.rss() only: process.memoryUsage() also walks the heap, which cost the
  // measured process about 1% of its CPU at this rate.
  const rss = () => process.memoryUsage.rss()
  let peak = rss()
  let phasePeak = peak
  const timer = setInterval(() => {
    const r = rss()
    peak = Math.max(peak, r)
    phasePeak = Math.max(phasePeak, r)
  }, 20)
  return {
    mark: () => {
      const p = Math.max(phasePeak, rss())
      phasePeak = rss()
      return mb(p)
    },
    stop: () => (clearInterval(timer), mb(Math.max(peak, rss()))),
  }
}

module.exports = { mb, memory, sampler }
