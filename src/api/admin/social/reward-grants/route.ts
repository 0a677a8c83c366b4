import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { RewardGrantRow } from "../../../../modules/social-reward/types"
import { onlySelected, pageOf } from "../../../utils/list-query"
import type { AdminListRewardGrantsType } from "./validators"

/** A grant as the admin sees it. */
export function presentGrantForAdmin(g: RewardGrantRow) {
  return {
    id: g.id,
    status: g.status,
    status_reason: g.status_reason ?? null,
    customer_id: g.customer_id,
    rule_id: g.rule_id,
    rule_version: g.rule_version,
    rule_snapshot: g.rule_snapshot,
    source_type: g.source_type,
    source_id: g.source_id,
    order_id: g.order_id ?? null,
    value: Number(g.value),
    currency_code: g.currency_code ?? null,
    hold_until: g.hold_until,
    promotion_id: g.promotion_id ?? null,
    code: g.code ?? null,
    expires_at: g.expires_at ?? null,
    issued_at: g.issued_at ?? null,
    revoked_at: g.revoked_at ?? null,
    clawback_value: g.clawback_value == null ? null : Number(g.clawback_value),
    signals: g.signals ?? null,
    created_at: g.created_at,
  }
}

/** The grant ledger, newest first by default; `status`, `customer_id` and `rule_id` filter. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListRewardGrantsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "social_reward_grant",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { created_at: "DESC" } },
  })
  const grants: RewardGrantRow[] = data
  res.json({ reward_grants: grants.map((g) => onlySelected(g, presentGrantForAdmin(g))), ...pageOf(metadata, req.validatedQuery) })
}
