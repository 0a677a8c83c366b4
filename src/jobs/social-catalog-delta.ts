import type { MedusaContainer } from "@medusajs/framework/types"
import { catalogService } from "../workflows/social-catalog/lib/channel"
import { runCatalogSync } from "../workflows/social-catalog/lib/run-sync"
import {
  clearCatalogQueueWorkflow,
  requestCatalogSyncWorkflow,
  takeCatalogQueueWorkflow,
} from "../workflows/social-catalog/workflows/sync"

// A run still "running" after this long was interrupted (a crash, a deploy): run it again.
const STALE_RUN_MS = 30 * 60_000

/**
 * Every 15 minutes: resumes interrupted runs, then runs a delta of every enabled channel for the
 * products queued for it by the change subscribers (and retries items whose backoff has passed).
 * A channel clears its queue only when its run succeeded: a failed run leaves the products queued
 * for the next delta, so no change is lost. A channel that never had a full run gets one (a delta
 * would publish a feed of the changed products only).
 */
export default async function socialCatalogDelta(container: MedusaContainer) {
  const service = catalogService(container)
  const logger = container.resolve("logger")
  const stale = await service.listSocialCatalogRuns({ status: ["queued", "running"], updated_at: { $lt: new Date(Date.now() - STALE_RUN_MS) } } as any, { take: 50 })
  for (const run of stale as any[]) {
    await runCatalogSync(container, { run_id: run.id, reconcile: run.kind === "full" })
  }

  const channels = await service.listSocialCatalogChannels({ enabled: true } as any, { select: ["id", "mode", "last_full_sync_at"] })
  for (const channel of channels as any[]) {
    try {
      const { result: queue } = await takeCatalogQueueWorkflow(container).run({ input: { channel_id: channel.id, limit: 5000 } })
      const kind = channel.last_full_sync_at ? "delta" : "full"
      if (kind === "delta" && !queue.product_ids.length && channel.mode === "feed") continue
      const { result } = await requestCatalogSyncWorkflow(container).run({ input: { channel_id: channel.id, kind, emit: false } })
      if (!result.created) continue
      const ok = await runCatalogSync(container, { run_id: result.run.id, product_ids: queue.product_ids })
      if (ok) {
        await clearCatalogQueueWorkflow(container).run({ input: { channel_id: channel.id, product_ids: queue.product_ids, taken_at: queue.taken_at } })
      }
    } catch (e: any) {
      // One channel's trouble must not stop the others; its queue stays for the next delta.
      logger.warn(`[social-catalog] delta of channel ${channel.id} failed: ${e?.message ?? e}`)
    }
  }
}

export const config = { name: "social-catalog-delta", schedule: "*/15 * * * *" }
