import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CATALOG_SYNC_REQUESTED } from "../workflows/social-catalog/workflows/sync"
import { runCatalogSync } from "../workflows/social-catalog/lib/run-sync"
import { catalogService } from "../workflows/social-catalog/lib/channel"

/**
 * Runs a sync an admin asked for, on the worker (the request only queued it). Only a run still
 * queued: the event delivered again (Redis redelivery, a retried producer) finds it running or
 * finished and leaves it, instead of running a finished run again. Interrupted runs are resumed by
 * the delta job, not by this event.
 */
export default async function socialCatalogSyncRequested({ event, container }: SubscriberArgs<{ run_id: string }>) {
  const [run] = await catalogService(container).listSocialCatalogRuns({ id: event.data.run_id } as any, { select: ["id", "status"], take: 1 })
  if ((run as any)?.status !== "queued") {
    return
  }
  await runCatalogSync(container, { run_id: event.data.run_id })
}

export const config: SubscriberConfig = { event: CATALOG_SYNC_REQUESTED }
