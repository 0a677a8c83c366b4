import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { eraseCustomerSocialDataWorkflow } from "../workflows/social-privacy/workflows/erase-customer-social-data"

/** A deleted customer leaves nothing personal behind in the plugin (see the workflow). */
export default async function socialCustomerDeleted({ event, container }: SubscriberArgs<{ id: string }>) {
  await eraseCustomerSocialDataWorkflow(container).run({ input: { customer_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "customer.deleted",
  context: { subscriberId: "social-customer-deleted" },
}
