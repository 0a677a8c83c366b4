import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { composePostStep, type ComposePostInput } from "../steps/compose-post"
import { createPostStep } from "../steps/create-post"

export const createSocialPostWorkflowId = "create-social-post"

/**
 * This workflow makes a post for one of the shop's accounts and one market: its text rendered from
 * the template with that market's price and its own tracked link, checked against the network's
 * limits, then stored as a draft or scheduled.
 *
 * @example
 * const { result } = await createSocialPostWorkflow(container).run({
 *   input: { account_id: "spac_1", product_id: "prod_1", template: "{title} – {price}", locale: "fr-FR", currency_code: "eur", status: "draft" },
 * })
 */
export const createSocialPostWorkflow = createWorkflow(createSocialPostWorkflowId, function (input: ComposePostInput) {
  const row = composePostStep(input)
  return new WorkflowResponse(createPostStep(row))
})
