import { z } from "@medusajs/framework/zod"
import { listParams } from "../../../utils/list-query"

export const AdminListShareLinksParams = z
  .object({
    product_id: z.string().trim().min(1).max(100).optional(),
    customer_id: z.string().trim().min(1).max(100).optional(),
    network: z.string().trim().min(1).max(30).optional(),
    ...listParams({ limit: 50, maxLimit: 200 }),
  })
  .strict()

/**
 * The fields of `GET /admin/social/share-links` (Medusa's query config). `id` and `code` are
 * always read (the click and sales figures are keyed by them). Through the plugin's read-only
 * module links, `fields=+product.title` or `+customer.email` joins the product or the sharer.
 */
export const shareLinkFields = ["id", "code", "product_id", "customer_id", "network", "created_at"]
export const listShareLinksConfig = {
  defaults: shareLinkFields,
  allowed: [
    ...shareLinkFields,
    "product.id",
    "product.title",
    "product.handle",
    "product.thumbnail",
    "customer.id",
    "customer.email",
    "customer.first_name",
    "customer.last_name",
  ],
}

export type AdminListShareLinksParamsType = z.infer<typeof AdminListShareLinksParams>
