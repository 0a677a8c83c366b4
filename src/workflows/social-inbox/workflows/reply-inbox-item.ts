import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { replyInboxItemStep } from "../steps/act-on-inbox-item"

export const replySocialInboxItemWorkflowId = "reply-social-inbox-item"

/**
 * This workflow answers a comment publicly through its network and marks it done, exactly once
 * (see `replyInboxItemStep`).
 *
 * @example
 * await replySocialInboxItemWorkflow(container).run({ input: { id: "sinb_1", text: "Thanks! It ships Monday." } })
 */
export const replySocialInboxItemWorkflow = createWorkflow(replySocialInboxItemWorkflowId, function (input: { id: string; text: string; resend?: boolean }) {
  return new WorkflowResponse(replyInboxItemStep(input))
})
