import type { MedusaContainer } from "@medusajs/framework/types"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../../../modules/social-attribution"
import type SocialAttributionModuleService from "../../../../modules/social-attribution/service"
import type { SocialPost } from "../../../../modules/social-publish/service"
import { SOCIAL_SHARE_MODULE } from "../../../../modules/social-share"
import type SocialShareModuleService from "../../../../modules/social-share/service"

export type PostMetrics = {
  platform: SocialPost["metrics"] | null
  platform_fetched_at: Date | string | null
  link: { clicks: number; bot_clicks: number; distinct_visitors: number } | null
  orders: { currency_code: string; orders: number; revenue: number }[]
}

/**
 * What posts did, for a whole page of them at once: the platform's figures as last polled (job
 * `social-publish-metrics`), the clicks on each post's own tracked link, and the orders and revenue
 * the attribution ledger gives that link (last non-direct), per currency. Two queries whatever the
 * number of posts, so the calendar asks the list for them (`fields=+metrics`), not each card.
 */
export async function postMetrics(scope: MedusaContainer, posts: SocialPost[]): Promise<Map<string, PostMetrics>> {
  const linkIds = posts.flatMap((p) => (p.share_link_id ? [p.share_link_id] : []))
  const codes = posts.flatMap((p) => (p.share_code ? [p.share_code] : []))
  const [stats, orders] = await Promise.all([
    scope.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE).getLinkStats(linkIds),
    scope.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE).shareLinkStats(codes),
  ])
  return new Map(
    posts.map((p) => {
      const link = p.share_link_id ? stats.get(p.share_link_id) : undefined
      return [
        p.id,
        {
          platform: p.metrics ?? null,
          platform_fetched_at: p.metrics_at ?? null,
          link: p.share_link_id ? { clicks: link?.clicks ?? 0, bot_clicks: link?.bot_clicks ?? 0, distinct_visitors: link?.distinct_visitors ?? 0 } : null,
          orders: orders.filter((o) => o.share_code === p.share_code).map((o) => ({ currency_code: o.currency_code, orders: o.orders, revenue: o.revenue })),
        },
      ]
    })
  )
}
