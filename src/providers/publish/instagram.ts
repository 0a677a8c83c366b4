import { ThrottledError } from "../catalog/types"
import { appUsageFull, graphError, GRAPH_VERSION } from "./graph"
import { requestJson } from "./http"
import { NotReadyError, RefusedError, type PublishContext, type PublishProvider } from "./types"

const DAY_MS = 24 * 60 * 60_000

const graph = (ctx: PublishContext, path: string) => `${ctx.baseUrl}/${GRAPH_VERSION}/${path}`
const token = (ctx: PublishContext) => encodeURIComponent(ctx.credentials.access_token)

/**
 * When the rolling window lets the account publish again: as soon as the oldest of its posts of
 * the window is older than the window (read from its media), else a whole window from now.
 */
async function windowOpensInMs(ctx: PublishContext, usage: { quota_usage: number; config?: { quota_total?: number; quota_duration?: number } }) {
  const windowMs = (usage.config?.quota_duration ?? 86_400) * 1000
  const now = Date.now()
  const res = await requestJson(ctx.fetch, `${graph(ctx, `${ctx.account.external_id}/media`)}?fields=timestamp&limit=${Math.min(100, usage.config?.quota_total ?? 100)}&access_token=${token(ctx)}`)
  const inWindow = res.status === 200 ? (res.body?.data ?? []).map((m: { timestamp?: string }) => Date.parse(m.timestamp ?? "")).filter((t: number) => t > now - windowMs) : []
  return inWindow.length ? Math.max(60_000, Math.min(...inWindow) + windowMs - now) : windowMs
}

/**
 * Instagram's content publishing, two steps: a media container (`POST /{ig-user-id}/media` with a
 * JPEG `image_url` and the caption), then `POST /{ig-user-id}/media_publish` with its id once its
 * `status_code` is FINISHED. A container expires after 24 hours; one is published at most once
 * (the platform refuses a second `media_publish` of it), which is what makes a retry safe. The
 * account may publish 100 posts in a rolling 24 hours (`content_publishing_limit`): beyond that
 * the post is moved, not lost.
 */
export const instagramProvider: PublishProvider = {
  network: "instagram",
  async prepare(ctx) {
    if (!ctx.mediaUrl) throw new RefusedError("instagram: a post needs an image")
    const limit = await requestJson(ctx.fetch, `${graph(ctx, `${ctx.account.external_id}/content_publishing_limit`)}?fields=quota_usage,config&access_token=${token(ctx)}`)
    if (limit.status !== 200) graphError("instagram", limit)
    if (appUsageFull(limit.headers)) throw new ThrottledError("instagram: the app has used 95% of its hourly Graph API budget (X-App-Usage)", 15 * 60_000)
    const usage = limit.body?.data?.[0]
    if (usage && usage.quota_usage >= (usage.config?.quota_total ?? 100)) {
      throw new ThrottledError("instagram: the account's 24-hour publishing limit is reached", await windowOpensInMs(ctx, usage), "day")
    }
    const res = await requestJson(ctx.fetch, graph(ctx, `${ctx.account.external_id}/media`), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ image_url: ctx.mediaUrl, caption: ctx.post.text, access_token: ctx.credentials.access_token }),
    })
    if (res.status !== 200) graphError("instagram", res)
    return { container_id: String(res.body.id) }
  },
  async publish(ctx) {
    const container = ctx.post.container_id!
    const status = await requestJson(ctx.fetch, `${graph(ctx, container)}?fields=status_code&access_token=${token(ctx)}`)
    if (status.status !== 200) graphError("instagram", status)
    const code = status.body?.status_code
    if (code === "IN_PROGRESS") throw new NotReadyError("instagram: the container is still being processed", 30_000)
    if (code === "EXPIRED") throw new RefusedError("instagram: the container expired (24 hours) before it was published", "make the post again")
    if (code === "ERROR") throw new RefusedError("instagram: the platform could not process the image")
    if (code === "PUBLISHED") {
      // Published by an earlier attempt whose answer was lost: find the media it became.
      const found = await this.findPublished!(ctx)
      if (found) return found
    }
    const res = await requestJson(ctx.fetch, graph(ctx, `${ctx.account.external_id}/media_publish`), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ creation_id: container, access_token: ctx.credentials.access_token }),
    })
    if (res.status !== 200) graphError("instagram", res)
    const id = String(res.body.id)
    const media = await requestJson(ctx.fetch, `${graph(ctx, id)}?fields=permalink&access_token=${token(ctx)}`)
    return { platform_post_id: id, permalink: media.status === 200 ? (media.body?.permalink ?? null) : null }
  },
  async findPublished(ctx) {
    const res = await requestJson(ctx.fetch, `${graph(ctx, `${ctx.account.external_id}/media`)}?fields=id,caption,permalink,timestamp&limit=25&access_token=${token(ctx)}`)
    if (res.status !== 200) graphError("instagram", res)
    const since = Date.now() - DAY_MS
    const mine = (res.body?.data ?? []).find(
      (m: { caption?: string; timestamp?: string }) => m.caption === ctx.post.text && (!m.timestamp || Date.parse(m.timestamp) > since)
    )
    return mine ? { platform_post_id: String(mine.id), permalink: mine.permalink ?? null } : null
  },
  async check(ctx) {
    const res = await requestJson(ctx.fetch, `${graph(ctx, ctx.account.external_id)}?fields=id,username&access_token=${token(ctx)}`)
    if (res.status !== 200) graphError("instagram", res)
    return `@${res.body?.username ?? ctx.account.external_id}`
  },
}
