import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CoreEvents, SocialEvents, type IdEvent } from "../lib/events"
import { cardsEnabled } from "../workflows/social-card/card-source"
import { renderSocialCardWorkflow } from "../workflows/social-card/workflows/render-social-card"
import { concurrencyLimit } from "../modules/social-card/lib/lru"

// Two background renders at a time per process: a sale on a thousand products (or an import)
// emits a thousand events at once, and rendering them all together would only fill memory.
const backgroundRender = concurrencyLimit(2)

/**
 * Re-renders the `og` card (store default currency, default locale) of a product whose data,
 * variants or prices changed, so that the next crawler finds it ready. Runs on the worker. The
 * card URL never depends on this: a request computes the content hash itself. Price-list changes
 * arrive as `social.prices.changed` from the price watch (the pricing module emits no events).
 */
export default async function socialCardProductChanged({ event, container }: SubscriberArgs<IdEvent>) {
  if (!(await cardsEnabled(container))) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let productId: string | undefined = event.data.id
  // Product events and the price watch's carry the product's id; variant events the variant's.
  if (event.name !== CoreEvents.PRODUCT_UPDATED && event.name !== SocialEvents.PRICES_CHANGED) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: event.data.id } })
    const variant: { product_id: string | null } | undefined = data[0]
    productId = variant?.product_id ?? undefined
  }
  const { data: products } = productId
    ? await query.graph({ entity: "product", fields: ["id", "status"], filters: { id: productId } })
    : { data: [] }
  const product: { status: string } | undefined = products[0]
  // Drafts and deleted products have no card.
  if (product?.status !== "published") {
    return
  }
  const { errors } = await backgroundRender(() =>
    renderSocialCardWorkflow(container).run({
      input: { product_id: productId!, format: "og" },
      throwOnError: false,
    })
  )
  if (errors.length) {
    // A store without currencies, or a product that changed meanwhile: the card is rendered on
    // its first request instead. Nothing here may break the product update that emitted this.
    container.resolve("logger").warn(`[social] og card of ${productId} not pre-rendered: ${errors[0].error?.message}`)
  }
}

export const config: SubscriberConfig = {
  event: [
    CoreEvents.PRODUCT_UPDATED,
    CoreEvents.VARIANT_UPDATED,
    CoreEvents.VARIANT_CREATED,
    SocialEvents.PRICES_CHANGED,
  ],
  context: { subscriberId: "social-card-product-changed" },
}
