import type { MedusaContainer } from "@medusajs/framework/types"
import { releaseDueRewardGrants } from "../workflows/social-reward/release-due-grants"
import { SOCIAL_REWARD_MODULE } from "../modules/social-reward"
import type SocialRewardModuleService from "../modules/social-reward/service"

/**
 * Issues the reward grants whose hold period is over, as Medusa promotions, and marks issued
 * codes past their expiry as expired (a status change inside the ledger; Medusa's campaign end
 * date already refuses the code).
 */
export default async function releaseRewardGrantsJob(container: MedusaContainer) {
  const counts = await releaseDueRewardGrants(container)
  await container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE).expireIssuedGrants()
  if (counts.issued || counts.failed) {
    container.resolve("logger").info(`[social] reward release: ${counts.issued} issued, ${counts.failed} failed (kept held)`)
  }
}

export const config = { name: "social-release-reward-grants", schedule: "*/5 * * * *" }
