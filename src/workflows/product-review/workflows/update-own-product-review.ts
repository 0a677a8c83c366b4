import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateOwnReviewStep, type UpdateOwnReviewInput } from "../steps/update-own-review"

export const updateOwnProductReviewWorkflowId = "update-own-product-review"

/**
 * This workflow lets a customer edit their own review; the edit waits for moderation again unless
 * `reviews.autoApprove` is set.
 */
export const updateOwnProductReviewWorkflow = createWorkflow(
  updateOwnProductReviewWorkflowId,
  function (input: UpdateOwnReviewInput) {
    return new WorkflowResponse(updateOwnReviewStep(input))
  }
)
