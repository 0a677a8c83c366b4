import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { eraseCustomerTouchesWorkflow } from "../workflows/social-attribution/workflows/purge-expired-touches"

/** A deleted customer's touches go with them. */
export default async function socialAttributionCustomerDeleted({ event, container }: SubscriberArgs<{ id: string }>) {
  await eraseCustomerTouchesWorkflow(container).run({ input: { customer_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "customer.deleted",
  context: { subscriberId: "social-attribution-customer-deleted" },
}
