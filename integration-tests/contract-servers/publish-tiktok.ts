/**
 * TikTok's Content Posting API (photo posts) and OAuth as documented:
 * - answers are `{ data, error: { code, message, log_id } }`, `code: "ok"` on success; a bad
 *   token is 401 access_token_invalid; more than six calls a minute per user token is 429
 *   rate_limit_exceeded;
 * - `POST /v2/post/publish/creator_info/query/`: the creator's name and privacy_level_options;
 * - `POST /v2/post/publish/content/init/` with `media_type: PHOTO`, `post_mode: DIRECT_POST`,
 *   `source_info: { source: PULL_FROM_URL, photo_images (1 to 35), photo_cover_index }` and
 *   `post_info` (title ≤ 90, description ≤ 4000, privacy_level among the creator's options):
 *   `{ publish_id }`. An app TikTok has not audited may post only SELF_ONLY (403
 *   unaudited_client_can_only_post_to_private_accounts); photos only from a verified URL prefix
 *   (403 url_ownership_unverified);
 * - TikTok then downloads the photos (PULL_FROM_URL): only JPEG and WEBP are taken, else the post
 *   FAILS with file_format_check_failed;
 * - `POST /v2/post/publish/status/fetch/` `{ publish_id }`: PROCESSING_DOWNLOAD, then
 *   PUBLISH_COMPLETE with `publicaly_available_post_id` (TikTok's spelling; empty for SELF_ONLY),
 *   or FAILED with `fail_reason`;
 * - `GET /v2/user/info/?fields=…`: the user (open_id, display_name);
 * - `POST /v2/oauth/token/` (form: client_key, client_secret, grant_type=refresh_token,
 *   refresh_token): a new access token (24 h) and a new refresh token; a refused one is
 *   `{ error: "invalid_grant", error_description }`.
 * Test knobs: `audited`, `processingPolls`, `dropNextInit`, `throttleNext`, `expireToken`.
 * `download` fetches a photo as TikTok would (the tests route it to the app).
 */
import { startJsonServer, type ContractServer, type ReceivedRequest, type Reply } from "./_server"

export type TikTokPost = { publish_id: string; post_id: string | null; title: string; description: string; privacy_level: string; photo_images: string[]; polls: number; fail_reason: string | null; photo: Buffer | null }

export type TikTokContract = ContractServer & {
  posts: TikTokPost[]
  tokens: { access: string; refresh: string; client_key: string; client_secret: string; refreshes: number }
  knobs: { audited: boolean; processingPolls: number; dropNextInit: boolean; throttleNext: boolean; expireToken: boolean }
}

const answer = (data: unknown): Reply => ({ body: { data, error: { code: "ok", message: "", log_id: "202612050800000000" } } })
const fail = (status: number, code: string, message: string): Reply => ({ status, body: { data: {}, error: { code, message, log_id: "202612050800000001" } } })

/** The first bytes of a JPEG (FF D8 FF) or a WEBP (RIFF....WEBP). */
const photoFormat = (b: Buffer | null) =>
  !b ? null : b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff ? "jpeg" : b.subarray(0, 4).toString() === "RIFF" && b.subarray(8, 12).toString() === "WEBP" ? "webp" : "other"

export async function startTikTokContract(init: {
  token: string
  refresh_token: string
  client_key: string
  client_secret: string
  open_id: string
  verifiedPrefix: () => string
  download: (url: string) => Promise<Buffer | null>
}): Promise<TikTokContract> {
  let seq = 0
  const state = {
    posts: [] as TikTokPost[],
    tokens: { access: init.token, refresh: init.refresh_token, client_key: init.client_key, client_secret: init.client_secret, refreshes: 0 },
    knobs: { audited: true, processingPolls: 0, dropNextInit: false, throttleNext: false, expireToken: false },
  }
  // A public creator's options; whether the app may use the public ones is the audit's business.
  const options = () => ["PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"]

  const handler = async (req: ReceivedRequest): Promise<Reply> => {
    if (req.method === "POST" && req.path === "/v2/oauth/token/") {
      const form = new URLSearchParams(typeof req.body === "string" ? req.body : "")
      if (form.get("client_key") !== state.tokens.client_key || form.get("client_secret") !== state.tokens.client_secret) {
        return { status: 400, body: { error: "invalid_client", error_description: "Client key or secret is incorrect.", log_id: "1" } }
      }
      if (form.get("grant_type") !== "refresh_token" || form.get("refresh_token") !== state.tokens.refresh) {
        return { status: 400, body: { error: "invalid_grant", error_description: "Refresh token is invalid or expired.", log_id: "2" } }
      }
      state.tokens.refreshes++
      state.tokens.access = `act.tiktok-${state.tokens.refreshes}`
      state.tokens.refresh = `rft.tiktok-${state.tokens.refreshes}`
      state.knobs.expireToken = false
      return { body: { access_token: state.tokens.access, expires_in: 86_400, open_id: init.open_id, refresh_expires_in: 31_536_000, refresh_token: state.tokens.refresh, scope: "user.info.basic,video.publish", token_type: "Bearer" } }
    }
    if (req.headers.authorization !== `Bearer ${state.tokens.access}` || state.knobs.expireToken) {
      return fail(401, "access_token_invalid", "The access token is invalid or not found in the request.")
    }
    if (state.knobs.throttleNext) {
      state.knobs.throttleNext = false
      return fail(429, "rate_limit_exceeded", "API rate limit exceeded, please try again later.")
    }
    if (req.method === "GET" && req.path === "/v2/user/info/") {
      return answer({ user: { open_id: init.open_id, display_name: "Acme Outdoor" } })
    }
    if (req.method === "POST" && req.path === "/v2/post/publish/creator_info/query/") {
      return answer({ creator_username: "acme.outdoor", creator_nickname: "Acme Outdoor", creator_avatar_url: "https://p16.tiktokcdn.example/a.jpeg", privacy_level_options: options(), comment_disabled: false, duet_disabled: false, stitch_disabled: true, max_video_post_duration_sec: 600 })
    }
    if (req.method === "POST" && req.path === "/v2/post/publish/content/init/") {
      const b = req.body ?? {}
      const info = b.post_info ?? {}
      const source = b.source_info ?? {}
      if (b.media_type !== "PHOTO" || b.post_mode !== "DIRECT_POST" || source.source !== "PULL_FROM_URL") return fail(400, "invalid_params", "media_type, post_mode or source is not valid")
      const images: string[] = Array.isArray(source.photo_images) ? source.photo_images : []
      if (images.length < 1 || images.length > 35 || !(Number(source.photo_cover_index) >= 0 && Number(source.photo_cover_index) < images.length)) return fail(400, "invalid_params", "photo_images or photo_cover_index is not valid")
      if ([...String(info.title ?? "")].length > 90 || [...String(info.description ?? "")].length > 4000) return fail(400, "invalid_params", "title or description is too long")
      if (!options().includes(info.privacy_level)) return fail(400, "privacy_level_option_mismatch", "privacy_level is not among the creator's options")
      if (!state.knobs.audited && info.privacy_level !== "SELF_ONLY") return fail(403, "unaudited_client_can_only_post_to_private_accounts", "Unaudited clients can only post to a private account")
      if (!images.every((u) => u.startsWith(init.verifiedPrefix()))) return fail(403, "url_ownership_unverified", "Please review our URL ownership verification rules.")
      const post: TikTokPost = { publish_id: `p_pub_url~v2.${++seq}`, post_id: null, title: info.title ?? "", description: info.description ?? "", privacy_level: info.privacy_level, photo_images: images, polls: 0, fail_reason: null, photo: null }
      state.posts.push(post)
      // TikTok pulls the photo: what the post shows is what it downloaded.
      post.photo = await init.download(images[0]).catch(() => null)
      const format = photoFormat(post.photo)
      if (format !== "jpeg" && format !== "webp") post.fail_reason = post.photo ? "file_format_check_failed" : "picture_size_check_failed"
      if (state.knobs.dropNextInit) {
        state.knobs.dropNextInit = false
        return { drop: true }
      }
      return answer({ publish_id: post.publish_id })
    }
    if (req.method === "POST" && req.path === "/v2/post/publish/status/fetch/") {
      const post = state.posts.find((p) => p.publish_id === req.body?.publish_id)
      if (!post) return fail(400, "invalid_publish_id", "publish_id does not exist")
      if (post.polls++ < state.knobs.processingPolls) return answer({ status: "PROCESSING_DOWNLOAD", uploaded_bytes: 0 })
      if (post.fail_reason) return answer({ status: "FAILED", fail_reason: post.fail_reason })
      post.post_id ??= post.privacy_level === "SELF_ONLY" ? null : String(7_450_000_000_000_000_000n + BigInt(seq))
      return answer({ status: "PUBLISH_COMPLETE", publicaly_available_post_id: post.post_id ? [post.post_id] : [], uploaded_bytes: post.photo?.length ?? 0 })
    }
    return fail(404, "invalid_params", `no route ${req.method} ${req.path}`)
  }
  const server = await startJsonServer(handler)
  return Object.assign(server, state)
}
