/**
 * X API v2 posting as documented: `POST /2/tweets` with a user's OAuth 2 bearer token answers 201
 * `{ data: { id, text } }`; a text X counts over 280 is refused (a link counts 23), and so is the
 * same text posted twice ("duplicate content", 403); a 429 carries `x-rate-limit-reset` (epoch
 * seconds). `GET /2/users/:id/tweets` lists the latest posts, `GET /2/users/me` the token's user.
 * `POST /2/oauth2/token` (form: grant_type=refresh_token, refresh_token, client_id; a confidential
 * client's id and secret as Basic auth) answers a new two-hour token and a NEW refresh token: the
 * one used is spent (a second use is 400 invalid_request). `GET /2/tweets/:id` with
 * `tweet.fields=public_metrics,non_public_metrics` answers the post's figures (`public_metrics`:
 * retweet, reply, like, quote, bookmark and impression counts; `non_public_metrics`, told to the
 * author's token only: impression_count, url_link_clicks, user_profile_clicks); an unknown id is a
 * 200 with `errors` (X's "Not Found Error"). Test knobs: `dropNextPost` (post, then cut the
 * answer), `throttleNext`, `expireToken`, `metrics` (figures by post id).
 *
 * Replies, as the inbox reads and writes them:
 * - `GET /2/tweets/search/recent?query=conversation_id:<id>` (`max_results` 10 to 100, else 400)
 *   lists the thread newest first with `expansions=author_id` users in `includes.users`;
 *   `since_id` keeps only newer posts, `meta.next_token` pages on (to older ones), `meta.newest_id`
 *   is the newest of the whole result; no match answers `{ meta: { result_count: 0 } }`;
 * - `POST /2/tweets` with `reply.in_reply_to_tweet_id` answers in the thread (403 when that post
 *   does not exist or is not visible);
 * - `PUT /2/tweets/:id/hidden` `{ hidden }` by the thread's owner answers `{ data: { hidden } }`
 *   (403 for a post in someone else's thread, 404 for an unknown one).
 * Knobs: `searchPageSize` (posts per page, at most max_results); `dropNextPost` cuts a reply's
 * answer too (the reply is made).
 */
import { startJsonServer, type ContractServer, type ReceivedRequest, type Reply } from "./_server"

export type XReply = { id: string; text: string; author_id: string; conversation_id: string; in_reply_to: string; created_at: string; hidden: boolean }
export type XUser = { id: string; username: string; name: string }

export type XContract = ContractServer & {
  posts: Array<{ id: string; text: string }>
  replies: XReply[]
  users: Map<string, XUser>
  knobs: { dropNextPost: boolean; throttleNext: boolean; expireToken: boolean; searchPageSize: number }
  /** A reply by someone else in a post's thread (to the post, or to `in_reply_to`). */
  addReply: (conversationId: string, reply: { text: string; author: XUser; in_reply_to?: string }) => XReply
  /** The tokens X takes now; `refresh` is single use. Set `refresh` to enable the OAuth endpoint. */
  tokens: { access: string; refresh: string | null; client_id: string; client_secret: string; refreshes: number }
  metrics: Map<string, { public_metrics: Record<string, number>; non_public_metrics: Record<string, number> }>
}

const problem = (status: number, title: string, detail: string): Reply => ({ status, body: { title, detail, type: "about:blank", status } })

/** X's count, simply: URLs as 23, everything else one per code point (the test texts are Latin). */
const countOf = (text: string) => [...text.replace(/https?:\/\/\S+/g, "x".repeat(23))].length

export async function startXContract(token: string, owner: XUser = { id: "2244994945", username: "acme", name: "Acme" }): Promise<XContract> {
  let seq = 1_860_000_000_000_000_000n
  const state = {
    posts: [] as XContract["posts"],
    replies: [] as XReply[],
    users: new Map<string, XUser>([[owner.id, owner]]),
    knobs: { dropNextPost: false, throttleNext: false, expireToken: false, searchPageSize: 100 },
    tokens: { access: token, refresh: null as string | null, client_id: "x-client", client_secret: "x-secret", refreshes: 0 },
    metrics: new Map() as XContract["metrics"],
  }
  const addReply: XContract["addReply"] = (conversationId, { text, author, in_reply_to }) => {
    state.users.set(author.id, author)
    const reply = { id: String(++seq), text, author_id: author.id, conversation_id: conversationId, in_reply_to: in_reply_to ?? conversationId, created_at: new Date().toISOString(), hidden: false }
    state.replies.push(reply)
    return reply
  }
  const handler = (req: ReceivedRequest): Reply => {
    if (req.method === "POST" && req.path === "/2/oauth2/token") {
      const form = new URLSearchParams(typeof req.body === "string" ? req.body : "")
      if (req.headers.authorization !== `Basic ${Buffer.from(`${state.tokens.client_id}:${state.tokens.client_secret}`).toString("base64")}`) {
        return { status: 401, body: { error: "unauthorized_client", error_description: "Missing valid authorization header" } }
      }
      if (form.get("grant_type") !== "refresh_token" || !state.tokens.refresh || form.get("refresh_token") !== state.tokens.refresh) {
        return { status: 400, body: { error: "invalid_request", error_description: "Value passed for the token was invalid." } }
      }
      state.tokens.refreshes++
      state.tokens.access = `x-access-${state.tokens.refreshes}`
      state.tokens.refresh = `x-refresh-${state.tokens.refreshes}`
      state.knobs.expireToken = false
      return { body: { token_type: "bearer", expires_in: 7200, access_token: state.tokens.access, scope: "tweet.write users.read tweet.read offline.access", refresh_token: state.tokens.refresh } }
    }
    if (req.headers.authorization !== `Bearer ${state.tokens.access}` || state.knobs.expireToken) return problem(401, "Unauthorized", "Unauthorized")
    const replies = handleReplies(req)
    if (replies) return replies
    if (state.knobs.throttleNext) {
      state.knobs.throttleNext = false
      return { ...problem(429, "Too Many Requests", "Too Many Requests"), headers: { "x-rate-limit-reset": String(Math.floor(Date.now() / 1000) + 60) } }
    }
    if (req.method === "GET" && req.path === "/2/users/me") return { body: { data: { id: "1498765432", name: "Acme", username: "acme" } } }
    if (req.method === "POST" && req.path === "/2/tweets") {
      const text = String(req.body?.text ?? "")
      if (!text || countOf(text) > 280) return problem(400, "Invalid Request", "One or more parameters to your request was invalid.")
      if (state.posts.some((p) => p.text === text)) return problem(403, "Forbidden", "You are not allowed to create a Tweet with duplicate content.")
      const post = { id: String(++seq), text }
      state.posts.push(post)
      if (state.knobs.dropNextPost) {
        state.knobs.dropNextPost = false
        return { drop: true }
      }
      return { status: 201, body: { data: post } }
    }
    const one = req.method === "GET" && req.path.match(/^\/2\/tweets\/(\d+)$/)
    if (one) {
      const post = state.posts.find((p) => p.id === one[1])
      if (!post) return { body: { errors: [{ value: one[1], detail: `Could not find tweet with id: [${one[1]}].`, title: "Not Found Error", resource_type: "tweet", parameter: "id", resource_id: one[1], type: "https://api.twitter.com/2/problems/resource-not-found" }] } }
      const fields = (req.query.get("tweet.fields") ?? "").split(",")
      const figures = state.metrics.get(post.id) ?? { public_metrics: {}, non_public_metrics: {} }
      const pub = { retweet_count: 0, reply_count: 0, like_count: 0, quote_count: 0, bookmark_count: 0, impression_count: 0, ...figures.public_metrics }
      const priv = { impression_count: pub.impression_count, url_link_clicks: 0, user_profile_clicks: 0, ...figures.non_public_metrics }
      return {
        body: {
          data: {
            id: post.id,
            text: post.text,
            ...(fields.includes("public_metrics") && { public_metrics: pub }),
            ...(fields.includes("non_public_metrics") && { non_public_metrics: priv }),
          },
        },
      }
    }
    const m = req.method === "GET" && req.path.match(/^\/2\/users\/([^/]+)\/tweets$/)
    if (m) {
      const urls = (text: string) => [...text.matchAll(/https?:\/\/\S+/g)].map((u) => ({ expanded_url: u[0] }))
      return { body: { data: [...state.posts].reverse().map((p) => ({ ...p, entities: { urls: urls(p.text) } })), meta: { result_count: state.posts.length } } }
    }
    return problem(404, "Not Found Error", `no route ${req.method} ${req.path}`)
  }

  function handleReplies(req: ReceivedRequest): Reply | null {
    if (req.method === "GET" && req.path === "/2/tweets/search/recent") {
      const conversation = /^conversation_id:(\d+)$/.exec(req.query.get("query") ?? "")?.[1]
      const max = Number(req.query.get("max_results") ?? 10)
      if (!conversation || !Number.isInteger(max) || max < 10 || max > 100) return problem(400, "Invalid Request", "One or more parameters to your request was invalid.")
      const since = req.query.get("since_id")
      const matches = state.replies
        .filter((r) => r.conversation_id === conversation && (!since || BigInt(r.id) > BigInt(since)))
        .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1))
      if (!matches.length) return { body: { meta: { result_count: 0 } } }
      const start = Number(req.query.get("next_token") ?? 0)
      const page = matches.slice(start, start + Math.min(max, state.knobs.searchPageSize))
      const users = [...new Set(page.map((r) => r.author_id))].map((id) => state.users.get(id)).filter(Boolean)
      const next = start + page.length < matches.length ? String(start + page.length) : undefined
      return {
        body: {
          data: page.map((r) => ({ id: r.id, text: r.text, author_id: r.author_id, created_at: r.created_at, conversation_id: r.conversation_id, referenced_tweets: [{ type: "replied_to", id: r.in_reply_to }] })),
          includes: { users },
          meta: { newest_id: matches[0].id, oldest_id: matches[matches.length - 1].id, result_count: page.length, ...(next && { next_token: next }) },
        },
      }
    }
    if (req.method === "POST" && req.path === "/2/tweets" && req.body?.reply) {
      const to = String(req.body.reply.in_reply_to_tweet_id ?? "")
      const post = state.posts.find((p) => p.id === to)
      const reply = state.replies.find((r) => r.id === to)
      if (!post && !reply) return problem(403, "Forbidden", "You attempted to reply to a Tweet that is deleted or not visible to you.")
      const text = String(req.body.text ?? "")
      if (!text || countOf(text) > 280) return problem(400, "Invalid Request", "One or more parameters to your request was invalid.")
      const made = addReply(post ? post.id : reply!.conversation_id, { text, author: owner, in_reply_to: to })
      if (state.knobs.dropNextPost) {
        state.knobs.dropNextPost = false
        return { drop: true }
      }
      return { status: 201, body: { data: { id: made.id, text } } }
    }
    const hidden = req.method === "PUT" && /^\/2\/tweets\/(\d+)\/hidden$/.exec(req.path)
    if (hidden) {
      const reply = state.replies.find((r) => r.id === hidden[1])
      if (!reply) return problem(404, "Not Found Error", "Could not find tweet with id.")
      if (!state.posts.some((p) => p.id === reply.conversation_id)) return problem(403, "Forbidden", "You are not permitted to hide replies in this conversation.")
      reply.hidden = req.body?.hidden === true
      return { body: { data: { hidden: reply.hidden } } }
    }
    return null
  }

  const server = await startJsonServer(handler)
  return Object.assign(server, state, { addReply })
}
