import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOCIAL_REWARD_MODULE, simulateRule, type ReplayEvent } from "../../../../../../modules/social-reward"
import type SocialRewardModuleService from "../../../../../../modules/social-reward/service"
import { loadRule } from "../route"
import { presentRule } from "../../present"
import { shareReach } from "../../../../../../modules/social-reward/lib/share-reach"
import { sharerLinksByCode, shareOrdersSince, shareTimelinesSince } from "../../../../../../workflows/social-reward/share-ledger"

const PAGE = 500
const MAX_EVENTS = 20_000

/** Reads an entity page by page (keyed on id) through query.graph; null when the entity is unknown. */
async function readAll(container: MedusaContainer, entity: string, fields: string[], filters: Record<string, unknown>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const rows: any[] = []
  let after: string | null = null
  try {
    for (;;) {
      const { data } = await query.graph({
        entity,
        fields,
        filters: after ? { ...filters, id: { $gt: after } } : filters,
        pagination: { take: PAGE, order: { id: "ASC" } },
      })
      rows.push(...data)
      if (data.length < PAGE || rows.length >= MAX_EVENTS) break
      const last: { id: string } = data[data.length - 1]
      after = last.id
    }
    return rows
  } catch {
    return null
  }
}

/**
 * Replays the last N days against the rule (draft or not) and answers the grants it would have
 * made, their cost and the caps hit. Writes nothing. Sources the ledger cannot read on this
 * installation (another capability's module missing) are listed in `missing`.
 */
export async function POST(req: AuthenticatedMedusaRequest<{ days: number }>, res: MedusaResponse) {
  const rule = presentRule(await loadRule(req))
  const days = req.validatedBody.days
  const since = new Date(Date.now() - days * 86400_000)
  const events: ReplayEvent[] = []
  const missing: string[] = []
  const skipped: { source_id: string; reason: string }[] = []

  if (rule.trigger === "review_approved" || rule.trigger === "review_with_photo_approved") {
    const fields = ["id", "customer_id", "product_id", "verified_purchase", "created_at"]
    if (rule.trigger === "review_with_photo_approved") fields.push("media.id")
    const reviews = await readAll(req.scope, "product_review", fields, { status: "approved", created_at: { $gte: since } })
    if (!reviews) {
      missing.push("product_review: the reviews module is not installed, so past reviews cannot be replayed")
    } else {
      for (const r of reviews) {
        if (rule.trigger === "review_with_photo_approved" && !r.media?.length) continue
        events.push({ at: new Date(r.created_at), customer_id: r.customer_id, source_type: "review", source_id: r.id, product_id: r.product_id, verified_purchase: !!r.verified_purchase })
      }
    }
  } else if (rule.trigger === "share_visitors") {
    // The same decision as the live path (shareReach over the link's stored batches), dated when
    // the link reached its Nth visitor.
    const cfg = rule.trigger_config ?? {}
    for (const { link, timeline } of await shareTimelinesSince(req.scope, since, MAX_EVENTS)) {
      const reach = shareReach(timeline, cfg.visitors ?? Infinity, cfg.within_hours ?? 0)
      if (!reach.ok) {
        skipped.push({ source_id: link.id, reason: reach.reason })
      } else if (reach.reached_at >= since) {
        events.push({ at: reach.reached_at, customer_id: link.customer_id, source_type: "share_link", source_id: link.id, product_id: link.product_id })
      }
    }
  } else if (rule.trigger === "share_order") {
    // Orders the attribution ledger credits to a customer's share link, as
    // social.order.attributed pays them: not the sharer's own order, not a cancelled one.
    const orders = await shareOrdersSince(req.scope, since, MAX_EVENTS)
    const links = await sharerLinksByCode(req.scope, [...new Set(orders.map((o) => o.share_code))])
    const statuses = orders.length ? await readAll(req.scope, "order", ["id", "status"], { id: orders.map((o) => o.order_id) }) : []
    const canceled = new Set((statuses ?? []).filter((o) => o.status === "canceled").map((o) => o.id))
    for (const o of orders) {
      const link = links.get(o.share_code)
      const source_id = link ? `${link.id}:${o.order_id}` : o.order_id
      if (!link?.customer_id) {
        skipped.push({ source_id, reason: "share link without a sharer" })
      } else if (link.customer_id === o.customer_id) {
        skipped.push({ source_id, reason: "the sharer's own order" })
      } else if (canceled.has(o.order_id)) {
        skipped.push({ source_id, reason: "order canceled" })
      } else {
        events.push({ at: o.placed_at, customer_id: link.customer_id, source_type: "share_link", source_id, product_id: link.product_id, order_value: o.total })
      }
    }
  } else {
    const service = req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    const referrals = await service.listReferrals({ status: ["qualified", "needs_review"], created_at: { $gte: since } }, { take: MAX_EVENTS })
    const orderIds = referrals.map((r) => r.order_id).filter(Boolean) as string[]
    const orders = orderIds.length ? await readAll(req.scope, "order", ["id", "total", "created_at", "status", "returns.status"], { id: orderIds }) : []
    const byId = new Map((orders ?? []).map((o) => [o.id, o]))
    for (const r of referrals) {
      const o = r.order_id ? byId.get(r.order_id) : null
      if (!o) continue
      // As the live path: a cancelled order, or one with a received return, revokes the referral's
      // grants (and a returned order's total no longer is what was bought).
      if (o.status === "canceled") {
        skipped.push({ source_id: r.id, reason: "order canceled" })
        continue
      }
      if ((o.returns ?? []).some((ret: any) => ret?.status === "received" || ret?.status === "partially_received")) {
        skipped.push({ source_id: r.id, reason: "order returned" })
        continue
      }
      events.push({
        at: new Date(o.created_at),
        customer_id: rule.trigger === "referral_friend" ? r.friend_customer_id : r.referrer_customer_id,
        source_type: "referral",
        source_id: r.id,
        order_value: Number(o.total ?? 0),
      })
    }
  }

  const { id, version, created_at, updated_at, ...definition } = rule
  const simulation = simulateRule(definition, events)
  res.json({
    simulation: { rule_id: rule.id, days, since: since.toISOString(), ...simulation, skipped: [...skipped, ...simulation.skipped], missing },
  })
}
