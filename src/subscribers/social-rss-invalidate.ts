import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CoreEvents } from "../lib/events"
import { invalidateSocialRssWorkflow } from "../workflows/social-share/workflows/invalidate-social-rss"

/**
 * Any product change may change the RSS of new products: drop the cached feeds. Prices have no
 * events in Medusa 2.21: the price watch (`social-price-watch` job) drops them on price changes.
 */
export default async function socialRssInvalidate({ container }: SubscriberArgs<unknown>) {
  await invalidateSocialRssWorkflow(container).run()
}

export const config: SubscriberConfig = {
  event: [
    CoreEvents.PRODUCT_CREATED,
    CoreEvents.PRODUCT_UPDATED,
    CoreEvents.PRODUCT_DELETED,
    CoreEvents.VARIANT_CREATED,
    CoreEvents.VARIANT_UPDATED,
    CoreEvents.VARIANT_DELETED,
  ],
}
