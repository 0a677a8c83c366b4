import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markRewardCodesRedeemedStep } from "../steps/mark-reward-codes-redeemed"

export const markRewardCodesRedeemedWorkflowId = "social-mark-reward-codes-redeemed"

/** This workflow records that an order used reward codes (grants become redeemed). */
export const markRewardCodesRedeemedWorkflow = createWorkflow(markRewardCodesRedeemedWorkflowId, function (input: { order_id: string }) {
  return new WorkflowResponse(markRewardCodesRedeemedStep(input))
})
