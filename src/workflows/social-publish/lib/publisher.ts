import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cardUrl, CARD_FORMATS, type CardFormat } from "../../../lib/card-formats"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import type { PublishNetwork } from "../../../modules/social-publish/lib/networks"
import type SocialPublishModuleService from "../../../modules/social-publish/service"
import type { SocialPost } from "../../../modules/social-publish/service"
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"
import { backoffDelay, TransientError } from "../../../providers/catalog/lib/retry"
import { ThrottledError } from "../../../providers/catalog/types"
import { API_OF, NotReadyError, PLATFORM_ORIGINS, publishProvider, RefusedError, type PublishContext } from "../../../providers/publish"

/** Attempts before a post that keeps failing for passing reasons is given up as failed. */
export const MAX_ATTEMPTS = 8

export type PublishOutcome = "published" | "retry" | "held" | "failed" | "lost"

/** The picture of a post: its card format for its product and market, or none. */
export function mediaUrlOf(post: Pick<SocialPost, "media" | "product_id" | "variant_id" | "currency_code" | "locale">, publicUrl: string): string | null {
  if (!post.product_id || !(post.media in CARD_FORMATS)) return null
  return cardUrl(publicUrl, post.product_id, post.media as CardFormat, {
    variant_id: post.variant_id ?? undefined,
    currency_code: post.currency_code || undefined,
    locale: post.locale || undefined,
  })
}

/** What an error means for the post: try again later (and when), or stop with a message. */
export function outcomeOfError(error: unknown, attempts: number, now = Date.now()): { kind: "retry"; at: Date; message: string } | { kind: "failed"; message: string } {
  const message = (error as Error)?.message ?? String(error)
  if (error instanceof ThrottledError || error instanceof NotReadyError) {
    // A quota or a container still processing: the post moves, it is not lost or counted as failing.
    return { kind: "retry", at: new Date(now + error.retryAfterMs), message }
  }
  if (error instanceof RefusedError || attempts >= MAX_ATTEMPTS) {
    return { kind: "failed", message }
  }
  const transient = error instanceof TransientError
  return { kind: "retry", at: new Date(now + Math.max(5_000, backoffDelay(attempts, { baseMs: 30_000, capMs: 60 * 60_000 }))), message: transient ? message : `unexpected: ${message}` }
}

function startOfMonthUtc(now: Date) {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))
}

/**
 * Publishes one claimed post, once: under the post's lock (Locking module) and this worker's claim,
 * an earlier attempt's post is looked for before posting again, and a two-step platform's
 * container is stored before the publish call. Returns what became of it.
 */
export async function publishClaimedPost(
  container: MedusaContainer,
  post: SocialPost & { resumed: boolean },
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)
): Promise<PublishOutcome> {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  const settings = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE)
  const options = settings.getPluginOptions()
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const record = async (outcome: Parameters<SocialPublishModuleService["recordPublishing"]>[1]): Promise<PublishOutcome> =>
    (await service.recordPublishing(post.id, outcome)) ? (outcome.kind === "container" ? "retry" : outcome.kind) : "lost"

  const [account] = await service.listSocialPublishAccounts({ id: post.account_id }, { take: 1 })
  if (!account) return record({ kind: "failed", message: "the account was disconnected" })
  const network = account.network as PublishNetwork
  const provider = publishProvider(network)
  if (!provider) return record({ kind: "failed", message: `publishing to ${network} is not available yet` })
  if (account.monthly_post_budget != null && (await service.countPublishedSince(account.id, startOfMonthUtc(new Date()))) >= account.monthly_post_budget) {
    return record({ kind: "held", message: `the account's monthly budget of ${account.monthly_post_budget} posts is spent` })
  }

  const run = async (): Promise<PublishOutcome> => {
    const ctx: PublishContext = {
      account: { id: account.id, network, external_id: account.external_id, board_id: account.board_id },
      credentials: await service.openCredentials(account.id),
      post: { id: post.id, text: post.text, title: post.title, share_code: post.share_code, container_id: post.container_id },
      link: post.share_code ? new URL(`/s/${post.share_code}`, options.publicUrl).toString() : (post.link_url ?? ""),
      mediaUrl: mediaUrlOf(post, options.publicUrl),
      baseUrl: (options.publishEndpoints?.[API_OF[network]] ?? PLATFORM_ORIGINS[API_OF[network]]).replace(/\/+$/, ""),
      fetch: fetchImpl,
    }
    try {
      // An earlier attempt may have posted before its answer was lost: look before posting again.
      if (post.resumed && !post.container_id && provider.findPublished) {
        const found = await provider.findPublished(ctx)
        if (found) return record({ kind: "published", ...found })
      }
      if (provider.prepare && !ctx.post.container_id) {
        const { container_id } = await provider.prepare(ctx)
        // Stored before publishing: a retry publishes this container, never a second one.
        if ((await record({ kind: "container", container_id })) === "lost") return "lost"
        ctx.post.container_id = container_id
      }
      return record({ kind: "published", ...(await provider.publish(ctx)) })
    } catch (error) {
      const outcome = outcomeOfError(error, post.attempts)
      logger.warn(`[social] post ${post.id} on ${network}: ${outcome.message}`)
      return record(outcome)
    }
  }
  if (!container.hasRegistration(Modules.LOCKING)) return run()
  return container.resolve(Modules.LOCKING).execute(`social-publish-post:${post.id}`, run, { timeout: 5 })
}
