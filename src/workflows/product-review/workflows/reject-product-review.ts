import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SocialEvents, type ReviewRejectedEvent } from "../../../lib/events"
import type { RejectionReason } from "../../../modules/product-review"
import { setReviewStatusStep } from "../steps/set-review-status"
import { deleteReviewPhotosStep } from "../steps/delete-review-photos"
import { resolveReviewReportsStep } from "../steps/resolve-review-reports"

export const rejectProductReviewWorkflowId = "reject-product-review"

/**
 * This workflow rejects a review with a reason from the neutral list (REJECTION_REASONS; never
 * the rating). The review leaves the store API and the stats at once; its photos are deleted
 * (File module) and its open abuse reports closed. It emits
 * `social.review.rejected` when the status or reason changed, so that a capability that acted on
 * the approval (rewards) can undo it; rejecting again with the same reason emits nothing.
 */
export const rejectProductReviewWorkflow = createWorkflow(
  rejectProductReviewWorkflowId,
  function (input: { id: string; reason: RejectionReason; actor_id?: string | null }) {
    const result = setReviewStatusStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        status: "rejected" as const,
        reason: input.reason,
        actor_id: input.actor_id,
      }))
    )
    when({ result }, ({ result }) => result.changed).then(() => {
      const data = transform({ result, input }, ({ result, input }): ReviewRejectedEvent => ({
        id: result.review.id,
        product_id: result.review.product_id,
        customer_id: result.review.customer_id,
        reason: input.reason,
        previous_status: result.previous_status,
        moderated_at: result.review.moderated_at,
      }))
      emitEventStep({ eventName: SocialEvents.REVIEW_REJECTED, data }).config({ name: "emit-review-rejected" })
    })
    // A rejected review's photos are deleted (files and rows), and its open reports closed.
    // Rejecting again finds none: nothing changes.
    resolveReviewReportsStep(transform({ input }, ({ input }) => ({ review_id: input.id, resolution: "review_rejected" })))
    deleteReviewPhotosStep(transform({ input }, ({ input }) => ({ review_id: input.id })))
    return new WorkflowResponse(result)
  }
)
