import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimReferralStep } from "../steps/referral-steps"

export const claimReferralWorkflowId = "social-claim-referral"

/**
 * This workflow records a friend's claim of a referral code (by link or at checkout). It refuses
 * existing customers and second claims, and queues suspicious claims for review.
 */
export const claimReferralWorkflow = createWorkflow(
  claimReferralWorkflowId,
  function (input: { customer_id: string; code: string; ip_ua_hash: string | null }) {
    return new WorkflowResponse(claimReferralStep(input))
  }
)
