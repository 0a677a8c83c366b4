import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ShareLinkRequest } from "../../../modules/social-share/service"
import { getOrCreateShareLinksStep } from "../steps/get-or-create-share-links"

export const getOrCreateShareLinksWorkflowId = "get-or-create-share-links"

/**
 * This workflow returns the tracked share links of a sharer (or anonymous) for a product, one per
 * network, locale and currency, creating those that do not exist yet. Asking twice returns the same links.
 *
 * @example
 * const { result } = await getOrCreateShareLinksWorkflow(container).run({
 *   input: [{ product_id: "prod_1", customer_id: null, network: "x", creator_visitor_hash: null, locale: "fr-FR", currency_code: "eur" }],
 * })
 */
export const getOrCreateShareLinksWorkflow = createWorkflow(
  getOrCreateShareLinksWorkflowId,
  function (input: ShareLinkRequest[]) {
    return new WorkflowResponse(getOrCreateShareLinksStep(input))
  }
)
