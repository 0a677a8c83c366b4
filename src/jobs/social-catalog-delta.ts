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
 * products queued by the change subscribers (and retries items whose backoff has passed).
 */
export default async function socialCatalogDelta(container: MedusaContainer) {
  const service = catalogService(container)
  const stale = await service.listSocialCatalogRuns({ status: ["queued", "running"], updated_at: { $lt: new Date(Date.now() - STALE_RUN_MS) } } as any, { take: 50 })
  for (const run of stale as any[]) {
    await runCatalogSync(container, { run_id: run.id, reconcile: run.kind === "full" })
  }

  const { result: queue } = await takeCatalogQueueWorkflow(container).run({ input: { limit: 5000 } })
  const channels = await service.listSocialCatalogChannels({ enabled: true } as any, { select: ["id", "mode"] })
  for (const channel of channels as any[]) {
    if (!queue.product_ids.length && channel.mode === "feed") continue
    const { result } = await requestCatalogSyncWorkflow(container).run({ input: { channel_id: channel.id, kind: "delta", emit: false } })
    await runCatalogSync(container, { run_id: result.run.id, product_ids: queue.product_ids })
  }
  await clearCatalogQueueWorkflow(container).run({ input: { ids: queue.ids } })
}

export const config = { name: "social-catalog-delta", schedule: "*/15 * * * *" }
