import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PRODUCT_REVIEW_MODULE } from "../modules/product-review"
import type ProductReviewModuleService from "../modules/product-review/service"
import { SocialEvents, type ReviewImportCreatedEvent } from "../lib/events"
import { importProductReviewsWorkflow } from "../workflows/product-review/workflows/import-product-reviews"

/** An admin started a reviews import: run it on the worker; a failure is recorded on the import. */
export default async function productReviewImportCreated({ event, container }: SubscriberArgs<ReviewImportCreatedEvent>) {
  const { errors } = await importProductReviewsWorkflow(container).run({ input: { import_id: event.data.id }, throwOnError: false })
  if (errors.length) {
    const message = errors.map((e) => e.error?.message ?? String(e.error)).join("; ")
    await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).updateReviewImports({
      id: event.data.id,
      status: "failed",
      finished_at: new Date(),
      errors: { rows: [{ row: 0, field: "file", message }] },
    })
  }
}

export const config: SubscriberConfig = { event: SocialEvents.REVIEW_IMPORT_CREATED }
