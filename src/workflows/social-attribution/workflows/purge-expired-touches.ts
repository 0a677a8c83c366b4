import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { eraseCustomerTouchesStep, purgeExpiredTouchesStep } from "../steps/purge-touches"

/** This workflow deletes the touches older than the retention period (`attribution.retentionDays`). */
export const purgeExpiredTouchesWorkflow = createWorkflow("purge-expired-touches", function () {
  return new WorkflowResponse(purgeExpiredTouchesStep())
})

/**
 * This workflow erases a deleted customer's touches, removes the customer id from their order
 * attributions (revenue figures stay) and blanks their unsent conversion events.
 */
export const eraseCustomerTouchesWorkflow = createWorkflow(
  "erase-customer-touches",
  function (input: { customer_id: string }) {
    return new WorkflowResponse(eraseCustomerTouchesStep(input))
  }
)
