import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CardRequest } from "../card-source"
import { createCardRecordStep } from "../steps/create-card-record"
import { renderCardStep } from "../steps/render-card"

export const renderSocialCardWorkflowId = "social-card-render"

/**
 * This workflow renders one product card and stores it: the bytes with the File module, the
 * record (content hash to file) in the `social_card` module. A card whose content hash is
 * already stored is not rendered again. Callers that serve requests go through `ensureCard`,
 * which adds single flight and a lock around it.
 *
 * @example
 * const { result } = await renderSocialCardWorkflow(container).run({
 *   input: { product_id: "prod_123", format: "og", currency_code: "eur", locale: "fr-FR" },
 * })
 * result.hash // names /social/cards/i/<hash>.png
 */
export const renderSocialCardWorkflow = createWorkflow(renderSocialCardWorkflowId, function (input: CardRequest) {
  const rendered = renderCardStep(input)
  const record = createCardRecordStep(rendered)
  return new WorkflowResponse(record)
})
