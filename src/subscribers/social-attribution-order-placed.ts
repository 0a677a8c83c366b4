import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { attributeOrderWorkflow } from "../workflows/social-attribution/workflows/attribute-order"

/** Attributes every placed order (guest checkouts included); delivered twice, it writes once. */
export default async function socialAttributionOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await attributeOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "social-attribution-order-placed" } }
