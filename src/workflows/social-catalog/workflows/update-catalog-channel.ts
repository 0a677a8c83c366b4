import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCatalogChannelStep, validateChannelCredentialsStep, validateChannelEndpointsStep, type ChannelInput } from "../steps/channel"

export const updateCatalogChannelWorkflowId = "update-social-catalog-channel"

/** This workflow changes a channel; credentials given as null are removed. */
export const updateCatalogChannelWorkflow = createWorkflow(
  updateCatalogChannelWorkflowId,
  function (input: ChannelInput & { id: string; rotate_feed_token?: boolean }) {
    validateChannelCredentialsStep(input)
    validateChannelEndpointsStep(input)
    return new WorkflowResponse(updateCatalogChannelStep(input))
  }
)
