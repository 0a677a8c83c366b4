import { normalizeAddress, normalizeEmail } from "./email"

type Address = Parameters<typeof normalizeAddress>[0]

export type SelfShareSignal = "same_email" | "same_visitor" | "same_ip_network" | "same_address" | "same_payment"

export type SelfShareFacts = {
  order: { email: string | null; shipping_address: Address; payment_data: unknown[] }
  sharer: { email: string | null; addresses: Address[]; payment_data: unknown[] }
  /** From the attribution's visit log (see SocialAttributionModuleService.selfShareEvidence). */
  evidence: { same_visitor: boolean; same_ip_network: boolean }
}

/**
 * The card fingerprints a payment provider left in a payment's data (Stripe puts one on the
 * payment method's card: `payment_method.card.fingerprint`, `payment_method_details.card
 * .fingerprint`, a charge's `payment_method_details`). Any key named `fingerprint` with a string
 * value, a few levels deep: providers differ, and a fingerprint is only ever compared, never
 * shown. Providers that give none (the system provider, manual payments) give no signal.
 */
export function paymentFingerprints(data: unknown, depth = 5): string[] {
  const out: string[] = []
  const walk = (v: unknown, d: number) => {
    if (!v || typeof v !== "object" || d < 0) return
    for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
      if (k === "fingerprint" && typeof child === "string" && child) out.push(child)
      else walk(child, d - 1)
    }
  }
  walk(data, depth)
  return out
}

/**
 * The signals that a sale through a share link was the sharer buying as someone else (a guest
 * checkout under another email): the same mailbox once normalised, the same visitor or IP network
 * in the visit log, the same shipping address as one of the sharer's, or the same card. Any of
 * them sends the share reward to a person instead of paying it.
 */
export function selfShareSignals(f: SelfShareFacts): SelfShareSignal[] {
  const signals: SelfShareSignal[] = []
  const oe = normalizeEmail(f.order.email)
  if (oe && oe === normalizeEmail(f.sharer.email)) signals.push("same_email")
  if (f.evidence.same_visitor) signals.push("same_visitor")
  if (f.evidence.same_ip_network) signals.push("same_ip_network")
  const address = normalizeAddress(f.order.shipping_address)
  if (address && f.sharer.addresses.some((a) => normalizeAddress(a) === address)) signals.push("same_address")
  const cards = new Set(f.order.payment_data.flatMap((d) => paymentFingerprints(d)))
  if (cards.size && f.sharer.payment_data.some((d) => paymentFingerprints(d).some((c) => cards.has(c)))) signals.push("same_payment")
  return signals
}
