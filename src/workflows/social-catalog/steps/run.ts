import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { countChannelVariants } from "../lib/snapshot-builder"
import { catalogService, loadChannel } from "../lib/channel"

/** This step opens a run row for a channel; its compensation removes it. */
export const createCatalogRunStep = createStep(
  "create-social-catalog-run",
  async (input: { channel_id: string; kind: "full" | "delta"; force?: boolean }, { container }) => {
    const service = catalogService(container)
    const channel = await loadChannel(container, input.channel_id)
    if (!channel.enabled) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Channel ${channel.id} is disabled`)
    }
    const open = async () => {
      const running = await service.listSocialCatalogRuns({ channel_id: channel.id, status: ["queued", "running"] } as any, { take: 1 })
      if (running.length && input.kind === "full") {
        // One run of a channel at a time: the caller gets the run already under way.
        return { run: running[0], created: false }
      }
      const run = await service.createSocialCatalogRuns({ channel_id: channel.id, kind: input.kind, force: !!input.force, status: "queued" } as any)
      return { run, created: true }
    }
    // The look-up and the insert under one lock per channel (Redis locking across processes): two
    // "sync now" at the same moment on two servers otherwise both found no run and made two (the
    // multi-process test saw it).
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

/**
 * This step marks a run as started. Its progress total is the number of variants this channel
 * has to handle in this run (the channel's sales channel and filters, or the delta's products),
 * not the whole catalog's.
 */
export const beginCatalogRunStep = createStep(
  "begin-social-catalog-run",
  async (input: { run_id: string; product_ids?: string[] | null }, { container }) => {
    const service = catalogService(container)
    const run: any = await service.retrieveSocialCatalogRun(input.run_id)
    const channel = await loadChannel(container, run.channel_id)
    const total = await countChannelVariants(container, channel, run.kind === "delta" ? (input.product_ids ?? []) : null)
    await service.updateSocialCatalogRuns({
      id: run.id,
      status: "running",
      stage: "snapshot",
      started_at: run.started_at ?? new Date(),
      total,
      done: 0,
    } as any)
    return new StepResponse({ run: { id: run.id, kind: run.kind as "full" | "delta", force: !!run.force }, channel })
  }
)

/** This step closes a run with its results. */
export const finishCatalogRunStep = createStep(
  "finish-social-catalog-run",
  async (input: { run_id: string; channel_id: string; kind: string; results: Record<string, any> }, { container }) => {
    const service = catalogService(container)
    const failed = input.results.push?.failed ?? 0
    await service.updateSocialCatalogRuns({
      id: input.run_id,
      status: "succeeded",
      stage: "done",
      results: input.results,
      finished_at: new Date(),
    } as any)
    if (input.kind === "full") {
      await service.updateSocialCatalogChannels({ id: input.channel_id, last_full_sync_at: new Date() } as any)
    }
    return new StepResponse({
      channel_id: input.channel_id,
      run_id: input.run_id,
      sent: input.results.push?.sent ?? 0,
      failed,
      deferred: input.results.push?.deferred ?? 0,
    })
  }
)
