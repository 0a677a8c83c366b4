import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { BlocklistRow } from "../../../../modules/social-reward/types"
import { onlySelected, pageOf } from "../../../utils/list-query"
import type { AdminListBlocklistType } from "./validators"
import { normalizeEmail, SOCIAL_REWARD_MODULE } from "../../../../modules/social-reward"
import { normalizeAddress } from "../../../../modules/social-reward/lib/email"
import type SocialRewardModuleService from "../../../../modules/social-reward/service"

/** The blocklist: referrals and grants touching an entry wait for a person. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListBlocklistType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "social_reward_blocklist",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { created_at: "DESC" } },
  })
  const entries: BlocklistRow[] = data
  res.json({
    blocklist: entries.map((e) => onlySelected(e, { id: e.id, kind: e.kind, value: e.value, reason: e.reason, created_at: e.created_at })),
    ...pageOf(metadata, req.validatedQuery),
  })
}

/**
 * Adds an entry. Emails are stored normalised (so `a.b+x@gmail.com` blocks `ab@gmail.com`);
 * an address is given as "address_1|postal_code|city|country_code". IP+UA hashes are added by
 * rejecting a referral with `block: true`, never typed in.
 */
export async function POST(req: AuthenticatedMedusaRequest<{ kind: "email" | "customer" | "address"; value: string; reason?: string }>, res: MedusaResponse) {
  const { kind, value, reason } = req.validatedBody
  let stored: string | null = value
  if (kind === "email") {
    stored = normalizeEmail(value)
  } else if (kind === "address") {
    const [address_1, postal_code, city, country_code] = value.split("|")
    stored = normalizeAddress({ address_1, postal_code, city, country_code })
  }
  if (!stored) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: value: not a valid ${kind}`)
  }
  const service = req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  const [existing] = await service.listBlocklists({ kind, value: stored }, { take: 1 })
  const entry = existing ?? (await service.createBlocklists({ kind, value: stored, reason: reason ?? null }))
  res.status(existing ? 200 : 201).json({ entry: { id: entry.id, kind: entry.kind, value: entry.value, reason: entry.reason } })
}
