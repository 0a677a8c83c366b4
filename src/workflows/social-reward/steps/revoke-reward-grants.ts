import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules, PromotionStatus } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { refundKeepsGrant, SOCIAL_REWARD_MODULE } from "../../../modules/social-reward"
import type SocialRewardModuleService from "../../../modules/social-reward/service"
import type { RewardGrantRow } from "../../../modules/social-reward/types"

type Money = number | string | null | undefined
/** What `keptValueOf` reads of an order. */
type PaidOrder = {
  total: Money
  payment_collections?: Array<{ payments?: Array<{ captures?: Array<{ amount: Money }>; refunds?: Array<{ amount: Money }> }> }>
}

export type RevokeRewardGrantsInput = {
  order_id?: string
  grant_ids?: string[]
  reason: string
  /** A refund on the order: each grant is kept or revoked by what the order still keeps (see refundKeepsGrant). */
  after_refund?: boolean
  /** A received return: a review's reward goes only when the return takes back the reviewed item. */
  return_id?: string
  /** The grants earned by one source (a deleted review). */
  source?: { type: "review" | "share_link" | "referral" | "order"; id: string }
  /** Only grants in these statuses (default: every revocable one). */
  statuses?: string[]
}

/**
 * Review grants whose reviewed line item the return does not take back: those stay. The return's
 * items and the reviews' line items are read through query.graph; when either cannot be read the
 * grant is revoked, as every grant of a returned order was before reviews carried their item.
 */
async function reviewGrantsUntouchedByReturn(container: MedusaContainer, returnId: string, grants: RewardGrantRow[]) {
  const reviewIds = grants.filter((g) => g.source_type === "review").map((g) => g.source_id)
  const keep = new Set<string>()
  if (!reviewIds.length) {
    return keep
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  try {
    const { data: returns } = await query.graph({ entity: "return", fields: ["id", "items.item_id"], filters: { id: returnId } })
    const items: Array<{ item_id: string }> = returns[0]?.items ?? []
    const returned = new Set(items.map((i) => i.item_id))
    if (!returns.length) {
      return keep
    }
    const { data: reviews } = await query.graph({ entity: "product_review", fields: ["id", "order_line_item_id"], filters: { id: reviewIds } })
    for (const r of reviews as Array<{ id: string; order_line_item_id: string | null }>) {
      if (r.order_line_item_id && !returned.has(r.order_line_item_id)) keep.add(r.id)
    }
  } catch {
    // The reviews module or the return cannot be read: revoke, never silently keep.
  }
  return keep
}

/**
 * What the customer paid for the order and kept: its captured payments less their refunds, in the
 * currency's major unit (the order's total when nothing was captured, so nothing was refunded).
 * Not `order.total` less the refunds: Medusa's refundPaymentWorkflow adds a refund credit line that
 * already lowers the order's total, and a return lowers it before its refund, so subtracting the
 * refunds from the total would count them twice.
 */
async function keptValueOf(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "total", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount"],
    filters: { id: orderId },
  })
  const order: PaidOrder | undefined = data[0]
  if (!order) {
    return 0
  }
  let captured = 0
  let refunded = 0
  for (const pc of order.payment_collections ?? []) {
    for (const p of pc?.payments ?? []) {
      for (const c of p?.captures ?? []) captured += Number(c?.amount ?? 0)
      for (const r of p?.refunds ?? []) refunded += Number(r?.amount ?? 0)
    }
  }
  const paid = captured > 0 ? captured : Number(order.total ?? 0)
  return Math.round((paid - refunded) * 100) / 100
}

/** The rule's minimum order value as it was when granted (the snapshot is a json column). */
function minOrderValueOf(g: RewardGrantRow): number | string | null {
  const v = g.rule_snapshot?.min_order_value
  return typeof v === "number" || typeof v === "string" ? v : null
}

type Undo = {
  grants: { id: string; status: string; status_reason: string | null; clawback_value: unknown }[]
  reactivate: string[]
  signals: string[]
}

const REVOCABLE = ["held", "needs_review", "issued", "issuing"]

/** Statuses in which a grant has not been paid out yet: a deleted review takes only these back. */
export const UNPAID_STATUSES = ["held", "needs_review", "issuing"]

/**
 * This step revokes grants: those of an order (cancel, return, refund) or the ones named. A held
 * grant is simply revoked. An issued code not used yet is deactivated. An issued code already
 * used cannot be taken back: the grant is revoked with its value recorded as a clawback and a
 * risk signal against the customer, so it is never silently lost. Its compensation puts the
 * grants, promotions and signals back as they were.
 */
export const revokeRewardGrantsStep = createStep(
  "revoke-reward-grants",
  async (input: RevokeRewardGrantsInput, { container }) => {
    const service = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    const promotionModule = container.resolve(Modules.PROMOTION)
    const statuses = input.statuses?.length ? REVOCABLE.filter((s) => input.statuses!.includes(s)) : REVOCABLE
    const filters: Record<string, unknown> = { status: statuses }
    if (input.order_id) filters.order_id = input.order_id
    if (input.grant_ids) filters.id = input.grant_ids
    if (input.source) {
      filters.source_type = input.source.type
      filters.source_id = input.source.id
    }
    if (!input.order_id && !input.grant_ids && !input.source) {
      return new StepResponse([] as RewardGrantRow[], { grants: [], reactivate: [], signals: [] } as Undo)
    }
    let grants = await service.listRewardGrants(filters, { take: 1000 })
    if (input.after_refund && input.order_id && grants.length) {
      const kept = await keptValueOf(container, input.order_id)
      grants = grants.filter((g) => !refundKeepsGrant(minOrderValueOf(g), kept))
    }
    if (input.return_id && grants.length) {
      const keep = await reviewGrantsUntouchedByReturn(container, input.return_id, grants)
      grants = grants.filter((g) => !(g.source_type === "review" && keep.has(g.source_id)))
    }
    if (input.grant_ids && grants.length < input.grant_ids.length) {
      const found = new Set(grants.map((g) => g.id))
      const missing = input.grant_ids.find((id) => !found.has(id))
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Grant ${missing} does not exist or cannot be revoked in its status`)
    }
    const undo: Undo = { grants: [], reactivate: [], signals: [] }
    const revoked: RewardGrantRow[] = []
    for (let g of grants) {
      // The grant may be moving (issuing -> issued) while this runs: each change is conditional on
      // the status it was read in, and a grant that moved is read again and decided afresh, so
      // a code issued in the meantime is deactivated rather than left usable.
      for (let attempt = 0; g && attempt < 5; attempt++) {
        const done = await revokeOne(g)
        if (done !== "moved") break
        ;[g] = await service.listRewardGrants({ id: g.id, status: statuses }, { take: 1 })
      }
    }
    async function revokeOne(g: RewardGrantRow): Promise<"revoked" | "moved"> {
      let clawback: number | null = null
      let signalId: string | null = null
      let reactivate: string | null = null
      if (g.promotion_id) {
        const [promotion] = await promotionModule.listPromotions({ id: g.promotion_id }, { take: 1 })
        if (promotion && (promotion.used ?? 0) > 0) {
          clawback = Number(g.value)
          const signal = await service.createRiskSignals({
            customer_id: g.customer_id,
            kind: "clawback_owed",
            subject_type: "reward_grant",
            subject_id: g.id,
            detail: { value: clawback, currency_code: g.currency_code, code: g.code, reason: input.reason },
          })
          signalId = signal.id
        } else if (promotion && promotion.status === "active") {
          await promotionModule.updatePromotions([{ id: promotion.id, status: PromotionStatus.INACTIVE }])
          reactivate = promotion.id
        }
      }
      const updated = await service.transitionGrant(g.id, [g.status], {
        status: "revoked",
        revoked_at: new Date(),
        status_reason: input.reason,
        clawback_value: clawback,
      })
      if (!updated) {
        // Moved under us: undo what was done for the old status and decide again.
        if (signalId) await service.deleteRiskSignals([signalId])
        if (reactivate) await promotionModule.updatePromotions([{ id: reactivate, status: PromotionStatus.ACTIVE }])
        return "moved"
      }
      undo.grants.push({ id: g.id, status: g.status, status_reason: g.status_reason, clawback_value: g.clawback_value })
      if (signalId) undo.signals.push(signalId)
      if (reactivate) undo.reactivate.push(reactivate)
      revoked.push(updated)
      return "revoked"
    }
    return new StepResponse(revoked, undo)
  },
  async (undo, { container }) => {
    if (!undo || (!undo.grants.length && !undo.reactivate.length)) {
      return
    }
    const service = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    for (const { id, ...before } of undo.grants) {
      await service.transitionGrant(id, ["revoked"], { ...before, revoked_at: null })
    }
    if (undo.reactivate.length) {
      await container
        .resolve(Modules.PROMOTION)
        .updatePromotions(undo.reactivate.map((id) => ({ id, status: PromotionStatus.ACTIVE })))
    }
    if (undo.signals.length) {
      await service.deleteRiskSignals(undo.signals)
    }
  }
)
