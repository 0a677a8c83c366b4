import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteStaleCardFilesStep, deleteStaleCardRecordsStep } from "../steps/delete-stale-cards"
import { findStaleCardsStep, type FindStaleCardsInput } from "../steps/find-stale-cards"

export const cleanupSocialCardsWorkflowId = "social-card-cleanup"

/**
 * This workflow deletes, over one page of stored cards, the cards no product uses any more: those
 * replaced by a newer card more than `supersededCardGraceDays` ago (and not current again), and
 * those of products deleted that long ago. Records first (restored if a later step fails), files
 * last. Answers where the next page starts (`next_after`, null at the end). Run daily by the
 * `social-cleanup-cards` job.
 *
 * @example
 * const { result } = await cleanupSocialCardsWorkflow(container).run({ input: { limit: 200 } })
 * // { scanned: 200, deleted: 12, next_after: "scard_01..." }
 */
export const cleanupSocialCardsWorkflow = createWorkflow(cleanupSocialCardsWorkflowId, function (input: FindStaleCardsInput) {
  const found = findStaleCardsStep(input)
  const stale = transform({ found }, ({ found }) => found.stale)
  const deleted = deleteStaleCardRecordsStep(stale)
  deleteStaleCardFilesStep(stale)
  return new WorkflowResponse(
    transform({ found, deleted }, ({ found, deleted }) => ({ scanned: found.scanned, deleted, next_after: found.next_after, cutoff: found.cutoff }))
  )
})
