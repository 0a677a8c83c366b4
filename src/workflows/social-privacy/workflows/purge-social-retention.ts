import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { purgeRetentionStep } from "../steps/purge-retention"

export const purgeSocialRetentionWorkflowId = "purge-social-retention"

/**
 * This workflow deletes the personal data past its retention (plugin option `retention`):
 * sent or failed conversion events, order attributions, decided or unused referrals.
 */
export const purgeSocialRetentionWorkflow = createWorkflow(purgeSocialRetentionWorkflowId, function (input: { now?: Date }) {
  return new WorkflowResponse(purgeRetentionStep(input))
})
