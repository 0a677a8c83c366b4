/**
 * LinkedIn's Posts API and OAuth as the publisher uses them, following the documented contract:
 * - every API call names `LinkedIn-Version: YYYYMM` (missing: 400 VERSION_MISSING; a sunset one:
 *   426 NONEXISTENT_VERSION) and `X-Restli-Protocol-Version: 2.0.0`, with a member's bearer token
 *   (401 EXPIRED_ACCESS_TOKEN / REVOKED_ACCESS_TOKEN);
 * - `POST /rest/posts` (author an organisation URN the member administers, commentary,
 *   visibility, distribution, lifecycleState, an article with source and title) answers 201 with
 *   an empty body and the post's URN in `x-restli-id`; the same commentary twice is refused with
 *   422 "Content is a duplicate of urn:li:share:…";
 * - Images API: `POST /rest/images?action=initializeUpload` `{ initializeUploadRequest: { owner } }`
 *   (the organisation; another is 403) answers `{ value: { uploadUrl, uploadUrlExpiresAt, image } }`;
 *   the bytes are PUT to `uploadUrl` with the member's bearer token (201). A post's
 *   `content.article.thumbnail` must be an image URN whose bytes were uploaded (else 422);
 * - `GET /rest/posts?q=author&author=…` (X-RestLi-Method: FINDER) lists the latest posts;
 * - `GET /rest/organizations/{id}`: the Page (404 for an unknown one);
 * - `GET /rest/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity=…&shares=List(…)`
 *   (or `ugcPosts=List(…)`; Rest.li 2.0, each URN encoded inside `List()`): lifetime
 *   `totalShareStatistics` per post (impressionCount, uniqueImpressionsCount, clickCount,
 *   likeCount, commentCount, shareCount, engagement); another organisation's is 403 (the member
 *   must be its ADMINISTRATOR, scope rw_organization_admin);
 * - Comments API: `GET /rest/socialActions/{URN}/comments?start=&count=` (count at most 100) lists
 *   the comments on a post (a comment URN: the replies to it) as `{ elements: [{ id, commentUrn,
 *   actor, object, message: { text }, created: { actor, time }, parentComment? }], paging: { start,
 *   count, total } }` (r_organization_social); `POST` there with `actor` (the organisation, which
 *   the member must administer: else 403), `object` (the post), `message.text` and, under a
 *   comment, `parentComment` (that comment) answers 201 with the comment and its id in
 *   `x-restli-id`. The API has no hiding of comments;
 * - throttles: 429 with the message LinkedIn sends, and no Retry-After (daily limits reset at
 *   midnight UTC);
 * - `POST /oauth/v2/accessToken` (form: grant_type=refresh_token, refresh_token, client_id,
 *   client_secret, on www.linkedin.com) answers a new access token (60 days) and the same
 *   refresh token; a refused one is 400 invalid_request.
 * Test knobs: `dropNextPost`, `throttleNext`, `expireToken` (the current access token answers 401).
 */
import { startJsonServer, type ContractServer, type ReceivedRequest, type Reply } from "./_server"

export type LinkedInContract = ContractServer & {
  posts: Array<{ id: string; author: string; commentary: string; content: any; visibility: string }>
  tokens: { access: string; refresh: string; client_id: string; client_secret: string; refreshes: number }
  knobs: { dropNextPost: boolean; throttleNext: boolean; expireToken: boolean }
  comments: LinkedInComment[]
  /** Images by URN: their owner and the bytes uploaded (null until the PUT). */
  images: Map<string, { owner: string; bytes: Buffer | null; mime: string | null }>
  /** Lifetime statistics per post URN, as the test sets them. */
  statistics: Map<string, Record<string, number>>
}

export type LinkedInComment = { urn: string; object: string; actor: string; text: string; time: number; parent: string | null }

const fail = (status: number, message: string, code?: string, extra: Record<string, unknown> = {}): Reply => ({ status, body: { status, message, ...(code && { code }), ...extra } })

export async function startLinkedInContract(init: { token: string; refresh_token: string; client_id: string; client_secret: string; organization: string }): Promise<LinkedInContract> {
  let seq = 7_100_000_000_000_000_000n
  const state = {
    posts: [] as LinkedInContract["posts"],
    tokens: { access: init.token, refresh: init.refresh_token, client_id: init.client_id, client_secret: init.client_secret, refreshes: 0 },
    knobs: { dropNextPost: false, throttleNext: false, expireToken: false },
    statistics: new Map<string, Record<string, number>>(),
    comments: [] as LinkedInComment[],
    images: new Map<string, { owner: string; bytes: Buffer | null; mime: string | null }>(),
  }
  let imageSeq = 0
  let serverUrl = ""
  let commentSeq = 6_800_000_000_000_000_000n
  const commentBody = (c: LinkedInComment) => ({
    id: c.urn.match(/,(\d+)\)$/)![1],
    commentUrn: c.urn,
    actor: c.actor,
    object: c.object,
    message: { text: c.text, attributes: [] },
    created: { actor: c.actor, time: c.time },
    lastModified: { actor: c.actor, time: c.time },
    ...(c.parent && { parentComment: c.parent }),
  })
  const orgUrn = `urn:li:organization:${init.organization}`

  const handler = (req: ReceivedRequest): Reply => {
    if (req.method === "POST" && req.path === "/oauth/v2/accessToken") {
      const form = new URLSearchParams(typeof req.body === "string" ? req.body : "")
      if (form.get("grant_type") !== "refresh_token") return { status: 400, body: { error: "unsupported_grant_type", error_description: "grant_type" } }
      if (form.get("client_id") !== state.tokens.client_id || form.get("client_secret") !== state.tokens.client_secret) {
        return { status: 401, body: { error: "invalid_client", error_description: "Client authentication failed" } }
      }
      if (form.get("refresh_token") !== state.tokens.refresh) {
        return { status: 400, body: { error: "invalid_request", error_description: "The provided authorization grant or refresh token is invalid, expired or revoked." } }
      }
      state.tokens.refreshes++
      state.tokens.access = `li-access-${state.tokens.refreshes}`
      state.knobs.expireToken = false
      return { body: { access_token: state.tokens.access, expires_in: 5_184_000, refresh_token: state.tokens.refresh, refresh_token_expires_in: 31_000_000 } }
    }
    const upload = req.method === "PUT" && req.path.match(/^\/dms-uploads\/(.+)$/)
    if (upload) {
      if (req.headers.authorization !== `Bearer ${state.tokens.access}`) return fail(401, "The token used in the request has expired", "EXPIRED_ACCESS_TOKEN")
      const image = state.images.get(decodeURIComponent(upload[1]))
      if (!image) return fail(404, "No such upload")
      image.bytes = req.raw
      image.mime = String(req.headers["content-type"] ?? "")
      return { status: 201 }
    }
    if (!req.headers["linkedin-version"]) return fail(400, "A version must be present. Please specify a version by adding the LinkedIn-Version header.", "VERSION_MISSING")
    if (!/^\d{6}$/.test(String(req.headers["linkedin-version"]))) return fail(426, `Requested version ${req.headers["linkedin-version"]} is not active`, "NONEXISTENT_VERSION")
    if (req.headers.authorization !== `Bearer ${state.tokens.access}` || state.knobs.expireToken) {
      return fail(401, "The token used in the request has expired", "EXPIRED_ACCESS_TOKEN", { serviceErrorCode: 65601 })
    }
    if (req.path === "/rest/posts" && req.headers["x-restli-protocol-version"] !== "2.0.0") return fail(400, "X-Restli-Protocol-Version 2.0.0 is required")
    if (state.knobs.throttleNext && req.method === "POST") {
      state.knobs.throttleNext = false
      return fail(429, "Resource level throttle APPLICATION DAY limit for calls to this resource is reached.")
    }
    if (req.method === "POST" && req.path === "/rest/posts") {
      const b = req.body ?? {}
      if (b.author !== orgUrn) return fail(403, `Not enough permissions to access: partnerApiPostsExternal.CREATE.20260601 (author ${b.author})`, "ACCESS_DENIED")
      const missing = ["commentary", "visibility", "distribution", "lifecycleState"].filter((k) => b[k] == null)
      if (missing.length) return fail(422, `/${missing[0]} :: field is required but not found and has no default value`, undefined, { errorDetailType: "com.linkedin.common.error.BadRequest" })
      if (String(b.commentary).length > 3000) return fail(422, "/commentary :: length of commentary exceeds 3000")
      const article = b.content?.article
      if (article && (!article.source || !article.title)) return fail(422, "/content/article/title :: field is required but not found")
      if (article?.thumbnail && !state.images.get(article.thumbnail)?.bytes) return fail(422, `/content/article/thumbnail :: ${article.thumbnail} has not been uploaded`)
      const dup = state.posts.find((p) => p.commentary === b.commentary)
      if (dup) return fail(422, `Content is a duplicate of ${dup.id}`, undefined, { errorDetailType: "com.linkedin.common.error.BadRequest" })
      const id = `urn:li:share:${++seq}`
      state.posts.push({ id, author: b.author, commentary: b.commentary, content: b.content ?? null, visibility: b.visibility })
      if (state.knobs.dropNextPost) {
        state.knobs.dropNextPost = false
        return { drop: true }
      }
      return { status: 201, headers: { "x-restli-id": id, "x-linkedin-id": id } }
    }
    if (req.method === "GET" && req.path === "/rest/posts") {
      if (req.query.get("q") !== "author" || req.headers["x-restli-method"]?.toString().toUpperCase() !== "FINDER") return fail(400, "finder author needs q=author and X-RestLi-Method: FINDER")
      const author = req.query.get("author")
      const elements = [...state.posts].reverse().filter((p) => p.author === author).map((p) => ({ ...p, lifecycleState: "PUBLISHED" }))
      return { body: { elements, paging: { start: 0, count: 20, links: [] } } }
    }
    if (req.method === "POST" && req.path === "/rest/images" && req.query.get("action") === "initializeUpload") {
      const owner = req.body?.initializeUploadRequest?.owner
      if (owner !== orgUrn) return fail(403, `Not enough permissions to access: images.ACTION-initializeUpload (owner ${owner})`, "ACCESS_DENIED")
      const image = `urn:li:image:D4E10AQ${String(++imageSeq).padStart(8, "0")}`
      state.images.set(image, { owner, bytes: null, mime: null })
      return { body: { value: { uploadUrlExpiresAt: Date.now() + 3_600_000, uploadUrl: `${serverUrl}/dms-uploads/${encodeURIComponent(image)}`, image } } }
    }
    const social = req.path.match(/^\/rest\/socialActions\/([^/]+)\/comments$/)
    if (social) {
      const target = decodeURIComponent(social[1])
      const onComment = target.startsWith("urn:li:comment:")
      if (!onComment && !state.posts.some((p) => p.id === target)) return fail(404, `No post ${target}`)
      if (req.method === "GET") {
        const start = Number(req.query.get("start") ?? 0)
        const count = Math.min(Number(req.query.get("count") ?? 10), 100)
        const all = state.comments.filter((c) => (onComment ? c.parent === target : c.object === target && !c.parent))
        return { body: { elements: all.slice(start, start + count).map(commentBody), paging: { start, count, total: all.length, links: [] } } }
      }
      if (req.method === "POST") {
        const b = req.body ?? {}
        if (b.actor !== orgUrn) return fail(403, `Not enough permissions to access: partnerApiSocialActions.CREATE (actor ${b.actor})`, "ACCESS_DENIED")
        if (!b.message?.text) return fail(422, "/message/text :: field is required but not found")
        if (!state.posts.some((p) => p.id === b.object)) return fail(422, `/object :: ${b.object} is not a post`)
        if (onComment && b.parentComment !== target) return fail(422, "/parentComment :: must be the comment answered")
        const object = onComment ? state.comments.find((c) => c.urn === target)?.object : target
        if (!object || object !== b.object) return fail(404, `No comment ${target} on ${b.object}`)
        const c: LinkedInComment = { urn: `urn:li:comment:(${b.object},${++commentSeq})`, object: b.object, actor: b.actor, text: b.message.text, time: Date.now(), parent: onComment ? target : null }
        state.comments.push(c)
        return { status: 201, headers: { "x-restli-id": c.urn }, body: commentBody(c) }
      }
    }
    if (req.method === "GET" && req.path === "/rest/organizationalEntityShareStatistics") {
      if (req.query.get("q") !== "organizationalEntity") return fail(400, "finder organizationalEntity needs q=organizationalEntity")
      if (req.query.get("organizationalEntity") !== orgUrn) return fail(403, `Not enough permissions to access: organizationalEntityShareStatistics.FINDER-organizationalEntity.20260601`, "ACCESS_DENIED")
      const list = (name: string) => {
        const raw = req.query.get(name)
        if (raw == null) return []
        const inner = raw.match(/^List\((.*)\)$/)?.[1]
        if (inner == null) return null
        return inner ? inner.split(",").map(decodeURIComponent) : []
      }
      const shares = list("shares")
      const ugcPosts = list("ugcPosts")
      if (!shares || !ugcPosts) return fail(400, "Invalid query: shares and ugcPosts must be Rest.li 2.0 lists, List(urn,...)")
      const zero = { impressionCount: 0, uniqueImpressionsCount: 0, clickCount: 0, likeCount: 0, commentCount: 0, shareCount: 0, engagement: 0 }
      const element = (key: "share" | "ugcPost", urn: string) => ({ organizationalEntity: orgUrn, [key]: urn, totalShareStatistics: { ...zero, ...(state.statistics.get(urn) ?? {}) } })
      return { body: { paging: { start: 0, count: 10, links: [] }, elements: [...shares.map((u) => element("share", u)), ...ugcPosts.map((u) => element("ugcPost", u))] } }
    }
    const org = req.method === "GET" && req.path.match(/^\/rest\/organizations\/(\d+)$/)
    if (org) {
      if (org[1] !== init.organization) return fail(404, `Organization ${org[1]} not found`)
      return { body: { id: Number(init.organization), localizedName: "Acme Outdoor", vanityName: "acme-outdoor" } }
    }
    return fail(404, `No resource ${req.method} ${req.path}`)
  }
  const server = await startJsonServer(handler)
  serverUrl = server.url
  return Object.assign(server, state)
}
