import type { MedusaContainer } from "@medusajs/framework/types"
import { syncCatalogChannelWorkflow } from "../workflows/sync-catalog-channel"
import { requestCatalogSyncWorkflow } from "../workflows/request-catalog-sync"
import type { RunKind } from "../../../modules/social-catalog/types"
import { catalogService } from "./channel"
import { dropLease, newRunOwner, runLeaseSeconds } from "./lease"

export type RunOutcome = "succeeded" | "failed" | "busy"

/** The channel's lock was held, or the run was another worker's: nothing ran, nothing failed. */
function isBusy(message: string) {
  return /acquire lock|held by another worker|has ended/i.test(message)
}

/**
 * Runs a recorded run with the sync workflow, as a new owner of its lease, and records a failure
 * on the run (the workflow's own error is otherwise only in the logs). When the channel is busy
 * (another run holds its lock) the run stays queued: that run's worker runs it right after its
 * own (below), or the resume job does. After a run, the channel's next queued run goes at once,
 * so a delta asked for during a run is not lost nor left waiting for the next job.
 */
export async function runCatalogSync(container: MedusaContainer, runId: string): Promise<RunOutcome> {
  const service = catalogService(container)
  const logger = container.resolve("logger")
  let next: string | null = runId
  let first: RunOutcome = "busy"
  for (let i = 0; next && i < 10; i++) {
    const run = await service.retrieveSocialCatalogRun(next)
    const owner = newRunOwner()
    const { errors } = await syncCatalogChannelWorkflow(container).run({
      input: { run_id: run.id, channel_id: run.channel_id, owner, lease_seconds: runLeaseSeconds(container) },
      throwOnError: false,
    })
    dropLease(run.id)
    let outcome: RunOutcome = "succeeded"
    if (errors?.length) {
      const message = errors.map((e) => (e.error instanceof Error ? e.error.message : String(e.error?.message ?? e.error))).join("; ").slice(0, 2000)
      if (isBusy(message)) {
        outcome = "busy"
      } else {
        outcome = "failed"
        // Only this owner's run: a run taken over by another worker is that worker's to close.
        await service.finishRun(run.id, owner, { status: "failed", error: message })
        logger.warn(`[social-catalog] run ${run.id} failed: ${message}`)
      }
    }
    if (i === 0) first = outcome
    if (outcome === "busy") break
    next = (await service.nextQueuedRun(run.channel_id))?.id ?? null
  }
  return first
}

/**
 * Records a run of a channel (or finds the one covering it) and runs it here: what the jobs do
 * on the worker. A run already running elsewhere is left to its worker.
 */
export async function requestAndRunCatalogSync(container: MedusaContainer, input: { channel_id: string; kind: RunKind; reconcile?: boolean }) {
  const { result } = await requestCatalogSyncWorkflow(container).run({ input: { ...input, emit: false } })
  if (result.run.status !== "queued") return { run_id: result.run.id, outcome: "busy" as RunOutcome }
  return { run_id: result.run.id, outcome: await runCatalogSync(container, result.run.id) }
}
