import { ATTRIBUTION_MODELS, DIRECT, type AttributionModel, type Consent, type ExclusionReason } from "./vocabulary"

/** What the models need of a touch. */
export type ModelTouch = {
  id: string
  occurred_at: Date
  network: string
  is_direct: boolean
  consent: Consent
  utm_campaign: string | null
  share_code: string | null
  sharer_customer_id: string | null
  referral_code: string | null
}

export type Credit = {
  touch_id: string | null
  network: string
  campaign: string | null
  share_code: string | null
  weight: number
}

export type AttributionDecision = {
  /** Credits per model; each model's weights sum to 1 (a lone "direct" credit when no touch counts). */
  weights: Record<AttributionModel, Credit[]>
  model: AttributionModel
  /** The touch that took the credit under the deciding model, or null for a direct order. */
  deciding: ModelTouch | null
  referral_code: string | null
  trace: {
    window_days: number
    window_start: string
    placed_at: string
    considered: Array<{ touch_id: string; occurred_at: string; network: string; direct: boolean }>
    excluded: Array<{ touch_id: string; occurred_at: string; reason: ExclusionReason }>
    decided_by: AttributionModel
    deciding_touch_id: string | null
    note: string
  }
}

const DAY = 24 * 60 * 60 * 1000

function credit(t: ModelTouch | null, weight: number): Credit {
  return t
    ? { touch_id: t.id, network: t.network, campaign: t.utm_campaign, share_code: t.share_code, weight }
    : { touch_id: null, network: DIRECT, campaign: null, share_code: null, weight }
}

/**
 * Computes every attribution model for one order from the touches of its cart, visitor and
 * customer. Pure: the same touches give the same answer, which is what the unit tests check.
 *
 * Left out, and written into the trace with the reason: touches outside the window, touches after
 * the order, touches without consent (kept only for an explicit referral code), and a sharer's
 * click on their own share link (the order's customer is the link's owner).
 */
export function computeAttribution(input: {
  touches: ModelTouch[]
  placed_at: Date
  customer_id: string | null
  window_days: number
  model?: AttributionModel
}): AttributionDecision {
  const placed = input.placed_at.getTime()
  const windowStart = placed - input.window_days * DAY
  const model = input.model ?? "last_non_direct"
  const sorted = [...input.touches].sort(
    (a, b) => a.occurred_at.getTime() - b.occurred_at.getTime() || a.id.localeCompare(b.id)
  )
  const eligible: ModelTouch[] = []
  const excluded: AttributionDecision["trace"]["excluded"] = []
  let referral_code: string | null = null
  for (const t of sorted) {
    const at = t.occurred_at.getTime()
    const reason: ExclusionReason | null =
      at > placed
        ? "after_order"
        : at < windowStart
          ? "outside_window"
          : t.consent === "denied"
            ? "no_consent"
            : t.share_code && input.customer_id && t.sharer_customer_id === input.customer_id
              ? "self_referral"
              : null
    // An explicit referral code within the window counts even without consent (the merchant chose
    // to keep it); the last one wins.
    if (t.referral_code && (reason === null || reason === "no_consent")) {
      referral_code = t.referral_code
    }
    if (reason) {
      excluded.push({ touch_id: t.id, occurred_at: t.occurred_at.toISOString(), reason })
    } else {
      eligible.push(t)
    }
  }

  const first = eligible[0] ?? null
  const last = eligible[eligible.length - 1] ?? null
  const lastNonDirect = [...eligible].reverse().find((t) => !t.is_direct) ?? null
  // Direct touches and the absence of touches both give "direct"; the linear split gives every
  // eligible touch an equal share.
  const weights: Record<AttributionModel, Credit[]> = {
    last_non_direct: [credit(lastNonDirect ?? (last?.is_direct ? last : null), 1)],
    first: [credit(first, 1)],
    last: [credit(last, 1)],
    linear: eligible.length ? eligible.map((t) => credit(t, 1 / eligible.length)) : [credit(null, 1)],
  }
  const decidingCredit = weights[model].reduce((a, b) => (b.weight > a.weight ? b : a))
  const deciding = eligible.find((t) => t.id === decidingCredit.touch_id) ?? null
  const note = !input.touches.length
    ? "no touch: direct"
    : !eligible.length
      ? "every touch was left out: direct"
      : deciding && !deciding.is_direct
        ? `${model} chose ${deciding.network}`
        : "only direct touches: direct"

  return {
    weights,
    model,
    deciding: deciding && !deciding.is_direct ? deciding : null,
    referral_code,
    trace: {
      window_days: input.window_days,
      window_start: new Date(windowStart).toISOString(),
      placed_at: input.placed_at.toISOString(),
      considered: eligible.map((t) => ({
        touch_id: t.id,
        occurred_at: t.occurred_at.toISOString(),
        network: t.network,
        direct: t.is_direct,
      })),
      excluded,
      decided_by: model,
      deciding_touch_id: deciding?.id ?? null,
      note,
    },
  }
}

export { ATTRIBUTION_MODELS }
