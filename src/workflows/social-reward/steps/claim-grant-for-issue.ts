import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_REWARD_MODULE } from "../../../modules/social-reward"
import type SocialRewardModuleService from "../../../modules/social-reward/service"
import type { RewardGrantRow } from "../../../modules/social-reward/types"

/**
 * This step takes a due held grant for issuing (held -> issuing) so that no other release issues
 * it too. It answers `claimed: false` when the grant is not held, not due, or taken. Its
 * compensation puts a grant it took back to held, to be retried by the next release, but only
 * while it is still `issuing`: a grant revoked in the meantime stays revoked.
 */
export const claimGrantForIssueStep = createStep(
  "claim-reward-grant-for-issue",
  async (input: { grant_id: string }, { container }) => {
    const service = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    const claimed = await service.claimForIssue(input.grant_id)
    if (!claimed) {
      return new StepResponse({ claimed: false, grant: null as RewardGrantRow | null }, null)
    }
    const grant = await service.retrieveRewardGrant(input.grant_id)
    return new StepResponse({ claimed: true, grant: grant as RewardGrantRow | null }, input.grant_id)
  },
  async (grantId, { container }) => {
    if (!grantId) {
      return
    }
    const service = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    await service.transitionGrant(grantId, ["issuing"], {
      status: "held",
      promotion_id: null,
      code: null,
      expires_at: null,
      issued_at: null,
    })
  }
)
