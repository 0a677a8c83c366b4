import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import type SocialPublishModuleService from "../../../modules/social-publish/service"
import type { PublishNetwork } from "../../../modules/social-publish/lib/networks"
import { publishProvider, type PublishContext } from "../../../providers/publish"
import { fetchPostMetrics } from "../../../providers/publish/metrics"
import { providerContext } from "../lib/publisher"
import { withFreshToken } from "../lib/tokens"

export type PollPostMetricsInput = {
  /** Posts published this many days back are polled (their figures settle within weeks). */
  days?: number
  /** A post polled less than this long ago waits for the next run. */
  min_age_ms?: number
  limit?: number
  fetch?: typeof fetch
}

/**
 * This step reads the figures of recently published posts from their platforms' insights
 * (impressions, reactions, comments, shares, link clicks) and stores them on each post, those
 * polled longest ago first. A post whose platform refuses (a revoked token, a throttle) keeps its
 * last figures and is tried on the next run. Nothing to compensate: figures are only ever replaced.
 */
export const pollPostMetricsStep = createStep("poll-social-post-metrics", async (input: PollPostMetricsInput, { container }) => {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const now = Date.now()
  const posts = await service.listSocialPublishPosts(
    {
      status: "published",
      published_at: { $gte: new Date(now - (input.days ?? 28) * 86_400_000) },
      $or: [{ metrics_at: null }, { metrics_at: { $lt: new Date(now - (input.min_age_ms ?? 55 * 60_000)) } }],
    },
    { take: input.limit ?? 200, order: { metrics_at: "ASC NULLS FIRST" } }
  )
  const accounts = new Map((await service.listSocialPublishAccounts({ id: [...new Set(posts.map((p) => p.account_id))] })).map((a) => [a.id, a]))
  const contexts = new Map<string, PublishContext>()
  const fetchImpl = input.fetch ?? globalThis.fetch.bind(globalThis)
  let updated = 0
  let failed = 0
  for (const post of posts) {
    const account = accounts.get(post.account_id)
    if (!account || !post.platform_post_id) continue
    const network = account.network as PublishNetwork
    const provider = publishProvider(network)
    if (!provider) continue
    try {
      if (!contexts.has(account.id)) contexts.set(account.id, await providerContext(container, account, null, fetchImpl))
      const ctx = contexts.get(account.id)!
      // Renewed as for publishing: TikTok's tokens last a day, Pinterest's 30 days, and the
      // figures are read long after the post went out.
      const metrics = await withFreshToken(container, provider, ctx, () =>
        fetchPostMetrics({
          network,
          credentials: ctx.credentials,
          platform_post_id: post.platform_post_id!,
          account_external_id: account.external_id,
          published_at: new Date(post.published_at ?? now),
          baseUrl: ctx.baseUrl,
          fetch: fetchImpl,
        })
      )
      if (!metrics) continue
      await service.updateSocialPublishPosts({ id: post.id, metrics, metrics_at: new Date() })
      updated++
    } catch (error) {
      failed++
      logger.warn(`[social] metrics of post ${post.id} on ${network}: ${(error as Error).message}`)
    }
  }
  return new StepResponse({ polled: posts.length, updated, failed })
})
