import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SocialEvents, type RewardEvent } from "../../../lib/events"
import { claimGrantForIssueStep } from "../steps/claim-grant-for-issue"
import { createRewardPromotionStep } from "../steps/create-reward-promotion"
import { markGrantIssuedStep } from "../steps/mark-grant-issued"
import { notifyRewardIssuedStep } from "../steps/notify-reward-issued"
import { ruleSnapshotOf } from "../../../modules/social-reward/types"

export const issueRewardGrantWorkflowId = "social-issue-reward-grant"

/**
 * This workflow issues one held grant whose hold is over: it takes the grant, creates a Medusa
 * promotion (a unique code only the beneficiary can use, once, before the expiry), records it on
 * the grant, emits `social.reward.issued` and notifies the customer. If the promotion cannot be
 * created, or anything after it fails, the promotion is deleted and the grant is held again.
 * A grant that is not due or already taken is left alone (`issued: false`); so is one revoked
 * while it was being issued (its new promotion is deleted).
 */
export const issueRewardGrantWorkflow = createWorkflow(issueRewardGrantWorkflowId, function (input: { grant_id: string }) {
  const claim = claimGrantForIssueStep(input)
  const issued = when("social-reward-claimed", { claim }, ({ claim }) => claim.claimed).then(() => {
    // Inside `when(claimed)`: a claimed grant was read back, so it is there.
    const grant = transform({ claim }, ({ claim }) => {
      const g = claim.grant!
      return { id: g.id, customer_id: g.customer_id!, rule_snapshot: ruleSnapshotOf(g), currency_code: g.currency_code, value: g.value }
    })
    const promotion = createRewardPromotionStep(grant)
    const markInput = transform({ promotion, input }, ({ promotion, input }) => ({ grant_id: input.grant_id, ...promotion }))
    const marked = markGrantIssuedStep(markInput)
    // A revoke that won the race leaves nothing to announce: no event, no notification.
    const events = transform({ marked }, ({ marked }): RewardEvent[] =>
      marked.issued
        ? [
            {
              grant_id: marked.grant.id,
              customer_id: marked.grant.customer_id as string,
              rule_id: marked.grant.rule_id,
              source_type: marked.grant.source_type,
              source_id: marked.grant.source_id,
            },
          ]
        : []
    )
    emitEventStep({ eventName: SocialEvents.REWARD_ISSUED, data: events }).config({ name: "emit-reward-issued" })
    const notifyInput = transform({ marked }, ({ marked }) => ({
      grant_id: marked.grant.id,
      customer_id: marked.grant.customer_id as string,
      code: marked.issued ? (marked.grant.code as string) : null,
      expires_at: marked.grant.expires_at as Date,
      reward: ruleSnapshotOf(marked.grant).reward,
    }))
    notifyRewardIssuedStep(notifyInput)
    return marked
  })
  const out = transform({ issued }, ({ issued }) => ({ issued: !!issued?.issued, grant: issued?.grant ?? null }))
  return new WorkflowResponse(out)
})
