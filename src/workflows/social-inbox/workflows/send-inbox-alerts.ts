import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildInboxAlertsStep, type BuildInboxAlertsInput } from "../steps/build-inbox-alerts"
import { markInboxAlertedStep } from "../steps/mark-inbox-alerted"

export const sendSocialInboxAlertsWorkflowId = "send-social-inbox-alerts"

/**
 * This workflow alerts the admin, once per item, through the Notification module: comments that
 * hold one of the merchant's alert words (`item_ids`, just stored) and, with `unanswered`,
 * comments nobody answered within the settings' hours. It returns how many of each were sent.
 *
 * @example
 * await sendSocialInboxAlertsWorkflow(container).run({ input: { unanswered: true } })
 */
export const sendSocialInboxAlertsWorkflow = createWorkflow(sendSocialInboxAlertsWorkflowId, function (input: BuildInboxAlertsInput) {
  const alerts = buildInboxAlertsStep(input)
  sendNotificationsStep(transform({ alerts }, ({ alerts }) => alerts.notifications))
  const marked = markInboxAlertedStep(transform({ alerts }, ({ alerts }) => ({ words: alerts.words, unanswered: alerts.unanswered })))
  return new WorkflowResponse(marked)
})
