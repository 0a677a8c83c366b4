/**
 * A purchase as every conversion provider receives it: platform-neutral, identifiers already
 * normalised and SHA-256 hashed (never the raw email or phone), the click ids as the storefront
 * received them. This is what the outbox row stores.
 */
export type PurchaseEvent = {
  /** The order id: Meta, TikTok and Pinterest deduplicate on it. */
  event_id: string
  order_id: string
  /** Unix seconds. */
  event_time: number
  currency: string
  /** Decimal string in the currency's major unit, e.g. "49.90". */
  value: string
  contents: Array<{ id: string; quantity: number; item_price: string }>
  email_sha256: string | null
  /** SHA-256 of the digits with country code (Meta, Pinterest). */
  phone_digits_sha256: string | null
  /** SHA-256 of the E.164 form with "+" (TikTok). */
  phone_e164_sha256: string | null
  external_id_sha256: string | null
  /** Click ids kept exactly as received, and when the click landed (ms) for Meta's fbc. */
  click_ids: Record<string, string>
  click_time_ms: number | null
  event_source_url: string | null
}

export type ConversionRequest = { url: string; method: "POST"; headers: Record<string, string>; body: unknown }

export type DeliveryResult =
  | { ok: true }
  | { ok: false; retryable: boolean; error: string; retryAfterMs?: number }

/** One ad platform's conversion API: builds its request and reads its answer. */
export interface ConversionProvider<Config = unknown> {
  id: "meta" | "tiktok" | "pinterest"
  /** Whether this event can be sent at all (e.g. Pinterest needs an email or IP + user agent). */
  canSend(event: PurchaseEvent): string | null
  buildRequest(event: PurchaseEvent, config: Config): ConversionRequest
  interpretResponse(status: number, body: any, headers: Record<string, string | undefined>): DeliveryResult
}

export function retryAfterMs(headers: Record<string, string | undefined>): number | undefined {
  const v = headers["retry-after"]
  if (!v) return undefined
  const s = Number(v)
  if (Number.isFinite(s)) return Math.max(0, s * 1000)
  const at = Date.parse(v)
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined
}

/** Any platform: 429 and 5xx are worth another try, other 4xx are not. */
export function httpFailure(status: number, error: string, headers: Record<string, string | undefined>): DeliveryResult {
  return { ok: false, retryable: status === 429 || status >= 500 || status === 0, error, retryAfterMs: retryAfterMs(headers) }
}
