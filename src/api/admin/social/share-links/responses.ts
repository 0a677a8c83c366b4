import { z } from "@medusajs/framework/zod"
import { offsetPage, timestamp } from "../../../openapi/common"

export const AdminShareLink = z
  .object({
    id: z.string(),
    code: z.string(),
    url: z.string(),
    product_id: z.string(),
    customer_id: z.string().nullable(),
    network: z.string(),
    created_at: timestamp,
    clicks: z.number().int(),
    bot_clicks: z.number().int(),
    self_clicks: z.number().int(),
    distinct_visitors: z.number().int(),
    orders: z.number().int(),
    revenue: z.record(z.string(), z.number()).meta({ description: "attributed revenue per currency code" }),
    product: z
      .object({ id: z.string(), title: z.string(), handle: z.string(), thumbnail: z.string().nullable() })
      .partial()
      .nullable()
      .optional()
      .meta({ description: "With `fields=+product.title` (and `handle`, `thumbnail`): the product, through the share-link/product link" }),
    customer: z
      .object({ id: z.string(), email: z.string(), first_name: z.string().nullable(), last_name: z.string().nullable() })
      .partial()
      .nullable()
      .optional()
      .meta({ description: "With `fields=+customer.email` (and the names): the sharer, through the share-link/customer link; null for anonymous shares" }),
  })
  .strict()

export const AdminListShareLinksResponse = z.object({ share_links: z.array(AdminShareLink), ...offsetPage }).strict()
