import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { normalizeAddress, normalizeEmail, scoreReferral, REVIEW_THRESHOLD, SOCIAL_REWARD_MODULE } from "../../../modules/social-reward"
import { REFUSING_SIGNALS, type FraudSignal } from "../../../modules/social-reward/lib/fraud"
import type SocialRewardModuleService from "../../../modules/social-reward/service"
import type { MedusaContainer } from "@medusajs/framework/types"
import { readSignals, signalsColumn, type RewardGrantRow } from "../../../modules/social-reward/types"

type Address = Parameters<typeof normalizeAddress>[0]
/** What `customerFacts` and the qualification read of a customer and an order. */
type CustomerFacts = { id: string; email: string | null; addresses?: Address[] | null }
type OrderFacts = { id: string; customer_id: string | null; email: string | null; total: number | string | null; shipping_address: Address | null }

export async function customerFacts(container: MedusaContainer, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "addresses.address_1", "addresses.address_2", "addresses.postal_code", "addresses.city", "addresses.country_code"],
    filters: { id: customerId },
  })
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "shipping_address.address_1", "shipping_address.address_2", "shipping_address.postal_code", "shipping_address.city", "shipping_address.country_code"],
    filters: { customer_id: customerId },
    pagination: { take: 50, order: { created_at: "DESC" } },
  })
  const c: CustomerFacts | undefined = customers[0]
  const shipped: Array<{ id: string; shipping_address: Address | null }> = orders
  return {
    email: c?.email ?? null,
    addresses: [...(c?.addresses ?? []), ...shipped.flatMap((o) => (o.shipping_address ? [o.shipping_address] : []))],
    orders: shipped.map((o) => o.id),
  }
}

/** The signals that make a referral impossible (REFUSING_SIGNALS), not just suspicious. */
export function refusingSignals(signals: readonly string[]) {
  return signals.filter((s) => REFUSING_SIGNALS.includes(s as FraudSignal))
}

/**
 * This step records a friend's claim of a referral code. Only a new customer (no earlier order)
 * may claim, once, and never their own code (the refusing signals answer 400). Self-referral
 * signals (same normalised email, same hashed IP and user agent, same address) or the blocklist
 * put the referral in the review queue instead of letting it pay. Its compensation deletes the
 * referral.
 */
export const claimReferralStep = createStep(
  "claim-social-referral",
  async (input: { customer_id: string; code: string; ip_ua_hash: string | null }, { container }) => {
    const service = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    const [code] = await service.listReferralCodes({ code: input.code.trim().toUpperCase() }, { take: 1 })
    if (!code) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invalid request: code: no referral code "${input.code}"`)
    }
    const [already] = await service.listReferrals({ friend_customer_id: input.customer_id }, { take: 1 })
    if (already) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "You have already used a referral code")
    }
    const friend = await customerFacts(container, input.customer_id)
    if (friend.orders.length > 0) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Invalid request: code: referral codes are for new customers only")
    }
    const referrer = await customerFacts(container, code.customer_id)
    const { signals, score } = scoreReferral(
      { customer_id: code.customer_id, email: referrer.email, ip_ua_hash: code.ip_ua_hash, shipping_addresses: referrer.addresses },
      { customer_id: input.customer_id, email: friend.email, ip_ua_hash: input.ip_ua_hash, shipping_addresses: friend.addresses, earlier_orders: 0 },
      await service.loadBlocklist()
    )
    if (refusingSignals(signals).includes("same_customer")) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Invalid request: code: this is your own referral code")
    }
    if (refusingSignals(signals).length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Invalid request: code: referral codes are for new customers only")
    }
    const referral = await service.createReferrals({
      code: code.code,
      referrer_customer_id: code.customer_id,
      friend_customer_id: input.customer_id,
      friend_email_normalized: normalizeEmail(friend.email),
      friend_ip_ua_hash: input.ip_ua_hash,
      status: score >= REVIEW_THRESHOLD ? "needs_review" : "claimed",
      signals: signalsColumn(signals),
      score,
    })
    return new StepResponse(referral, referral.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE).deleteReferrals([id])
    }
  }
)

export type QualifiedReferral = {
  referral_id: string | null
  referrer_customer_id: string | null
  friend_customer_id: string | null
  order_id: string
  order_value: number
  signals: string[] | null
}

/**
 * This step looks at a placed order: when it is the first order of a customer who claimed a
 * referral, the referral is qualified (or sent to review when the order's shipping address matches
 * the referrer's, or other signals fire) and the two grants can be made. Its compensation restores
 * the referral.
 */
export const qualifyReferralStep = createStep(
  "qualify-social-referral",
  async (input: { order_id: string }, { container }) => {
    const none: QualifiedReferral = {
      referral_id: null,
      referrer_customer_id: null,
      friend_customer_id: null,
      order_id: input.order_id,
      order_value: 0,
      signals: null,
    }
    const service = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "email", "total", "shipping_address.*"],
      filters: { id: input.order_id },
    })
    const order: OrderFacts | undefined = data[0]
    if (!order?.customer_id) {
      return new StepResponse(none, null)
    }
    const [referral] = await service.listReferrals({ friend_customer_id: order.customer_id, status: ["claimed", "needs_review"] }, { take: 1 })
    // A referrer who was deleted since the claim has no one left to reward.
    if (!referral || referral.order_id || !referral.referrer_customer_id) {
      return new StepResponse(none, null)
    }
    const referrerId = referral.referrer_customer_id
    const before = { id: referral.id, status: referral.status, signals: referral.signals, score: referral.score, order_id: referral.order_id, review_note: referral.review_note }
    const friend = await customerFacts(container, order.customer_id)
    const earlier = friend.orders.filter((id) => id !== order.id).length
    const [code] = await service.listReferralCodes({ customer_id: referrerId }, { take: 1 })
    const referrer = await customerFacts(container, referrerId)
    const { signals, score } = scoreReferral(
      { customer_id: referrerId, email: referrer.email, ip_ua_hash: code?.ip_ua_hash, shipping_addresses: referrer.addresses.filter((a) => a !== order.shipping_address) },
      { customer_id: order.customer_id, email: order.email ?? friend.email, ip_ua_hash: referral.friend_ip_ua_hash, shipping_addresses: order.shipping_address ? [order.shipping_address] : [], earlier_orders: earlier },
      await service.loadBlocklist()
    )
    const allSignals = [...new Set([...readSignals(referral.signals), ...signals])]
    // A refusing signal (an earlier order, the referrer's own order) rejects: nothing is granted.
    const refused = refusingSignals(signals)
    if (earlier > 0 || refused.length) {
      const note = earlier > 0 || refused.includes("existing_customer") ? "not the customer's first order" : "the referrer's own order"
      await service.updateReferrals({ id: referral.id, status: "rejected", review_note: note, signals: signalsColumn(allSignals) })
      return new StepResponse(none, before)
    }
    const review = referral.status === "needs_review" || score >= REVIEW_THRESHOLD
    await service.updateReferrals({
      id: referral.id,
      status: review ? "needs_review" : "qualified",
      order_id: order.id,
      signals: signalsColumn(allSignals),
      score: Math.max(score, referral.score ?? 0),
    })
    return new StepResponse(
      {
        referral_id: referral.id,
        referrer_customer_id: referral.referrer_customer_id,
        friend_customer_id: order.customer_id,
        order_id: order.id,
        order_value: Number(order.total ?? 0),
        signals: review ? allSignals.length ? allSignals : ["needs_review"] : null,
      } as QualifiedReferral,
      before
    )
  },
  async (before, { container }) => {
    if (before) {
      await container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE).updateReferrals(before)
    }
  }
)

/**
 * This step decides a referral in the review queue. Approving makes its waiting grants held (they
 * are then issued after their hold); rejecting revokes them. Its compensation restores both.
 */
export const decideReferralStep = createStep(
  "decide-social-referral",
  async (input: { referral_id: string; decision: "approve" | "reject"; note?: string | null; block?: boolean }, { container }) => {
    const service = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    const referral = await service.retrieveReferral(input.referral_id).catch(() => null)
    if (!referral) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Referral ${input.referral_id} was not found`)
    }
    if (referral.status !== "needs_review") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Referral ${referral.id} is ${referral.status}, not waiting for review`)
    }
    const grants = await service.listRewardGrants({ source_type: "referral", source_id: referral.id, status: "needs_review" })
    await service.updateReferrals({
      id: referral.id,
      status: input.decision === "approve" ? (referral.order_id ? "qualified" : "claimed") : "rejected",
      review_note: input.note ?? null,
    })
    if (grants.length) {
      const status: RewardGrantRow["status"] = input.decision === "approve" ? "held" : "revoked"
      await service.updateRewardGrants(
        grants.map((g) => ({
          id: g.id,
          status,
          status_reason: input.decision === "approve" ? "approved after review" : `referral rejected${input.note ? `: ${input.note}` : ""}`,
          revoked_at: input.decision === "approve" ? null : new Date(),
        }))
      )
    }
    const blocked: string[] = []
    if (input.decision === "reject" && input.block) {
      const entries = [
        { kind: "customer" as const, value: referral.friend_customer_id },
        { kind: "email" as const, value: referral.friend_email_normalized },
        { kind: "ip_ua" as const, value: referral.friend_ip_ua_hash },
      ].filter((e): e is { kind: "customer" | "email" | "ip_ua"; value: string } => !!e.value)
      for (const e of entries) {
        const [existing] = await service.listBlocklists(e, { take: 1 })
        if (!existing) {
          const created = await service.createBlocklists({ ...e, reason: `referral ${referral.id} rejected` })
          blocked.push(created.id)
        }
      }
    }
    return new StepResponse(
      { referral_id: referral.id, grant_ids: grants.map((g) => g.id) },
      {
        referral: { id: referral.id, status: referral.status, review_note: referral.review_note },
        grants: grants.map((g) => ({ id: g.id, status: g.status, status_reason: g.status_reason, revoked_at: null })),
        blocked,
      }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    await service.updateReferrals(undo.referral)
    if (undo.grants.length) await service.updateRewardGrants(undo.grants)
    if (undo.blocked.length) await service.deleteBlocklists(undo.blocked)
  }
)

/**
 * This step lets an admin decide a grant waiting for review: approve makes it held (issued after
 * its hold). Its compensation puts it back in review.
 */
export const approveRewardGrantStep = createStep(
  "approve-reward-grant",
  async (input: { grant_id: string }, { container }) => {
    const service = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    const grant = await service.retrieveRewardGrant(input.grant_id).catch(() => null)
    if (!grant) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Reward grant ${input.grant_id} was not found`)
    }
    if (grant.status !== "needs_review") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Reward grant ${grant.id} is ${grant.status}, not waiting for review`)
    }
    // Conditional: a revoke that landed since the read above wins.
    const updated = await service.transitionGrant(grant.id, ["needs_review"], { status: "held", status_reason: "approved after review" })
    if (!updated) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Reward grant ${grant.id} changed meanwhile and is no longer waiting for review`)
    }
    return new StepResponse(updated, { id: grant.id, status: grant.status, status_reason: grant.status_reason })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE).updateRewardGrants(undo)
  }
)
