import { refuse, requestJson } from "./http"
import { RefusedError, type PublishProvider } from "./types"

/**
 * Pinterest API v5 pins (`POST /v5/pins` on the account's board, the pin card by URL, the link
 * the pin opens). An app with Trial access may only create pins visible to the app's owner
 * (Pinterest answers 403): it needs Standard access to publish in public.
 */
export const pinterestProvider: PublishProvider = {
  network: "pinterest",
  async publish(ctx) {
    if (!ctx.mediaUrl) throw new RefusedError("pinterest: a pin needs an image")
    const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/v5/pins`, {
      method: "POST",
      headers: { authorization: `Bearer ${ctx.credentials.access_token}`, "content-type": "application/json" },
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
    const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/v5/boards/${encodeURIComponent(ctx.account.board_id ?? "")}/pins?page_size=25`, {
      headers: { authorization: `Bearer ${ctx.credentials.access_token}` },
    })
    if (res.status !== 200) refuse("pinterest", res, res.body?.message)
    const mine = (res.body?.items ?? []).find((p: { link?: string }) => p.link === ctx.link)
    return mine ? { platform_post_id: String(mine.id), permalink: `https://www.pinterest.com/pin/${mine.id}/` } : null
  },
}
