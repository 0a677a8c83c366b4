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
  review: {
    id: string
    product_id: string
    customer_id: string
    verified_purchase: boolean
    has_media: boolean
    status: ReviewStatus
  }
}

/**
 * This step moves a review to approved or rejected. Setting the status it already has changes
 * nothing and says so (`changed: false`), which keeps a second approval from emitting the approval
 * event again. Its compensation restores the previous status, reason and moderator.
 */
export const setReviewStatusStep = createStep(
  "set-product-review-status",
  async (input: SetReviewStatusInput, { container }) => {
    const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const [review] = await service.listProductReviews({ id: input.id }, { take: 1 })
    if (!review) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review "${input.id}" not found`)
    }
    const reason = input.status === "rejected" ? (input.reason ?? null) : null
    const summary = (status: ReviewStatus) => ({
      id: review.id,
      product_id: review.product_id,
      customer_id: review.customer_id,
      verified_purchase: review.verified_purchase,
      has_media: review.has_media,
      status,
    })
    if (review.status === input.status && (review.rejection_reason ?? null) === reason) {
      return new StepResponse<SetReviewStatusOutput, Previous | null>({ changed: false, review: summary(review.status) }, null)
    }
    const previous: Previous = {
      id: review.id,
      status: review.status,
      rejection_reason: review.rejection_reason,
      moderated_at: review.moderated_at,
      moderated_by: review.moderated_by,
    }
    await service.updateProductReviews({
      id: review.id,
      status: input.status,
      rejection_reason: reason,
      moderated_at: new Date(),
      moderated_by: input.actor_id ?? null,
    })
    return new StepResponse<SetReviewStatusOutput, Previous | null>({ changed: true, review: summary(input.status) }, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).updateProductReviews(previous)
  }
)
