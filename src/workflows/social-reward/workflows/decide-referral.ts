import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideReferralStep } from "../steps/referral-steps"

export const decideReferralWorkflowId = "social-decide-referral"

/** This workflow approves or rejects a referral waiting in the review queue, with its grants. */
export const decideReferralWorkflow = createWorkflow(
  decideReferralWorkflowId,
  function (input: { referral_id: string; decision: "approve" | "reject"; note?: string | null; block?: boolean }) {
    return new WorkflowResponse(decideReferralStep(input))
  }
)
