/**
 * Meta's Graph API as the publisher uses it, following the documented contract:
 * - Page posts: `POST /{page-id}/feed` (message, link, access_token) and `GET /{page-id}/feed`;
 * - Instagram content publishing: `GET /{ig-user-id}/content_publishing_limit` (quota_usage of
 *   100 per rolling 24 hours), `POST /{ig-user-id}/media` (a JPEG `image_url` and the caption:
 *   a container), `GET /{container-id}?fields=status_code` (IN_PROGRESS, then FINISHED; EXPIRED
 *   after 24 hours; PUBLISHED once used), `POST /{ig-user-id}/media_publish` (creation_id: a
 *   container is published once, a second call is refused), `GET /{media-id}?fields=permalink`
 *   and `GET /{ig-user-id}/media`;
 * - `GET /{page-id}?fields=id,name` and `GET /{ig-user-id}?fields=id,username` (the connection check);
 * - insights: `GET /{page-post-id}/insights?metric=post_impressions,post_reactions_by_type_total,post_clicks_by_type`
 *   and `GET /{ig-media-id}/insights?metric=views,likes,comments,shares` answer
 *   `{ data: [{ name, period: "lifetime", values: [{ value }], title, id }] }` (an unknown metric is
 *   error 100); `GET /{page-post-id}?fields=shares,comments.summary(true)` answers
 *   `{ id, shares: { count }, comments: { data, summary: { total_count } } }`, without `shares` when
 *   nobody shared it (as Graph does);
 * - errors as `{ error: { message, type, code } }`: 190 for a bad token, 4 for the app's rate limit
 *   (with X-Business-Use-Case-Usage naming the minutes until access returns).
 * Test knobs: `dropNextPublish` (accept a publish but cut the answer), `throttleNext` (code 4),
 * `quotaUsage`, `processingPolls` (status checks answered IN_PROGRESS first), `expireContainer`;
 * `insights` (a post's or media's figures by metric name, set by the test).
 * The comment edges the inbox reads and writes are in publish-graph-comments.ts.
 */
import { startJsonServer, type ContractServer, type ReceivedRequest, type Reply } from "./_server"
import { graphCommentsState, handleGraphComments, type GraphCommentsState } from "./publish-graph-comments"

export type GraphContract = ContractServer & GraphCommentsState & {
  pagePosts: Array<{ id: string; message: string; link: string }>
  containers: Map<string, { caption: string; image_url: string; polls: number; published: string | null; expired: boolean }>
  media: Array<{ id: string; caption: string; permalink: string; timestamp: string }>
  knobs: { dropNextPublish: boolean; throttleNext: boolean; quotaUsage: number; processingPolls: number; expireContainer: boolean }
  /** Figures by post or media id, by metric name (post_impressions, likes...; `shares`/`comments` for a Page post's fields). */
  insights: Map<string, Record<string, unknown>>
}

const PAGE_POST_METRICS = ["post_impressions", "post_reactions_by_type_total", "post_clicks_by_type"]
const MEDIA_METRICS = ["views", "likes", "comments", "shares", "saved", "reach", "total_interactions"]

const error = (status: number, code: number, message: string): Reply => ({ status, body: { error: { message, type: "OAuthException", code, fbtrace_id: "AbCdEf" } } })

export async function startGraphContract(tokens: { page: string; instagram: string }): Promise<GraphContract> {
  let seq = 0
  const state = {
    pagePosts: [] as GraphContract["pagePosts"],
    containers: new Map() as GraphContract["containers"],
    media: [] as GraphContract["media"],
    knobs: { dropNextPublish: false, throttleNext: false, quotaUsage: 0, processingPolls: 0, expireContainer: false },
    ...graphCommentsState(),
    insights: new Map() as GraphContract["insights"],
  }
  const tokenOf = (req: ReceivedRequest) => req.body?.access_token ?? req.query.get("access_token")

  const handler = (req: ReceivedRequest): Reply => {
    const m = req.path.match(/^\/v\d+\.\d+\/([^/]+)(?:\/([a-z_]+))?$/)
    if (!m) return error(400, 100, "Unknown path")
    const [, node, edge] = m
    const token = tokenOf(req)
    if (token !== tokens.page && token !== tokens.instagram) return error(400, 190, "Error validating access token: The session has been invalidated")
    if (state.knobs.throttleNext && req.method === "POST") {
      state.knobs.throttleNext = false
      // Meta says how long the block lasts in X-Business-Use-Case-Usage (minutes).
      const usage = { [node]: [{ type: "pages", call_count: 100, total_cputime: 40, total_time: 60, estimated_time_to_regain_access: 7 }] }
      return { ...error(400, 4, "Application request limit reached"), headers: { "x-business-use-case-usage": JSON.stringify(usage) } }
    }
    const comments = handleGraphComments(
      state,
      req,
      node,
      edge,
      {
        network: (id) => (state.pagePosts.some((p) => p.id === id) ? "facebook" : state.media.some((x) => x.id === id) ? "instagram" : null),
        // Instagram professional account ids start with 17841 (the tests' account is one).
        isInstagramUser: (id) => !state.pagePosts.some((p) => p.id === id) && !state.media.some((x) => x.id === id) && /^178414/.test(id),
      },
      () => `1791${++seq}`
    )
    if (comments) return comments
    if (edge === "feed" && req.method === "POST") {
      if (!req.body?.message && !req.body?.link) return error(400, 100, "(#100) Missing message or link")
      const post = { id: `${node}_${++seq}`, message: req.body.message ?? "", link: req.body.link ?? "" }
      state.pagePosts.push(post)
      return { body: { id: post.id } }
    }
    if (edge === "feed" && req.method === "GET") {
      return { body: { data: [...state.pagePosts].reverse().map((p) => ({ ...p, permalink_url: `https://www.facebook.com/${p.id}` })) } }
    }
    if (edge === "content_publishing_limit") {
      return { body: { data: [{ quota_usage: state.knobs.quotaUsage, config: { quota_total: 100, quota_duration: 86400 } }] } }
    }
    if (edge === "media" && req.method === "POST") {
      const { image_url, caption } = req.body ?? {}
      if (!image_url || !/\.jpe?g(\?|$)/.test(new URL(image_url).pathname + "?")) return error(400, 9004, "Only photo or video can be accepted as media type (the image must be a JPEG)")
      if ((caption ?? "").length > 2200) return error(400, 100, "The caption is too long")
      const id = `1790000${++seq}`
      state.containers.set(id, { caption: caption ?? "", image_url, polls: 0, published: null, expired: state.knobs.expireContainer })
      return { body: { id } }
    }
    if (edge === "media" && req.method === "GET") {
      return { body: { data: [...state.media].reverse() } }
    }
    if (edge === "media_publish" && req.method === "POST") {
      const container = state.containers.get(String(req.body?.creation_id))
      if (!container) return error(400, 100, "Unsupported post request: the container does not exist")
      if (container.published) return error(400, 9007, "The media has already been published")
      if (container.expired) return error(400, 2207006, "The media container has expired")
      const id = `1800000${++seq}`
      container.published = id
      state.media.push({ id, caption: container.caption, permalink: `https://www.instagram.com/p/C${id}/`, timestamp: new Date().toISOString() })
      if (state.knobs.dropNextPublish) {
        state.knobs.dropNextPublish = false
        return { drop: true }
      }
      return { body: { id } }
    }
    if (edge === "insights" && req.method === "GET") {
      const isPagePost = state.pagePosts.some((p) => p.id === node)
      if (!isPagePost && !state.media.some((x) => x.id === node)) return error(400, 100, `Unsupported get request. Object with ID '${node}' does not exist`)
      const asked = (req.query.get("metric") ?? "").split(",").filter(Boolean)
      const valid = isPagePost ? PAGE_POST_METRICS : MEDIA_METRICS
      const bad = asked.find((m) => !valid.includes(m))
      if (!asked.length || bad) return error(400, 100, `(#100) The value must be a valid insights metric${bad ? `: ${bad}` : ""}`)
      const figures = state.insights.get(node) ?? {}
      const zero = (m: string) => (m.endsWith("_by_type") || m.endsWith("_by_type_total") ? {} : 0)
      return {
        body: {
          data: asked.map((name) => ({ name, period: "lifetime", values: [{ value: figures[name] ?? zero(name) }], title: name, id: `${node}/insights/${name}/lifetime` })),
          paging: { previous: "", next: "" },
        },
      }
    }
    if (!edge && req.method === "GET" && state.pagePosts.some((p) => p.id === node)) {
      const figures = state.insights.get(node) ?? {}
      const shares = Number(figures.shares ?? 0)
      return {
        body: {
          id: node,
          ...(shares > 0 && { shares: { count: shares } }),
          comments: { data: [], summary: { order: "ranked", total_count: Number(figures.comments ?? 0), can_comment: true } },
        },
      }
    }
    if (!edge && req.method === "GET") {
      const container = state.containers.get(node)
      if (container) {
        const status = container.expired ? "EXPIRED" : container.published ? "PUBLISHED" : container.polls++ < state.knobs.processingPolls ? "IN_PROGRESS" : "FINISHED"
        return { body: { id: node, status_code: status } }
      }
      const media = state.media.find((x) => x.id === node)
      if (media) return { body: { id: node, permalink: media.permalink } }
      // The Page or the Instagram user behind the token (the connection check).
      if (token === tokens.page && /^\d+$/.test(node)) return { body: { id: node, name: "Acme Outdoor" } }
      if (token === tokens.instagram && /^\d+$/.test(node)) return { body: { id: node, username: "acme.outdoor" } }
    }
    return error(400, 100, `Unsupported ${req.method} request on ${node}`)
  }
  const server = await startJsonServer(handler)
  return Object.assign(server, state)
}
