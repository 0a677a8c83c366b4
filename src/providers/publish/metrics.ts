import type { PublishNetwork } from "../../modules/social-publish/lib/networks"
import { GRAPH_VERSION, graphError } from "./graph"
import { refuse, requestJson } from "./http"
import { linkedinError, linkedinHeaders, organizationUrn } from "./linkedin"
import { pinterestError } from "./pinterest"

/**
 * A post's figures as its platform's insights tell them; null where the platform does not (an
 * Instagram caption cannot link: no link clicks; X tells link clicks only to the author's token).
 */
export type PostMetrics = {
  impressions: number | null
  reactions: number | null
  comments: number | null
  shares: number | null
  link_clicks: number | null
}

export type MetricsContext = {
  network: PublishNetwork
  credentials: Record<string, string>
  platform_post_id: string
  /** The account's platform id (LinkedIn's statistics are asked per organisation). */
  account_external_id: string
  published_at: Date
  baseUrl: string
  fetch: typeof fetch
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : typeof v === "string" && v !== "" && Number.isFinite(Number(v)) ? Number(v) : null)
const sum = (o: unknown): number | null => (o && typeof o === "object" ? Object.values(o).reduce<number>((a, v) => a + (num(v) ?? 0), 0) : num(o))

type GraphInsight = { name: string; values?: Array<{ value: unknown }>; total_value?: { value: unknown } }

/** Graph insights (`{ data: [{ name, period: "lifetime", values: [{ value }] }] }`) by metric name. */
function insightValues(body: { data?: GraphInsight[] } | null): Map<string, unknown> {
  return new Map((body?.data ?? []).map((m) => [m.name, m.total_value?.value ?? m.values?.[m.values.length - 1]?.value]))
}

/**
 * A Page post: `GET /{post-id}/insights?metric=post_impressions,post_reactions_by_type_total,post_clicks_by_type`
 * (reactions by type, clicks by type with "link clicks") and `GET /{post-id}?fields=shares,comments.summary(true)`.
 */
export function facebookMetrics(insights: { data?: GraphInsight[] } | null, post: { shares?: { count?: number }; comments?: { summary?: { total_count?: number } } } | null): PostMetrics {
  const v = insightValues(insights)
  const clicks = v.get("post_clicks_by_type") as Record<string, unknown> | undefined
  return {
    impressions: num(v.get("post_impressions")),
    reactions: sum(v.get("post_reactions_by_type_total")),
    comments: num(post?.comments?.summary?.total_count),
    shares: num(post?.shares?.count ?? 0),
    link_clicks: clicks ? num(clicks["link clicks"] ?? 0) : null,
  }
}

/** Instagram media insights (`GET /{media-id}/insights?metric=views,likes,comments,shares`). */
export function instagramMetrics(insights: { data?: GraphInsight[] } | null): PostMetrics {
  const v = insightValues(insights)
  return { impressions: num(v.get("views")), reactions: num(v.get("likes")), comments: num(v.get("comments")), shares: num(v.get("shares")), link_clicks: null }
}

/** X v2 `GET /2/tweets/:id?tweet.fields=public_metrics,non_public_metrics`. */
export function xMetrics(body: { data?: { public_metrics?: Record<string, unknown>; non_public_metrics?: Record<string, unknown> } } | null): PostMetrics {
  const pub = body?.data?.public_metrics ?? {}
  const priv = body?.data?.non_public_metrics
  const shares = num(pub.retweet_count)
  return {
    impressions: num(pub.impression_count ?? priv?.impression_count),
    reactions: num(pub.like_count),
    comments: num(pub.reply_count),
    shares: shares == null ? null : shares + (num(pub.quote_count) ?? 0),
    link_clicks: num(priv?.url_link_clicks),
  }
}

/**
 * Pinterest v5 `GET /pins/{id}/analytics`: `{ all: { daily_metrics, summary_metrics, lifetime_metrics? } }`.
 * `lifetime_metrics` is optional in Pinterest's schema; `summary_metrics` covers the days asked,
 * which are the pin's whole life up to Pinterest's 90 days.
 */
export function pinterestMetrics(body: { all?: { lifetime_metrics?: Record<string, unknown>; summary_metrics?: Record<string, unknown> } } | null): PostMetrics {
  const m = body?.all?.lifetime_metrics ?? body?.all?.summary_metrics ?? {}
  return { impressions: num(m.IMPRESSION), reactions: num(m.SAVE), comments: null, shares: null, link_clicks: num(m.OUTBOUND_CLICK) }
}

type LinkedInShareStatistics = { share?: string; ugcPost?: string; totalShareStatistics?: Record<string, unknown> }

/**
 * LinkedIn's organisation share statistics (`GET /rest/organizationalEntityShareStatistics`,
 * lifetime figures when no `timeIntervals` is given) for the post's URN. `clickCount` counts every
 * click on the post's content: LinkedIn does not tell link clicks apart.
 */
export function linkedinMetrics(body: { elements?: LinkedInShareStatistics[] } | null, urn: string): PostMetrics {
  const element = (body?.elements ?? []).find((e) => e.share === urn || e.ugcPost === urn)
  const t = element?.totalShareStatistics ?? {}
  return { impressions: num(t.impressionCount), reactions: num(t.likeCount), comments: num(t.commentCount), shares: num(t.shareCount), link_clicks: num(t.clickCount) }
}

const day = (d: Date) => d.toISOString().slice(0, 10)

/**
 * A published post's figures from its platform's insights endpoint, or null for a network whose
 * figures are not read (TikTok). A refused token or a throttle throws as publishing does.
 */
export async function fetchPostMetrics(ctx: MetricsContext): Promise<PostMetrics | null> {
  const id = encodeURIComponent(ctx.platform_post_id)
  switch (ctx.network) {
    case "facebook": {
      const token = encodeURIComponent(ctx.credentials.page_access_token ?? "")
      const base = `${ctx.baseUrl}/${GRAPH_VERSION}/${id}`
      const [insights, post] = await Promise.all([
        requestJson(ctx.fetch, `${base}/insights?metric=post_impressions,post_reactions_by_type_total,post_clicks_by_type&access_token=${token}`),
        requestJson(ctx.fetch, `${base}?fields=shares,comments.summary(true)&access_token=${token}`),
      ])
      if (insights.status !== 200) graphError("facebook", insights)
      if (post.status !== 200) graphError("facebook", post)
      return facebookMetrics(insights.body, post.body)
    }
    case "instagram": {
      const token = encodeURIComponent(ctx.credentials.access_token ?? "")
      const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/${GRAPH_VERSION}/${id}/insights?metric=views,likes,comments,shares&access_token=${token}`)
      if (res.status !== 200) graphError("instagram", res)
      return instagramMetrics(res.body)
    }
    case "x": {
      const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/2/tweets/${id}?tweet.fields=public_metrics,non_public_metrics`, {
        headers: { authorization: `Bearer ${ctx.credentials.access_token}` },
      })
      if (res.status !== 200) refuse("x", res, res.body?.detail ?? res.body?.title)
      return xMetrics(res.body)
    }
    case "pinterest": {
      // Pinterest answers for at most 90 days back; lifetime figures cover the pin's whole life.
      const from = new Date(Math.max(ctx.published_at.getTime(), Date.now() - 89 * 86_400_000))
      const url = `${ctx.baseUrl}/v5/pins/${id}/analytics?start_date=${day(from)}&end_date=${day(new Date())}&metric_types=IMPRESSION,SAVE,OUTBOUND_CLICK`
      const res = await requestJson(ctx.fetch, url, { headers: { authorization: `Bearer ${ctx.credentials.access_token}` } })
      if (res.status !== 200) pinterestError(res)
      return pinterestMetrics(res.body)
    }
    case "linkedin": {
      // Rest.li 2.0 lists: List(urn) with the URN's own characters encoded; a Posts API URN is a
      // share or a ugcPost, each asked under its own parameter.
      const urn = ctx.platform_post_id
      const param = urn.startsWith("urn:li:ugcPost:") ? "ugcPosts" : "shares"
      const url = `${ctx.baseUrl}/rest/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity=${encodeURIComponent(organizationUrn(ctx.account_external_id))}&${param}=List(${encodeURIComponent(urn)})`
      const res = await requestJson(ctx.fetch, url, { headers: linkedinHeaders(ctx) })
      if (res.status !== 200) linkedinError(res, "the Page's statistics need the rw_organization_admin scope and a member who is the Page's ADMINISTRATOR")
      return linkedinMetrics(res.body, urn)
    }
    default:
      // TikTok: its Display API documents figures for videos only (scope video.list), not photo posts.
      return null
  }
}
