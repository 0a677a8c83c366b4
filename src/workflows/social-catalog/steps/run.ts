import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { countChannelVariants } from "../lib/snapshot-builder"
import { catalogService, loadChannel } from "../lib/channel"
import { dropLease, holdLease, RunLease } from "../lib/lease"
import type { RunKind } from "../../../modules/social-catalog/types"

/**
 * This step records a sync run of a channel, or answers the run that already covers it (a full
 * run queued or running; for a delta, any queued run). Its compensation removes a run it made.
 */
export const createCatalogRunStep = createStep(
  "create-social-catalog-run",
  async (input: { channel_id: string; kind: RunKind; force?: boolean; reconcile?: boolean }, { container }) => {
    const service = catalogService(container)
    const channel = await loadChannel(container, input.channel_id)
    if (!channel.enabled) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Channel ${channel.id} is disabled`)
    }
    const open = () => service.requestRun(channel.id, { kind: input.kind, force: input.force, reconcile: input.reconcile })
    // The look-up and the insert under one lock per channel (Redis locking across processes): two
    // "sync now" at the same moment on two servers otherwise both found no run and made two (the
    // multi-process test saw it). A short lock of its own: the channel's sync lock is held for a
    // whole run, and a request must be recorded while a run holds it.
    const result = container.hasRegistration(Modules.LOCKING)
      ? await container.resolve(Modules.LOCKING).execute(`social-catalog-run:${channel.id}`, open, { timeout: 10 })
      : await open()
    return new StepResponse(result, result.created ? result.run.id : null)
  },
  async (id, { container }) => {
    if (!id) return
    await catalogService(container).deleteSocialCatalogRuns(id)
  }
)

export type ClaimInput = { run_id: string; owner: string; lease_seconds: number }

/**
 * This step takes the run for this worker under a lease (the workflow holds the channel's lock
 * already) and starts renewing it. A run another live worker holds, or one that ended, cannot be
 * taken: the step throws and nothing runs. Its compensation stops the renewal.
 */
export const claimCatalogRunStep = createStep(
  "claim-social-catalog-run",
  async (input: ClaimInput, { container }) => {
    const run = await catalogService(container).claimRun(input.run_id, input.owner, input.lease_seconds * 1000)
    if (!run) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Run ${input.run_id} is held by another worker or has ended`)
    }
    holdLease(new RunLease(container, run.id, run.channel_id, input.owner, input.lease_seconds))
    const channel = await loadChannel(container, run.channel_id)
    return new StepResponse({ run: { id: run.id, kind: run.kind, force: run.force, reconcile: run.reconcile }, channel }, run.id)
  },
  async (runId, { container: _container }) => {
    if (runId) dropLease(runId)
  }
)

/**
 * This step marks a run as started. Its progress total is the number of variants this channel
 * has to handle in this run (the channel's sales channel and filters, or the delta's products),
 * not the whole catalog's.
 */
export const beginCatalogRunStep = createStep(
  "begin-social-catalog-run",
  async (input: { run_id: string; channel_id: string; kind: RunKind; product_ids: string[] }, { container }) => {
    const channel = await loadChannel(container, input.channel_id)
    const total = await countChannelVariants(container, channel, input.kind === "delta" ? input.product_ids : null)
    await catalogService(container).updateSocialCatalogRuns({ id: input.run_id, stage: "snapshot", total, done: 0 })
    return new StepResponse({ total })
  }
)

/** This step closes a run with its results and stops renewing its lease. */
export const finishCatalogRunStep = createStep(
  "finish-social-catalog-run",
  async (
    input: { run_id: string; channel_id: string; owner: string; kind: RunKind; results: { push?: { sent: number; failed: number; deferred: number } | null } & Record<string, unknown> },
    { container }
  ) => {
    const service = catalogService(container)
    const ended = await service.finishRun(input.run_id, input.owner, { status: "succeeded", results: input.results })
    dropLease(input.run_id)
    if (!ended) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Run ${input.run_id} was taken over by another worker before it ended`)
    }
    if (input.kind === "full") {
      await service.updateSocialCatalogChannels({ id: input.channel_id, last_full_sync_at: new Date() })
    }
    return new StepResponse({
      channel_id: input.channel_id,
      run_id: input.run_id,
      sent: input.results.push?.sent ?? 0,
      failed: input.results.push?.failed ?? 0,
      deferred: input.results.push?.deferred ?? 0,
    })
  }
)
