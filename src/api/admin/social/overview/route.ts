import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../modules/product-review/service"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../../../modules/social-attribution"
import type SocialAttributionModuleService from "../../../../modules/social-attribution/service"
import { SOCIAL_CATALOG_MODULE } from "../../../../modules/social-catalog"
import type SocialCatalogModuleService from "../../../../modules/social-catalog/service"
import { SOCIAL_REWARD_MODULE } from "../../../../modules/social-reward"
import type SocialRewardModuleService from "../../../../modules/social-reward/service"
import { SOCIAL_SHARE_MODULE } from "../../../../modules/social-share"
import type SocialShareModuleService from "../../../../modules/social-share/service"
import { catalogRow, kpis, networkSeries, previousRange, shareFunnel, type PeriodFigures, type Range } from "../../../../lib/overview"
import type { AdminSocialOverviewQueryType } from "./validators"

/**
 * GET /admin/social/overview: what social brought in a date range beside the period before it:
 * share clicks and visitors, attributed orders and revenue, conversion, reviews, rewards, the
 * catalog channels' items, attributed revenue per day by network, the most shared products and
 * the share funnel. Read-only: every figure is a grouped query of the module that owns it.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = (req as unknown as { validatedQuery: AdminSocialOverviewQueryType }).validatedQuery
  const attribution = req.scope.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE)
  const catalog = req.scope.resolve<SocialCatalogModuleService>(SOCIAL_CATALOG_MODULE)
  const range: Range = { from: q.from, to: q.to }
  const previous = previousRange(range)

  // The report picks the currency (the busiest in the range unless asked) and gives the series.
  const report = await attribution.report({ from: range.from, to: range.to, group_by: "network", currency_code: q.currency_code, model: q.model })
  const currency = report.currency_code
  const [current, before, channels] = await Promise.all([
    figures(req, range, currency, q.model),
    figures(req, previous, currency, q.model),
    catalog.listSocialCatalogChannels({}, { select: ["id", "name", "destination", "mode"], order: { created_at: "ASC" }, take: 100 }),
  ])
  const catalogRows = await Promise.all(
    channels.map(async (c) => catalogRow({ id: c.id, name: c.name, destination: c.destination, mode: c.mode, counts: await catalog.countByStatus(c.id) }))
  )
  const top = await withProducts(req, current.share.top_products)

  res.json({
    overview: {
      from: range.from.toISOString(),
      to: range.to.toISOString(),
      previous: { from: previous.from.toISOString(), to: previous.to.toISOString() },
      currency_code: currency,
      model: q.model,
      kpis: kpis(current, before, currency),
      pending_reviews: current.reviews.pending,
      grants_needing_review: current.rewards.needs_review,
      rewards_by_currency: current.rewards.by_currency,
      catalog: catalogRows,
      series: networkSeries(range, report.series),
      top_products: top,
      funnel: shareFunnel(current),
    },
  })
}

async function figures(req: AuthenticatedMedusaRequest, range: Range, currency: string | null, model: AdminSocialOverviewQueryType["model"]): Promise<PeriodFigures> {
  const [share, attribution, reviews, rewards] = await Promise.all([
    req.scope.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE).overviewFigures(range),
    req.scope.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE).overviewFigures({ ...range, currency_code: currency, model }),
    req.scope.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).overviewFigures(range),
    req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE).overviewFigures(range),
  ])
  return { share, attribution, reviews, rewards }
}

/** The top products with their title and thumbnail (a product deleted since keeps its id only). */
async function withProducts(req: AuthenticatedMedusaRequest, top: PeriodFigures["share"]["top_products"]) {
  if (!top.length) return []
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "thumbnail"], filters: { id: top.map((t) => t.product_id) } })
  const byId = new Map((data as { id: string; title: string; thumbnail: string | null }[]).map((p) => [p.id, p]))
  return top.map((t) => ({ ...t, title: byId.get(t.product_id)?.title ?? null, thumbnail: byId.get(t.product_id)?.thumbnail ?? null }))
}
