import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

/**
 * This step closes a review's open abuse reports with a resolution. Its compensation reopens the
 * ones it closed.
 */
export const resolveReviewReportsStep = createStep(
  "resolve-review-reports",
  async (input: { review_id: string; resolution: string }, { container }) => {
    const closed = await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).resolveReports(input)
    return new StepResponse({ closed: closed.length }, closed)
  },
  async (closed, { container }) => {
    if (!closed?.length) return
    await container
      .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
      .updateReviewReports(closed.map((id) => ({ id, resolved_at: null, resolution: null })))
  }
)
