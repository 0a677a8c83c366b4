import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
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
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "social_referral",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { created_at: "ASC" } },
  })
  const referrals: ReferralRow[] = data
  res.json({ referrals: referrals.map((r) => onlySelected(r, presentReferral(r))), ...pageOf(metadata, req.validatedQuery) })
}
