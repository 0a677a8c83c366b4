import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { hideInboxItemStep } from "../steps/act-on-inbox-item"

export const hideSocialInboxItemWorkflowId = "hide-social-inbox-item"

/** This workflow hides a comment on its network (its author still sees it). */
export const hideSocialInboxItemWorkflow = createWorkflow(hideSocialInboxItemWorkflowId, function (input: { id: string }) {
  return new WorkflowResponse(hideInboxItemStep(input))
})
