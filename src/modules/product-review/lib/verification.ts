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

type OrderRow = {
  id: string
  status?: string | null
  created_at?: string | Date | null
  items?: ({ id: string; product_id?: string | null } | null)[] | null
}

/** The most recent order line item of this product among the customer's orders, if any. */
export function findPurchase(orders: OrderRow[], productId: string): PurchaseProof {
  const sorted = [...orders].sort((a, b) => new Date(b.created_at ?? 0).getTime() - new Date(a.created_at ?? 0).getTime())
  for (const order of sorted) {
    if (NOT_A_PURCHASE.has(order.status ?? "")) {
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
