/**
 * X API v2 posting as documented: `POST /2/tweets` with a user's OAuth 2 bearer token answers 201
 * `{ data: { id, text } }`; a text X counts over 280 is refused (a link counts 23), and so is the
 * same text posted twice ("duplicate content", 403); a 429 carries `x-rate-limit-reset` (epoch
 * seconds). `GET /2/users/:id/tweets` lists the latest posts. Test knobs: `dropNextPost` (post, then
 * cut the answer), `throttleNext`.
 */
import { startJsonServer, type ContractServer, type ReceivedRequest, type Reply } from "./_server"

export type XContract = ContractServer & {
  posts: Array<{ id: string; text: string }>
  knobs: { dropNextPost: boolean; throttleNext: boolean }
}

const problem = (status: number, title: string, detail: string): Reply => ({ status, body: { title, detail, type: "about:blank", status } })

/** X's count, simply: URLs as 23, everything else one per code point (the test texts are Latin). */
const countOf = (text: string) => [...text.replace(/https?:\/\/\S+/g, "x".repeat(23))].length

export async function startXContract(token: string): Promise<XContract> {
  let seq = 1_860_000_000_000_000_000n
  const state = { posts: [] as XContract["posts"], knobs: { dropNextPost: false, throttleNext: false } }
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
