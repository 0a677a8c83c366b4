import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkAccountStep, type CheckAccountInput } from "../steps/check-account"

export const checkSocialAccountWorkflowId = "check-social-account"

/**
 * This workflow checks a social account's connection with its platform and stores the account's
 * status (`connected`, or `refused` with what to do), renewing its token on the way where the
 * platform has refresh tokens.
 */
export const checkSocialAccountWorkflow = createWorkflow(checkSocialAccountWorkflowId, function (input: CheckAccountInput) {
  return new WorkflowResponse(checkAccountStep(input))
})
