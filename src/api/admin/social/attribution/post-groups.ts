import type { MedusaContainer } from "@medusajs/framework/types"
import type { AttributionReport } from "../../../../modules/social-attribution/types"
import { SOCIAL_PUBLISH_MODULE } from "../../../../modules/social-publish"
import type SocialPublishModuleService from "../../../../modules/social-publish/service"

type PostRef = { id: string; account_id: string; network: string | null; share_code: string }

/**
 * The share-link report told by post: every post of the shop has a share link of its own (its
 * sharer is the post), so the groups whose share code is a post's become that post's, keyed by
 * its id, with its account and network. Other share links (shoppers' shares) and orders without
 * one are left out of the groups; the totals stay those of all orders, so `share` says how much
 * of the revenue each post brought. The modules stay apart: the ledger is read by its module, the
 * posts by theirs (one look-up of the codes that had orders).
 */
export async function reportByPost(scope: MedusaContainer, byShareLink: AttributionReport): Promise<AttributionReport & { groups: Array<AttributionReport["groups"][number] & { post?: PostRef }> }> {
  const codes = byShareLink.groups.map((g) => g.key).filter((k) => k !== "(none)")
  const publish = scope.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  // Deleted posts too: a published post's orders are reported after it is gone from the calendar.
  const posts = codes.length
    ? await publish.listSocialPublishPosts({ share_code: codes }, { select: ["id", "account_id", "share_code"], withDeleted: true })
    : []
  const accounts = posts.length
    ? await publish.listSocialPublishAccounts({ id: [...new Set(posts.map((p) => p.account_id))] }, { select: ["id", "network"], withDeleted: true })
    : []
  const networkOf = new Map(accounts.map((a) => [a.id, a.network as string]))
  const byCode = new Map<string, PostRef>(
    posts.map((p) => [p.share_code!, { id: p.id, account_id: p.account_id, network: networkOf.get(p.account_id) ?? null, share_code: p.share_code! }])
  )
  return {
    ...byShareLink,
    group_by: "post",
    groups: byShareLink.groups.flatMap((g) => {
      const post = byCode.get(g.key)
      return post ? [{ ...g, key: post.id, post }] : []
    }),
    series: byShareLink.series.map((day) => ({
      ...day,
      groups: Object.fromEntries(Object.entries(day.groups).flatMap(([code, figures]) => (byCode.has(code) ? [[byCode.get(code)!.id, figures]] : []))),
    })),
  }
}
