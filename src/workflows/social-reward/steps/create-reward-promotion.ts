import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ApplicationMethodAllocation, ApplicationMethodTargetType, ApplicationMethodType, Modules, PromotionStatus, PromotionType } from "@medusajs/framework/utils"
import type { CreatePromotionDTO } from "@medusajs/framework/types"
import { randomCode } from "../../../modules/social-reward/lib/code"
import type { RuleDefinition } from "../../../modules/social-reward"

type GrantForPromotion = {
  id: string
  customer_id: string
  rule_snapshot: RuleDefinition & { id: string }
  currency_code: string | null
  /** The grant's value: a fixed reward's amount after any clawback deducted (see the service). */
  value?: unknown
}

/** The promotion a grant becomes: one code, one customer, one use, an end date. */
export function promotionFor(grant: GrantForPromotion, code: string, now: Date): { expires_at: Date; data: CreatePromotionDTO } {
  const reward = grant.rule_snapshot.reward
  const expires_at = new Date(now.getTime() + (reward.expires_in_days ?? 30) * 86400_000)
  const application_method =
    reward.type === "free_shipping"
      ? { type: ApplicationMethodType.PERCENTAGE, target_type: ApplicationMethodTargetType.SHIPPING_METHODS, allocation: ApplicationMethodAllocation.ACROSS, value: 100 }
      : reward.type === "percentage"
        ? { type: ApplicationMethodType.PERCENTAGE, target_type: ApplicationMethodTargetType.ORDER, allocation: ApplicationMethodAllocation.ACROSS, value: reward.value }
        : {
            type: ApplicationMethodType.FIXED,
            target_type: ApplicationMethodTargetType.ORDER,
            allocation: ApplicationMethodAllocation.ACROSS,
            value: grant.value != null ? Number(grant.value) : reward.value,
            currency_code: reward.currency_code ?? grant.currency_code ?? undefined,
          }
  return {
    expires_at,
    data: {
      code,
      type: PromotionType.STANDARD,
      status: PromotionStatus.ACTIVE,
      is_automatic: false,
      // A fixed reward's face value is what comes off what the customer pays: tax-inclusive, so a
      // 7 EUR reward takes 7 EUR off a cart whose VAT is added at checkout, not 7 EUR plus VAT.
      is_tax_inclusive: reward.type === "fixed",
      // Once: the promotion's own usage limit (Medusa 2.12+), counted when an order uses it.
      limit: 1,
      application_method,
      // Only this customer: the cart's customer must be the grant's beneficiary.
      rules: [{ attribute: "customer.id", operator: "eq", values: [grant.customer_id] }],
      // Before an expiry: promotions end with their campaign; one campaign per grant.
      campaign: {
        name: `Social reward ${grant.id}`,
        campaign_identifier: `social-reward-${grant.id}`,
        starts_at: now,
        ends_at: expires_at,
      },
      metadata: { social_reward_grant_id: grant.id, social_reward_rule_id: grant.rule_snapshot.id },
    },
  }
}

/**
 * This step creates the Medusa promotion for a grant. Its compensation deletes the promotion
 * and its campaign, so a failed issue leaves no usable code behind.
 */
export const createRewardPromotionStep = createStep(
  "create-reward-promotion",
  async (grant: GrantForPromotion, { container }) => {
    const promotionModule = container.resolve(Modules.PROMOTION)
    const { data, expires_at } = promotionFor(grant, randomCode("RW"), new Date())
    const [promotion] = await promotionModule.createPromotions([data])
    const campaignId = promotion.campaign_id ?? promotion.campaign?.id ?? null
    return new StepResponse(
      { promotion_id: promotion.id, campaign_id: campaignId as string | null, code: promotion.code as string, expires_at },
      { promotion_id: promotion.id, campaign_id: campaignId }
    )
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    const promotionModule = container.resolve(Modules.PROMOTION)
    await promotionModule.deletePromotions([created.promotion_id])
    if (created.campaign_id) {
      await promotionModule.deleteCampaigns([created.campaign_id])
    }
  }
)
