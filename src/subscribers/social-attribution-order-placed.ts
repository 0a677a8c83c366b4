import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CoreEvents, type IdEvent } from "../lib/events"
import { attributeOrderWorkflow } from "../workflows/social-attribution/workflows/attribute-order"

/** Attributes every placed order (guest checkouts included); delivered twice, it writes once. */
export default async function socialAttributionOrderPlaced({ event, container }: SubscriberArgs<IdEvent>) {
  await attributeOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: CoreEvents.ORDER_PLACED, context: { subscriberId: "social-attribution-order-placed" } }
