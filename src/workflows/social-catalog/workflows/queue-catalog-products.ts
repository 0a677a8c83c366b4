import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { queueCatalogProductsStep, type ChangedInput } from "../steps/pending"

export const queueCatalogProductsWorkflowId = "queue-social-catalog-products"

/** This workflow queues changed products for every channel's next delta (subscribers start it). */
export const queueCatalogProductsWorkflow = createWorkflow(queueCatalogProductsWorkflowId, function (input: ChangedInput) {
  return new WorkflowResponse(queueCatalogProductsStep(input))
})
