import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCatalogChannelStep } from "../steps/channel"

export const deleteCatalogChannelWorkflowId = "delete-social-catalog-channel"

/** This workflow deletes a channel and its snapshot (remote items are left as they are). */
export const deleteCatalogChannelWorkflow = createWorkflow(deleteCatalogChannelWorkflowId, function (input: { id: string }) {
  return new WorkflowResponse(deleteCatalogChannelStep(input.id))
})
