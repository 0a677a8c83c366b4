import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { computeShareVisitorCutoffStep, pruneShareVisitorsStep } from "../steps/prune-share-visitors"

export const pruneShareVisitorsWorkflowId = "prune-share-visitors"

/**
 * This workflow deletes share-link visitor rows (keyed hashes that recognise a returning visitor)
 * older than any reward rule window needs: `shareVisitorRetentionDays` (default 90), or the
 * longest `within_hours` of the `share_visitors` reward rules when longer. Click and distinct
 * visitor counts stay: they are summed from the click ledger. Run daily by the
 * `social-prune-share-visitors` job.
 *
 * @example
 * const { result } = await pruneShareVisitorsWorkflow(container).run({ input: {} })
 * // { deleted: 1200, cutoff: "2026-08-24T03:41:00.000Z", retention_hours: 2160 }
 */
export const pruneShareVisitorsWorkflow = createWorkflow(
  pruneShareVisitorsWorkflowId,
  function (input: { now?: string }) {
    const horizon = computeShareVisitorCutoffStep(input)
    const deleted = pruneShareVisitorsStep(horizon)
    return new WorkflowResponse(
      transform({ horizon, deleted }, ({ horizon, deleted }) => ({ deleted, cutoff: horizon.cutoff, retention_hours: horizon.retention_hours }))
    )
  }
)
