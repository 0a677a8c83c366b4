/**
 * X API v2 posting as documented: `POST /2/tweets` with a user's OAuth 2 bearer token answers 201
 * `{ data: { id, text } }`; a text X counts over 280 is refused (a link counts 23), and so is the
 * same text posted twice ("duplicate content", 403); a 429 carries `x-rate-limit-reset` (epoch
 * seconds). `GET /2/users/:id/tweets` lists the latest posts, `GET /2/users/me` the token's user.
 * `POST /2/oauth2/token` (form: grant_type=refresh_token, refresh_token, client_id; a confidential
 * client's id and secret as Basic auth) answers a new two-hour token and a NEW refresh token: the
 * one used is spent (a second use is 400 invalid_request). Test knobs: `dropNextPost` (post, then
 * cut the answer), `throttleNext`, `expireToken`.
 */
import { startJsonServer, type ContractServer, type ReceivedRequest, type Reply } from "./_server"

export type XContract = ContractServer & {
  posts: Array<{ id: string; text: string }>
  knobs: { dropNextPost: boolean; throttleNext: boolean; expireToken: boolean }
  /** The tokens X takes now; `refresh` is single use. Set `refresh` to enable the OAuth endpoint. */
  tokens: { access: string; refresh: string | null; client_id: string; client_secret: string; refreshes: number }
}

const problem = (status: number, title: string, detail: string): Reply => ({ status, body: { title, detail, type: "about:blank", status } })

/** X's count, simply: URLs as 23, everything else one per code point (the test texts are Latin). */
const countOf = (text: string) => [...text.replace(/https?:\/\/\S+/g, "x".repeat(23))].length

export async function startXContract(token: string): Promise<XContract> {
  let seq = 1_860_000_000_000_000_000n
  const state = {
    posts: [] as XContract["posts"],
    knobs: { dropNextPost: false, throttleNext: false, expireToken: false },
    tokens: { access: token, refresh: null as string | null, client_id: "x-client", client_secret: "x-secret", refreshes: 0 },
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
