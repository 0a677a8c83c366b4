import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Destination } from "../../../modules/social-catalog/lib/destinations"
import {
  createCatalogChannelStep,
  deleteCatalogChannelStep,
  updateCatalogChannelStep,
  validateChannelCredentialsStep,
  validateChannelEndpointsStep,
  type ChannelInput,
} from "../steps/channel"

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
  "create-social-catalog-channel",
  function (input: ChannelInput & { name: string; destination: Destination; currency_code: string; language: string; country: string }) {
    validateChannelEndpointsStep(input)
    return new WorkflowResponse(createCatalogChannelStep(input))
  }
)

/** This workflow changes a channel; credentials given as null are removed. */
export const updateCatalogChannelWorkflow = createWorkflow(
  "update-social-catalog-channel",
  function (input: ChannelInput & { id: string; rotate_feed_token?: boolean }) {
    validateChannelCredentialsStep(input)
    validateChannelEndpointsStep(input)
    return new WorkflowResponse(updateCatalogChannelStep(input))
  }
)

/** This workflow deletes a channel and its snapshot (remote items are left as they are). */
export const deleteCatalogChannelWorkflow = createWorkflow("delete-social-catalog-channel", function (input: { id: string }) {
  return new WorkflowResponse(deleteCatalogChannelStep(input.id))
})
