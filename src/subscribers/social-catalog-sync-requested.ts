import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SocialEvents, type CatalogSyncRequestedEvent } from "../lib/events"
import { runCatalogSync } from "../workflows/social-catalog/lib/run-sync"
import { catalogModule } from "../modules/social-catalog"

/**
 * Runs a sync an admin asked for, on the worker (the request only recorded it). Only a run still
 * queued: the event delivered again (Redis redelivery, a retried producer) finds it running or
 * finished and leaves it, instead of running a finished run again (the workflow's claim refuses
 * it too). Runs whose worker died are taken over by the resume job, not by this event.
 */
export default async function socialCatalogSyncRequested({ event, container }: SubscriberArgs<CatalogSyncRequestedEvent>) {
  const [run] = await catalogModule(container).listSocialCatalogRuns({ id: event.data.run_id }, { select: ["id", "status"], take: 1 })
  if (run?.status !== "queued") {
    return
  }
  await runCatalogSync(container, event.data.run_id)
}

export const config: SubscriberConfig = { event: SocialEvents.CATALOG_SYNC_REQUESTED }
