import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildLowRatingNotificationsStep } from "../steps/build-low-rating-notifications"

export const notifyLowRatingReviewWorkflowId = "notify-low-rating-product-review"

/**
 * This workflow alerts the admin through the Notification module (channels from
 * `reviews.lowRatingChannels`, the admin feed by default) when a new review is rated at or below
 * `reviews.lowRatingThreshold`, so that a negative review is seen and answered. Reviews above the
 * threshold send nothing.
 */
export const notifyLowRatingReviewWorkflow = createWorkflow(
  notifyLowRatingReviewWorkflowId,
  function (input: { review_id: string }) {
    const notifications = buildLowRatingNotificationsStep(input)
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
