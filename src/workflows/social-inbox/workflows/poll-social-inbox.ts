import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { pollInboxStep, type PollInboxInput } from "../steps/poll-inbox"
import { sendSocialInboxAlertsWorkflow } from "./send-inbox-alerts"

export const pollSocialInboxWorkflowId = "poll-social-inbox"

/**
 * This workflow reads the new comments of the shop's recent posts (from each post's cursor),
 * stores them in the inbox, and sends the alerts they and the unanswered items call for.
 */
export const pollSocialInboxWorkflow = createWorkflow(pollSocialInboxWorkflowId, function (input: PollInboxInput) {
  const polled = pollInboxStep(input)
  const alerts = sendSocialInboxAlertsWorkflow.runAsStep({ input: transform({ polled }, ({ polled }) => ({ item_ids: polled.item_ids, unanswered: true })) })
  return new WorkflowResponse(transform({ polled, alerts }, ({ polled, alerts }) => ({ posts: polled.posts, failed: polled.failed, items: polled.item_ids.length, alerts })))
})
