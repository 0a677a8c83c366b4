import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { composePostStep, type ComposePostInput } from "../steps/compose-post"
import { updatePostStep } from "../steps/update-post"

export const updateSocialPostWorkflowId = "update-social-post"

/**
 * This workflow edits a post (text, template, title, schedule, status): it is composed again for
 * its network and market, keeping its id and tracked link, and written only while still editable.
 * The route merges the edit into the stored post and passes the whole of it.
 */
export const updateSocialPostWorkflow = createWorkflow(updateSocialPostWorkflowId, function (input: ComposePostInput & { post_id: string }) {
  const row = composePostStep(input)
  return new WorkflowResponse(updatePostStep(row))
})
