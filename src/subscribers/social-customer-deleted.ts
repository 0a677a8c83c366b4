import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CoreEvents, type IdEvent } from "../lib/events"
import { eraseCustomerSocialDataWorkflow } from "../workflows/social-privacy/workflows/erase-customer-social-data"

/** A deleted customer leaves nothing personal behind in the plugin (see the workflow). */
export default async function socialCustomerDeleted({ event, container }: SubscriberArgs<IdEvent>) {
  await eraseCustomerSocialDataWorkflow(container).run({ input: { customer_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: CoreEvents.CUSTOMER_DELETED,
  context: { subscriberId: "social-customer-deleted" },
}
