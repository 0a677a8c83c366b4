import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { stringify } from "csv-stringify"
import { once } from "events"
import { PRODUCT_REVIEW_MODULE } from "../../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../../modules/product-review/service"
import { GENERIC_COLUMNS } from "../../../../../modules/product-review/lib/import-csv"

const PAGE = 1000

/**
 * Every review (any status) as a CSV in the generic import format, streamed a page at a time
 * (keyset on id: memory stays one page whatever the count). `import_key` is the review's import
 * key, or `review:<id>` for a review written here, so importing the file back creates nothing
 * twice. The author's email is not stored, so its column is empty.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="reviews-${new Date().toISOString().slice(0, 10)}.csv"`)
  res.setHeader("Cache-Control", "no-store")
  const csv = stringify({ header: true, columns: [...GENERIC_COLUMNS], cast: { boolean: (v) => String(v), date: (d) => d.toISOString() } })
  csv.pipe(res)
  let after = ""
  for (;;) {
    const page = await service.listProductReviews(after ? { id: { $gt: after } } : {}, {
      relations: ["media", "responses"],
      order: { id: "ASC" },
      take: PAGE,
    })
    if (!page.length) break
    after = page[page.length - 1].id
    const productIds = [...new Set(page.map((r) => r.product_id))]
    const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle"], filters: { id: productIds } })
    const handles = new Map((products as { id: string; handle: string }[]).map((p) => [p.id, p.handle]))
    for (const r of page) {
      const ok = csv.write({
        import_key: r.import_key ?? `review:${r.id}`,
        product_id: r.product_id,
        product_handle: handles.get(r.product_id) ?? "",
        sku: "",
        rating: r.rating,
        title: r.title,
        body: r.body,
        author_name: r.author_name ?? "",
        author_email: "",
        created_at: new Date(r.created_at),
        photo_urls: [...(r.media ?? [])].filter((m) => m.is_public).sort((a, b) => a.rank - b.rank).map((m) => m.url).join(" "),
        reply: r.responses?.[0]?.body ?? "",
        published: r.status === "approved",
        source: r.source,
        status: r.status,
        verified_purchase: r.verified_purchase,
        incentivized: r.incentivized,
        helpful_count: r.helpful_count,
      })
      if (!ok) await once(csv, "drain")
    }
    if (page.length < PAGE) break
  }
  csv.end()
}
