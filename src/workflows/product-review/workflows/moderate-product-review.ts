import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SocialEvents, type ReviewApprovedEvent, type ReviewRejectedEvent } from "../../../lib/events"
import type { RejectionReason } from "../../../modules/product-review"
import { setReviewStatusStep } from "../steps/set-review-status"
import { publishReviewPhotosStep } from "../steps/publish-review-photos"
import { deleteReviewPhotosStep } from "../steps/delete-review-photos"
import { resolveReviewReportsStep } from "../steps/resolve-review-reports"

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


/**
 * This workflow rejects a review with a reason from the neutral list (REJECTION_REASONS; never
 * the rating). The review leaves the store API and the stats at once; its photos are deleted
 * (File module) and its open abuse reports closed. It emits
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
      emitEventStep({ eventName: SocialEvents.REVIEW_REJECTED, data }).config({ name: "emit-review-rejected" })
    })
    // A rejected review's photos are deleted (files and rows), and its open reports closed.
    // Rejecting again finds none: nothing changes.
    resolveReviewReportsStep(transform({ input }, ({ input }) => ({ review_id: input.id, resolution: "review_rejected" })))
    deleteReviewPhotosStep(transform({ input }, ({ input }) => ({ review_id: input.id })))
    return new WorkflowResponse(result)
  }
)

/**
 * This workflow rejects one photo of a review (any status): the file is deleted from the File
 * module and the photo leaves the review; the review itself stays as it is.
 *
 * @example
 * await rejectReviewPhotoWorkflow(container).run({ input: { review_id: "prev_1", media_id: "prmed_1" } })
 */
export const rejectReviewPhotoWorkflow = createWorkflow(
  "reject-review-photo",
  function (input: { review_id: string; media_id: string }) {
    return new WorkflowResponse(deleteReviewPhotosStep(input))
  }
)
