import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SocialEvents, type ReviewApprovedEvent } from "../../../lib/events"
import { setReviewStatusStep } from "../steps/set-review-status"
import { publishReviewPhotosStep } from "../steps/publish-review-photos"

export const approveProductReviewWorkflowId = "approve-product-review"

/**
 * This workflow approves a review and emits `social.review.approved` (payload `ReviewApprovedEvent`),
 * which the rewards capability turns into a grant. Approving an approved review changes nothing
 * and emits nothing.
 *
 * @example
 * await approveProductReviewWorkflow(container).run({ input: { id: "prev_1", actor_id: "user_1" } })
 */
export const approveProductReviewWorkflow = createWorkflow(
  approveProductReviewWorkflowId,
  function (input: { id: string; actor_id?: string | null }) {
    const result = setReviewStatusStep(
      transform({ input }, ({ input }) => ({ id: input.id, status: "approved" as const, actor_id: input.actor_id }))
    )
    when({ result }, ({ result }) => result.changed).then(() => {
      publishReviewPhotosStep(transform({ input }, ({ input }) => ({ review_id: input.id })))
      const data = transform({ result }, ({ result }): ReviewApprovedEvent => ({
        id: result.review.id,
        product_id: result.review.product_id,
        customer_id: result.review.customer_id,
        verified_purchase: result.review.verified_purchase,
        has_media: result.review.has_media,
        order_id: result.review.order_id,
        order_line_item_id: result.review.order_line_item_id,
      }))
      emitEventStep({ eventName: SocialEvents.REVIEW_APPROVED, data })
    })
    return new WorkflowResponse(result)
  }
)
