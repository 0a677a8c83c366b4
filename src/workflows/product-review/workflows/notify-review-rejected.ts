import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildRejectionNotificationStep } from "../steps/build-rejection-notification"
import type { ReviewRejectedEvent } from "../../../lib/events"

export const notifyReviewRejectedWorkflowId = "notify-product-review-rejected"

/**
 * This workflow tells a customer, through the Notification module (channel `email`, template
 * `social-review-rejected`), that their review was not published and why, in neutral words.
 * The same rejection delivered twice notifies once.
 */
export const notifyReviewRejectedWorkflow = createWorkflow(notifyReviewRejectedWorkflowId, function (input: ReviewRejectedEvent) {
  const notifications = buildRejectionNotificationStep(input)
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
