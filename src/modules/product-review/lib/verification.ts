export type PurchaseProof = { order_id: string; order_line_item_id: string } | null

export type VerificationDecision =
  | { accept: true; verified_purchase: boolean; order_id: string | null; order_line_item_id: string | null }
  | { accept: false; reason: string }

/**
 * Whether a review may be written, given the customer's purchase of the product (if any) and the
 * `reviews.allowUnverified` option. An unverified review is accepted only when the option allows it,
 * and is then marked as such.
 */
export function decideVerification(proof: PurchaseProof, allowUnverified: boolean): VerificationDecision {
  if (proof) {
    return { accept: true, verified_purchase: true, ...proof }
  }
  if (allowUnverified) {
    return { accept: true, verified_purchase: false, order_id: null, order_line_item_id: null }
  }
  return { accept: false, reason: "Only customers who bought this product can review it" }
}

/** Order statuses that do not prove a purchase. */
const NOT_A_PURCHASE = new Set(["canceled", "draft"])

type PaymentRow = {
  amount?: unknown
  canceled_at?: string | Date | null
  refunds?: ({ amount?: unknown } | null)[] | null
} | null

type OrderRow = {
  id: string
  status?: string | null
  created_at?: string | Date | null
  items?: ({ id: string; product_id?: string | null } | null)[] | null
  payment_collections?: ({ payments?: PaymentRow[] | null } | null)[] | null
}

/**
 * Whether the order was paid: it has a payment that was authorized (Medusa creates a payment
 * only when a session is authorized) or captured, not cancelled, and its payments are not
 * refunded in full. Authorized is enough because Medusa's checkout authorizes at cart completion
 * and many stores capture only at shipment: asking for a capture would leave their buyers
 * unverified until then. An authorization that is cancelled (or its order cancelled) or a full
 * refund no longer proves anything, and an order with no payment at all (a manual or draft order
 * nobody paid) never did.
 */
export function isPaid(order: Pick<OrderRow, "payment_collections">): boolean {
  let paid = 0
  let refunded = 0
  for (const pc of order.payment_collections ?? []) {
    for (const p of pc?.payments ?? []) {
      if (!p || p.canceled_at) continue
      paid += Number(p.amount ?? 0)
      for (const r of p.refunds ?? []) refunded += Number(r?.amount ?? 0)
    }
  }
  return paid > 0 && paid - refunded > 0
}

/** The most recent paid order line item of this product among the customer's orders, if any. */
export function findPurchase(orders: OrderRow[], productId: string): PurchaseProof {
  const sorted = [...orders].sort((a, b) => new Date(b.created_at ?? 0).getTime() - new Date(a.created_at ?? 0).getTime())
  for (const order of sorted) {
    if (NOT_A_PURCHASE.has(order.status ?? "") || !isPaid(order)) {
      continue
    }
    const item = (order.items ?? []).find((i) => i?.product_id === productId)
    if (item) {
      return { order_id: order.id, order_line_item_id: item.id }
    }
  }
  return null
}

/** "Ada L." from a first and last name; null when neither is known (the storefront shows "A customer"). */
export function displayName(first?: string | null, last?: string | null): string | null {
  const f = (first ?? "").trim()
  const l = (last ?? "").trim()
  if (!f && !l) {
    return null
  }
  return [f, l ? `${[...l][0].toUpperCase()}.` : ""].filter(Boolean).join(" ")
}
