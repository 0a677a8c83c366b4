import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * Meta's webhook signature: `X-Hub-Signature-256: sha256=<hex>`, the HMAC-SHA256 of the raw body
 * with the app secret. Checked against every secret the shop configured (one app, or one per
 * account), in constant time. `missing`: no header; `invalid`: no secret gives it.
 */
export function verifyMetaSignature(raw: Buffer | undefined, header: string | undefined, secrets: string[]): "valid" | "invalid" | "missing" {
  if (!header) return "missing"
  const m = /^sha256=([0-9a-f]{64})$/i.exec(header.trim())
  if (!m || !raw) return "invalid"
  const given = Buffer.from(m[1].toLowerCase(), "hex")
  for (const secret of secrets) {
    const expected = createHmac("sha256", secret).update(raw).digest()
    if (timingSafeEqual(expected, given)) return "valid"
  }
  return "invalid"
}

/** The body Meta signs, as its test tools and the contract tests sign it. */
export function metaSignature(raw: string | Buffer, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(raw).digest("hex")}`
}

/** A comment as one change of a Meta webhook delivery tells it. */
export type MetaCommentChange = {
  type: "comment"
  network: "facebook" | "instagram"
  /** The Page or Instagram account the delivery is for (`entry[].id`). */
  account_external_id: string
  verb: "add" | "edited" | "remove"
  comment_id: string
  /** The Page post or Instagram media commented on. */
  platform_post_id: string | null
  /** The comment answered, for a reply (a top-level comment has none). */
  parent_id: string | null
  author_id: string | null
  author_name: string | null
  author_handle: string | null
  text: string
  commented_at: Date
}

/** An Instagram mention of the account in a comment elsewhere: the webhook gives ids only. */
export type MetaMentionChange = { type: "mention"; account_external_id: string; comment_id: string; media_id: string }

export type MetaChange = MetaCommentChange | MetaMentionChange

type Json = Record<string, unknown>
const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : null)
const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {})

/** Unix seconds, an ISO date or nothing (then now). */
function timeOf(v: unknown, fallback: Date): Date {
  if (typeof v === "number") return new Date(v * 1000)
  if (typeof v === "string") {
    const t = Date.parse(v)
    if (Number.isFinite(t)) return new Date(t)
  }
  return fallback
}

/**
 * The comment changes of a Meta webhook delivery (Page `feed` with `item: "comment"`, Instagram
 * `comments` and `mentions`); everything else (likes, reactions, new posts, other fields) is left
 * out. A Page feed comment's `parent_id` is the post for a top-level comment, so only a parent
 * other than the post makes it a reply.
 */
export function parseMetaWebhook(body: unknown, now = new Date()): MetaChange[] {
  const root = obj(body)
  const object = root.object
  if (object !== "page" && object !== "instagram") return []
  const out: MetaChange[] = []
  for (const entry of Array.isArray(root.entry) ? root.entry : []) {
    const account = str(obj(entry).id)
    if (!account) continue
    const time = timeOf(obj(entry).time, now)
    for (const change of Array.isArray(obj(entry).changes) ? (obj(entry).changes as unknown[]) : []) {
      const field = obj(change).field
      const value = obj(obj(change).value)
      if (object === "page" && field === "feed" && value.item === "comment") {
        const verb = value.verb === "remove" ? "remove" : value.verb === "edited" || value.verb === "edit" ? "edited" : value.verb === "add" ? "add" : null
        const comment_id = str(value.comment_id)
        if (!verb || !comment_id) continue
        const post = str(value.post_id)
        const parent = str(value.parent_id)
        out.push({
          type: "comment",
          network: "facebook",
          account_external_id: account,
          verb,
          comment_id,
          platform_post_id: post,
          parent_id: parent && parent !== post ? parent : null,
          author_id: str(obj(value.from).id),
          author_name: str(obj(value.from).name),
          author_handle: null,
          text: typeof value.message === "string" ? value.message : "",
          commented_at: timeOf(value.created_time, time),
        })
      } else if (object === "instagram" && field === "comments") {
        const comment_id = str(value.id)
        if (!comment_id) continue
        out.push({
          type: "comment",
          network: "instagram",
          account_external_id: account,
          verb: "add",
          comment_id,
          platform_post_id: str(obj(value.media).id),
          parent_id: str(value.parent_id),
          author_id: str(obj(value.from).id),
          author_name: null,
          author_handle: str(obj(value.from).username),
          text: typeof value.text === "string" ? value.text : "",
          commented_at: timeOf(value.timestamp, time),
        })
      } else if (object === "instagram" && field === "mentions") {
        const comment_id = str(value.comment_id)
        const media_id = str(value.media_id)
        // A mention in a caption has no comment: there is nothing to answer in a thread.
        if (comment_id && media_id) out.push({ type: "mention", account_external_id: account, comment_id, media_id })
      }
    }
  }
  return out
}

/** Lower case without accents, so "Remboursé" matches "rembourse". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").toLocaleLowerCase("en")
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * The merchant's alert words a comment holds, as whole words or phrases, case and accents aside
 * ("refund" matches "Refund!" but not "refunded"; "not received" matches "NOT received yet").
 */
export function matchAlertWords(text: string, words: readonly string[]): string[] {
  const folded = fold(text)
  return words.filter((word) => {
    const w = fold(word.trim())
    if (!w) return false
    return new RegExp(`(?<![\\p{L}\\p{N}])${escape(w).replace(/\s+/g, "\\s+")}(?![\\p{L}\\p{N}])`, "u").test(folded)
  })
}
