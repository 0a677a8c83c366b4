import { pinterestThrottle } from "../catalog/pinterest/throttle"
import { basicAuth, platformText, refreshAccessToken, refuse, requestJson, requireForRefresh, type JsonResponse } from "./http"
import { RefusedError, type PublishContext, type PublishProvider } from "./types"

const bearer = (ctx: PublishContext) => ({ authorization: `Bearer ${ctx.credentials.access_token}` })

/** Pinterest's error code for a production write by an app that has only Trial access. */
const TRIAL_ACCESS = 29

/**
 * Pinterest's refusals (`{ code, message }`): a 429 waits what `x-ratelimit-reset` says (the
 * catalog provider's reading of Pinterest's headers), not a guess; the rest as every network's.
 */
export function pinterestError(res: JsonResponse, now = Date.now()): never {
  const throttled = pinterestThrottle(res.status, res.headers, res.body, now)
  refuse("pinterest", res, res.body?.message, throttled?.retryAfterMs ?? null)
}

/**
 * Pinterest API v5 pins (`POST /v5/pins` on the account's board, the pin card by URL, the link
 * the pin opens). An app with Trial access may not create pins in production (403, code 29: "use
 * API Sandbox"; sandbox pins are visible only to their creator): it needs Standard access to
 * publish. Access tokens last 30 days; `POST /v5/oauth/token` (the app's id and secret as Basic
 * auth) renews them, and answers a new refresh token (continuous refresh).
 */
export const pinterestProvider: PublishProvider = {
  network: "pinterest",
  async publish(ctx) {
    if (!ctx.mediaUrl) throw new RefusedError("pinterest: a pin needs an image")
    const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/v5/pins`, {
      method: "POST",
      headers: { ...bearer(ctx), "content-type": "application/json" },
      body: JSON.stringify({
        board_id: ctx.account.board_id,
        title: ctx.post.title ?? undefined,
        description: ctx.post.text,
        link: ctx.link,
        media_source: { source_type: "image_url", url: ctx.mediaUrl },
      }),
    })
    if (res.status !== 201 && res.status !== 200) {
      const said = `pinterest: ${platformText(res.body?.message) || `HTTP ${res.status}`}`
      if (res.status === 403 && res.body?.code === TRIAL_ACCESS) {
        throw new RefusedError(said, "the Pinterest app has Trial access, whose pins only their creator sees: ask Pinterest for Standard access")
      }
      if (res.status === 404) throw new RefusedError(said, `the board ${ctx.account.board_id} is not one this account can pin to: set the account's board_id`)
      pinterestError(res)
    }
    return { platform_post_id: String(res.body.id), permalink: `https://www.pinterest.com/pin/${res.body.id}/` }
  },
  async findPublished(ctx) {
    const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/v5/boards/${encodeURIComponent(ctx.account.board_id ?? "")}/pins?page_size=25`, { headers: bearer(ctx) })
    if (res.status !== 200) pinterestError(res)
    const mine = (res.body?.items ?? []).find((p: { link?: string }) => p.link === ctx.link)
    return mine ? { platform_post_id: String(mine.id), permalink: `https://www.pinterest.com/pin/${mine.id}/` } : null
  },
  async check(ctx) {
    const me = await requestJson(ctx.fetch, `${ctx.baseUrl}/v5/user_account`, { headers: bearer(ctx) })
    if (me.status !== 200) pinterestError(me)
    const board = await requestJson(ctx.fetch, `${ctx.baseUrl}/v5/boards/${encodeURIComponent(ctx.account.board_id ?? "")}`, { headers: bearer(ctx) })
    if (board.status === 404 || board.status === 403) {
      throw new RefusedError(`pinterest: the board ${ctx.account.board_id} is not one this account can pin to`, "set the account's board_id to one of its boards")
    }
    if (board.status !== 200) pinterestError(board)
    return `${me.body?.username ?? ctx.account.external_id}, board "${board.body?.name ?? ctx.account.board_id}"`
  },
  async refresh(ctx) {
    requireForRefresh(ctx, "pinterest", ["client_id", "client_secret"])
    return refreshAccessToken(ctx, "pinterest", `${ctx.oauthBaseUrl}/v5/oauth/token`, { continuous_refresh: "true" }, {
      authorization: basicAuth(ctx.credentials.client_id, ctx.credentials.client_secret),
    })
  },
}
