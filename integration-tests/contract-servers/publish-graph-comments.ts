/**
 * The Graph API's comment edges, as the inbox uses them, following the documented contract:
 * - `GET /{page-post-id}/comments` (`filter=stream` gives replies too, `order=chronological`) and
 *   `GET /{ig-media-id}/comments` (top-level comments, their `replies` nested), with cursor paging:
 *   `{ data, paging: { cursors: { before, after }, next } }`, `next` absent on the last page, and
 *   `after=<cursor>` reading what came after it (so a cursor kept from the last page reads only
 *   newer comments later);
 * - `POST /{comment-id}/comments` (Facebook reply), `POST /{comment-id}/replies` (Instagram reply),
 *   `POST /{ig-user-id}/mentions` (answer to a mention: comment_id, media_id, message);
 * - `POST /{comment-id}` with `is_hidden=true` (Facebook) or `hide=true` (Instagram);
 * - `GET /{ig-user-id}?fields=mentioned_comment.comment_id(<id>){...}`.
 * An unknown comment is error 100 ("Unsupported post request"), an empty message is 100 too.
 */
import type { ReceivedRequest, Reply } from "./_server"

export type GraphComment = {
  id: string
  /** The Page post or Instagram media it is on. */
  object_id: string
  network: "facebook" | "instagram"
  parent_id: string | null
  message: string
  from: { id: string; name?: string; username?: string }
  created_time: string
  hidden: boolean
}

export type GraphCommentsState = {
  comments: GraphComment[]
  /** Comments mentioning the Instagram account elsewhere (id → comment). */
  mentions: Map<string, GraphComment>
  commentKnobs: { pageSize: number }
}

export const graphCommentsState = (): GraphCommentsState => ({ comments: [], mentions: new Map(), commentKnobs: { pageSize: 100 } })

const error = (code: number, message: string): Reply => ({ status: 400, body: { error: { message, type: "GraphMethodException", code, fbtrace_id: "AbCdEf" } } })
const cursorOf = (index: number) => Buffer.from(`c:${index}`).toString("base64url")
const indexOf = (cursor: string | null) => (cursor ? Number(Buffer.from(cursor, "base64url").toString().slice(2)) : -1)

function asGraph(c: GraphComment) {
  return c.network === "facebook"
    ? { id: c.id, message: c.message, created_time: c.created_time, from: { id: c.from.id, name: c.from.name }, ...(c.parent_id && { parent: { id: c.parent_id } }) }
    : { id: c.id, text: c.message, timestamp: c.created_time, username: c.from.username, from: { id: c.from.id, username: c.from.username }, ...(c.parent_id && { parent_id: c.parent_id }) }
}

/**
 * Answers the comment calls (null for any other call). `objects` tells which ids are Page posts
 * and Instagram media (and which the Instagram account), from the publishing contract's state.
 */
export function handleGraphComments(
  state: GraphCommentsState,
  req: ReceivedRequest,
  node: string,
  edge: string | undefined,
  objects: { network: (id: string) => "facebook" | "instagram" | null; isInstagramUser: (id: string) => boolean },
  nextId: () => string
): Reply | null {
  const params = { ...Object.fromEntries(req.query), ...(req.body && typeof req.body === "object" ? req.body : {}) }
  if (edge === "comments" && req.method === "GET") {
    const network = objects.network(node)
    if (!network) return null
    const all = state.comments.filter((c) => c.object_id === node && (network === "facebook" ? params.filter === "stream" || !c.parent_id : !c.parent_id))
    const start = indexOf(params.after ?? null) + 1
    const size = Math.min(Number(params.limit ?? 25), state.commentKnobs.pageSize)
    const page = all.slice(start, start + size)
    if (!page.length) return { body: { data: [] } }
    const last = start + page.length - 1
    const data = page.map((c) =>
      network === "instagram" ? { ...asGraph(c), replies: { data: state.comments.filter((r) => r.parent_id === c.id).map(asGraph) } } : asGraph(c)
    )
    const after = cursorOf(last)
    return { body: { data, paging: { cursors: { before: cursorOf(start), after }, ...(last < all.length - 1 && { next: `https://graph.facebook.com/v21.0/${node}/comments?after=${after}` }) } } }
  }
  if ((edge === "comments" || edge === "replies") && req.method === "POST") {
    const parent = state.comments.find((c) => c.id === node)
    if (!parent) return null
    if (!params.message) return error(100, "(#100) The parameter message is required")
    const reply: GraphComment = { id: nextId(), object_id: parent.object_id, network: parent.network, parent_id: parent.id, message: String(params.message), from: { id: "self" }, created_time: new Date().toISOString(), hidden: false }
    state.comments.push(reply)
    return { body: { id: reply.id } }
  }
  if (edge === "mentions" && req.method === "POST" && objects.isInstagramUser(node)) {
    const mention = state.mentions.get(String(params.comment_id))
    if (!mention || mention.object_id !== String(params.media_id)) return error(100, "(#100) The mentioned comment does not exist")
    if (!params.message) return error(100, "(#100) The parameter message is required")
    const reply: GraphComment = { id: nextId(), object_id: mention.object_id, network: "instagram", parent_id: mention.id, message: String(params.message), from: { id: node }, created_time: new Date().toISOString(), hidden: false }
    state.comments.push(reply)
    return { body: { id: reply.id } }
  }
  if (!edge && req.method === "POST" && (params.is_hidden !== undefined || params.hide !== undefined)) {
    const comment = state.comments.find((c) => c.id === node)
    if (!comment) return error(100, `Unsupported post request. Object with ID '${node}' does not exist`)
    comment.hidden = String(params.is_hidden ?? params.hide) === "true"
    return { body: { success: true } }
  }
  if (!edge && req.method === "GET" && objects.isInstagramUser(node) && String(params.fields ?? "").startsWith("mentioned_comment")) {
    const id = /comment_id\(([^)]+)\)/.exec(String(params.fields))?.[1] ?? ""
    const mention = state.mentions.get(id)
    if (!mention) return error(100, "(#100) The mentioned comment does not exist")
    return { body: { id: node, mentioned_comment: { id: mention.id, text: mention.message, timestamp: mention.created_time, username: mention.from.username } } }
  }
  return null
}
