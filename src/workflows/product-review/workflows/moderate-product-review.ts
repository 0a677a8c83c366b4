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
        order_id: result.review.order_id,
        order_line_item_id: result.review.order_line_item_id,
      }))
      emitEventStep({ eventName: SocialEvents.REVIEW_APPROVED, data })
    })
    return new WorkflowResponse(result)
  }
)

/** Emitted when a review is rejected (payload ReviewRejectedEvent). */
export const REVIEW_REJECTED = "social.review.rejected"
export type ReviewRejectedEvent = {
  id: string
  product_id: string
  customer_id: string
  reason: RejectionReason
  /** "approved" when a published (and perhaps rewarded) review is withdrawn. */
  previous_status: "pending" | "approved" | "rejected"
  /** When the review was rejected (ISO): with the id, names this one decision (idempotency). */
  moderated_at: string | null
}

/**
 * This workflow rejects a review with a reason from the neutral list (REJECTION_REASONS; never
 * the rating). The review leaves the store API and the stats at once. It emits
 * `social.review.rejected` when the status or reason changed, so that a capability that acted on
 * the approval (rewards) can undo it; rejecting again with the same reason emits nothing.
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
    when({ result }, ({ result }) => result.changed).then(() => {
      const data = transform({ result, input }, ({ result, input }): ReviewRejectedEvent => ({
        id: result.review.id,
        product_id: result.review.product_id,
        customer_id: result.review.customer_id,
        reason: input.reason,
        previous_status: result.previous_status,
        moderated_at: result.review.moderated_at,
      }))
      emitEventStep({ eventName: REVIEW_REJECTED, data }).config({ name: "emit-review-rejected" })
    })
    return new WorkflowResponse(result)
  }
)
