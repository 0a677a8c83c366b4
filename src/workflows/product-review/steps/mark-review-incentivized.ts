import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

export type MarkReviewIncentivizedInput = { review_id: string; grant_id: string }

/**
 * This step flags a review as incentivized because a reward was granted for it. A review already
 * flagged is left as it is (the first grant stays recorded), so a redelivered event changes
 * nothing. An unknown review is ignored: the grant may concern a review deleted since. Its
 * compensation clears the flag it set.
 */
export const markReviewIncentivizedStep = createStep(
  "mark-product-review-incentivized",
  async (input: MarkReviewIncentivizedInput, { container }) => {
    const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const [review] = await service.listProductReviews({ id: input.review_id }, { take: 1 })
    if (!review || review.incentivized) {
      return new StepResponse({ changed: false }, null as string | null)
    }
    await service.updateProductReviews({ id: review.id, incentivized: true, incentive_grant_id: input.grant_id })
    return new StepResponse({ changed: true }, review.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container
      .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
      .updateProductReviews({ id, incentivized: false, incentive_grant_id: null })
  }
)
