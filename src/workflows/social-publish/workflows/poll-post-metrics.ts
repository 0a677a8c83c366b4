import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { pollPostMetricsStep, type PollPostMetricsInput } from "../steps/poll-post-metrics"

export const pollSocialPostMetricsWorkflowId = "poll-social-post-metrics"

/**
 * This workflow reads the platforms' figures of the posts published in the last weeks (28 days by
 * default) and stores them on the posts: `GET /admin/social/posts/:id/metrics` shows them beside
 * the post's clicks and attributed orders.
 */
export const pollSocialPostMetricsWorkflow = createWorkflow(pollSocialPostMetricsWorkflowId, function (input: PollPostMetricsInput) {
  return new WorkflowResponse(pollPostMetricsStep(input))
})
