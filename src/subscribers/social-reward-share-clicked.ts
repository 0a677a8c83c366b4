import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SOCIAL_REWARD_MODULE } from "../modules/social-reward"
import type SocialRewardModuleService from "../modules/social-reward/service"
import { SocialEvents, type ShareClickedEvent } from "../lib/events"
import { grantRewardsWorkflow } from "../workflows/social-reward/workflows/grant-rewards"
import { releaseDueRewardGrants } from "../workflows/social-reward/release-due-grants"

/**
 * A share link's click batch: pay the sharer when the link reached its distinct real visitors in
 * time. The step decides from the share ledger (the link's stored batches), not from the event's
 * counts, so a late or repeated event decides the same way.
 */
export default async function rewardShareClicked({ event, container }: SubscriberArgs<ShareClickedEvent>) {
  const share = event.data
  if (!share.customer_id) {
    return
  }
  // One cheap read instead of a workflow run per clicked link when no share rule is active (the
  // workflow's step would find no rule and write nothing).
  const rewards = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  if (!(await rewards.hasActiveRule("share_visitors"))) {
    return
  }
  const { result } = await grantRewardsWorkflow(container).run({
    input: {
      triggers: ["share_visitors"],
      customer_id: share.customer_id,
      source_type: "share_link",
      source_id: share.share_link_id,
      product_id: share.product_id,
    },
  })
  const due = result.created.filter((g) => g.status === "held" && new Date(g.hold_until).getTime() <= Date.now())
  if (due.length) {
    await releaseDueRewardGrants(container, due.map((g) => g.id))
  }
}

export const config: SubscriberConfig = { event: SocialEvents.SHARE_CLICKED, context: { subscriberId: "social-reward-share-clicked" } }
