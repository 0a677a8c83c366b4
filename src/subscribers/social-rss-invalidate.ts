import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
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
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
  ],
}
