import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { scheduleReviewRequestStep, type ScheduleReviewRequestInput } from "../steps/schedule-review-request"

export const scheduleReviewRequestWorkflowId = "schedule-review-request"

/**
 * This workflow schedules the review request of a shipped or delivered fulfillment's order (see
 * `scheduleReviewRequestStep`). The same event delivered twice schedules one request.
 */
export const scheduleReviewRequestWorkflow = createWorkflow(scheduleReviewRequestWorkflowId, function (input: ScheduleReviewRequestInput) {
  return new WorkflowResponse(scheduleReviewRequestStep(input))
})
