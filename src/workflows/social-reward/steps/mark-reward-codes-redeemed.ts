import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOCIAL_REWARD_MODULE } from "../../../modules/social-reward"
import type SocialRewardModuleService from "../../../modules/social-reward/service"

/**
 * This step marks issued grants whose code the order used as redeemed (through Medusa's
 * order-promotion link). Its compensation marks them issued again.
 */
export const markRewardCodesRedeemedStep = createStep(
  "mark-reward-codes-redeemed",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "promotions.code"], filters: { id: input.order_id } })
    const promotions: Array<{ code: string | null } | null> = data[0]?.promotions ?? []
    const codes = promotions.flatMap((p) => (p?.code ? [p.code] : []))
    if (!codes.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const service = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    const grants = await service.listRewardGrants({ code: codes, status: "issued" })
    if (grants.length) {
      await service.updateRewardGrants(grants.map((g) => ({ id: g.id, status: "redeemed" as const, status_reason: `used on ${input.order_id}` })))
    }
    const ids = grants.map((g) => g.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
      .updateRewardGrants(ids.map((id) => ({ id, status: "issued" as const, status_reason: null })))
  }
)
