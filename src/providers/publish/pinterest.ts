import { basicAuth, refreshAccessToken, refuse, requestJson, requireForRefresh } from "./http"
import { RefusedError, type PublishContext, type PublishProvider } from "./types"

const bearer = (ctx: PublishContext) => ({ authorization: `Bearer ${ctx.credentials.access_token}` })

/**
 * Pinterest API v5 pins (`POST /v5/pins` on the account's board, the pin card by URL, the link
 * the pin opens). An app with Trial access may only create pins visible to the app's owner
 * (Pinterest answers 403): it needs Standard access to publish in public. Access tokens last 30
 * days; `POST /v5/oauth/token` (the app's id and secret as Basic auth) renews them, and answers a
 * new refresh token (continuous refresh).
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
      if (res.status === 403) throw new RefusedError(`pinterest: ${res.body?.message ?? "forbidden"}`, "an app with Trial access cannot publish public pins: ask Pinterest for Standard access")
      refuse("pinterest", res, res.body?.message)
    }
    return { platform_post_id: String(res.body.id), permalink: `https://www.pinterest.com/pin/${res.body.id}/` }
  },
  async findPublished(ctx) {
    const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/v5/boards/${encodeURIComponent(ctx.account.board_id ?? "")}/pins?page_size=25`, { headers: bearer(ctx) })
    if (res.status !== 200) refuse("pinterest", res, res.body?.message)
    const mine = (res.body?.items ?? []).find((p: { link?: string }) => p.link === ctx.link)
    return mine ? { platform_post_id: String(mine.id), permalink: `https://www.pinterest.com/pin/${mine.id}/` } : null
  },
  async check(ctx) {
    const me = await requestJson(ctx.fetch, `${ctx.baseUrl}/v5/user_account`, { headers: bearer(ctx) })
    if (me.status !== 200) refuse("pinterest", me, me.body?.message)
    const board = await requestJson(ctx.fetch, `${ctx.baseUrl}/v5/boards/${encodeURIComponent(ctx.account.board_id ?? "")}`, { headers: bearer(ctx) })
    if (board.status === 404 || board.status === 403) {
      throw new RefusedError(`pinterest: the board ${ctx.account.board_id} is not one this account can pin to`, "set the account's board_id to one of its boards")
    }
    if (board.status !== 200) refuse("pinterest", board, board.body?.message)
    return `${me.body?.username ?? ctx.account.external_id}, board "${board.body?.name ?? ctx.account.board_id}"`
  },
  async refresh(ctx) {
    requireForRefresh(ctx, "pinterest", ["client_id", "client_secret"])
    return refreshAccessToken(ctx, "pinterest", `${ctx.oauthBaseUrl}/v5/oauth/token`, { continuous_refresh: "true" }, {
      authorization: basicAuth(ctx.credentials.client_id, ctx.credentials.client_secret),
    })
  },
}
