import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { onlySelected, pageOf } from "../../../utils/list-query"
import { SOCIAL_SHARE_MODULE } from "../../../../modules/social-share"
import type SocialShareModuleService from "../../../../modules/social-share/service"
import { shortLinkUrl } from "../../../utils/short-link"
import { shareContext } from "../../../utils/share"
import type { AdminListShareLinksParamsType } from "./validators"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../../../modules/social-attribution"
import type SocialAttributionModuleService from "../../../../modules/social-attribution/service"

type Sales = { orders: number; revenue: Record<string, number> }

/** A share link as `query.graph` reads it, with the product and sharer its links may join. */
type ShareLinkRow = {
  id: string
  code: string
  product_id: string
  customer_id: string | null
  network: string
  created_at: Date
  product?: { id?: string; title?: string; handle?: string; thumbnail?: string | null } | null
  customer?: { id?: string; email?: string; first_name?: string | null; last_name?: string | null } | null
}

/**
 * Orders and revenue per share code, from the attribution capability's credit ledger (last
 * non-direct model). Empty when that module is not installed.
 */
async function salesByCode(scope: AuthenticatedMedusaRequest["scope"], codes: string[]) {
  const sales = new Map<string, Sales>()
  if (!codes.length || !scope.hasRegistration(SOCIAL_ATTRIBUTION_MODULE)) {
    return sales
  }
  const rows = await scope.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE).shareLinkStats(codes)
  for (const r of rows) {
    const entry = sales.get(r.share_code) ?? { orders: 0, revenue: {} }
    entry.orders += r.orders
    entry.revenue[r.currency_code] = (entry.revenue[r.currency_code] ?? 0) + r.revenue
    sales.set(r.share_code, entry)
  }
  return sales
}

/**
 * Share links with what they did: clicks (all requests), bot clicks, the sharer's own clicks and
 * distinct visitors (neither bot nor self), and the orders and revenue attributed to them.
 * Counts include flushed clicks only.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListShareLinksParamsType>, res: MedusaResponse) {
  const service = req.scope.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // The figures are keyed by id and code: both are read whatever `fields` asks for.
  const fields = [...new Set([...req.queryConfig.fields, "id", "code"])]
  const { data, metadata } = await query.graph({
    entity: "social_share_link",
    fields,
    filters: req.filterableFields,
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { created_at: "DESC", id: "DESC" } },
  })
  const links: ShareLinkRow[] = data
  const stats = await service.getLinkStats(links.map((l) => l.id))
  const sales = await salesByCode(req.scope, links.map((l) => l.code))
  const { options } = await shareContext(req.scope)
  res.json({
    share_links: links.map((l) => ({
      ...onlySelected(l, {
        id: l.id,
        code: l.code,
        product_id: l.product_id,
        customer_id: l.customer_id ?? null,
        network: l.network,
        created_at: l.created_at,
        product: l.product ?? null,
        customer: l.customer ?? null,
      }),
      url: shortLinkUrl(options.publicUrl, l.code),
      ...(stats.get(l.id) ?? { clicks: 0, bot_clicks: 0, self_clicks: 0, distinct_visitors: 0 }),
      ...(sales.get(l.code) ?? { orders: 0, revenue: {} }),
    })),
    ...pageOf(metadata, req.validatedQuery),
  })
}
