import { basicAuth, refreshAccessToken, refuse, requestJson, requireForRefresh, type JsonResponse } from "./http"
import { RefusedError, type PublishContext, type PublishProvider, type Published } from "./types"

const bearer = (ctx: PublishContext) => ({ authorization: `Bearer ${ctx.credentials.access_token}` })

/** X's own wait on a 429: `x-rate-limit-reset`, epoch seconds (null when absent). */
function resetWaitMs(res: JsonResponse): number | null {
  const reset = Number(res.headers.get("x-rate-limit-reset"))
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - Date.now()) : null
}

/**
 * X API v2 posts (`POST /2/tweets`, OAuth 2 user token). Paid per post: the publisher holds posts
 * beyond the account's monthly budget before calling. A 429 carries `x-rate-limit-reset` (epoch
 * seconds). X refuses the same text twice in a row ("duplicate content"), which a retry after a
 * crash would hit: `findPublished` looks for the post's link among the account's latest posts first.
 * User tokens last two hours; the refresh token (scope `offline.access`) is single use, and each
 * refresh answers a new one.
 */
export const xProvider: PublishProvider = {
  network: "x",
  async publish(ctx) {
    const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/2/tweets`, {
      method: "POST",
      headers: { ...bearer(ctx), "content-type": "application/json" },
      body: JSON.stringify({ text: ctx.post.text }),
    })
    if (res.status !== 201 && res.status !== 200) refuse("x", res, res.body?.detail ?? res.body?.title, resetWaitMs(res))
    return permalinkOf(ctx, String(res.body.data.id))
  },
  async findPublished(ctx) {
    const url = `${ctx.baseUrl}/2/users/${encodeURIComponent(ctx.account.external_id)}/tweets?max_results=20&tweet.fields=entities`
    const res = await requestJson(ctx.fetch, url, { headers: bearer(ctx) })
    if (res.status !== 200) refuse("x", res, res.body?.detail ?? res.body?.title, resetWaitMs(res))
    const mine = (res.body?.data ?? []).find((t: { text?: string; entities?: { urls?: Array<{ expanded_url?: string }> } }) =>
      [t.text ?? "", ...(t.entities?.urls ?? []).map((u) => u.expanded_url ?? "")].some((s) => s.includes(ctx.link))
    )
    return mine ? permalinkOf(ctx, String(mine.id)) : null
  },
  async check(ctx) {
    const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/2/users/me`, { headers: bearer(ctx) })
    if (res.status !== 200) refuse("x", res, res.body?.detail ?? res.body?.title, resetWaitMs(res))
    const me = res.body?.data ?? {}
    // The account's user name makes the permalinks; a token of another user would post elsewhere.
    if (me.username && me.id !== ctx.account.external_id && String(me.username).toLowerCase() !== ctx.account.external_id.toLowerCase()) {
      throw new RefusedError(`x: the token is @${me.username}'s, not ${ctx.account.external_id}'s`, "store a token of this account, or connect @" + me.username + " as its own account")
    }
    return `@${me.username ?? ctx.account.external_id}`
  },
  async refresh(ctx) {
    requireForRefresh(ctx, "x", ["client_id"])
    // A confidential client authenticates with Basic; a public one sends its client_id alone.
    const headers: Record<string, string> = ctx.credentials.client_secret ? { authorization: basicAuth(ctx.credentials.client_id, ctx.credentials.client_secret) } : {}
    return refreshAccessToken(ctx, "x", `${ctx.oauthBaseUrl}/2/oauth2/token`, { client_id: ctx.credentials.client_id }, headers)
  },
}

function permalinkOf(ctx: PublishContext, id: string): Published {
  return { platform_post_id: id, permalink: `https://x.com/${encodeURIComponent(ctx.account.external_id)}/status/${id}` }
}
