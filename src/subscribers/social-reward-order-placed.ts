import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CoreEvents, type IdEvent } from "../lib/events"
import { qualifyReferralWorkflow } from "../workflows/social-reward/workflows/qualify-referral"
import { markRewardCodesRedeemedWorkflow } from "../workflows/social-reward/workflows/mark-redeemed"

/** A placed order: a referred friend's first order qualifies the referral; reward codes it used are redeemed. */
export default async function rewardOrderPlaced({ event, container }: SubscriberArgs<IdEvent>) {
  await qualifyReferralWorkflow(container).run({ input: { order_id: event.data.id } })
  await markRewardCodesRedeemedWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: CoreEvents.ORDER_PLACED, context: { subscriberId: "social-reward-order-placed" } }
