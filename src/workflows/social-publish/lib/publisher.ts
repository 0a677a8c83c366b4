import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cardUrl, CARD_FORMATS, type CardFormat } from "../../../lib/card-formats"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import type { PublishNetwork } from "../../../modules/social-publish/lib/networks"
import type SocialPublishModuleService from "../../../modules/social-publish/service"
import { UNANSWERED_CONTAINER, type SocialPost } from "../../../modules/social-publish/service"
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"
import { backoffDelay, TransientError } from "../../../providers/catalog/lib/retry"
import { ThrottledError } from "../../../providers/catalog/types"
import { API_OF, apiOrigin, NotReadyError, OAUTH_API_OF, publishProvider, RefusedError, TokenRefusedError, type PublishContext } from "../../../providers/publish"
import { cardBytes, ensureCard } from "../../social-card/ensure-card"
import { withFreshToken } from "./tokens"

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

/** The bytes of a post's card (rendered first if it never was), or null for a post without one. */
export async function mediaBytesOf(container: MedusaContainer, post: Pick<SocialPost, "media" | "product_id" | "variant_id" | "currency_code" | "locale">) {
  if (!post.product_id || !(post.media in CARD_FORMATS)) return null
  const hash = await ensureCard(container, {
    product_id: post.product_id,
    format: post.media as CardFormat,
    variant_id: post.variant_id ?? undefined,
    currency_code: post.currency_code || undefined,
    locale: post.locale || undefined,
  })
  const { bytes, mime } = await cardBytes(container, hash)
  return { bytes, mime }
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

type Account = Awaited<ReturnType<SocialPublishModuleService["listSocialPublishAccounts"]>>[number]

/** What a provider is given: the account, its credentials in clear, the API origins, and the post (if any). */
export async function providerContext(
  container: MedusaContainer,
  account: Account,
  post: (SocialPost & { resumed?: boolean }) | null,
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)
): Promise<PublishContext> {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  const options = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getPluginOptions()
  const network = account.network as PublishNetwork
  return {
    account: { id: account.id, network, external_id: account.external_id, board_id: account.board_id },
    credentials: await service.openCredentials(account.id),
    post: post
      ? { id: post.id, text: post.text, title: post.title, share_code: post.share_code, container_id: post.container_id }
      : { id: "", text: "", title: null, share_code: null, container_id: null },
    link: post ? (post.share_code ? new URL(`/s/${post.share_code}`, options.publicUrl).toString() : (post.link_url ?? "")) : "",
    mediaUrl: post ? mediaUrlOf(post, options.publicUrl) : null,
    loadMedia: () => (post ? mediaBytesOf(container, post) : Promise.resolve(null)),
    baseUrl: apiOrigin(options.publishEndpoints, API_OF[network]),
    oauthBaseUrl: apiOrigin(options.publishEndpoints, OAUTH_API_OF[network]),
    fetch: fetchImpl,
  }
}

/** The platform refused the account's token for good (no refresh, or a refused one): the account shows it. */
async function markRefused(container: MedusaContainer, accountId: string, error: unknown) {
  if (error instanceof TokenRefusedError) {
    await container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE).recordAccountStatus(accountId, "refused", error.message)
  }
}

/**
 * Publishes one claimed post, once: under the post's lock (Locking module) and this worker's claim,
 * an earlier attempt's post is looked for before posting again, and a two-step platform's
 * container is stored before the publish call. Tokens are renewed where the platform has refresh
 * tokens (see tokens.ts). Returns what became of it.
 */
export async function publishClaimedPost(
  container: MedusaContainer,
  post: SocialPost & { resumed: boolean },
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)
): Promise<PublishOutcome> {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const record = async (outcome: Parameters<SocialPublishModuleService["recordPublishing"]>[1]): Promise<PublishOutcome> =>
    (await service.recordPublishing(post.id, outcome)) ? (outcome.kind === "container" ? "retry" : outcome.kind) : "lost"

  const [account] = await service.listSocialPublishAccounts({ id: post.account_id }, { take: 1 })
  if (!account) return record({ kind: "failed", message: "the account was disconnected" })
  const network = account.network as PublishNetwork
  const provider = publishProvider(network)
  if (!provider) return record({ kind: "failed", message: `publishing to ${network} is not available` })
  if (post.container_id === UNANSWERED_CONTAINER) {
    return record({
      kind: "held",
      message: `${network}: an earlier attempt got no answer and ${network} cannot be asked whether it posted: check the account, then edit the post to schedule it again if it is not there`,
    })
  }

  const run = async (): Promise<PublishOutcome> => {
    const ctx = await providerContext(container, account, post, fetchImpl)
    const call = <T>(fn: () => Promise<T>) => withFreshToken(container, provider, ctx, fn)
    try {
      // An earlier attempt may have posted before its answer was lost: look before posting again.
      if (post.resumed && !post.container_id && provider.findPublished) {
        const found = await call(() => provider.findPublished!(ctx))
        if (found) return record({ kind: "published", ...found })
      }
      if (provider.prepare && !ctx.post.container_id) {
        // A final call (TikTok's init) is marked first: if its answer is lost, the post is held, not sent twice.
        if (provider.prepareIsFinal && (await record({ kind: "container", container_id: UNANSWERED_CONTAINER })) === "lost") return "lost"
        let container_id: string
        try {
          container_id = (await call(() => provider.prepare!(ctx))).container_id
        } catch (error) {
          // The platform answered (a refusal, a throttle): nothing was posted, the mark goes.
          if (provider.prepareIsFinal && (error instanceof RefusedError || error instanceof ThrottledError)) await record({ kind: "container", container_id: null })
          throw error
        }
        // Stored before publishing: a retry publishes this container, never a second one.
        if ((await record({ kind: "container", container_id })) === "lost") return "lost"
        ctx.post.container_id = container_id
      }
      return record({ kind: "published", ...(await call(() => provider.publish(ctx))) })
    } catch (error) {
      await markRefused(container, account.id, error)
      const outcome = outcomeOfError(error, post.attempts)
      logger.warn(`[social] post ${post.id} on ${network}: ${outcome.message}`)
      return record(outcome)
    }
  }
  // A budgeted account (X bills per post) publishes one post at a time under its own lock, counted
  // inside it: two workers (or this worker's parallel posts) could otherwise both see the last
  // unit of the budget free and both spend it.
  const budget = account.monthly_post_budget
  const budgeted =
    budget == null
      ? run
      : async (): Promise<PublishOutcome> => {
          const spend = async () =>
            (await service.countPublishedSince(account.id, startOfMonthUtc(new Date()))) >= budget
              ? record({ kind: "held", message: `the account's monthly budget of ${budget} posts is spent` })
              : run()
          if (!container.hasRegistration(Modules.LOCKING)) return spend()
          return container.resolve(Modules.LOCKING).execute(`social-publish-budget:${account.id}`, spend, { timeout: 60 })
        }
  if (!container.hasRegistration(Modules.LOCKING)) return budgeted()
  return container.resolve(Modules.LOCKING).execute(`social-publish-post:${post.id}`, budgeted, { timeout: 5 })
}
