import { normalizeAddress, normalizeEmail } from "./email"

export type ReferralParty = {
  customer_id: string
  email: string | null
  ip_ua_hash?: string | null
  shipping_addresses?: Array<Parameters<typeof normalizeAddress>[0]>
}

export type Blocklist = { emails: Set<string>; customers: Set<string>; ip_ua: Set<string>; addresses: Set<string> }

export type FraudSignal =
  | "same_customer"
  | "same_email"
  | "same_ip_ua"
  | "same_address"
  | "existing_customer"
  | "blocklisted"

/** Signals that make a referral impossible rather than suspicious. */
export const REFUSING_SIGNALS: readonly FraudSignal[] = ["same_customer", "existing_customer"]

const WEIGHTS: Record<FraudSignal, number> = {
  same_customer: 100,
  existing_customer: 100,
  blocklisted: 100,
  same_email: 80,
  same_address: 60,
  same_ip_ua: 50,
}

/** At this score or above a referral waits for a person instead of paying. */
export const REVIEW_THRESHOLD = 50

/**
 * The self-referral signals between a referrer and a friend, and a score (the max of the weights:
 * one strong signal is enough, and two weak ones are not added into a false certainty).
 */
export function scoreReferral(
  referrer: ReferralParty,
  friend: ReferralParty & { earlier_orders: number },
  blocklist: Blocklist
): { signals: FraudSignal[]; score: number } {
  const signals: FraudSignal[] = []
  if (referrer.customer_id === friend.customer_id) {
    signals.push("same_customer")
  }
  const re = normalizeEmail(referrer.email)
  const fe = normalizeEmail(friend.email)
  if (re && fe && re === fe) {
    signals.push("same_email")
  }
  if (referrer.ip_ua_hash && friend.ip_ua_hash && referrer.ip_ua_hash === friend.ip_ua_hash) {
    signals.push("same_ip_ua")
  }
  const ra = new Set((referrer.shipping_addresses ?? []).map(normalizeAddress).filter(Boolean))
  const fa = (friend.shipping_addresses ?? []).map(normalizeAddress).filter(Boolean) as string[]
  if (fa.some((a) => ra.has(a))) {
    signals.push("same_address")
  }
  if (friend.earlier_orders > 0) {
    signals.push("existing_customer")
  }
  const listed =
    [re, fe].some((e) => e && blocklist.emails.has(e)) ||
    [referrer.customer_id, friend.customer_id].some((c) => blocklist.customers.has(c)) ||
    [referrer.ip_ua_hash, friend.ip_ua_hash].some((h) => h && blocklist.ip_ua.has(h)) ||
    fa.some((a) => blocklist.addresses.has(a))
  if (listed) {
    signals.push("blocklisted")
  }
  const score = signals.reduce((m, s) => Math.max(m, WEIGHTS[s]), 0)
  return { signals, score }
}
