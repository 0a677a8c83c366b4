import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { importReviewRowsStep } from "../steps/import-review-rows"

export const importProductReviewsWorkflowId = "import-product-reviews"

/**
 * This workflow imports the reviews of an uploaded CSV (Judge.me, Yotpo or the generic format):
 * matched to products, verified only against a paid order of the reviewer's email, with their
 * original author, date and source, and their photos fetched once. Re-running it (or importing
 * the same file again) creates nothing twice: every row has a stable import key.
 *
 * @example
 * await importProductReviewsWorkflow(container).run({ input: { import_id: "primp_1" } })
 */
export const importProductReviewsWorkflow = createWorkflow(importProductReviewsWorkflowId, function (input: { import_id: string }) {
  const result = importReviewRowsStep(input)
  return new WorkflowResponse(result)
})
