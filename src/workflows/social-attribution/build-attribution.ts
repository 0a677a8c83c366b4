import { computeAttribution, type ModelTouch } from "../../modules/social-attribution/lib/attribution-models"
import type { PluginOptions } from "../../modules/social-settings/options"
import type { TouchRow, WriteAttributionInput } from "../../modules/social-attribution/types"
import { CONVERSION_PROVIDERS, hashOrNull, normalizeEmail, normalizePhone, sha256, type PurchaseEvent } from "../../providers/conversions"

export type OrderForAttribution = {
  id: string
  cart_id: string | null
  customer_id: string | null
  email: string | null
  phone: string | null
  currency_code: string
  placed_at: Date
  total: string
  items: Array<{ product_id: string; quantity: number; total: string }>
}

/**
 * Turns an order and its touches into what the attribution step writes: every model's credits,
 * the trace, the product lines, and a purchase event per configured ad platform when the visitor
 * gave consent to ads. Pure, for unit tests.
 */
export function buildAttributionInput(input: {
  order: OrderForAttribution
  touches: TouchRow[]
  options: PluginOptions
  storefront_url: string
}): WriteAttributionInput {
  const { order, touches, options } = input
  const decision = computeAttribution({
    touches: touches.map(
      (t): ModelTouch => ({
        id: t.id,
        occurred_at: new Date(t.occurred_at),
        network: t.network,
        is_direct: t.is_direct,
        consent: t.consent,
        utm_campaign: t.utm_campaign ?? null,
        share_code: t.share_code ?? null,
        sharer_customer_id: t.sharer_customer_id ?? null,
        referral_code: t.referral_code ?? null,
      })
    ),
    placed_at: order.placed_at,
    customer_id: order.customer_id,
    window_days: options.attribution.windowDays,
  })
  const considered = new Set(decision.trace.considered.map((c) => c.touch_id))
  const eligible = touches
    .filter((t) => considered.has(t.id))
    .sort((a, b) => new Date(a.occurred_at).getTime() - new Date(b.occurred_at).getTime())
  const latest = eligible[eligible.length - 1]
  // The visitor's most recent choice decides; with no touch at all, the merchant's default.
  const ad_consent = (latest?.consent ?? options.attribution.defaultConsent) === "granted"

  const conversions: WriteAttributionInput["conversions"] = []
  if (ad_consent) {
    const click_ids: Record<string, string> = {}
    let click_time_ms: number | null = null
    for (const t of eligible) {
      for (const [k, v] of Object.entries((t.click_ids as Record<string, string> | null) ?? {})) {
        click_ids[k] = v
        if (k === "fbclid") click_time_ms = new Date(t.occurred_at).getTime()
      }
    }
    const phone = normalizePhone(order.phone)
    const deciding = decision.deciding ? touches.find((t) => t.id === decision.deciding!.id) : null
    const event: PurchaseEvent = {
      event_id: order.id,
      order_id: order.id,
      event_time: Math.floor(order.placed_at.getTime() / 1000),
      currency: order.currency_code,
      value: order.total,
      contents: order.items.map((i) => ({
        id: i.product_id,
        quantity: i.quantity,
        item_price: i.quantity ? String(Number(i.total) / i.quantity) : i.total,
      })),
      email_sha256: hashOrNull(normalizeEmail(order.email)),
      phone_digits_sha256: phone ? sha256(phone.digits) : null,
      phone_e164_sha256: phone ? sha256(phone.e164) : null,
      external_id_sha256: order.customer_id ? sha256(order.customer_id) : null,
      click_ids,
      click_time_ms,
      event_source_url: `${input.storefront_url.replace(/\/$/, "")}${deciding?.landing_path ?? "/"}`,
    }
    for (const destination of ["meta", "tiktok", "pinterest"] as const) {
      if (options.conversions[destination] && CONVERSION_PROVIDERS[destination].canSend(event) === null) {
        conversions.push({ destination, payload: event })
      }
    }
  }

  const d = decision.deciding
  return {
    order_id: order.id,
    cart_id: order.cart_id,
    customer_id: order.customer_id,
    model: decision.model,
    network: d?.network ?? "direct",
    campaign: d?.utm_campaign ?? null,
    share_code: d?.share_code ?? null,
    referral_code: decision.referral_code,
    deciding_touch_id: d?.id ?? null,
    total: order.total,
    currency_code: order.currency_code,
    placed_at: order.placed_at,
    ad_consent,
    weights: decision.weights,
    trace: { ...decision.trace, ad_consent, conversions: conversions.map((c) => c.destination) },
    lines: order.items,
    conversions,
  }
}
