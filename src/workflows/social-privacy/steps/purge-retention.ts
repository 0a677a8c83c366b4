import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_REWARD_MODULE } from "../../../modules/social-reward"
import type SocialRewardModuleService from "../../../modules/social-reward/service"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../../modules/social-attribution"
import type SocialAttributionModuleService from "../../../modules/social-attribution/service"

const DAY = 86400_000

/**
 * This step deletes what is past its retention (plugin option `retention`): sent or failed
 * conversion events, old order attributions, decided or unused referrals. Deleting expired data
 * is not undone.
 */
export const purgeRetentionStep = createStep("purge-social-retention", async (input: { now?: Date } = {}, { container }) => {
  const rewards = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  const { retention } = rewards.getPluginOptions()
  const now = (input?.now ? new Date(input.now) : new Date()).getTime()
  const attribution = await container.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE).purgeRetention({
    eventsBefore: new Date(now - retention.conversionEventsDays * DAY),
    attributionsBefore: new Date(now - retention.attributionsDays * DAY),
  })
  const referrals = await rewards.purgeReferralsBefore(new Date(now - retention.referralsDays * DAY))
  return new StepResponse({ ...attribution, referrals })
})
