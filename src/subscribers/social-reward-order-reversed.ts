import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CoreEvents, type IdEvent, type ReturnReceivedEvent } from "../lib/events"
import { revokeRewardGrantsWorkflow } from "../workflows/social-reward/workflows/revoke-reward-grants"

/**
 * A cancelled order, a received return or a refund takes back the rewards paid on that order:
 * held grants are revoked, unused codes deactivated, used codes recorded as owed. A partial refund
 * revokes only the grants whose rule the kept order value no longer meets (refundKeepsGrant).
 */
export default async function rewardOrderReversed({
  event,
  container,
}: SubscriberArgs<Partial<IdEvent & ReturnReceivedEvent>>) {
  let orderId: string | null = null
  let reason = "order canceled"
  if (event.name === CoreEvents.ORDER_RETURN_RECEIVED) {
    orderId = event.data.order_id ?? null
    reason = "return received"
  } else if (event.name === CoreEvents.PAYMENT_REFUNDED) {
    reason = "payment refunded"
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "payment", fields: ["id", "payment_collection.order.id"], filters: { id: event.data.id } })
    const payment: { payment_collection?: { order?: { id: string } | null } | null } | undefined = data[0]
    orderId = payment?.payment_collection?.order?.id ?? null
  } else {
    orderId = event.data.id ?? null
  }
  if (orderId) {
    await revokeRewardGrantsWorkflow(container).run({
      input: {
        order_id: orderId,
        reason,
        after_refund: event.name === CoreEvents.PAYMENT_REFUNDED,
        return_id: event.name === CoreEvents.ORDER_RETURN_RECEIVED ? event.data.return_id : undefined,
      },
    })
  }
}

export const config: SubscriberConfig = {
  event: [CoreEvents.ORDER_CANCELED, CoreEvents.ORDER_RETURN_RECEIVED, CoreEvents.PAYMENT_REFUNDED],
  context: { subscriberId: "social-reward-order-reversed" },
}
