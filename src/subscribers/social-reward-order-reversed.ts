import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { revokeRewardGrantsWorkflow } from "../workflows/social-reward/workflows/revoke-reward-grants"

/**
 * A cancelled order, a received return or a refund takes back the rewards paid on that order:
 * held grants are revoked, unused codes deactivated, used codes recorded as owed. A partial refund
 * revokes only the grants whose rule the kept order value no longer meets (refundKeepsGrant).
 */
export default async function rewardOrderReversed({
  event,
  container,
}: SubscriberArgs<{ id?: string; order_id?: string; return_id?: string }>) {
  let orderId: string | null = null
  let reason = "order canceled"
  if (event.name === "order.return_received") {
    orderId = event.data.order_id ?? null
    reason = "return received"
  } else if (event.name === "payment.refunded") {
    reason = "payment refunded"
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "payment", fields: ["id", "payment_collection.order.id"], filters: { id: event.data.id } })
    orderId = (data[0] as any)?.payment_collection?.order?.id ?? null
  } else {
    orderId = event.data.id ?? null
  }
  if (orderId) {
    await revokeRewardGrantsWorkflow(container).run({
      input: {
        order_id: orderId,
        reason,
        after_refund: event.name === "payment.refunded",
        return_id: event.name === "order.return_received" ? event.data.return_id : undefined,
      },
    })
  }
}

export const config: SubscriberConfig = {
  event: ["order.canceled", "order.return_received", "payment.refunded"],
  context: { subscriberId: "social-reward-order-reversed" },
}
