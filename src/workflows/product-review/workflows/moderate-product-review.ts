import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SocialEvents, type ReviewApprovedEvent } from "../../../lib/events"
import type { RejectionReason } from "../../../modules/product-review"
import { setReviewStatusStep } from "../steps/set-review-status"

/**
 * This workflow approves a review and emits `social.review.approved` (payload `ReviewApprovedEvent`),
 * which the rewards capability turns into a grant. Approving an approved review changes nothing
 * and emits nothing.
 *
 * @example
 * await approveProductReviewWorkflow(container).run({ input: { id: "prev_1", actor_id: "user_1" } })
 */
export const approveProductReviewWorkflow = createWorkflow(
  "approve-product-review",
  function (input: { id: string; actor_id?: string | null }) {
    const result = setReviewStatusStep(
      transform({ input }, ({ input }) => ({ id: input.id, status: "approved" as const, actor_id: input.actor_id }))
    )
    when({ result }, ({ result }) => result.changed).then(() => {
      const data = transform({ result }, ({ result }): ReviewApprovedEvent => ({
        id: result.review.id,
        product_id: result.review.product_id,
        customer_id: result.review.customer_id,
        verified_purchase: result.review.verified_purchase,
        has_media: result.review.has_media,
      }))
      emitEventStep({ eventName: SocialEvents.REVIEW_APPROVED, data })
    })
    return new WorkflowResponse(result)
  }
)

/**
 * This workflow rejects a review with a reason from the neutral list (REJECTION_REASONS; never
 * the rating). The review leaves the store API and the stats at once.
 */
export const rejectProductReviewWorkflow = createWorkflow(
  "reject-product-review",
  function (input: { id: string; reason: RejectionReason; actor_id?: string | null }) {
    const result = setReviewStatusStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        status: "rejected" as const,
        reason: input.reason,
        actor_id: input.actor_id,
      }))
    )
    return new WorkflowResponse(result)
  }
)
