import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MedusaError, ProductVariantWorkflowEvents, ProductWorkflowEvents } from "@medusajs/framework/utils"
import { cardsEnabled } from "../workflows/social-card/card-source"
import { renderSocialCardWorkflow } from "../workflows/social-card/workflows/render-social-card"

/**
 * Re-renders the `og` card (store default currency, default locale) of a product whose data,
 * variants or prices changed, so that the next crawler finds it ready. Runs on the worker. The
 * card URL never depends on this: a request computes the content hash itself.
 */
export default async function socialCardProductChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!(await cardsEnabled(container))) {
    return
  }
  let productId = event.data.id
  if (event.name !== ProductWorkflowEvents.UPDATED) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: event.data.id } })
    productId = (data as any[])[0]?.product_id
    if (!productId) {
      return
    }
  }
  try {
    await renderSocialCardWorkflow(container).run({ input: { product_id: productId, format: "og" } })
  } catch (e) {
    // An unpublished product or a store without currencies has no card: nothing to do.
    if (!(e instanceof MedusaError) || (e.type !== MedusaError.Types.NOT_FOUND && e.type !== MedusaError.Types.INVALID_DATA)) {
      throw e
    }
  }
}

export const config: SubscriberConfig = {
  event: [ProductWorkflowEvents.UPDATED, ProductVariantWorkflowEvents.UPDATED, ProductVariantWorkflowEvents.CREATED],
  context: { subscriberId: "social-card-product-changed" },
}
