import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { moderateQuestionStep } from "../steps/moderate-question"

export const moderateProductQuestionWorkflowId = "moderate-product-question"

/** This workflow approves or rejects a question (rejection takes a neutral reason). */
export const moderateProductQuestionWorkflow = createWorkflow(
  moderateProductQuestionWorkflowId,
  function (input: { id: string; status: "approved" | "rejected"; reason: string | null }) {
    return new WorkflowResponse(moderateQuestionStep(input))
  }
)
