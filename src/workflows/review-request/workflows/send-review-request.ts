import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, type SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { prepareReviewRequestStep, type SendReviewRequestInput } from "../steps/prepare-review-request"
import { claimReviewRequestStep } from "../steps/claim-review-request"

export const sendReviewRequestWorkflowId = "send-review-request"

/**
 * This workflow sends one due review request (or its one reminder) through the Notification
 * module, template `social-review-request` (data in docs/reviews.md): only the lines still worth
 * asking about, each with its own signed link. A request whose lines were all returned, canceled
 * or reviewed is closed without a message; an unsubscribed customer gets nothing. Run twice, it
 * sends once (the claim is a conditional update, and the notification carries an idempotency key).
 */
export const sendReviewRequestWorkflow = createWorkflow(sendReviewRequestWorkflowId, function (input: SendReviewRequestInput) {
  const prepared = prepareReviewRequestStep(input)
  const notifications = claimReviewRequestStep(prepared)
  when({ notifications }, ({ notifications }) => notifications.length > 0).then(() => {
    sendNotificationsStep(transform({ notifications }, ({ notifications }) => notifications as SendNotificationsStepInput))
  })
  return new WorkflowResponse(transform({ prepared, notifications }, ({ prepared, notifications }) => ({
    status: prepared?.to ?? null,
    sent: notifications.length > 0,
  })))
})
