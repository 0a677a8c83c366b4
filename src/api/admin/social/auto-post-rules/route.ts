import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SOCIAL_PUBLISH_MODULE } from "../../../../modules/social-publish"
import type SocialPublishModuleService from "../../../../modules/social-publish/service"
import type { PublishNetwork } from "../../../../modules/social-publish/lib/networks"
import { publishProvider } from "../../../../providers/publish"
import { resolveCurrency, resolveLocale } from "../../../utils/share"
import { presentRule } from "./present"
import type { AdminCreateAutoPostRuleType, AdminListAutoPostRulesType } from "./validators"

const service = (req: AuthenticatedMedusaRequest) => req.scope.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)

/** The automatic post rules, by account and trigger. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListAutoPostRulesType>, res: MedusaResponse) {
  const { account_id, trigger, limit, offset } = req.validatedQuery
  const [rules, count] = await service(req).listAndCountSocialPublishAutoRules(
    { ...(account_id && { account_id }), ...(trigger && { trigger }) },
    { take: limit, skip: offset, order: { created_at: "ASC" } }
  )
  res.json({ rules: rules.map(presentRule), count, offset, limit })
}

/**
 * A rule for one account and market. The account must be one the plugin can publish to, and the
 * market one the store sells in (400 naming the field).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateAutoPostRuleType>, res: MedusaResponse) {
  const body = req.validatedBody
  const [account] = await service(req).listSocialPublishAccounts({ id: body.account_id }, { take: 1 })
  if (!account) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: account_id: no account ${body.account_id}`)
  if (!publishProvider(account.network as PublishNetwork)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: account_id: publishing to ${account.network} is not available yet`)
  }
  const [locale, currency_code] = await Promise.all([resolveLocale(req.scope, body.locale), resolveCurrency(req.scope, body.currency_code)])
  const created = await service(req).createSocialPublishAutoRules({ ...body, locale: locale ?? "", currency_code: currency_code.toLowerCase(), min_drop_percent: body.min_drop_percent ?? 0 })
  res.status(201).json({ rule: presentRule(await service(req).retrieveSocialPublishAutoRule(created.id)) })
}
