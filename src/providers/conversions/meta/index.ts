import { httpFailure, type ConversionProvider, type PurchaseEvent } from "../types"

export type MetaConfig = { pixelId: string; accessToken: string; apiVersion: string; testEventCode?: string; endpoint?: string }

// Graph API error codes that mean "slow down / try later" (rate limits, transient errors).
const TRANSIENT_CODES = new Set([1, 2, 4, 17, 32, 341, 613, 80004])

/**
 * Meta Conversions API: `POST /{version}/{pixel_id}/events`, one Purchase per order.
 * - user_data: `em`, `ph`, `external_id` SHA-256 of normalised values; `fbc` is NOT hashed and is
 *   `fb.1.{click time ms}.{fbclid}` with the fbclid unchanged (it is case-sensitive).
 * - `event_id` = order id, so a pixel Purchase with the same id is deduplicated.
 * - action_source "other": Meta requires `client_user_agent` for "website" events, and the plugin
 *   keeps user agents only as keyed hashes, never raw.
 */
export const metaProvider: ConversionProvider<MetaConfig> = {
  id: "meta",
  canSend() {
    return null
  },
  buildRequest(e: PurchaseEvent, c: MetaConfig) {
    const user_data: Record<string, unknown> = {}
    if (e.email_sha256) user_data.em = [e.email_sha256]
    if (e.phone_digits_sha256) user_data.ph = [e.phone_digits_sha256]
    if (e.external_id_sha256) user_data.external_id = [e.external_id_sha256]
    if (e.click_ids.fbclid) user_data.fbc = `fb.1.${e.click_time_ms ?? e.event_time * 1000}.${e.click_ids.fbclid}`
    const base = (c.endpoint ?? "https://graph.facebook.com").replace(/\/$/, "")
    return {
      url: `${base}/${c.apiVersion}/${encodeURIComponent(c.pixelId)}/events`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: {
        data: [
          {
            event_name: "Purchase",
            event_time: e.event_time,
            event_id: e.event_id,
            action_source: "other",
            ...(e.event_source_url ? { event_source_url: e.event_source_url } : {}),
            user_data,
            custom_data: {
              currency: e.currency.toUpperCase(),
              value: Number(e.value),
              order_id: e.order_id,
              content_type: "product",
              content_ids: e.contents.map((i) => i.id),
              contents: e.contents.map((i) => ({ id: i.id, quantity: i.quantity, item_price: Number(i.item_price) })),
              num_items: e.contents.reduce((n, i) => n + i.quantity, 0),
            },
          },
        ],
        ...(c.testEventCode ? { test_event_code: c.testEventCode } : {}),
        access_token: c.accessToken,
      },
    }
  },
  interpretResponse(status, body, headers) {
    if (status >= 200 && status < 300 && typeof body?.events_received === "number") {
      return body.events_received >= 1 ? { ok: true } : { ok: false, retryable: false, error: "events_received: 0" }
    }
    const err = body?.error
    if (err && typeof err === "object") {
      const message = `meta ${status} code ${err.code}${err.error_subcode ? `/${err.error_subcode}` : ""}: ${err.message}`
      const retryable = err.is_transient === true || TRANSIENT_CODES.has(Number(err.code)) || status >= 500
      return { ok: false, retryable, error: message }
    }
    return httpFailure(status, `meta ${status}: unexpected answer`, headers)
  },
}
