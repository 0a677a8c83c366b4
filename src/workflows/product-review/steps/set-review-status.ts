import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE, type RejectionReason, type ReviewStatus } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

export type SetReviewStatusInput = {
  id: string
  status: Exclude<ReviewStatus, "pending">
  reason?: RejectionReason | null
  actor_id?: string | null
}

type Previous = {
  id: string
  status: ReviewStatus
  rejection_reason: string | null
  moderated_at: Date | null
  moderated_by: string | null
}

export type SetReviewStatusOutput = {
  changed: boolean
  /** The status before this call. */
  previous_status: ReviewStatus
  review: {
    id: string
    product_id: string
    /** Null for an imported review whose author is not a customer here. */
    customer_id: string | null
    verified_purchase: boolean
    has_media: boolean
    status: ReviewStatus
    /** The order that proves the purchase (null when unverified). */
    order_id: string | null
    order_line_item_id: string | null
    /** When this moderation happened (ISO): one moderation decision, for idempotency keys. */
    moderated_at: string | null
  }
}

/**
 * This step moves a review to approved or rejected (under a row lock, see
 * `ProductReviewModuleService.moderateReview`). Setting the status it already has changes nothing
 * and says so (`changed: false`), which keeps a second approval, even a concurrent one, from
 * emitting the approval event again. Its compensation restores the previous status, reason and
 * moderator.
 */
export const setReviewStatusStep = createStep(
  "set-product-review-status",
  async (input: SetReviewStatusInput, { container }) => {
    const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const result = await service.moderateReview({
      id: input.id,
      status: input.status,
      reason: input.status === "rejected" ? (input.reason ?? null) : null,
      actor_id: input.actor_id ?? null,
    })
    if (!result) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review "${input.id}" not found`)
    }
    return new StepResponse<SetReviewStatusOutput, Previous | null>(
      { changed: result.changed, previous_status: result.previous_status, review: result.review },
      result.previous
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).updateProductReviews(previous)
  }
)
