import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import type { MetaChange } from "../../../modules/social-publish/lib/inbox"
import type SocialPublishModuleService from "../../../modules/social-publish/service"
import type { InboxItemInput, SocialAccount } from "../../../modules/social-publish/service"
import { inboxProvider } from "../../../providers/inbox"
import { inboxContextOf, inboxRowOf, isOwnComment, withInboxToken } from "../lib/context"

/**
 * This step stores the comments of a verified Meta webhook delivery: each tied to the shop's
 * account (by the Page or Instagram account id), and to its post and product when the post is
 * one the plugin published. Removed comments leave the inbox; an Instagram mention's text is read
 * from the Graph API (the delivery carries ids only). A delivery received twice stores nothing the
 * second time. Changes for accounts the shop has not connected are ignored.
 */
export const ingestMetaChangesStep = createStep("ingest-meta-webhook-changes", async (input: { changes: MetaChange[] }, { container }) => {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const { changes } = input
  if (!changes.length) return new StepResponse({ item_ids: [] as string[], removed: 0 })

  const accounts = await service.listSocialPublishAccounts({
    network: ["facebook", "instagram"],
    external_id: [...new Set(changes.map((c) => c.account_external_id))],
  })
  const accountOf = (c: MetaChange): SocialAccount | undefined =>
    accounts.find((a) => a.external_id === c.account_external_id && a.network === (c.type === "mention" ? "instagram" : c.network))
  const postIds = [...new Set(changes.flatMap((c) => (c.type === "comment" && c.platform_post_id ? [c.platform_post_id] : [])))]
  const posts = postIds.length ? await service.listSocialPublishPosts({ platform_post_id: postIds, account_id: accounts.map((a) => a.id) }) : []
  const postOf = (account: SocialAccount, platformPostId: string | null) => {
    const post = posts.find((p) => p.account_id === account.id && p.platform_post_id === platformPostId)
    return { id: post?.id ?? null, product_id: post?.product_id ?? null, platform_post_id: platformPostId }
  }

  const rows: InboxItemInput[] = []
  let removed = 0
  for (const change of changes) {
    const account = accountOf(change)
    if (!account) continue
    if (change.type === "mention") {
      try {
        const ctx = await inboxContextOf(container, account)
        const comment = await withInboxToken(container, ctx, () => inboxProvider("instagram")!.fetchMention!(ctx, { comment_id: change.comment_id, media_id: change.media_id }))
        if (comment) rows.push(inboxRowOf(account, { id: null, product_id: null, platform_post_id: change.media_id }, comment, "mention"))
      } catch (error) {
        logger.warn(`[social] inbox: mention ${change.comment_id} not read: ${(error as Error).message}`)
      }
      continue
    }
    if (change.verb === "remove") {
      removed += await service.removeInboxItems(account.id, [change.comment_id])
      continue
    }
    const comment = { platform_comment_id: change.comment_id, platform_parent_id: change.parent_id, author_id: change.author_id, author_name: change.author_name, author_handle: change.author_handle, text: change.text, commented_at: change.commented_at }
    if (isOwnComment(account, comment)) continue
    rows.push(inboxRowOf(account, postOf(account, change.platform_post_id), comment))
  }
  // The shop's answers sent from the inbox are delivered too: they are not items.
  const answers = rows.length ? new Set((await service.listSocialInboxItems({ reply_id: rows.map((r) => r.platform_comment_id) }, { select: ["reply_id"] })).map((i) => i.reply_id)) : new Set()
  const stored = await service.ingestInboxItems(rows.filter((r) => !answers.has(r.platform_comment_id)))
  return new StepResponse({ item_ids: stored.map((s) => s.id), removed })
})
