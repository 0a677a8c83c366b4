import { httpFailure, type ConversionProvider, type PurchaseEvent } from "../types"

export type TikTokConfig = { pixelCode: string; accessToken: string; testEventCode?: string; endpoint?: string }

// TikTok answers HTTP 200 with a code in the body. 40100: too many requests (no Retry-After; wait
// for the next second/minute/day), 50000/50002: server errors; both worth another try.
const RETRYABLE = new Set([40100, 50000, 50002, 51021])

/**
 * TikTok Events API 2.0: `POST /open_api/v1.3/event/track/` with the `Access-Token` header,
 * `event_source: "web"`, `event_source_id` = pixel code. user.email SHA-256 of the lower-cased
 * email, user.phone SHA-256 of the E.164 number, `ttclid` as received (not hashed); `event_id` =
 * order id for deduplication with the pixel.
 */
export const tiktokProvider: ConversionProvider<TikTokConfig> = {
  id: "tiktok",
  canSend() {
    return null
  },
  buildRequest(e: PurchaseEvent, c: TikTokConfig) {
    const user: Record<string, string> = {}
    if (e.email_sha256) user.email = e.email_sha256
    if (e.phone_e164_sha256) user.phone = e.phone_e164_sha256
    if (e.external_id_sha256) user.external_id = e.external_id_sha256
    if (e.click_ids.ttclid) user.ttclid = e.click_ids.ttclid
    const base = (c.endpoint ?? "https://business-api.tiktok.com").replace(/\/$/, "")
    return {
      url: `${base}/open_api/v1.3/event/track/`,
      method: "POST",
      headers: { "content-type": "application/json", "Access-Token": c.accessToken },
      body: {
        event_source: "web",
        event_source_id: c.pixelCode,
        ...(c.testEventCode ? { test_event_code: c.testEventCode } : {}),
        data: [
          {
            event: "Purchase",
            event_time: e.event_time,
            event_id: e.event_id,
            user,
            properties: {
              currency: e.currency.toUpperCase(),
              value: Number(e.value),
              content_type: "product",
              order_id: e.order_id,
              contents: e.contents.map((i) => ({ content_id: i.id, quantity: i.quantity, price: Number(i.item_price) })),
            },
            ...(e.event_source_url ? { page: { url: e.event_source_url } } : {}),
          },
        ],
      },
    }
  },
  interpretResponse(status, body, headers) {
    if (status === 200 && body && typeof body.code === "number") {
      if (body.code === 0) return { ok: true }
      return {
        ok: false,
        retryable: RETRYABLE.has(body.code),
        error: `tiktok code ${body.code}: ${body.message ?? ""} (request ${body.request_id ?? "?"})`,
        retryAfterMs: body.code === 40100 ? 1000 : undefined,
      }
    }
    return httpFailure(status, `tiktok ${status}: ${body?.message ?? "unexpected answer"}`, headers)
  },
}
