import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyAutoPostRulesStep, type AutoPostEventInput } from "../steps/apply-auto-post-rules"

export const runAutoPostRulesWorkflowId = "run-social-auto-post-rules"

/**
 * This workflow makes the automatic posts an event calls for: a product published, stock back, a
 * sale started or a price dropped (`social.prices.changed`), a review approved with the reviewer's
 * consent. Each enabled rule of that trigger posts on its account, in its market, as a draft or
 * scheduled, once per change (dedupe key), never for an unpublished or out-of-stock product, and
 * not within its cool-down after another post of the product. It returns what each rule did.
 *
 * @example
 * const { result } = await runAutoPostRulesWorkflow(container).run({ input: { kind: "prices", product_ids: ["prod_1"] } })
 */
export const runAutoPostRulesWorkflow = createWorkflow(runAutoPostRulesWorkflowId, function (input: AutoPostEventInput) {
  return new WorkflowResponse(applyAutoPostRulesStep(input))
})
