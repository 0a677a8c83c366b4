import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

export type UpsertReviewResponseInput = { review_id: string; body: string; author_id?: string | null }

type Undo = { created_id: string } | { id: string; body: string; author_id: string | null }

/**
 * This step writes the merchant's reply to a review, replacing an earlier reply (one per review).
 * Its compensation deletes a reply it created or puts back the text it replaced.
 */
export const upsertReviewResponseStep = createStep(
  "upsert-product-review-response",
  async (input: UpsertReviewResponseInput, { container }) => {
    const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const [review] = await service.listProductReviews({ id: input.review_id }, { take: 1, select: ["id"] })
    if (!review) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review "${input.review_id}" not found`)
    }
    const [existing] = await service.listReviewResponses({ review: { id: input.review_id } }, { take: 1 })
    if (existing) {
      await service.updateReviewResponses({ id: existing.id, body: input.body, author_id: input.author_id ?? null })
      return new StepResponse<{ id: string }, Undo>(
        { id: existing.id },
        { id: existing.id, body: existing.body, author_id: existing.author_id }
      )
    }
    const created = await service.createReviewResponses({
      review_id: input.review_id,
      body: input.body,
      author_id: input.author_id ?? null,
    })
    return new StepResponse<{ id: string }, Undo>({ id: created.id }, { created_id: created.id })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    if ("created_id" in undo) {
      await service.deleteReviewResponses(undo.created_id)
    } else {
      await service.updateReviewResponses(undo)
    }
  }
)
