/**
 * The feed stage of the feed benchmark as a store runs it in production: `medusa exec` in
 * bench/prod-app/ (a Medusa app that installed the BUILT plugin, its config in JavaScript),
 * NODE_ENV=production, no TypeScript. Same work and same measurement as the `feed` stage of feed-task.ts: the Google XML
 * feed from the snapshot to the gzipped file, peak RSS sampled every 20 ms.
 * Prints one line `BENCH_RESULT {...}` for bench/feed.js.
 */
"use strict"

const path = require("path")

const built = path.resolve(__dirname, "..", ".medusa", "server", "src")
const { writeFeed } = require(path.join(built, "workflows", "social-catalog", "lib", "feed-writer.js"))
const { catalogService, loadChannel } = require(path.join(built, "workflows", "social-catalog", "lib", "channel.js"))

const mb = (n) => Math.round(n / 1048576)

/** What the booted process holds, by kind, and whether TypeScript was loaded into it. */
function memory() {
  const m = process.memoryUsage()
  return {
    rss_mb: mb(m.rss),
    heap_used_mb: mb(m.heapUsed),
    heap_total_mb: mb(m.heapTotal),
    external_mb: mb(m.external),
    modules_loaded: Object.keys(require.cache).length,
    typescript_loaded: Object.keys(require.cache).some((k) => k.endsWith(path.join("typescript", "lib", "typescript.js"))),
  }
}

exports.default = async function run({ container }) {
  const boot = memory()
  const [c] = await catalogService(container).listSocialCatalogChannels({ name: "Bench Google US" })
  const channel = await loadChannel(container, c.id)
  let peak = process.memoryUsage.rss()
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20)
  const t0 = Date.now()
  const feed = await writeFeed(container, channel, { force: true })
  const feed_s = (Date.now() - t0) / 1000
  clearInterval(timer)
  peak = Math.max(peak, process.memoryUsage.rss())
  console.log(
    `BENCH_RESULT ${JSON.stringify({ stage: "feed_prod", node_env: process.env.NODE_ENV, boot_rss_mb: boot.rss_mb, boot, feed_s, items: feed.item_count, bytes: feed.bytes, peak_rss_mb: mb(peak) })}`
  )
}
