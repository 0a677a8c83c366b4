import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { purgeExpiredTouchesStep } from "../steps/purge-touches"

export const purgeExpiredTouchesWorkflowId = "purge-expired-touches"

/** This workflow deletes the touches older than the retention period (`attribution.retentionDays`). */
export const purgeExpiredTouchesWorkflow = createWorkflow(purgeExpiredTouchesWorkflowId, function () {
  return new WorkflowResponse(purgeExpiredTouchesStep())
})
