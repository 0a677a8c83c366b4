import { graphError, GRAPH_VERSION } from "./graph"
import { requestJson } from "./http"
import type { PublishProvider } from "./types"

/**
 * Facebook Page posts (`POST /{page-id}/feed` with `message` and `link`): Facebook scrapes the
 * link and shows its `og` card, so no picture is uploaded.
 */
export const facebookProvider: PublishProvider = {
  network: "facebook",
  async publish(ctx) {
    const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/${GRAPH_VERSION}/${encodeURIComponent(ctx.account.external_id)}/feed`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ message: ctx.post.text, link: ctx.link, access_token: ctx.credentials.page_access_token }),
    })
    if (res.status !== 200) graphError("facebook", res)
    const id = String(res.body.id)
    return { platform_post_id: id, permalink: `https://www.facebook.com/${id}` }
  },
  async findPublished(ctx) {
    const url = `${ctx.baseUrl}/${GRAPH_VERSION}/${encodeURIComponent(ctx.account.external_id)}/feed?fields=id,message,link,permalink_url&limit=25&access_token=${encodeURIComponent(ctx.credentials.page_access_token)}`
    const res = await requestJson(ctx.fetch, url)
    if (res.status !== 200) graphError("facebook", res)
    const mine = (res.body?.data ?? []).find((p: { link?: string; message?: string }) => p.link === ctx.link || (p.message ?? "").includes(ctx.link))
    return mine ? { platform_post_id: String(mine.id), permalink: mine.permalink_url ?? `https://www.facebook.com/${mine.id}` } : null
  },
  async check(ctx) {
    const url = `${ctx.baseUrl}/${GRAPH_VERSION}/${encodeURIComponent(ctx.account.external_id)}?fields=id,name&access_token=${encodeURIComponent(ctx.credentials.page_access_token)}`
    const res = await requestJson(ctx.fetch, url)
    if (res.status !== 200) graphError("facebook", res)
    return `Page "${res.body?.name ?? ctx.account.external_id}"`
  },
}
