import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

/**
 * This step soft-deletes a customer's own review (another customer's answers 404). The photos'
 * files stay in the File module (see docs/reviews.md). Its compensation restores the review.
 */
export const deleteOwnReviewStep = createStep(
  "delete-own-product-review",
  async (input: { id: string; customer_id: string }, { container }) => {
    const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const [review] = await service.listProductReviews({ id: input.id, customer_id: input.customer_id }, { take: 1, select: ["id"] })
    if (!review) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review "${input.id}" not found`)
    }
    await service.softDeleteProductReviews(review.id)
    return new StepResponse({ id: review.id, deleted: true }, review.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).restoreProductReviews(id)
  }
)
