import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_REWARD_MODULE } from "../../../../modules/social-reward"
import type SocialRewardModuleService from "../../../../modules/social-reward/service"
import type { ReferralRow } from "../../../../modules/social-reward/types"
import { onlySelected, pageOf } from "../../../utils/list-query"
import type { AdminListReferralsType } from "./validators"

/** A referral as the admin sees it. */
export function presentReferral(r: ReferralRow) {
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
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListReferralsType>, res: MedusaResponse) {
  // The module's own list (Query cannot reach this module's models: their service names differ
  // from the table names), with the select, paging and order Medusa's query config computed.
  const [data, count] = await req.scope
    .resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    .listAndCountReferrals(req.filterableFields, { ...req.listConfig, order: req.listConfig.order ?? { created_at: "ASC" } })
  const metadata = { count, skip: req.listConfig.skip, take: req.listConfig.take }
  const referrals: ReferralRow[] = data
  res.json({ referrals: referrals.map((r) => onlySelected(r, presentReferral(r))), ...pageOf(metadata, req.validatedQuery) })
}
