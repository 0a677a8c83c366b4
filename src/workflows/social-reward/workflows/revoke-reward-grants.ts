import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SocialEvents, type RewardEvent } from "../../../lib/events"
import { revokeRewardGrantsStep, type RevokeRewardGrantsInput } from "../steps/revoke-reward-grants"

export const revokeRewardGrantsWorkflowId = "social-revoke-reward-grants"

/**
 * This workflow revokes the grants of a cancelled, returned or refunded order, or grants an admin
 * names: held grants are cancelled, unused codes deactivated, used codes recorded as a clawback
 * against the customer. It emits `social.reward.revoked` per grant. Run twice, the second run finds
 * nothing left to revoke.
 */
export const revokeRewardGrantsWorkflow = createWorkflow(revokeRewardGrantsWorkflowId, function (input: RevokeRewardGrantsInput) {
  const revoked = revokeRewardGrantsStep(input)
  const events = transform({ revoked }, ({ revoked }) =>
    revoked.map(
      (g: any): RewardEvent => ({
        grant_id: g.id,
        customer_id: g.customer_id,
        rule_id: g.rule_id,
        source_type: g.source_type,
        source_id: g.source_id,
      })
    )
  )
  emitEventStep({ eventName: SocialEvents.REWARD_REVOKED, data: events })
  return new WorkflowResponse(revoked)
})
