import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { approveRewardGrantStep } from "../steps/referral-steps"

export const approveRewardGrantWorkflowId = "social-approve-reward-grant"

/** This workflow approves a grant waiting for review; it is then issued after its hold. */
export const approveRewardGrantWorkflow = createWorkflow(approveRewardGrantWorkflowId, function (input: { grant_id: string }) {
  return new WorkflowResponse(approveRewardGrantStep(input))
})
