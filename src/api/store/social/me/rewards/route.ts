import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_REWARD_MODULE } from "../../../../../modules/social-reward"
import type SocialRewardModuleService from "../../../../../modules/social-reward/service"
import { referralLink } from "../../referrals/client"

// What a customer may see of their own grants: no rule internals, no fraud signals.
const VISIBLE = ["held", "issued", "redeemed", "expired", "revoked", "needs_review"]

/**
 * The logged-in customer's rewards: status, what it is worth, the code and its expiry once
 * issued. The filter is the authenticated customer id, never a parameter.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const service = req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  const grants = await service.listRewardGrants({ customer_id: customerId, status: VISIBLE }, { take: 200, order: { created_at: "DESC" } })
  const [code] = await service.listReferralCodes({ customer_id: customerId }, { take: 1 })
  res.json({
    rewards: grants.map((g: any) => {
      const reward = g.rule_snapshot?.reward ?? {}
      const usable = g.status === "issued" || g.status === "redeemed" || g.status === "expired"
      return {
        id: g.id,
        status: g.status === "needs_review" ? "pending" : g.status,
        reward: { type: reward.type, value: reward.value ?? null, currency_code: reward.currency_code ?? null },
        reason: g.source_type,
        code: usable ? g.code : null,
        expires_at: usable ? g.expires_at : null,
        available_at: g.status === "held" ? g.hold_until : null,
        created_at: g.created_at,
      }
    }),
    referral: code ? { code: code.code, link: referralLink(service, code.code) } : null,
  })
}
