import { platformText, refreshAccessToken, refuse, requestJson, requireForRefresh, type JsonResponse } from "./http"
import { RefusedError, type PublishContext, type PublishProvider, type Published } from "./types"

/**
 * The LinkedIn API version the calls name (`LinkedIn-Version: YYYYMM`). LinkedIn serves each
 * version for at least a year and refuses a sunset one (426): move it forward with the API's
 * release notes.
 */
export const LINKEDIN_VERSION = "202606"

const headers = (ctx: Pick<PublishContext, "credentials">) => ({
  authorization: `Bearer ${ctx.credentials.access_token}`,
  "linkedin-version": LINKEDIN_VERSION,
  "x-restli-protocol-version": "2.0.0",
})

/** The organisation's URN from the account's id (a bare id or a URN already). */
export const organizationUrn = (externalId: string) => (externalId.startsWith("urn:li:") ? externalId : `urn:li:organization:${externalId}`)

const permalink = (urn: string): Published => ({ platform_post_id: urn, permalink: `https://www.linkedin.com/feed/update/${urn}/` })

/**
 * LinkedIn's commentary is "little text": `| { } @ [ ] ( ) < > # \ * _ ~` are markup and must be
 * escaped with a backslash, or LinkedIn cuts the post at the first one or reads a mention into it.
 * Hashtags therefore stay plain text.
 */
export function littleText(text: string): string {
  return text.replace(/[|{}@[\]()<>#\\*_~]/g, (c) => `\\${c}`)
}

/**
 * The wait on a 429: Retry-After when LinkedIn sends one; otherwise its daily limits reset at
 * midnight UTC.
 */
function throttleWait(res: JsonResponse, now = Date.now()): number {
  const after = Number(res.headers.get("retry-after"))
  if (Number.isFinite(after) && after > 0) return after * 1000
  const d = new Date(now)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1) - now
}

/** The headers every LinkedIn REST call names (a member's token, the API version, Rest.li 2.0). */
export const linkedinHeaders = headers

export function linkedinError(res: JsonResponse, forbidden = "the member who connected the Page must be one of its admins, and the app needs w_organization_social"): never {
  const message = res.body?.message ?? res.body?.code
  if (res.status === 429) refuse("linkedin", res, message, throttleWait(res))
  if (res.status === 403) throw new RefusedError(`linkedin: ${platformText(message) || "forbidden"}`, forbidden)
  if (res.status === 426) throw new RefusedError(`linkedin: ${platformText(message) || "the API version is no longer served"}`, "update the plugin")
  refuse("linkedin", res, message)
}

/**
 * Uploads the post's card through the Images API for the article's thumbnail (the Posts API does
 * not read the page's `og:image`): `POST /rest/images?action=initializeUpload` with the
 * organisation as owner answers an upload URL and the image's URN; the bytes are PUT there with
 * the same token. Returns the URN, or null for a post without a card. An attempt whose post is
 * then lost leaves an unused image behind, never a second post.
 */
export async function uploadThumbnail(ctx: PublishContext): Promise<string | null> {
  const media = await ctx.loadMedia()
  if (!media) return null
  const init = await requestJson(ctx.fetch, `${ctx.baseUrl}/rest/images?action=initializeUpload`, {
    method: "POST",
    headers: { ...headers(ctx), "content-type": "application/json" },
    body: JSON.stringify({ initializeUploadRequest: { owner: organizationUrn(ctx.account.external_id) } }),
  })
  if (init.status !== 200) linkedinError(init)
  const { uploadUrl, image } = init.body?.value ?? {}
  if (typeof uploadUrl !== "string" || typeof image !== "string") throw new RefusedError("linkedin: the image upload was accepted without its upload URL")
  const put = await requestJson(ctx.fetch, uploadUrl, {
    method: "PUT",
    headers: { authorization: `Bearer ${ctx.credentials.access_token}`, "content-type": media.mime },
    body: new Uint8Array(media.bytes),
  })
  if (put.status !== 201 && put.status !== 200) linkedinError(put)
  return image
}

/**
 * LinkedIn Page posts through the Posts API (`POST /rest/posts`, Marketing Developer Platform,
 * scope `w_organization_social`): the text as commentary and the post's link as an article, so
 * the post opens the product, with the og card uploaded first as its thumbnail (`uploadThumbnail`).
 * The new post's URN is in the `x-restli-id` header of the 201.
 * LinkedIn refuses a post that repeats a recent one (422 "Content is a duplicate of urn:…"): that
 * URN is this post's own, sent by an attempt whose answer was lost, so it counts as published;
 * `findPublished` looks for the post's link among the Page's latest posts before posting again.
 * Access tokens last 60 days; programmatic refresh tokens (365 days) renew them at
 * www.linkedin.com's `/oauth/v2/accessToken`.
 */
export const linkedinProvider: PublishProvider = {
  network: "linkedin",
  async publish(ctx) {
    const firstLine = ctx.post.text.split("\n")[0].replace(/https?:\/\/\S+/g, "").trim()
    const thumbnail = await uploadThumbnail(ctx)
    const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/rest/posts`, {
      method: "POST",
      headers: { ...headers(ctx), "content-type": "application/json" },
      body: JSON.stringify({
        author: organizationUrn(ctx.account.external_id),
        commentary: littleText(ctx.post.text),
        visibility: "PUBLIC",
        distribution: { feedDistribution: "MAIN_FEED", targetEntities: [], thirdPartyDistributionChannels: [] },
        // The Posts API does not read the page's tags: the article needs its own title.
        content: { article: { source: ctx.link, title: (ctx.post.title ?? firstLine).slice(0, 200) || ctx.link, ...(thumbnail && { thumbnail }) } },
        lifecycleState: "PUBLISHED",
        isReshareDisabledByAuthor: false,
      }),
    })
    if (res.status === 422) {
      const duplicate = String(res.body?.message ?? "").match(/duplicate of (urn:li:(?:share|ugcPost):\d+)/)
      if (duplicate) return permalink(duplicate[1])
    }
    if (res.status !== 201) linkedinError(res)
    const urn = res.headers.get("x-restli-id")
    if (!urn) throw new RefusedError("linkedin: the post was accepted without its id (x-restli-id)")
    return permalink(urn)
  },
  async findPublished(ctx) {
    const url = `${ctx.baseUrl}/rest/posts?author=${encodeURIComponent(organizationUrn(ctx.account.external_id))}&q=author&count=20&sortBy=LAST_MODIFIED`
    const res = await requestJson(ctx.fetch, url, { headers: { ...headers(ctx), "x-restli-method": "FINDER" } })
    if (res.status !== 200) linkedinError(res)
    const mine = (res.body?.elements ?? []).find((p: { content?: { article?: { source?: string } } }) => p.content?.article?.source === ctx.link)
    return mine?.id ? permalink(String(mine.id)) : null
  },
  async check(ctx) {
    const id = organizationUrn(ctx.account.external_id).split(":").pop()!
    const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/rest/organizations/${encodeURIComponent(id)}`, { headers: headers(ctx) })
    if (res.status === 404) throw new RefusedError(`linkedin: no organisation ${id}`, "set the account's external_id to the Page's organisation id")
    if (res.status !== 200) linkedinError(res)
    return `Page "${res.body?.localizedName ?? id}"`
  },
  async refresh(ctx) {
    requireForRefresh(ctx, "linkedin", ["client_id", "client_secret"])
    return refreshAccessToken(ctx, "linkedin", `${ctx.oauthBaseUrl}/oauth/v2/accessToken`, {
      client_id: ctx.credentials.client_id,
      client_secret: ctx.credentials.client_secret,
    })
  },
}
