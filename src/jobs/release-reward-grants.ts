import type { MedusaContainer } from "@medusajs/framework/types"
import { releaseDueRewardGrants } from "../workflows/social-reward/release-due-grants"

/** Issues the reward grants whose hold period is over, as Medusa promotions. */
export default async function releaseRewardGrantsJob(container: MedusaContainer) {
  const counts = await releaseDueRewardGrants(container)
  if (counts.issued || counts.failed) {
    container.resolve("logger").info(`[social] reward release: ${counts.issued} issued, ${counts.failed} failed (kept held)`)
  }
}

export const config = { name: "social-release-reward-grants", schedule: "*/5 * * * *" }
