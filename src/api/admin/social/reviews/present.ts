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

type ImportRow = {
  id: string
  format: string
  filename: string | null
  status: string
  review_status: string
  photo_hosts: unknown
  total_rows: number
  processed_rows: number
  created_count: number
  existing_count: number
  error_count: number
  photo_count: number
  errors: unknown
  started_at: Date | string | null
  finished_at: Date | string | null
  created_at: Date | string
}

/** An import as the admin sees it (its stored file's id stays inside). */
export function presentImport(i: ImportRow) {
  return {
    id: i.id,
    format: i.format,
    filename: i.filename,
    status: i.status,
    review_status: i.review_status,
    photo_hosts: (i.photo_hosts as { hosts?: string[] } | null)?.hosts ?? [],
    total_rows: i.total_rows,
    processed_rows: i.processed_rows,
    created_count: i.created_count,
    existing_count: i.existing_count,
    error_count: i.error_count,
    photo_count: i.photo_count,
    errors: (i.errors as { rows?: { row: number; field: string; message: string }[] } | null)?.rows ?? [],
    started_at: i.started_at,
    finished_at: i.finished_at,
    created_at: i.created_at,
  }
}
