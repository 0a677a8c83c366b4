import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_SHARE_MODULE } from "../../../modules/social-share"
import type SocialShareModuleService from "../../../modules/social-share/service"
import { visitorRetentionHours, type VisitorWindowRule } from "../../../modules/social-share/lib/visitor-retention"

/** The rewards module's key: optional here, a store may run sharing without rewards. */
const SOCIAL_REWARD_MODULE = "social_reward"
type RewardRuleSource = {
  listRewardRules(filters: { trigger: string }, config: { select: string[] }): Promise<VisitorWindowRule[]>
}

/**
 * This step works out how old a visitor row may get: the `shareVisitorRetentionDays` option, or
 * the longest window of the `share_visitors` reward rules (any status: a paused rule may be
 * resumed) when that is longer. Returns the cutoff as an ISO date.
 */
export const computeShareVisitorCutoffStep = createStep(
  "compute-share-visitor-cutoff",
  async (input: { now?: string }, { container }) => {
    const options = container.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE).getPluginOptions()
    let rules: VisitorWindowRule[] = []
    if (container.hasRegistration(SOCIAL_REWARD_MODULE)) {
      // Soft-deleted rules are left out by the generated list method.
      rules = await container
        .resolve<RewardRuleSource>(SOCIAL_REWARD_MODULE)
        .listRewardRules({ trigger: "share_visitors" }, { select: ["id", "trigger_config"] })
    }
    const hours = visitorRetentionHours(options.shareVisitorRetentionDays, rules)
    const now = input.now ? new Date(input.now) : new Date()
    return new StepResponse({ cutoff: new Date(now.getTime() - hours * 3600_000).toISOString(), retention_hours: hours })
  }
)

/**
 * This step deletes the visitor rows created before the cutoff. Deleting expired keys is not
 * undone: it has no compensation, and it is the last step of its workflow.
 */
export const pruneShareVisitorsStep = createStep(
  "prune-share-visitors",
  async (input: { cutoff: string }, { container }) => {
    const deleted = await container.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE).pruneVisitors(new Date(input.cutoff))
    return new StepResponse(deleted)
  }
)
