import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../modules/product-review/service"

export const ADMIN_REVIEW_RELATIONS = ["media", "responses"]

/** Reviews as the admin sees them: every field, the reply as `response`, and the product's title. */
export async function presentAdminReviews(scope: MedusaContainer, reviews: any[]) {
  const productIds = [...new Set(reviews.map((r) => r.product_id))]
  const titles = new Map<string, string>()
  if (productIds.length) {
    const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id", "title", "thumbnail"],
      filters: { id: productIds },
    })
    for (const p of data) {
      titles.set(p.id, p.title)
    }
  }
  return reviews.map(({ responses, ...r }) => ({
    ...r,
    product: { id: r.product_id, title: titles.get(r.product_id) ?? null },
    response: responses?.[0] ?? null,
  }))
}

export async function presentAdminReview(scope: MedusaContainer, id: string) {
  const review = await scope
    .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    .retrieveProductReview(id, { relations: ADMIN_REVIEW_RELATIONS })
  return (await presentAdminReviews(scope, [review]))[0]
}
