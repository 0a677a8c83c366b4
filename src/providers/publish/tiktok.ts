import { ThrottledError } from "../catalog/types"
import { platformText, refreshAccessToken, refuse, requestJson, requireForRefresh, retryAfterMs, type JsonResponse } from "./http"
import { NotReadyError, RefusedError, TokenRefusedError, type PublishContext, type PublishProvider } from "./types"

const json = (ctx: PublishContext) => ({ authorization: `Bearer ${ctx.credentials.access_token}`, "content-type": "application/json; charset=UTF-8" })

/** The action for TikTok's refusals that a retry does not change. */
const ACTIONS: Record<string, string> = {
  unaudited_client_can_only_post_to_private_accounts:
    "TikTok lets an app it has not audited post only privately (SELF_ONLY): have the app audited by TikTok to publish in public, or make the TikTok account private",
  url_ownership_unverified: "TikTok pulls photos only from verified domains: verify the shop's public URL in the TikTok developer portal (URL properties)",
  scope_not_authorized: "the app needs the video.publish scope: connect the account again with it",
  privacy_level_option_mismatch: "the account's privacy options changed: check the connection again",
}

/**
 * A TikTok answer that is not "ok" (`{ data, error: { code, message, log_id } }`): a 429
 * (rate_limit_exceeded: six calls a minute per user token) waits a minute, or what Retry-After
 * says; spam_risk_too_many_posts (the creator's daily cap) moves the post by a day; a refused
 * token can be renewed; the others fail the post with what to do.
 */
function tiktokError(res: JsonResponse): never {
  const code = String(res.body?.error?.code ?? `http_${res.status}`)
  const text = `tiktok: ${platformText(res.body?.error?.message) || code} (${code})`
  if (res.status === 429 || code === "rate_limit_exceeded") refuse("tiktok", { ...res, status: 429 }, platformText(res.body?.error?.message) || code, retryAfterMs(res.headers) ?? 60_000)
  if (code === "spam_risk_too_many_posts") throw new ThrottledError(`${text}: the account's daily post cap is reached`, 24 * 60 * 60_000, "day")
  if (res.status === 401 || code === "access_token_invalid") throw new TokenRefusedError(text)
  throw new RefusedError(text, ACTIONS[code] ?? null)
}

const ok = (res: JsonResponse) => res.status === 200 && (res.body?.error?.code ?? "ok") === "ok"

type CreatorInfo = { creator_username?: string; privacy_level_options?: string[] }

async function creatorInfo(ctx: PublishContext): Promise<CreatorInfo> {
  const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/v2/post/publish/creator_info/query/`, { method: "POST", headers: json(ctx) })
  if (!ok(res)) tiktokError(res)
  return res.body?.data ?? {}
}

/** Public when the creator may post in public; else the widest the account offers. */
export function privacyOf(options: string[] = []): string {
  return ["PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "FOLLOWER_OF_CREATOR", "SELF_ONLY"].find((p) => options.includes(p)) ?? "PUBLIC_TO_EVERYONE"
}

/**
 * TikTok photo posts through the Content Posting API (scope `video.publish`): the creator's
 * options first (`creator_info/query`, as TikTok requires before each post), then
 * `content/init` with `media_type: PHOTO`, `post_mode: DIRECT_POST` and the photo by URL
 * (`PULL_FROM_URL`: TikTok downloads it, from a domain verified for the app), then
 * `status/fetch` by `publish_id` until PUBLISH_COMPLETE. The photo is the product's own (TikTok's
 * rules forbid logos and promotional overlays on it), as a JPEG.
 *
 * An app TikTok has not audited may post only with `SELF_ONLY` privacy: a public post is refused
 * (`unaudited_client_can_only_post_to_private_accounts`) and the post fails saying so.
 *
 * `content/init` is the publishing call itself and TikTok cannot list photo posts afterwards:
 * `prepareIsFinal` makes the publisher hold a post whose init got no answer rather than post twice.
 * Access tokens last 24 hours; `POST /v2/oauth/token/` renews them with the refresh token (365 days).
 */
export const tiktokProvider: PublishProvider = {
  network: "tiktok",
  prepareIsFinal: true,
  async prepare(ctx) {
    if (!ctx.mediaUrl) throw new RefusedError("tiktok: a photo post needs the product's photo")
    const creator = await creatorInfo(ctx)
    const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/v2/post/publish/content/init/`, {
      method: "POST",
      headers: json(ctx),
      body: JSON.stringify({
        post_info: {
          title: ctx.post.title ?? undefined,
          description: ctx.post.text,
          privacy_level: privacyOf(creator.privacy_level_options),
          disable_comment: false,
          auto_add_music: true,
        },
        source_info: { source: "PULL_FROM_URL", photo_cover_index: 0, photo_images: [ctx.mediaUrl] },
        post_mode: "DIRECT_POST",
        media_type: "PHOTO",
      }),
    })
    if (!ok(res) || !res.body?.data?.publish_id) tiktokError(res)
    return { container_id: String(res.body.data.publish_id) }
  },
  async publish(ctx) {
    const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/v2/post/publish/status/fetch/`, {
      method: "POST",
      headers: json(ctx),
      body: JSON.stringify({ publish_id: ctx.post.container_id }),
    })
    if (!ok(res)) tiktokError(res)
    const data = res.body?.data ?? {}
    if (data.status === "FAILED") {
      const reason = String(data.fail_reason ?? "unknown")
      throw new RefusedError(`tiktok: the post failed (${platformText(reason)})`, ACTIONS[reason] ?? null)
    }
    if (data.status !== "PUBLISH_COMPLETE") throw new NotReadyError(`tiktok: the photos are being processed (${platformText(data.status)})`, 15_000)
    // TikTok spells it so. A private (SELF_ONLY) post has no public id: the publish id stands for it.
    const id = (data.publicaly_available_post_id ?? data.publicly_available_post_id ?? [])[0]
    if (!id) return { platform_post_id: String(ctx.post.container_id), permalink: null }
    const creator = await creatorInfo(ctx).catch(() => ({}) as CreatorInfo)
    return { platform_post_id: String(id), permalink: creator.creator_username ? `https://www.tiktok.com/@${creator.creator_username}/photo/${id}` : null }
  },
  async check(ctx) {
    const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/v2/user/info/?fields=open_id,display_name`, { headers: { authorization: `Bearer ${ctx.credentials.access_token}` } })
    if (!ok(res)) tiktokError(res)
    const user = res.body?.data?.user ?? {}
    if (user.open_id && user.open_id !== ctx.account.external_id) {
      throw new RefusedError(`tiktok: the token is another creator's (open id ${platformText(user.open_id)})`, "store a token of this account, or set external_id to the token's open id")
    }
    const creator = await creatorInfo(ctx)
    const privacy = privacyOf(creator.privacy_level_options)
    return `${user.display_name ?? ctx.account.external_id}: posts go out as ${privacy} (an app TikTok has not audited may post only SELF_ONLY)`
  },
  async refresh(ctx) {
    requireForRefresh(ctx, "tiktok", ["client_key", "client_secret"])
    return refreshAccessToken(ctx, "tiktok", `${ctx.oauthBaseUrl}/v2/oauth/token/`, {
      client_key: ctx.credentials.client_key,
      client_secret: ctx.credentials.client_secret,
    })
  },
}
