import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { publishDuePostsStep, type PublishDuePostsInput } from "../steps/publish-due-posts"

export const publishDueSocialPostsWorkflowId = "publish-due-social-posts"

/**
 * This workflow publishes the posts that are due, each exactly once (see lib/publisher), and
 * returns how many were published, moved to a later time, held, failed or lost to another worker.
 */
export const publishDueSocialPostsWorkflow = createWorkflow(publishDueSocialPostsWorkflowId, function (input: PublishDuePostsInput) {
  return new WorkflowResponse(publishDuePostsStep(input))
})
