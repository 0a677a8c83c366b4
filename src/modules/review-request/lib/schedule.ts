/**
 * When a review request goes out, and which of an order's lines it asks about. Pure functions:
 * the workflows feed them rows read through query.graph.
 */
export type ReviewRequestSettingsValues = {
  enabled: boolean
  /** Days after shipment when no delivery is recorded. */
  delay_days: number
  /** Days after a recorded delivery. */
  after_delivery_days: number
  /** Days after shipment per shipping country (ISO alpha-2, lower case); overrides `delay_days`. */
  country_delays: Record<string, number>
  /** Days after the request before the one reminder; null: no reminder. */
  reminder_days: number | null
}

export const DEFAULT_REVIEW_REQUEST_SETTINGS: ReviewRequestSettingsValues = {
  enabled: false,
  delay_days: 7,
  after_delivery_days: 0,
  country_delays: {},
  reminder_days: 7,
}

const DAY_MS = 24 * 60 * 60 * 1000

const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY_MS)

/** Days after shipment for this shipping country. */
export function shipmentDelayDays(settings: ReviewRequestSettingsValues, countryCode: string | null | undefined) {
  const own = countryCode ? settings.country_delays[countryCode.toLowerCase()] : undefined
  return typeof own === "number" ? own : settings.delay_days
}

/**
 * When the request is due: `after_delivery_days` after a recorded delivery, else the country's
 * delay after shipment; with both known, whichever comes first (a parcel delivered early is asked
 * about early; one whose delivery is never recorded still is). Null when neither is known.
 */
export function requestDueAt(
  settings: ReviewRequestSettingsValues,
  facts: { shipped_at?: Date | null; delivered_at?: Date | null; country_code?: string | null }
): Date | null {
  const candidates: Date[] = []
  if (facts.delivered_at) candidates.push(addDays(facts.delivered_at, settings.after_delivery_days))
  if (facts.shipped_at) candidates.push(addDays(facts.shipped_at, shipmentDelayDays(settings, facts.country_code)))
  if (!candidates.length) return null
  return new Date(Math.min(...candidates.map((d) => d.getTime())))
}

/** When the reminder is due after a request sent at `sentAt`; null when reminders are off. */
export function reminderDueAt(settings: ReviewRequestSettingsValues, sentAt: Date): Date | null {
  return settings.reminder_days == null ? null : addDays(sentAt, settings.reminder_days)
}

export type OrderLineFacts = {
  id: string
  product_id: string | null
  quantity: number
  /** From the order item's detail: shipped, returned (requested or received), written off. */
  shipped_quantity: number
  delivered_quantity: number
  returned_quantity: number
}

/**
 * The lines a request asks about: shipped or delivered, of a product, and not all returned (a
 * return requested counts: the buyer has already said what they think). A canceled order asks
 * about nothing.
 */
export function eligibleLines(order: { status: string; items: OrderLineFacts[] }): Set<string> {
  const out = new Set<string>()
  if (order.status === "canceled" || order.status === "draft") return out
  for (const line of order.items) {
    const sent = Math.max(line.shipped_quantity, line.delivered_quantity)
    if (!line.product_id || sent <= 0) continue
    if (line.returned_quantity >= line.quantity) continue
    out.add(line.id)
  }
  return out
}

/** Share of sent requests that brought at least one review, 0..1 (null when none was sent). */
export function conversionRate(sent: number, reviewed: number): number | null {
  return sent > 0 ? Math.round((reviewed / sent) * 10_000) / 10_000 : null
}
