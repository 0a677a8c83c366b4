import type { MedusaContainer } from "@medusajs/framework/types"
import { flushShareClicks } from "../workflows/social-share/click-flusher"

/**
 * Flushes share clicks once a minute in the worker: with Redis, this picks up the batches of
 * server processes that stopped before their own timer ran. Server processes flush their own
 * clicks on a shorter timer (see click-flusher.ts).
 */
export default async function flushShareClicksJob(container: MedusaContainer) {
  await flushShareClicks(container)
}

export const config = { name: "social-flush-share-clicks", schedule: "* * * * *" }
