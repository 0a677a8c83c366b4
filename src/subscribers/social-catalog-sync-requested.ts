import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SocialEvents, type CatalogSyncRequestedEvent } from "../lib/events"
import { runCatalogSync } from "../workflows/social-catalog/lib/run-sync"
import { catalogService } from "../workflows/social-catalog/lib/channel"

/**
 * Runs a sync an admin asked for, on the worker (the request only queued it). Only a run still
 * queued: the event delivered again (Redis redelivery, a retried producer) finds it running or
 * finished and leaves it, instead of running a finished run again. Interrupted runs are resumed by
 * the delta job, not by this event.
 */
export default async function socialCatalogSyncRequested({ event, container }: SubscriberArgs<CatalogSyncRequestedEvent>) {
  const [run] = await catalogService(container).listSocialCatalogRuns({ id: event.data.run_id }, { select: ["id", "status"], take: 1 })
  if (run?.status !== "queued") {
    return
  }
  await runCatalogSync(container, { run_id: event.data.run_id })
}

export const config: SubscriberConfig = { event: SocialEvents.CATALOG_SYNC_REQUESTED }
