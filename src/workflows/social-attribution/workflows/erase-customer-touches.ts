import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { eraseCustomerTouchesStep } from "../steps/purge-touches"

export const eraseCustomerTouchesWorkflowId = "erase-customer-touches"

/**
 * This workflow erases a deleted customer's touches, removes the customer id from their order
 * attributions (revenue figures stay) and blanks their unsent conversion events.
 */
export const eraseCustomerTouchesWorkflow = createWorkflow(
  eraseCustomerTouchesWorkflowId,
  function (input: { customer_id: string }) {
    return new WorkflowResponse(eraseCustomerTouchesStep(input))
  }
)
