import type { MedusaContainer } from "@medusajs/framework/types"
import { catalogService } from "../workflows/social-catalog/lib/channel"
import { runCatalogSync } from "../workflows/social-catalog/lib/run-sync"
import { requestCatalogSyncWorkflow } from "../workflows/social-catalog/workflows/sync"

/**
 * Once a day: a full rebuild of every enabled channel (what events missed, price lists that
 * started or ended) and, for push channels, a reconcile against the platform's own item list.
 */
export default async function socialCatalogDaily(container: MedusaContainer) {
  const channels = await catalogService(container).listSocialCatalogChannels({ enabled: true } as any, { select: ["id"] })
  for (const channel of channels as any[]) {
    const { result } = await requestCatalogSyncWorkflow(container).run({ input: { channel_id: channel.id, kind: "full", emit: false } })
    if (result.created) await runCatalogSync(container, { run_id: result.run.id, reconcile: true })
  }
}

export const config = { name: "social-catalog-daily", schedule: "30 3 * * *" }
