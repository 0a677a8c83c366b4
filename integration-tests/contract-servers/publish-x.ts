/**
 * X API v2 posting as documented: `POST /2/tweets` with a user's OAuth 2 bearer token answers 201
 * `{ data: { id, text } }`; a text X counts over 280 is refused (a link counts 23), and so is the
 * same text posted twice ("duplicate content", 403); a 429 carries `x-rate-limit-reset` (epoch
 * seconds). `GET /2/users/:id/tweets` lists the latest posts. `GET /2/tweets/:id` with
 * `tweet.fields=public_metrics,non_public_metrics` answers the post's figures (`public_metrics`:
 * retweet, reply, like, quote, bookmark and impression counts; `non_public_metrics`, told to the
 * author's token only: impression_count, url_link_clicks, user_profile_clicks); an unknown id is a
 * 200 with `errors` (X's "Not Found Error"). Test knobs: `dropNextPost` (post, then cut the
 * answer), `throttleNext`, `metrics` (figures by post id).
 */
import { startJsonServer, type ContractServer, type ReceivedRequest, type Reply } from "./_server"

export type XContract = ContractServer & {
  posts: Array<{ id: string; text: string }>
  knobs: { dropNextPost: boolean; throttleNext: boolean }
  metrics: Map<string, { public_metrics: Record<string, number>; non_public_metrics: Record<string, number> }>
}

const problem = (status: number, title: string, detail: string): Reply => ({ status, body: { title, detail, type: "about:blank", status } })

/** X's count, simply: URLs as 23, everything else one per code point (the test texts are Latin). */
const countOf = (text: string) => [...text.replace(/https?:\/\/\S+/g, "x".repeat(23))].length

export async function startXContract(token: string): Promise<XContract> {
  let seq = 1_860_000_000_000_000_000n
  const state = { posts: [] as XContract["posts"], knobs: { dropNextPost: false, throttleNext: false }, metrics: new Map() as XContract["metrics"] }
  const handler = (req: ReceivedRequest): Reply => {
    if (req.headers.authorization !== `Bearer ${token}`) return problem(401, "Unauthorized", "Unauthorized")
    if (req.method === "POST" && req.path === "/2/tweets") {
      if (state.knobs.throttleNext) {
        state.knobs.throttleNext = false
        return { ...problem(429, "Too Many Requests", "Too Many Requests"), headers: { "x-rate-limit-reset": String(Math.floor(Date.now() / 1000) + 60) } }
      }
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
  const server = await startJsonServer(handler)
  return Object.assign(server, state)
}
