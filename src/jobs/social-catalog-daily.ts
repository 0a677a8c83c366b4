import type { MedusaContainer } from "@medusajs/framework/types"
import { catalogService } from "../workflows/social-catalog/lib/channel"
import { runCatalogSync } from "../workflows/social-catalog/lib/run-sync"
import {
  clearCatalogQueueWorkflow,
  requestCatalogSyncWorkflow,
  takeCatalogQueueWorkflow,
} from "../workflows/social-catalog/workflows/sync"

/**
 * Once a day: a full rebuild of every enabled channel (what events missed, price lists that
 * started or ended) and, for push channels, a reconcile against the platform's own item list.
 * A full run that succeeded covers what was queued before it started, so that queue is cleared.
 */
export default async function socialCatalogDaily(container: MedusaContainer) {
  const logger = container.resolve("logger")
  const channels = await catalogService(container).listSocialCatalogChannels({ enabled: true } as any, { select: ["id"] })
  for (const channel of channels as any[]) {
    try {
      const { result: queue } = await takeCatalogQueueWorkflow(container).run({ input: { channel_id: channel.id, limit: 5000 } })
      const { result } = await requestCatalogSyncWorkflow(container).run({ input: { channel_id: channel.id, kind: "full", emit: false } })
      if (!result.created) continue
      const ok = await runCatalogSync(container, { run_id: result.run.id, reconcile: true })
      if (ok) {
        await clearCatalogQueueWorkflow(container).run({ input: { channel_id: channel.id, product_ids: queue.product_ids, taken_at: queue.taken_at } })
      }
    } catch (e: any) {
      logger.warn(`[social-catalog] daily run of channel ${channel.id} failed: ${e?.message ?? e}`)
    }
  }
}

export const config = { name: "social-catalog-daily", schedule: "30 3 * * *" }
