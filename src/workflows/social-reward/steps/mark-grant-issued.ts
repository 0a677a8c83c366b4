import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { SOCIAL_REWARD_MODULE } from "../../../modules/social-reward"
import type SocialRewardModuleService from "../../../modules/social-reward/service"

export type MarkGrantIssuedInput = {
  grant_id: string
  promotion_id: string
  campaign_id?: string | null
  code: string
  expires_at: Date
}

/**
 * This step records the promotion on the grant and marks it issued, only while the grant is still
 * `issuing`. When a revoke took the grant in the meantime (an admin, a cancelled order, a deleted
 * review), the revoke wins: the promotion just made is deleted with its campaign, the grant stays
 * revoked and the step answers `issued: false` (no event, no notification). Its compensation takes
 * the promotion off an issued grant again (the claim's compensation then puts it back to held).
 */
export const markGrantIssuedStep = createStep(
  "mark-reward-grant-issued",
  async (input: MarkGrantIssuedInput, { container }) => {
    const service = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    const grant = await service.transitionGrant(input.grant_id, ["issuing"], {
      status: "issued",
      promotion_id: input.promotion_id,
      code: input.code,
      expires_at: input.expires_at,
      issued_at: new Date(),
    })
    if (!grant) {
      const promotions = container.resolve(Modules.PROMOTION)
      await promotions.deletePromotions([input.promotion_id])
      if (input.campaign_id) {
        await promotions.deleteCampaigns([input.campaign_id])
      }
      return new StepResponse({ issued: false, grant: await service.retrieveRewardGrant(input.grant_id) }, null)
    }
    return new StepResponse({ issued: true, grant }, input.grant_id)
  },
  async (grantId, { container }) => {
    if (!grantId) {
      return
    }
    await container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE).transitionGrant(grantId, ["issued"], {
      status: "issuing",
      promotion_id: null,
      code: null,
      expires_at: null,
      issued_at: null,
    })
  }
)
