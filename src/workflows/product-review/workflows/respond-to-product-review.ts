import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertReviewResponseStep, type UpsertReviewResponseInput } from "../steps/upsert-review-response"

export const respondToProductReviewWorkflowId = "respond-to-product-review"

/**
 * This workflow writes (or replaces) the merchant's public reply to a review. The reply is shown
 * with the review in the store API once the review is approved.
 */
export const respondToProductReviewWorkflow = createWorkflow(
  respondToProductReviewWorkflowId,
  function (input: UpsertReviewResponseInput) {
    return new WorkflowResponse(upsertReviewResponseStep(input))
  }
)
