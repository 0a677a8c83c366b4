import { httpFailure, type ConversionProvider, type PurchaseEvent } from "../types"

export type PinterestConfig = { adAccountId: string; accessToken: string; test?: boolean; endpoint?: string }

/**
 * Pinterest Conversions API: `POST /v5/ad_accounts/{ad_account_id}/events` with a bearer
 * conversion token, event_name "checkout", action_source "web", event_time in seconds, event_id =
 * order id. user_data needs `em` (SHA-256 of the lower-cased email), hashed_maids, or client IP +
 * user agent; `ph` is SHA-256 of the digits with country code; `click_id` is the epik as received.
 * `value` is a string.
 */
export const pinterestProvider: ConversionProvider<PinterestConfig> = {
  id: "pinterest",
  canSend(e) {
    // The plugin never holds raw IPs or user agents, so the email is the only possible identifier.
    return e.email_sha256 ? null : "pinterest needs a hashed email (user_data.em)"
  },
  buildRequest(e: PurchaseEvent, c: PinterestConfig) {
    const user_data: Record<string, unknown> = { em: [e.email_sha256] }
    if (e.phone_digits_sha256) user_data.ph = [e.phone_digits_sha256]
    if (e.external_id_sha256) user_data.external_id = [e.external_id_sha256]
    if (e.click_ids.epik) user_data.click_id = e.click_ids.epik
    const base = (c.endpoint ?? "https://api.pinterest.com").replace(/\/$/, "")
    return {
      url: `${base}/v5/ad_accounts/${encodeURIComponent(c.adAccountId)}/events${c.test ? "?test=true" : ""}`,
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${c.accessToken}` },
      body: {
        data: [
          {
            event_name: "checkout",
            action_source: "web",
            event_time: e.event_time,
            event_id: e.event_id,
            ...(e.event_source_url ? { event_source_url: e.event_source_url } : {}),
            partner_name: "ss-medusa-social",
            user_data,
            custom_data: {
              currency: e.currency.toUpperCase(),
              value: e.value,
              order_id: e.order_id,
              content_ids: e.contents.map((i) => i.id),
              contents: e.contents.map((i) => ({ id: i.id, item_price: i.item_price, quantity: i.quantity })),
              num_items: e.contents.reduce((n, i) => n + i.quantity, 0),
            },
          },
        ],
      },
    }
  },
  interpretResponse(status, body, headers) {
    if (status === 200 && body && Array.isArray(body.events)) {
      const failed = body.events.find((ev: any) => ev.status !== "processed")
      return failed
        ? { ok: false, retryable: false, error: `pinterest: ${failed.error_message ?? "event failed"}` }
        : { ok: true }
    }
    return httpFailure(status, `pinterest ${status} code ${body?.code ?? "?"}: ${body?.message ?? "unexpected answer"}`, headers)
  },
}
