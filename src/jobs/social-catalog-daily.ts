import type { MedusaContainer } from "@medusajs/framework/types"
import { catalogModule } from "../modules/social-catalog"
import { requestAndRunCatalogSync } from "../workflows/social-catalog/lib/run-sync"

/**
 * Once a day: a full rebuild of every enabled channel (what events missed, price lists that
 * started or ended) and, for push channels, a reconcile against the platform's own item list.
 * A full run that succeeded covers what was queued before it started, so that queue is cleared.
 */
export default async function socialCatalogDaily(container: MedusaContainer) {
  const logger = container.resolve("logger")
  const channels = await catalogModule(container).listSocialCatalogChannels({ enabled: true }, { select: ["id"] })
  for (const channel of channels) {
    try {
      await requestAndRunCatalogSync(container, { channel_id: channel.id, kind: "full", reconcile: true })
    } catch (e) {
      logger.warn(`[social-catalog] daily run of channel ${channel.id} failed: ${(e as Error)?.message ?? e}`)
    }
  }
}

export const config = { name: "social-catalog-daily", schedule: "30 3 * * *" }
