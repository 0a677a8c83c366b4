import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordHelpfulVoteStep, type RecordHelpfulVoteInput } from "../steps/record-helpful-vote"

export const voteProductReviewHelpfulWorkflowId = "vote-product-review-helpful"

/**
 * This workflow records that a customer or a visitor found an approved review helpful, once per
 * voter (`voter_key`); it answers whether this vote was new and the review's helpful count.
 */
export const voteProductReviewHelpfulWorkflow = createWorkflow(
  voteProductReviewHelpfulWorkflowId,
  function (input: RecordHelpfulVoteInput) {
    return new WorkflowResponse(recordHelpfulVoteStep(input))
  }
)
