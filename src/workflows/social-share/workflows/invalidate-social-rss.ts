import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { invalidateSocialRssStep } from "../steps/invalidate-social-rss"

// Re-exported: the catalog's price watch imports the step from here.
export { invalidateSocialRssStep, SOCIAL_RSS_CACHE_PATTERN } from "../steps/invalidate-social-rss"

export const invalidateSocialRssWorkflowId = "invalidate-social-rss"

/**
 * This workflow drops the cached RSS feeds, so the next reader gets the catalog as it is now.
 * Nothing to compensate: a dropped cache entry is rebuilt on the next request.
 */
export const invalidateSocialRssWorkflow = createWorkflow(invalidateSocialRssWorkflowId, function () {
  return new WorkflowResponse(invalidateSocialRssStep())
})
