import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markReviewIncentivizedStep, type MarkReviewIncentivizedInput } from "../steps/mark-review-incentivized"

export const markProductReviewIncentivizedWorkflowId = "mark-product-review-incentivized"

/**
 * This workflow marks a review as incentivized when a reward is granted for it (started by the
 * `social.reward.granted` subscriber for `source_type: "review"`). The store API then shows the
 * flag with the review, as FTC 16 CFR 465 requires.
 */
export const markProductReviewIncentivizedWorkflow = createWorkflow(
  markProductReviewIncentivizedWorkflowId,
  function (input: MarkReviewIncentivizedInput) {
    return new WorkflowResponse(markReviewIncentivizedStep(input))
  }
)
