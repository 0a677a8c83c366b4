import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CATALOG_SYNC_REQUESTED } from "../workflows/social-catalog/workflows/sync"
import { runCatalogSync } from "../workflows/social-catalog/lib/run-sync"

/** Runs a sync an admin asked for, on the worker (the request only queued it). */
export default async function socialCatalogSyncRequested({ event, container }: SubscriberArgs<{ run_id: string }>) {
  await runCatalogSync(container, { run_id: event.data.run_id })
}

export const config: SubscriberConfig = { event: CATALOG_SYNC_REQUESTED }
