import { HASH, startContractServer, type Reply } from "./_conversion-server"

const ACTION_SOURCES = ["email", "website", "app", "phone_call", "chat", "physical_store", "system_generated", "business_messaging", "other"]
const HASHED = ["em", "ph", "fn", "ln", "ge", "db", "ct", "st", "zp", "country"]
const SEVEN_DAYS = 7 * 24 * 60 * 60

const graphError = (status: number, code: number, message: string, subcode?: number): Reply => ({
  status,
  body: { error: { message, type: "OAuthException", code, ...(subcode ? { error_subcode: subcode } : {}), fbtrace_id: "AbCdEf" } },
})

/**
 * Meta Conversions API, as documented: `POST /{version}/{pixel_id}/events`, an access token, a
 * `data` array of server events with event_name, event_time (Unix SECONDS, at most 7 days old),
 * action_source (website events also need client_user_agent and event_source_url), user_data
 * whose contact fields are SHA-256 hex (fbc/fbp/client_* are not hashed; fbc is
 * `fb.1.{ms}.{fbclid}`). Answers `{ events_received, messages, fbtrace_id }` or a Graph error.
 * Deduplicates on event_name + event_id.
 */
export function startMetaCapi() {
  return startContractServer((req, server) => {
    const m = /^\/v\d+\.\d+\/(\d+)\/events$/.exec(req.path)
    if (req.method !== "POST" || !m) return graphError(400, 100, "Unsupported post request.")
    const token = req.body?.access_token ?? req.query.get("access_token")
    if (!token) return graphError(400, 190, "An access token is required to request this resource.")
    const data = req.body?.data
    if (!Array.isArray(data) || data.length < 1 || data.length > 1000) return graphError(400, 100, "Invalid parameter: data")
    const now = Math.floor(Date.now() / 1000)
    for (const e of data) {
      if (!e.event_name) return graphError(400, 100, "Invalid parameter: event_name is required")
      if (!Number.isInteger(e.event_time) || e.event_time > now + 60 || e.event_time < now - SEVEN_DAYS) {
        return graphError(400, 100, "Invalid parameter: event_time must be a Unix timestamp in seconds within the last 7 days", 2804004)
      }
      if (!ACTION_SOURCES.includes(e.action_source)) return graphError(400, 100, "Invalid parameter: action_source")
      if (e.action_source === "website" && (!e.user_data?.client_user_agent || !e.event_source_url)) {
        return graphError(400, 100, "client_user_agent and event_source_url are required for website events")
      }
      const ud = e.user_data ?? {}
      for (const k of HASHED) {
        const values = ud[k] === undefined ? [] : Array.isArray(ud[k]) ? ud[k] : [ud[k]]
        if (values.some((v: unknown) => typeof v !== "string" || !HASH.test(v))) {
          return graphError(400, 100, `Invalid parameter: user_data.${k} must be SHA-256 hashed`, 2804050)
        }
      }
      if (ud.fbc !== undefined && !/^fb\.1\.\d{13}\.\S+$/.test(ud.fbc)) return graphError(400, 100, "Invalid parameter: fbc format")
      if (e.custom_data?.value !== undefined && typeof e.custom_data.value !== "number") {
        return graphError(400, 100, "Invalid parameter: custom_data.value must be a number")
      }
    }
    for (const e of data) {
      const key = `${e.event_name}:${e.event_id}`
      if (e.event_id && server.accepted.has(key)) server.duplicates++
      else server.accepted.set(key, e)
    }
    return { status: 200, body: { events_received: data.length, messages: [], fbtrace_id: "AbCdEf" } }
  })
}
