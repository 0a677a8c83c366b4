import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SocialEvents } from "../../../lib/events"
import { beginCatalogRunStep, createCatalogRunStep, finishCatalogRunStep } from "../steps/run"
import { buildCatalogSnapshotStep, publishCatalogFeedStep, pushCatalogChangesStep, reconcileCatalogStep } from "../steps/sync"
import { clearQueuedProductsStep, queueCatalogProductsStep, takeQueuedProductsStep, type ChangedInput } from "../steps/pending"

export const CATALOG_SYNC_REQUESTED = "social.catalog.sync_requested"

/**
 * This workflow queues a sync of a channel: it opens a run and emits
 * `social.catalog.sync_requested`, which the worker answers by running the sync. The HTTP
 * request returns at once with the run's id.
 */
export const requestCatalogSyncWorkflow = createWorkflow(
  "request-social-catalog-sync",
  function (input: { channel_id: string; kind?: "full" | "delta"; force?: boolean; emit?: boolean }) {
    const kind = transform({ input }, ({ input }) => input.kind ?? "full")
    const opened = createCatalogRunStep({ channel_id: input.channel_id, kind, force: input.force })
    const data = transform({ opened }, ({ opened }) => ({ run_id: opened.run.id }))
    when({ opened, input }, ({ opened, input }) => opened.created && input.emit !== false).then(() => {
      emitEventStep({ eventName: CATALOG_SYNC_REQUESTED, data })
    })
    return new WorkflowResponse(opened)
  }
)

/**
 * This workflow runs one sync of a channel: the snapshot (whole catalog, or the given products
 * for a delta), then the feed (mode feed or both), then for the daily full run of a push channel
 * the reconcile against the platform's list, then the push (mode push or both), and emits
 * `social.catalog.synced`. Every stage is idempotent: a run interrupted by a crash is run again
 * and sends only what the platform does not have yet.
 */
export const syncCatalogChannelWorkflow = createWorkflow(
  "sync-social-catalog-channel",
  function (input: { run_id: string; product_ids?: string[] | null; reconcile?: boolean }) {
    const begun = beginCatalogRunStep({ run_id: input.run_id, product_ids: input.product_ids })
    const stage = transform({ begun, input }, ({ begun, input }) => ({
      run_id: begun.run.id,
      channel_id: begun.channel.id,
      force: begun.run.force,
      product_ids: begun.run.kind === "delta" ? (input.product_ids ?? []) : null,
    }))
    const snapshot = buildCatalogSnapshotStep(stage)
    const feedInput = transform({ stage, snapshot, begun }, ({ stage, snapshot, begun }) => ({
      ...stage,
      // A delta that changed nothing keeps the published feed as it is.
      skip: begun.run.kind === "delta" && !!begun.channel.feed && snapshot.created + snapshot.updated + snapshot.deleted + snapshot.invalid === 0,
    }))
    const feed = when({ begun }, ({ begun }) => begun.channel.mode !== "push").then(() => publishCatalogFeedStep(feedInput))
    // Reconcile before the push: the items it finds missing on the platform go out in this run.
    const reconcile = when({ begun, input }, ({ begun, input }) => !!input.reconcile && begun.channel.mode !== "feed" && begun.run.kind === "full").then(() =>
      reconcileCatalogStep(stage)
    )
    const push = when({ begun }, ({ begun }) => begun.channel.mode !== "feed").then(() => pushCatalogChangesStep(stage))
    const finishInput = transform({ begun, snapshot, feed, push, reconcile }, ({ begun, snapshot, feed, push, reconcile }) => ({
      run_id: begun.run.id,
      channel_id: begun.channel.id,
      kind: begun.run.kind,
      results: { snapshot, feed: feed ?? null, push: push ?? null, reconcile: reconcile ?? null },
    }))
    const synced = finishCatalogRunStep(finishInput)
    emitEventStep({ eventName: SocialEvents.CATALOG_SYNCED, data: synced })
    return new WorkflowResponse(synced)
  }
)

/** This workflow queues changed products for the next delta (subscribers start it). */
export const queueCatalogProductsWorkflow = createWorkflow("queue-social-catalog-products", function (input: ChangedInput) {
  return new WorkflowResponse(queueCatalogProductsStep(input))
})

/** This workflow reads a channel's queued products for a delta run. */
export const takeCatalogQueueWorkflow = createWorkflow("take-social-catalog-queue", function (input: { channel_id: string; limit?: number }) {
  return new WorkflowResponse(takeQueuedProductsStep(input))
})

/**
 * This workflow empties the queue rows a channel's run has processed. The delta job starts it
 * only when the run succeeded: a failed channel keeps its queue for the next delta.
 */
export const clearCatalogQueueWorkflow = createWorkflow(
  "clear-social-catalog-queue",
  function (input: { channel_id: string; product_ids: string[]; taken_at: string }) {
    return new WorkflowResponse(clearQueuedProductsStep(input))
  }
)
