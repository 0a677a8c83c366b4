/**
 * Pinterest API v5 pins, boards, pin analytics and OAuth as the publisher uses them, following the
 * documented contract:
 * - errors are `{ code, message }`: 401 code 2 "Authentication failed." for an unknown or expired
 *   bearer token; 429 code 8 with `x-ratelimit-limit` ("100, 100;w=1"), `x-ratelimit-remaining`
 *   and `x-ratelimit-reset` (seconds until the window resets);
 * - `POST /v5/pins` (JSON): `board_id` of a board the token's user owns (another's: 404 "Board not
 *   found."), `title` at most 100 characters, `description` at most 500, `link` at most 2,048,
 *   `media_source` `{ source_type: "image_url", url }`; Pinterest fetches the image itself (one it
 *   cannot read as an image is a 400). Answers 201 with the pin (`id`, `link`, `board_id`, ...).
 *   An app with Trial access may not create pins in production: 403 code 29, "use API Sandbox"
 *   (pins made in the sandbox are visible only to their creator);
 * - `GET /v5/user_account`: the user (`username`, `account_type`);
 * - `GET /v5/boards/{board_id}`: the board (404 for a board that is not the user's);
 * - `GET /v5/boards/{board_id}/pins?page_size=`: the board's pins, newest first, `{ items, bookmark }`;
 * - `GET /v5/pins/{pin_id}/analytics?start_date&end_date&metric_types`: both dates required,
 *   `start_date` at most 90 days back, `end_date` not after today (UTC); answers
 *   `{ all: { daily_metrics: [{ date, data_status, metrics }], summary_metrics } }` (the figures
 *   over the requested days, only the metric types asked for);
 * - `POST /v5/oauth/token` (form, the app's id and secret as HTTP Basic): `grant_type=refresh_token`
 *   answers a new access token (30 days) and, with continuous refresh, a new refresh token that
 *   replaces the one used; a wrong app is 401 code 2, an unknown refresh token 401 code 283.
 * Test knobs: `trialAccess`, `throttleNext` (with `resetSeconds`), `expireToken`, `dropNextPin`.
 * `download` fetches the image as Pinterest would (the tests route it to the app).
 */
import { startJsonServer, type ContractServer, type ReceivedRequest, type Reply } from "./_server"
import { formOf } from "./_tokens"

export type PinterestPin = { id: string; board_id: string; title: string | null; description: string | null; link: string | null; image_url: string; image: Buffer | null; created_at: string }

export type PinterestPublishContract = ContractServer & {
  pins: PinterestPin[]
  /** Daily figures per pin id and date (YYYY-MM-DD), as the test sets them. */
  analytics: Map<string, Record<string, Record<string, number>>>
  tokens: { access: string; refresh: string; client_id: string; client_secret: string; refreshes: number }
  knobs: { trialAccess: boolean; throttleNext: boolean; resetSeconds: number; expireToken: boolean; dropNextPin: boolean }
}

const fail = (status: number, code: number, message: string, headers?: Record<string, string>): Reply => ({ status, headers, body: { code, message } })
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export async function startPinterestPublishContract(init: {
  token: string
  refresh_token: string
  client_id: string
  client_secret: string
  username: string
  board: { id: string; name: string }
  download: (url: string) => Promise<Buffer | null>
}): Promise<PinterestPublishContract> {
  let seq = 0
  const state = {
    pins: [] as PinterestPin[],
    analytics: new Map<string, Record<string, Record<string, number>>>(),
    tokens: { access: init.token, refresh: init.refresh_token, client_id: init.client_id, client_secret: init.client_secret, refreshes: 0 },
    knobs: { trialAccess: false, throttleNext: false, resetSeconds: 30, expireToken: false, dropNextPin: false },
  }

  const tokenEndpoint = (req: ReceivedRequest): Reply => {
    const basic = `Basic ${Buffer.from(`${state.tokens.client_id}:${state.tokens.client_secret}`).toString("base64")}`
    if (req.headers.authorization !== basic) return fail(401, 2, "Authentication failed.")
    const form = formOf(req.body)
    if (form.get("grant_type") !== "refresh_token") return fail(400, 1, "Invalid parameters: grant_type")
    if (form.get("refresh_token") !== state.tokens.refresh) return fail(401, 283, "The authorization grant is invalid")
    state.tokens.refreshes++
    state.tokens.access = `pina_${state.tokens.refreshes}`
    const continuous = form.get("continuous_refresh") === "true"
    if (continuous) state.tokens.refresh = `pinr_${state.tokens.refreshes}`
    state.knobs.expireToken = false
    return {
      body: {
        access_token: state.tokens.access,
        token_type: "bearer",
        expires_in: 2_592_000,
        scope: "boards:read,pins:read,pins:write,user_accounts:read",
        response_type: "refresh_token",
        ...(continuous && { refresh_token: state.tokens.refresh, refresh_token_expires_in: 5_184_000 }),
      },
    }
  }

  const createPin = async (req: ReceivedRequest): Promise<Reply> => {
    const b = req.body ?? {}
    if (state.knobs.trialAccess) {
      return fail(403, 29, "Apps with Trial access may not create Pins in production https://api.pinterest.com - use API Sandbox https://api-sandbox.pinterest.com instead.")
    }
    if (typeof b.board_id !== "string" || !b.board_id) return fail(400, 1, "Invalid parameters: board_id is required")
    if (b.board_id !== init.board.id) return fail(404, 4, "Board not found.")
    if (b.title != null && [...String(b.title)].length > 100) return fail(400, 1, "Invalid parameters: title must be at most 100 characters")
    if (b.description != null && [...String(b.description)].length > 500) return fail(400, 1, "Invalid parameters: description must be at most 500 characters")
    if (b.link != null && String(b.link).length > 2048) return fail(400, 1, "Invalid parameters: link must be at most 2048 characters")
    const media = b.media_source ?? {}
    if (media.source_type !== "image_url" || typeof media.url !== "string") return fail(400, 1, "Invalid parameters: media_source")
    // Pinterest downloads the image: what the pin shows is what it got.
    const image = await init.download(media.url).catch(() => null)
    if (!image || !isImage(image)) return fail(400, 1, "Sorry, we could not fetch the image.")
    const pin: PinterestPin = { id: String(1_130_000_000_000_000_000n + BigInt(++seq)), board_id: b.board_id, title: b.title ?? null, description: b.description ?? null, link: b.link ?? null, image_url: media.url, image, created_at: new Date().toISOString() }
    state.pins.push(pin)
    if (state.knobs.dropNextPin) {
      state.knobs.dropNextPin = false
      return { drop: true }
    }
    return { status: 201, body: pinBody(pin, init.username) }
  }

  const pinAnalytics = (req: ReceivedRequest, pinId: string): Reply => {
    const pin = state.pins.find((p) => p.id === pinId)
    if (!pin) return fail(404, 50, "Pin not found.")
    const start = req.query.get("start_date") ?? ""
    const end = req.query.get("end_date") ?? ""
    const types = (req.query.get("metric_types") ?? "").split(",").filter(Boolean)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || !/^\d{4}-\d{2}-\d{2}$/.test(end) || !types.length) return fail(400, 1, "Invalid parameters: start_date, end_date and metric_types are required")
    const today = day(Date.now())
    if (start < day(Date.now() - 90 * 86_400_000) || end > today || start > end) return fail(400, 1, "Invalid parameters: dates must be within the last 90 days, end_date not later than today")
    const days = Object.entries(state.analytics.get(pinId) ?? {}).filter(([d]) => d >= start && d <= end).sort(([a], [b]) => (a < b ? -1 : 1))
    const pick = (m: Record<string, number>) => Object.fromEntries(types.map((t) => [t, m[t] ?? 0]))
    const summary = Object.fromEntries(types.map((t) => [t, days.reduce((s, [, m]) => s + (m[t] ?? 0), 0)]))
    return { body: { all: { daily_metrics: days.map(([date, m]) => ({ date, data_status: "READY", metrics: pick(m) })), summary_metrics: summary } } }
  }

  const handler = async (req: ReceivedRequest): Promise<Reply> => {
    if (req.method === "POST" && req.path === "/v5/oauth/token") return tokenEndpoint(req)
    if (req.headers.authorization !== `Bearer ${state.tokens.access}` || state.knobs.expireToken) return fail(401, 2, "Authentication failed.")
    if (state.knobs.throttleNext) {
      state.knobs.throttleNext = false
      return fail(429, 8, "You have exceeded your rate limit. Try again later.", {
        "x-ratelimit-limit": "100, 100;w=1, 1000;w=60",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": String(state.knobs.resetSeconds),
      })
    }
    if (req.method === "POST" && req.path === "/v5/pins") return createPin(req)
    if (req.method === "GET" && req.path === "/v5/user_account") {
      return { body: { account_type: "BUSINESS", username: init.username, profile_image: "https://i.pinimg.example/acme.jpg", website_url: "https://shop.example" } }
    }
    const board = req.method === "GET" && req.path.match(/^\/v5\/boards\/([^/]+)(\/pins)?$/)
    if (board) {
      if (decodeURIComponent(board[1]) !== init.board.id) return fail(404, 4, "Board not found.")
      if (!board[2]) return { body: { id: init.board.id, name: init.board.name, privacy: "PUBLIC", owner: { username: init.username }, pin_count: state.pins.length } }
      const size = Math.min(Number(req.query.get("page_size") ?? 25), 250)
      return { body: { items: [...state.pins].reverse().slice(0, size).map((p) => pinBody(p, init.username)), bookmark: null } }
    }
    const analytics = req.method === "GET" && req.path.match(/^\/v5\/pins\/([^/]+)\/analytics$/)
    if (analytics) return pinAnalytics(req, decodeURIComponent(analytics[1]))
    return fail(404, 404, `No route ${req.method} ${req.path}`)
  }
  const server = await startJsonServer(handler)
  return Object.assign(server, state)
}

function pinBody(pin: PinterestPin, username: string) {
  return { id: pin.id, created_at: pin.created_at, link: pin.link, title: pin.title, description: pin.description, board_id: pin.board_id, board_owner: { username }, media: { media_type: "image" } }
}

/** JPEG (FF D8 FF), PNG (89 50 4E 47) or WEBP: what Pinterest takes from an image URL. */
function isImage(b: Buffer) {
  return (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) || b.subarray(0, 4).toString("hex") === "89504e47" || (b.subarray(0, 4).toString() === "RIFF" && b.subarray(8, 12).toString() === "WEBP")
}
