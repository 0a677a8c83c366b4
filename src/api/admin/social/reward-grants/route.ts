import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_REWARD_MODULE } from "../../../../modules/social-reward"
import type SocialRewardModuleService from "../../../../modules/social-reward/service"

/** A grant as the admin sees it. */
export function presentGrantForAdmin(g: any) {
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

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, customer_id, rule_id, limit, offset } = req.validatedQuery as any
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (customer_id) filters.customer_id = customer_id
  if (rule_id) filters.rule_id = rule_id
  const [grants, count] = await req.scope
    .resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    .listAndCountRewardGrants(filters, { take: limit, skip: offset, order: { created_at: "DESC" } })
  res.json({ reward_grants: grants.map(presentGrantForAdmin), count, offset, limit })
}
