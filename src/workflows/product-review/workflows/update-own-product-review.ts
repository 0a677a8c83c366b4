import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateOwnReviewStep, type UpdateOwnReviewInput } from "../steps/update-own-review"
import { deleteOwnReviewStep } from "../steps/delete-own-review"

/**
 * This workflow lets a customer edit their own review; the edit waits for moderation again unless
 * `reviews.autoApprove` is set.
 */
export const updateOwnProductReviewWorkflow = createWorkflow(
  "update-own-product-review",
  function (input: UpdateOwnReviewInput) {
    return new WorkflowResponse(updateOwnReviewStep(input))
  }
)

/** This workflow lets a customer delete their own review (soft delete). */
export const deleteOwnProductReviewWorkflow = createWorkflow(
  "delete-own-product-review",
  function (input: { id: string; customer_id: string }) {
    return new WorkflowResponse(deleteOwnReviewStep(input))
  }
)
