import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { previewCatalogChannelStep } from "../steps/preview"

export const previewCatalogChannelWorkflowId = "preview-social-catalog-channel"

/**
 * This workflow is the dry run of a sync: how many items would be created, updated and deleted,
 * and which are invalid and why, with samples. Nothing is written or sent.
 */
export const previewCatalogChannelWorkflow = createWorkflow(previewCatalogChannelWorkflowId, function (input: { channel_id: string }) {
  return new WorkflowResponse(previewCatalogChannelStep(input))
})
