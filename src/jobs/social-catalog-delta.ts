import type { MedusaContainer } from "@medusajs/framework/types"
import { catalogModule } from "../modules/social-catalog"
import { requestAndRunCatalogSync } from "../workflows/social-catalog/lib/run-sync"

/**
 * Every 15 minutes: a delta of every enabled channel for the products queued for it by the
 * change subscribers and the price watch (and the retries whose backoff has passed). A run
 * clears the queue rows it handled only when it succeeded: a failed run leaves the products
 * queued for the next delta, so no change is lost. A channel another run holds gets its delta
 * queued, run right after that run. A channel that never had a full run gets one (a delta would
 * publish a feed of the changed products only). Runs whose worker died are taken over by the
 * resume job, within a minute of their lease's end.
 */
export default async function socialCatalogDelta(container: MedusaContainer) {
  const service = catalogModule(container)
  const logger = container.resolve("logger")
  const channels = await service.listSocialCatalogChannels({ enabled: true }, { select: ["id", "mode", "last_full_sync_at"] })
  for (const channel of channels) {
    try {
      const kind = channel.last_full_sync_at ? "delta" : "full"
      // A feed channel with nothing queued has nothing to do; a push channel may have retries due.
      if (kind === "delta" && channel.mode === "feed" && !(await service.takeQueue(channel.id, 1)).product_ids.length) continue
      await requestAndRunCatalogSync(container, { channel_id: channel.id, kind })
    } catch (e) {
      // One channel's trouble must not stop the others; its queue stays for the next delta.
      logger.warn(`[social-catalog] delta of channel ${channel.id} failed: ${(e as Error)?.message ?? e}`)
    }
  }
}

export const config = { name: "social-catalog-delta", schedule: "*/15 * * * *" }
