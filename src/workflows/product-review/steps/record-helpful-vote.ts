import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

export type RecordHelpfulVoteInput = {
  review_id: string
  /** `customer:<id>`, or a guest's `network:<hmac>`. */
  voter_key: string
  /** A guest's `visitor:<hmac>`; null for a customer. */
  visitor_key?: string | null
  customer_id: string | null
}

/**
 * This step records a helpful vote on an approved review, once per voter. Its compensation removes
 * the vote it created (a repeated vote created none).
 */
export const recordHelpfulVoteStep = createStep(
  "record-product-review-helpful-vote",
  async (input: RecordHelpfulVoteInput, { container }) => {
    const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const [review] = await service.listProductReviews({ id: input.review_id, status: "approved" }, { take: 1, select: ["id"] })
    if (!review) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review "${input.review_id}" not found`)
    }
    const result = await service.recordHelpfulVote(input)
    return new StepResponse({ created: result.created, helpful_count: result.helpful_count }, result.vote_id)
  },
  async (voteId, { container }) => {
    if (!voteId) {
      return
    }
    await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).removeHelpfulVote(voteId)
  }
)
