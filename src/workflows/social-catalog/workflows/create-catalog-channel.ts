import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Destination } from "../../../modules/social-catalog/lib/destinations"
import { createCatalogChannelStep, validateChannelEndpointsStep, type ChannelInput } from "../steps/channel"

export const createCatalogChannelWorkflowId = "create-social-catalog-channel"

/**
 * This workflow connects a catalog channel: a destination for one market, with its credentials
 * sealed.
 *
 * @example
 * await createCatalogChannelWorkflow(container).run({ input: {
 *   name: "Google US", destination: "google", mode: "feed", currency_code: "usd",
 *   language: "en", country: "us", sales_channel_id: "sc_123", region_id: "reg_123",
 * } })
 */
export const createCatalogChannelWorkflow = createWorkflow(
  createCatalogChannelWorkflowId,
  function (input: ChannelInput & { name: string; destination: Destination; currency_code: string; language: string; country: string }) {
    validateChannelEndpointsStep(input)
    return new WorkflowResponse(createCatalogChannelStep(input))
  }
)
