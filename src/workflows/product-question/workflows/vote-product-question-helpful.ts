import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordQuestionVoteStep, type RecordQuestionVoteInput } from "../steps/record-question-vote"

export const voteProductQuestionHelpfulWorkflowId = "vote-product-question-helpful"

/** This workflow records a helpful vote on an approved question, once per voter. */
export const voteProductQuestionHelpfulWorkflow = createWorkflow(voteProductQuestionHelpfulWorkflowId, function (input: RecordQuestionVoteInput) {
  return new WorkflowResponse(recordQuestionVoteStep(input))
})
