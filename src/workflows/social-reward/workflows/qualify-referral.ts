import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SocialEvents, type RewardEvent } from "../../../lib/events"
import { recordRewardGrantsStep } from "../steps/record-reward-grants"
import { qualifyReferralStep } from "../steps/referral-steps"

export const qualifyReferralWorkflowId = "social-qualify-referral"

/**
 * This workflow runs on every placed order: on a referred friend's first order it qualifies the
 * referral and grants both sides (`referral_friend` to the friend, `referral_referrer` to the
 * referrer), held for at least the return window, or waiting for review when signals fired.
 */
export const qualifyReferralWorkflow = createWorkflow(qualifyReferralWorkflowId, function (input: { order_id: string }) {
  const q = qualifyReferralStep(input)
  const result = when("social-referral-qualified", { q }, ({ q }) => !!q.referral_id).then(() => {
    const friendInput = transform({ q }, ({ q }) => ({
      triggers: ["referral_friend" as const],
      customer_id: q.friend_customer_id,
      source_type: "referral" as const,
      source_id: q.referral_id!,
      order_id: q.order_id,
      order_value: q.order_value,
      signals: q.signals,
    }))
    const referrerInput = transform({ q }, ({ q }) => ({
      triggers: ["referral_referrer" as const],
      customer_id: q.referrer_customer_id,
      source_type: "referral" as const,
      source_id: q.referral_id!,
      order_id: q.order_id,
      order_value: q.order_value,
      signals: q.signals,
    }))
    const friend = recordRewardGrantsStep(friendInput).config({ name: "record-referral-friend-grants" })
    const referrer = recordRewardGrantsStep(referrerInput).config({ name: "record-referral-referrer-grants" })
    const events = transform({ friend, referrer, q }, ({ friend, referrer, q }) =>
      [...friend.created, ...referrer.created].map(
        (g): RewardEvent => ({ grant_id: g.id, customer_id: g.customer_id, rule_id: g.rule_id, source_type: "referral", source_id: q.referral_id! })
      )
    )
    emitEventStep({ eventName: SocialEvents.REWARD_GRANTED, data: events }).config({ name: "emit-referral-granted" })
    return transform({ friend, referrer }, ({ friend, referrer }) => ({ friend, referrer }))
  })
  return new WorkflowResponse(transform({ q, result }, ({ q, result }) => ({ referral_id: q.referral_id, grants: result ?? null })))
})
