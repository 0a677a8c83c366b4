import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CoreEvents, SocialEvents, type IdEvent, type PricesChangedEvent, type ReviewApprovedEvent } from "../lib/events"
import type { AutoPostEventInput } from "../workflows/social-publish/steps/apply-auto-post-rules"
import { runAutoPostRulesWorkflow } from "../workflows/social-publish/workflows/run-auto-post-rules"

const ids = (data: { id?: string | string[] } | undefined) => ([] as string[]).concat(data?.id ?? []).filter(Boolean)

/** The rules' input for each event: which products, variants or stock rows it is about. */
function inputOf(name: string, data: unknown): AutoPostEventInput | null {
  switch (name) {
    case CoreEvents.PRODUCT_CREATED:
    case CoreEvents.PRODUCT_UPDATED:
      return { kind: "product", product_ids: ids(data as IdEvent) }
    case SocialEvents.PRICES_CHANGED:
      return { kind: "prices", product_ids: ids(data as PricesChangedEvent) }
    case SocialEvents.REVIEW_APPROVED:
      return { kind: "review", review_id: (data as ReviewApprovedEvent).id }
    case CoreEvents.VARIANT_UPDATED:
      return { kind: "stock", variant_ids: ids(data as IdEvent) }
    case CoreEvents.INVENTORY_ITEM_UPDATED:
      return { kind: "stock", inventory_item_ids: ids(data as IdEvent) }
    default:
      return { kind: "stock", inventory_level_ids: ids(data as IdEvent) }
  }
}

/**
 * Automatic posts (rules per account): starts the rules' workflow for a product published, stock
 * that changed, prices the price watch saw change, or a review approved. The workflow decides; a
 * store without rules answers from one indexed query. A failure is logged, never thrown back at the
 * product, stock or review change that emitted the event.
 */
export default async function socialPublishAutoPost({ event, container }: SubscriberArgs<unknown>) {
  const input = inputOf(event.name, event.data)
  if (!input || ("product_ids" in input && !input.product_ids.length)) return
  const { errors } = await runAutoPostRulesWorkflow(container).run({ input, throwOnError: false })
  if (errors.length) {
    container.resolve("logger").warn(`[social] automatic posts for ${event.name} not made: ${errors[0].error?.message}`)
  }
}

export const config: SubscriberConfig = {
  event: [
    CoreEvents.PRODUCT_CREATED,
    CoreEvents.PRODUCT_UPDATED,
    CoreEvents.VARIANT_UPDATED,
    CoreEvents.INVENTORY_LEVEL_CREATED,
    CoreEvents.INVENTORY_LEVEL_UPDATED,
    CoreEvents.INVENTORY_ITEM_UPDATED,
    SocialEvents.PRICES_CHANGED,
    SocialEvents.REVIEW_APPROVED,
  ],
  context: { subscriberId: "social-publish-auto-post" },
}
