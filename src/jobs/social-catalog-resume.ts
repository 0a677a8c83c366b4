import type { MedusaContainer } from "@medusajs/framework/types"
import { catalogModule } from "../modules/social-catalog"
import { runCatalogSync } from "../workflows/social-catalog/lib/run-sync"
import { runLeaseSeconds } from "../workflows/social-catalog/lib/lease"

/**
 * Every minute: takes over the runs whose worker died (their lease expired: a crash, a deploy, a
 * SIGKILL) and the runs left queued (a request whose event was lost, a delta whose channel's
 * holder died before running it). Each goes through the sync workflow again, which sends only
 * what the platform does not have yet and first sends again, with the same item ids, a batch the
 * dead worker left in doubt.
 */
export default async function socialCatalogResume(container: MedusaContainer) {
  const logger = container.resolve("logger")
  // A queued run younger than one lease is left to the worker that queued it.
  const orphaned = await catalogModule(container).listOrphanedRuns(runLeaseSeconds(container) * 1000)
  for (const run of orphaned) {
    logger.info(`[social-catalog] taking over run ${run.id} (${run.status === "running" ? `its worker ${run.lease_owner ?? "?"} stopped renewing its lease` : "left queued"})`)
    try {
      await runCatalogSync(container, run.id)
    } catch (e) {
      logger.warn(`[social-catalog] resuming run ${run.id} failed: ${(e as Error)?.message ?? e}`)
    }
  }
}

// SOCIAL_CATALOG_RESUME_INTERVAL_MS (a number of milliseconds) makes it look more often: the
// multi-process test runs with a lease of a few seconds.
const interval = Number(process.env.SOCIAL_CATALOG_RESUME_INTERVAL_MS)
export const config = {
  name: "social-catalog-resume",
  schedule: Number.isFinite(interval) && interval >= 1000 ? { interval } : "* * * * *",
}
