import { HASH, startContractServer, type Reply } from "./_conversion-server"

const ok = (body: Record<string, unknown>): Reply => ({ status: 200, body: { request_id: "req-1", data: {}, ...body } })

/**
 * TikTok Events API 2.0, as documented: `POST /open_api/v1.3/event/track/` with an `Access-Token`
 * header; `event_source` (web, app, offline, crm), `event_source_id` (the pixel code), `data`
 * with event, event_time (seconds), optional event_id, user (email/phone/external_id SHA-256,
 * ttclid as is) and properties. TikTok answers HTTP 200 with `code` 0 ("OK") or an error code in
 * the body (40001 permission/token, 40002 invalid parameter, 40100 too many requests).
 */
export function startTikTokEvents() {
  return startContractServer((req, server) => {
    if (req.method !== "POST" || req.path !== "/open_api/v1.3/event/track/") {
      return { status: 404, body: { code: 40400, message: "Not found" } }
    }
    if (!req.headers["access-token"]) return ok({ code: 40001, message: "No permission: access token is missing" })
    const b = req.body
    if (!b || !["web", "app", "offline", "crm"].includes(b.event_source)) return ok({ code: 40002, message: "event_source: invalid" })
    if (!b.event_source_id) return ok({ code: 40002, message: "event_source_id: required" })
    if (!Array.isArray(b.data) || b.data.length < 1 || b.data.length > 1000) return ok({ code: 40002, message: "data: invalid" })
    for (const e of b.data) {
      if (!e.event) return ok({ code: 40002, message: "data.event: required" })
      if (!Number.isInteger(e.event_time) || e.event_time > 9_999_999_999) return ok({ code: 40002, message: "data.event_time: must be seconds" })
      for (const k of ["email", "phone", "external_id"]) {
        const v = e.user?.[k]
        const values = v === undefined ? [] : Array.isArray(v) ? v : [v]
        if (values.some((x: unknown) => typeof x !== "string" || !HASH.test(x))) {
          return ok({ code: 40002, message: `data.user.${k}: must be SHA-256 hashed` })
        }
      }
    }
    for (const e of b.data) {
      const key = `${e.event}:${e.event_id}`
      if (e.event_id && server.accepted.has(key)) server.duplicates++
      else server.accepted.set(key, e)
    }
    return ok({ code: 0, message: "OK" })
  })
}
