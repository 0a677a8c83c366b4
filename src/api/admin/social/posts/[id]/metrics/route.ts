import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../../../../../modules/social-attribution"
import type SocialAttributionModuleService from "../../../../../../modules/social-attribution/service"
import { SOCIAL_PUBLISH_MODULE } from "../../../../../../modules/social-publish"
import type SocialPublishModuleService from "../../../../../../modules/social-publish/service"
import { SOCIAL_SHARE_MODULE } from "../../../../../../modules/social-share"
import type SocialShareModuleService from "../../../../../../modules/social-share/service"

/**
 * GET /admin/social/posts/:id/metrics: what a post did. The platform's figures as last polled
 * (job `social-publish-metrics`, hourly), the clicks on its own tracked link (people, bots apart),
 * and the orders and revenue the attribution ledger gives that link (last non-direct), per currency.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const post = await req.scope.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE).retrieveSocialPublishPost(req.params.id)
  const [stats, orders] = await Promise.all([
    post.share_link_id ? req.scope.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE).getLinkStats([post.share_link_id]) : new Map(),
    post.share_code ? req.scope.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE).shareLinkStats([post.share_code]) : [],
  ])
  const link = post.share_link_id ? stats.get(post.share_link_id) : undefined
  res.json({
    metrics: {
      post_id: post.id,
      platform: post.metrics ?? null,
      platform_fetched_at: post.metrics_at ?? null,
      link: post.share_link_id ? { clicks: link?.clicks ?? 0, bot_clicks: link?.bot_clicks ?? 0, distinct_visitors: link?.distinct_visitors ?? 0 } : null,
      orders: orders.map((o) => ({ currency_code: o.currency_code, orders: o.orders, revenue: o.revenue })),
    },
  })
}
