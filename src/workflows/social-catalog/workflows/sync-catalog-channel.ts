import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { SocialEvents } from "../../../lib/events"
import { channelLockKey } from "../lib/lease"
import { beginCatalogRunStep, claimCatalogRunStep, finishCatalogRunStep } from "../steps/run"
import { buildCatalogSnapshotStep, publishCatalogFeedStep, pushCatalogChangesStep, reconcileCatalogStep } from "../steps/sync"
import { clearQueuedProductsStep, takeQueuedProductsStep } from "../steps/pending"

export const syncCatalogChannelWorkflowId = "sync-social-catalog-channel"

export type SyncCatalogChannelInput = {
  run_id: string
  channel_id: string
  /** This attempt's owner of the run's lease and of the channel's lock. */
  owner: string
  lease_seconds: number
}

/** The most queued products one delta takes; the rest stay queued for the next. */
const DELTA_LIMIT = 5000

/**
 * This workflow runs one sync of a channel, holding the channel's lock (Medusa's Locking module)
 * from its first step to its last: it takes the run under a lease that it renews while it works,
 * reads the channel's queued products, builds the snapshot (whole catalog, or the queued products
 * for a delta), publishes the feed (mode feed or both), reconciles against the platform's list
 * (the daily run of a push channel), pushes (mode push or both), closes the run, clears the queue
 * rows it handled and emits `social.catalog.synced`. The lock is taken without waiting: when
 * another run holds the channel, this one stays queued and runs after it. Every stage is
 * idempotent, so a run whose worker died is taken over and run again by another worker once its
 * lease has expired, and sends only what the platform does not have yet.
 *
 * The admin's "sync now" (through the `social.catalog.sync_requested` event on the worker), the
 * delta job and the daily job all start this workflow, through `runCatalogSync`.
 *
 * @example
 * await syncCatalogChannelWorkflow(container).run({
 *   input: { run_id: "scrun_123", channel_id: "scch_123", owner: newRunOwner(), lease_seconds: 120 },
 * })
 */
export const syncCatalogChannelWorkflow = createWorkflow(syncCatalogChannelWorkflowId, function (input: SyncCatalogChannelInput) {
  const lockKey = transform({ input }, ({ input }) => channelLockKey(input.channel_id))
  acquireLockStep({ key: lockKey, ownerId: input.owner, ttl: input.lease_seconds, timeout: 0 })
  const claimed = claimCatalogRunStep({ run_id: input.run_id, owner: input.owner, lease_seconds: input.lease_seconds })
  const queue = takeQueuedProductsStep({ channel_id: input.channel_id, limit: DELTA_LIMIT })
  const stage = transform({ claimed, queue }, ({ claimed, queue }) => ({
    run_id: claimed.run.id,
    channel_id: claimed.channel.id,
    force: claimed.run.force,
    product_ids: claimed.run.kind === "delta" ? queue.product_ids : null,
  }))
  beginCatalogRunStep(
    transform({ claimed, queue }, ({ claimed, queue }) => ({ run_id: claimed.run.id, channel_id: claimed.channel.id, kind: claimed.run.kind, product_ids: queue.product_ids }))
  )
  const snapshot = buildCatalogSnapshotStep(stage)
  const feedInput = transform({ stage, snapshot, claimed }, ({ stage, snapshot, claimed }) => ({
    ...stage,
    // A delta that changed nothing keeps the published feed as it is.
    skip: claimed.run.kind === "delta" && !!claimed.channel.feed && snapshot.created + snapshot.updated + snapshot.deleted + snapshot.invalid === 0,
  }))
  const feed = when({ claimed }, ({ claimed }) => claimed.channel.mode !== "push").then(() => publishCatalogFeedStep(feedInput))
  // Reconcile before the push: the items it finds missing on the platform go out in this run.
  const reconcile = when({ claimed }, ({ claimed }) => claimed.run.reconcile && claimed.channel.mode !== "feed" && claimed.run.kind === "full").then(() =>
    reconcileCatalogStep(stage)
  )
  const push = when({ claimed }, ({ claimed }) => claimed.channel.mode !== "feed").then(() => pushCatalogChangesStep(stage))
  const finishInput = transform({ claimed, snapshot, feed, push, reconcile, input }, ({ claimed, snapshot, feed, push, reconcile, input }) => ({
    run_id: claimed.run.id,
    channel_id: claimed.channel.id,
    owner: input.owner,
    kind: claimed.run.kind,
    results: { snapshot, feed: feed ?? null, push: push ?? null, reconcile: reconcile ?? null },
  }))
  const synced = finishCatalogRunStep(finishInput)
  // A run that succeeded covers what was queued when it started (a full run all of it); a change
  // queued again since stays for the next delta.
  clearQueuedProductsStep(transform({ input, queue }, ({ input, queue }) => ({ channel_id: input.channel_id, product_ids: queue.product_ids, taken_at: queue.taken_at })))
  releaseLockStep({ key: lockKey, ownerId: input.owner })
  emitEventStep({ eventName: SocialEvents.CATALOG_SYNCED, data: synced })
  return new WorkflowResponse(synced)
})
