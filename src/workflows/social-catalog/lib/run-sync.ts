import type { MedusaContainer } from "@medusajs/framework/types"
import { syncCatalogChannelWorkflow } from "../workflows/sync"
import { catalogService } from "./channel"

/**
 * Runs a queued sync and records a failure on the run (the workflow's own error is otherwise
 * only in the logs). Used by the subscriber and the jobs.
 */
export async function runCatalogSync(container: MedusaContainer, input: { run_id: string; product_ids?: string[] | null; reconcile?: boolean }) {
  const { errors } = await syncCatalogChannelWorkflow(container).run({ input, throwOnError: false })
  if (errors?.length) {
    const message = errors.map((e: any) => e.error?.message ?? String(e.error)).join("; ").slice(0, 2000)
    await catalogService(container).updateSocialCatalogRuns({ id: input.run_id, status: "failed", error: message, finished_at: new Date() } as any)
    container.resolve("logger").warn(`[social-catalog] run ${input.run_id} failed: ${message}`)
    return false
  }
  return true
}
