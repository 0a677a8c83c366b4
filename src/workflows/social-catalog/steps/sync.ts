import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { buildSnapshot } from "../lib/snapshot-builder"
import { writeFeed } from "../lib/feed-writer"
import { pushChanges } from "../lib/push-runner"
import { reconcileChannel } from "../lib/reconcile"
import { catalogService, loadChannel } from "../lib/channel"
import { leaseOf } from "../lib/lease"

// Every stage below runs inside the sync workflow, which holds the channel's lock from its first
// step to its last: no stage takes a lock of its own.
type StageInput = { run_id: string; channel_id: string; force?: boolean; product_ids?: string[] | null }

async function progress(container: MedusaContainer, runId: string, stage: string, done: number, total?: number) {
  await catalogService(container).updateSocialCatalogRuns({ id: runId, stage, done, ...(total !== undefined ? { total } : {}) })
}

/**
 * A stage's progress, written at most once a second (a page of the snapshot takes milliseconds,
 * and each write is a round trip through the ORM); `flush` writes the last figure when the stage
 * ends, so a finished stage shows its full count.
 */
function progressOf(container: MedusaContainer, runId: string, stage: string) {
  let writtenAt = 0
  let unwritten: number | null = null
  return {
    report: async (done: number) => {
      unwritten = done
      if (Date.now() - writtenAt < 1000) return
      writtenAt = Date.now()
      unwritten = null
      await progress(container, runId, stage, done)
    },
    flush: async () => {
      if (unwritten === null) return
      const done = unwritten
      unwritten = null
      await progress(container, runId, stage, done)
    },
  }
}

/**
 * This step renders the channel's snapshot (all products, or the delta's) and stores what
 * changed. Rows are content-addressed, so running it again after a crash rewrites nothing; it
 * has no compensation for the same reason.
 */
export const buildCatalogSnapshotStep = createStep("build-social-catalog-snapshot", async (input: StageInput, { container }) => {
  const channel = await loadChannel(container, input.channel_id)
  // The snapshot stage: one call, easy to point at another builder.
  const progressed = progressOf(container, input.run_id, "snapshot")
  const result = await buildSnapshot(container, channel, { runId: input.run_id, productIds: input.product_ids ?? null, onPage: progressed.report })
  await progressed.flush()
  const { invalid_samples, changed_samples: _changed, ...counts } = result
  return new StepResponse({ ...counts, invalid_samples: invalid_samples.slice(0, 5) })
})

/** This step writes, checks and publishes the channel's pull feed. */
export const publishCatalogFeedStep = createStep("publish-social-catalog-feed", async (input: StageInput & { skip?: boolean }, { container }) => {
  if (input.skip) return new StepResponse({ published: false, skipped: true })
  const channel = await loadChannel(container, input.channel_id)
  // The progress bar's total: the last published feed's item count, which the run's feed is
  // close to. Counting the feed's rows first read the whole snapshot table (a sequential scan of
  // 2 KB rows) before the walk that reads it anyway; only a channel's first feed counts.
  const expected = channel.feed?.item_count ?? (await catalogService(container).countItems(channel.id, { feed: true }))
  await progress(container, input.run_id, "feed", 0, expected)
  const progressed = progressOf(container, input.run_id, "feed")
  const result = await writeFeed(container, channel, { force: input.force, onPage: progressed.report })
  // The stage ends at its true count.
  await progress(container, input.run_id, "feed", result.item_count, result.item_count)
  return new StepResponse({ ...result, skipped: false })
})

/** This step sends changed items to the platform's API and stores each item's outcome. */
export const pushCatalogChangesStep = createStep("push-social-catalog-changes", async (input: StageInput, { container }) => {
  const channel = await loadChannel(container, input.channel_id)
  // The rows this push has to send: changed content or deletions whose retry time has come.
  await progress(container, input.run_id, "push", 0, await catalogService(container).countItems(channel.id, { dueForPush: new Date() }))
  const progressed = progressOf(container, input.run_id, "push")
  const result = await pushChanges(container, channel, { lease: leaseOf(input.run_id), onBatch: progressed.report })
  await progressed.flush()
  return new StepResponse(result)
})

/** This step compares the platform's item list with the snapshot: orphans go, missing items come back. */
export const reconcileCatalogStep = createStep("reconcile-social-catalog", async (input: StageInput, { container }) => {
  const channel = await loadChannel(container, input.channel_id)
  return new StepResponse(await reconcileChannel(container, channel))
})
