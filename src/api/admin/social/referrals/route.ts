import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_REWARD_MODULE } from "../../../../modules/social-reward"
import type SocialRewardModuleService from "../../../../modules/social-reward/service"

export function presentReferral(r: any) {
  return {
    id: r.id,
    code: r.code,
    status: r.status,
    referrer_customer_id: r.referrer_customer_id,
    friend_customer_id: r.friend_customer_id,
    signals: r.signals ?? [],
    score: r.score,
    order_id: r.order_id ?? null,
    review_note: r.review_note ?? null,
    created_at: r.created_at,
  }
}

/** The referrals queue: by default those waiting for a person (fraud signals, blocklist). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as any
  const [referrals, count] = await req.scope
    .resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    .listAndCountReferrals({ status }, { take: limit, skip: offset, order: { created_at: "ASC" } })
  res.json({ referrals: referrals.map(presentReferral), count, offset, limit })
}
