import { refuse, requestJson } from "./http"
import type { PublishContext, PublishProvider, Published } from "./types"

/**
 * X API v2 posts (`POST /2/tweets`, OAuth 2 user token). Paid per post: the publisher holds posts
 * beyond the account's monthly budget before calling. A 429 carries `x-rate-limit-reset` (epoch
 * seconds). X refuses the same text twice in a row ("duplicate content"), which a retry after a
 * crash would hit: `findPublished` looks for the post's link among the account's latest posts first.
 */
export const xProvider: PublishProvider = {
  network: "x",
  async publish(ctx) {
    const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/2/tweets`, {
      method: "POST",
      headers: { authorization: `Bearer ${ctx.credentials.access_token}`, "content-type": "application/json" },
      body: JSON.stringify({ text: ctx.post.text }),
    })
    if (res.status !== 201 && res.status !== 200) {
      const reset = Number(res.headers.get("x-rate-limit-reset"))
      refuse("x", res, res.body?.detail ?? res.body?.title, Number.isFinite(reset) && reset > 0 ? reset * 1000 - Date.now() : null)
    }
    return permalinkOf(ctx, String(res.body.data.id))
  },
  async findPublished(ctx) {
    const url = `${ctx.baseUrl}/2/users/${encodeURIComponent(ctx.account.external_id)}/tweets?max_results=20&tweet.fields=entities`
    const res = await requestJson(ctx.fetch, url, { headers: { authorization: `Bearer ${ctx.credentials.access_token}` } })
    if (res.status !== 200) refuse("x", res, res.body?.detail ?? res.body?.title)
    const mine = (res.body?.data ?? []).find((t: { text?: string; entities?: { urls?: Array<{ expanded_url?: string }> } }) =>
      [t.text ?? "", ...(t.entities?.urls ?? []).map((u) => u.expanded_url ?? "")].some((s) => s.includes(ctx.link))
    )
    return mine ? permalinkOf(ctx, String(mine.id)) : null
  },
}

function permalinkOf(ctx: PublishContext, id: string): Published {
  return { platform_post_id: id, permalink: `https://x.com/${encodeURIComponent(ctx.account.external_id)}/status/${id}` }
}
