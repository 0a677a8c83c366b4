import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SocialEvents, type RewardEvent } from "../../../lib/events"
import { recordRewardGrantsStep, type RecordRewardGrantsInput } from "../steps/record-reward-grants"

export const grantRewardsWorkflowId = "social-grant-rewards"

/**
 * This workflow evaluates the active reward rules for one event (a review approved, a share that
 * reached its visitors, a referral's first order) and writes the grants, held until their hold
 * period ends. It emits `social.reward.granted` for each new grant. The same event twice writes
 * nothing the second time.
 *
 * @example
 * await grantRewardsWorkflow(container).run({
 *   input: { triggers: ["review_approved"], customer_id, source_type: "review", source_id: review.id },
 * })
 */
export const grantRewardsWorkflow = createWorkflow(grantRewardsWorkflowId, function (input: RecordRewardGrantsInput) {
  const result = recordRewardGrantsStep(input)
  const events = transform({ result, input }, ({ result, input }) =>
    result.created.map(
      (g): RewardEvent => ({
        grant_id: g.id,
        customer_id: g.customer_id,
        rule_id: g.rule_id,
        source_type: input.source_type,
        source_id: input.source_id,
      })
    )
  )
  emitEventStep({ eventName: SocialEvents.REWARD_GRANTED, data: events })
  return new WorkflowResponse(result)
})
