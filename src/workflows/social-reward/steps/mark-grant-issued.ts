import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_REWARD_MODULE } from "../../../modules/social-reward"
import type SocialRewardModuleService from "../../../modules/social-reward/service"

/**
 * This step records the promotion on the grant and marks it issued. Its compensation takes the
 * promotion off the grant again (the claim's compensation then puts it back to held).
 */
export const markGrantIssuedStep = createStep(
  "mark-reward-grant-issued",
  async (input: { grant_id: string; promotion_id: string; code: string; expires_at: Date }, { container }) => {
    const service = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    const grant = await service.updateRewardGrants({
      id: input.grant_id,
      status: "issued",
      promotion_id: input.promotion_id,
      code: input.code,
      expires_at: input.expires_at,
      issued_at: new Date(),
    })
    return new StepResponse(grant, input.grant_id)
  },
  async (grantId, { container }) => {
    if (!grantId) {
      return
    }
    await container
      .resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
      .updateRewardGrants({ id: grantId, status: "issuing", promotion_id: null, code: null, expires_at: null, issued_at: null })
  }
)
