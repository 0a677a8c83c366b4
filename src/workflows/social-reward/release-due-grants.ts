import type { MedusaContainer } from "@medusajs/framework/types"
import { SOCIAL_REWARD_MODULE } from "../../modules/social-reward"
import type SocialRewardModuleService from "../../modules/social-reward/service"
import { issueRewardGrantWorkflow } from "./workflows/issue-reward-grant"

/**
 * Issues the given grants, or every held grant whose hold is over (in keyed pages of 100), one
 * workflow per grant so that one failure (a promotion that cannot be created) leaves the others
 * issued and that grant held for the next run. Returns the counts.
 */
export async function releaseDueRewardGrants(container: MedusaContainer, grantIds?: string[]) {
  const service = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  const logger = container.resolve("logger")
  const counts = { issued: 0, skipped: 0, failed: 0 }
  const runOne = async (id: string) => {
    const { result, errors } = await issueRewardGrantWorkflow(container).run({ input: { grant_id: id }, throwOnError: false })
    if (errors?.length) {
      counts.failed++
      logger.warn(`[social] reward grant ${id} was not issued and stays held: ${errors[0].error?.message ?? errors[0].error}`)
    } else if (result?.issued) {
      counts.issued++
    } else {
      counts.skipped++
    }
  }
  if (grantIds) {
    for (const id of grantIds) await runOne(id)
    return counts
  }
  let after: string | null = null
  const now = new Date()
  for (;;) {
    const ids = await service.listDueGrantIds(after, 100, now)
    if (!ids.length) break
    for (const id of ids) await runOne(id)
    after = ids[ids.length - 1]
  }
  return counts
}
