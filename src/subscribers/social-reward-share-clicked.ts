import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SocialEvents, type ShareClickedEvent } from "../lib/events"
import { grantRewardsWorkflow } from "../workflows/social-reward/workflows/grant-rewards"
import { releaseDueRewardGrants } from "../workflows/social-reward/release-due-grants"

/** A share link's click batch: pay the sharer when the link reached its distinct real visitors in time. */
export default async function rewardShareClicked({ event, container }: SubscriberArgs<ShareClickedEvent>) {
  const share = event.data
  if (!share.customer_id) {
    return
  }
  const ageHours = (Date.now() - new Date(share.first_click_at).getTime()) / 3600_000
  const { result } = await grantRewardsWorkflow(container).run({
    input: {
      triggers: ["share_visitors"],
      customer_id: share.customer_id,
      source_type: "share_link",
      source_id: share.share_link_id,
      product_id: share.product_id,
      share_visitors: share.distinct_visitors_total,
      share_age_hours: ageHours,
    },
  })
  const due = result.created.filter((g) => g.status === "held" && new Date(g.hold_until).getTime() <= Date.now())
  if (due.length) {
    await releaseDueRewardGrants(container, due.map((g) => g.id))
  }
}

export const config: SubscriberConfig = { event: SocialEvents.SHARE_CLICKED, context: { subscriberId: "social-reward-share-clicked" } }
