import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import type { NewReviewFacts } from "./validate-new-review"
import type { UploadedReviewPhoto } from "./upload-review-photos"

export type CreateReviewStepInput = {
  customer_id: string
  product_id: string
  rating: number
  title: string
  body: string
  social_consent?: boolean
  facts: NewReviewFacts
  photos: UploadedReviewPhoto[]
}

/**
 * This step writes the review and its photo rows. A concurrent second review by the same customer
 * for the same product loses on the unique index and becomes the same 422 as the checked case.
 * Its compensation deletes the review (and, by cascade, its photo rows).
 */
export const createReviewStep = createStep(
  "create-product-review",
  async (input: CreateReviewStepInput, { container }) => {
    const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const now = new Date()
    let created: { id: string }
    try {
      created = await service.createProductReviews({
        product_id: input.product_id,
        customer_id: input.customer_id,
        rating: input.rating,
        title: input.title,
        body: input.body,
        author_name: input.facts.author_name,
        order_id: input.facts.order_id,
        order_line_item_id: input.facts.order_line_item_id,
        verified_purchase: input.facts.verified_purchase,
        status: input.facts.status,
        moderated_at: input.facts.status === "approved" ? now : null,
        moderated_by: input.facts.status === "approved" ? "auto" : null,
        has_media: input.photos.length > 0,
        social_consent: input.social_consent ?? false,
      })
      if (input.photos.length) {
        await service.createReviewMedias(input.photos.map((p) => ({ ...p, review_id: created.id })))
      }
    } catch (e) {
      if (/unique|duplicate|already exists/i.test(String(e?.message))) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "You have already reviewed this product")
      }
      throw e
    }
    return new StepResponse({ id: created.id }, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).deleteProductReviews(id)
  }
)
