import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markInboxItemDoneStep } from "../steps/act-on-inbox-item"

export const markSocialInboxItemDoneWorkflowId = "mark-social-inbox-item-done"

/** This workflow marks a comment done without answering it publicly. */
export const markSocialInboxItemDoneWorkflow = createWorkflow(markSocialInboxItemDoneWorkflowId, function (input: { id: string }) {
  return new WorkflowResponse(markInboxItemDoneStep(input))
})
