import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import type SocialPublishModuleService from "../../../modules/social-publish/service"
import type { SocialAccount, SocialPost } from "../../../modules/social-publish/service"
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"
import { inboxProvider, INBOX_NETWORKS } from "../../../providers/inbox"
import type { PublishContext } from "../../../providers/publish"
import { inboxContextOf, inboxRowOf, isOwnComment, withInboxToken } from "../lib/context"

export type PollInboxInput = {
  /** Most posts one run reads (the most recently published first). */
  limit?: number
}

/**
 * This step reads the new comments of the shop's recent posts on Facebook, Instagram and X, from
 * where the last poll stopped on each post (its cursor), and stores them (one item per comment,
 * however often it is read). The shop's own answers are left out. A post whose platform refuses
 * or throttles keeps its cursor and is read again next run. It returns the items stored or
 * changed, for the alerts. No compensation: what was read stays read, and storing is idempotent.
 */
export const pollInboxStep = createStep("poll-social-inbox", async (input: PollInboxInput, { container }) => {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  const options = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getPluginOptions()
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const accounts = await service.listSocialPublishAccounts({ network: [...INBOX_NETWORKS] })
  const byId = new Map(accounts.map((a) => [a.id, a]))
  if (!accounts.length) return new StepResponse({ posts: 0, failed: 0, item_ids: [] as string[] })
  const since = new Date(Date.now() - options.inbox.pollDays * 24 * 3_600_000)
  const posts = await service.listSocialPublishPosts(
    { account_id: [...byId.keys()], status: "published", published_at: { $gte: since } },
    { take: input.limit ?? 200, order: { published_at: "DESC" } }
  )
  const cursors = await service.getInboxCursors(posts.map((p) => p.id))
  const item_ids: string[] = []
  let failed = 0
  const queue = posts.filter((p) => p.platform_post_id)
  const contexts = new Map<string, Promise<PublishContext>>()
  const pollOne = async (post: SocialPost, account: SocialAccount) => {
    const provider = inboxProvider(account.network)!
    if (!contexts.has(account.id)) contexts.set(account.id, inboxContextOf(container, account))
    const ctx = await contexts.get(account.id)!
    // One context per account, so the four lanes share what a renewal gave.
    const { comments, cursor } = await withInboxToken(container, ctx, () =>
      provider.listComments(ctx, post.platform_post_id!, cursors.get(post.id) ?? null)
    )
    const theirs = comments.filter((c) => !isOwnComment(account, c))
    // The shop's answers sent from the inbox come back in the thread: they are not items.
    const answers = theirs.length
      ? new Set((await service.listSocialInboxItems({ account_id: account.id, reply_id: theirs.map((c) => c.platform_comment_id) }, { select: ["reply_id"] })).map((i) => i.reply_id))
      : new Set<string | null>()
    const rows = theirs.filter((c) => !answers.has(c.platform_comment_id)).map((c) => inboxRowOf(account, { id: post.id, product_id: post.product_id, platform_post_id: post.platform_post_id }, c))
    item_ids.push(...(await service.ingestInboxItems(rows)).map((r) => r.id))
    await service.saveInboxCursor(post.id, cursor)
  }
  // Four posts at a time: well under every platform's per-app limits for a poll every few minutes.
  await Promise.all(
    Array.from({ length: Math.min(4, queue.length) }, async () => {
      for (let post = queue.shift(); post; post = queue.shift()) {
        try {
          await pollOne(post, byId.get(post.account_id)!)
        } catch (error) {
          failed++
          logger.warn(`[social] inbox: comments of post ${post.id} not read: ${(error as Error).message}`)
        }
      }
    })
  )
  return new StepResponse({ posts: posts.length, failed, item_ids })
})
