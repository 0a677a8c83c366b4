/**
 * The feed benchmark's stages as a store runs them in production: `medusa exec` in
 * bench/prod-app/ (a Medusa app that installed the BUILT plugin, its config in JavaScript),
 * NODE_ENV=production, no TypeScript. Same work and same measurement as the stages of the same
 * name in feed-task.ts, peak RSS sampled every 20 ms:
 *   feed_prod (default)  the Google XML feed from the snapshot to the gzipped file
 *   full_prod            the snapshot from Medusa (from an empty snapshot) + the feed + the push
 *                        to a counting provider
 * Prints one line `BENCH_RESULT {...}` for bench/feed.js.
 */
"use strict"

const path = require("path")

const built = path.resolve(__dirname, "..", ".medusa", "server", "src")
const lib = (name) => require(path.join(built, "workflows", "social-catalog", "lib", `${name}.js`))
const { writeFeed } = lib("feed-writer")
const { catalogService, loadChannel } = lib("channel")

const { mb, memory, sampler } = require("./lib/process-memory")

exports.default = async function run({ container, args }) {
  const stage = args?.[0] === "full" ? "full_prod" : "feed_prod"
  const boot = memory()
  const [c] = await catalogService(container).listSocialCatalogChannels({ name: "Bench Google US" })
  if (stage === "feed_prod") {
    const channel = await loadChannel(container, c.id)
    const s = sampler()
    const t0 = Date.now()
    const feed = await writeFeed(container, channel, { force: true })
    const feed_s = (Date.now() - t0) / 1000
    const peak = s.stop()
    console.log(
      `BENCH_RESULT ${JSON.stringify({ stage, node_env: process.env.NODE_ENV, boot_rss_mb: boot.rss_mb, boot, feed_s, items: feed.item_count, bytes: feed.bytes, peak_rss_mb: peak })}`
    )
    return
  }

  const { buildSnapshot } = lib("snapshot-builder")
  const { pushChanges } = lib("push-runner")
  const { registerCatalogProvider } = require(path.join(built, "providers", "catalog", "registry.js"))
  // Counts what it is sent and answers every item ok at once: the platform's cost is not measured.
  const provider = {
    destination: "google",
    maxBatchSize: 1000,
    sent: 0,
    async submit(ops) {
      this.sent += ops.length
      return { handle: null, results: ops.map((o) => ({ id: o.method === "delete" ? o.id : o.item.id, status: "ok" })) }
    },
    async pollResults() {
      return []
    },
    async *listRemoteIds() {},
  }
  registerCatalogProvider("google", () => provider)
  // From an empty snapshot, as the development full stage, so that runs on a kept database compare.
  await catalogService(container).purgeItems({ channel_id: c.id })
  const pageSize = process.env.BENCH_PAGE_SIZE ? Number(process.env.BENCH_PAGE_SIZE) : undefined
  const startRss = mb(process.memoryUsage.rss())
  const s = sampler()
  const cpu0 = process.cpuUsage()
  const t0 = Date.now()
  const timings = {}
  const snapshot = await buildSnapshot(container, await loadChannel(container, c.id), { runId: `bench_full_prod_${Date.now()}`, timings, pageSize })
  const t1 = Date.now()
  // CPU seconds of this process (not PostgreSQL's): steadier than wall time on a shared machine.
  const cpu = process.cpuUsage(cpu0)
  const snapshotPeak = s.mark()
  const feed = await writeFeed(container, await loadChannel(container, c.id), { force: true })
  const t2 = Date.now()
  const feedPeak = s.mark()
  await pushChanges(container, await loadChannel(container, c.id))
  const t3 = Date.now()
  const pushPeak = s.mark()
  console.log(
    `BENCH_RESULT ${JSON.stringify({
      stage,
      node_env: process.env.NODE_ENV,
      boot_rss_mb: boot.rss_mb,
      boot,
      start_rss_mb: startRss,
      snapshot_s: (t1 - t0) / 1000,
      snapshot_cpu_s: Math.round((cpu.user + cpu.system) / 1000) / 1000,
      feed_s: (t2 - t1) / 1000,
      push_s: (t3 - t2) / 1000,
      total_s: (t3 - t0) / 1000,
      variants: snapshot.variants,
      sent: provider.sent,
      feed_items: feed.item_count,
      peak_rss_mb: s.stop(),
      peak_rss_mb_by_phase: { snapshot: snapshotPeak, feed: feedPeak, push: pushPeak },
      page_size: pageSize ?? "default",
      snapshot_timings_ms: timings,
    })}`
  )
}
