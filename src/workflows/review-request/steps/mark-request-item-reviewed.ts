import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { REVIEW_REQUEST_MODULE } from "../../../modules/review-request"
import type ReviewRequestModuleService from "../../../modules/review-request/service"

/**
 * This step marks a request's line reviewed, once. A link used twice at the same time loses here
 * (or on the review's unique index before it) with a 422, and the review written by that run is
 * compensated away. Its compensation puts the line back to pending.
 */
export const markRequestItemReviewedStep = createStep(
  "mark-review-request-item-reviewed",
  async (input: { item_id: string; review_id: string; request_status: string }, { container }) => {
    const marked = await container.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE).markItemReviewed(input.item_id, input.review_id)
    if (!marked) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "This review link was already used: the product is reviewed")
    }
    return new StepResponse(true, input)
  },
  async (input, { container }) => {
    if (!input) return
    await container.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE).unmarkItemReviewed(input.item_id, input.request_status)
  }
)
