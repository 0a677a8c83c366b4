import { HASH, startContractServer, type Reply } from "./_conversion-server"

const EVENT_NAMES = ["add_to_cart", "checkout", "custom", "lead", "page_visit", "search", "signup", "view_category", "watch_video"]
const EVENT_KEYS = new Set([
  "event_name", "action_source", "event_time", "event_id", "event_source_url", "opt_out", "partner_name",
  "user_data", "custom_data", "app_id", "app_name", "app_version", "device_brand", "device_carrier",
  "device_model", "device_type", "os_version", "wifi", "language",
])
const HASHED = ["em", "hashed_maids", "ph", "ge", "db", "ln", "fn", "ct", "st", "zp", "country", "external_id"]

const err = (status: number, code: number, message: string): Reply => ({ status, body: { code, message } })

/**
 * Pinterest Conversions API (v5 OpenAPI): `POST /v5/ad_accounts/{ad_account_id}/events` with a
 * bearer conversion token; `data` of 1-1000 events, each with event_name, action_source,
 * event_time (seconds), event_id and user_data (no unknown properties); user_data needs `em`,
 * `hashed_maids`, or client_ip_address + client_user_agent, hashed fields as arrays of SHA-256
 * hex; custom_data.value is a string. Answers `{ num_events_received, num_events_processed,
 * events: [{ status }] }`, or `{ code, message }` (401 code 2, 400, 422, 429 code 8).
 */
export function startPinterestCapi() {
  return startContractServer((req, server) => {
    const m = /^\/v5\/ad_accounts\/([^/]+)\/events$/.exec(req.path)
    if (req.method !== "POST" || !m) return err(404, 404, "Not found")
    if (!/^\d{1,18}$/.test(m[1])) return err(400, 1, "ad_account_id: invalid")
    if (!/^Bearer \S+$/.test(String(req.headers.authorization ?? ""))) return err(401, 2, "Authentication failed.")
    const data = req.body?.data
    if (!Array.isArray(data) || data.length < 1 || data.length > 1000) return err(400, 4196, "The request was invalid.")
    const problems: string[] = []
    data.forEach((e: any, i: number) => {
      const unknown = Object.keys(e).filter((k) => !EVENT_KEYS.has(k))
      if (unknown.length) problems.push(`data[${i}]: unknown properties ${unknown.join(", ")}`)
      for (const k of ["event_name", "action_source", "event_time", "event_id", "user_data"]) {
        if (e[k] === undefined || e[k] === null) problems.push(`data[${i}].${k}: required`)
      }
      if (e.event_name && !EVENT_NAMES.includes(e.event_name)) problems.push(`data[${i}].event_name: invalid`)
      if (e.event_time !== undefined && (!Number.isInteger(e.event_time) || e.event_time > 9_999_999_999)) {
        problems.push(`data[${i}].event_time: must be seconds`)
      }
      const ud = e.user_data ?? {}
      if (!ud.em && !ud.hashed_maids && !(ud.client_ip_address && ud.client_user_agent)) {
        problems.push(`data[${i}].user_data: needs em, hashed_maids, or client_ip_address and client_user_agent`)
      }
      for (const k of HASHED) {
        if (ud[k] !== undefined && (!Array.isArray(ud[k]) || ud[k].some((v: unknown) => typeof v !== "string" || !HASH.test(v)))) {
          problems.push(`data[${i}].user_data.${k}: must be an array of SHA-256 hashes`)
        }
      }
      if (e.custom_data?.value !== undefined && typeof e.custom_data.value !== "string") {
        problems.push(`data[${i}].custom_data.value: must be a string`)
      }
    })
    if (problems.length) return { status: 422, body: { code: 4196, message: "Not all events were successfully processed.", details: { problems } } }
    for (const e of data) {
      if (server.accepted.has(e.event_id)) server.duplicates++
      else server.accepted.set(e.event_id, e)
    }
    return {
      status: 200,
      body: {
        num_events_received: data.length,
        num_events_processed: data.length,
        events: data.map(() => ({ status: "processed", error_message: null, warning_message: null })),
      },
    }
  })
}
