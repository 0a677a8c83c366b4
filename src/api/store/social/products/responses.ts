import { z } from "@medusajs/framework/zod"

const metaTag = z.union([
  z.object({ property: z.string(), content: z.string() }).strict(),
  z.object({ name: z.string(), content: z.string() }).strict(),
])

/** Open Graph, product:* and twitter:* tags and a schema.org Product, as raw strings (escape them). */
export const ProductMeta = z
  .object({
    title: z.string(),
    description: z.string(),
    canonical_url: z.string(),
    tags: z.array(metaTag),
    json_ld: z.record(z.string(), z.unknown()),
  })
  .strict()

const card = z.object({ url: z.string(), width: z.number().int(), height: z.number().int(), type: z.string() }).strict()

export const ShareBundle = z
  .object({
    product_id: z.string(),
    customer_id: z.string().nullable().meta({ description: "the sharer when a customer is logged in" }),
    text: z.string(),
    links: z.array(
      z
        .object({
          network: z.string(),
          code: z.string(),
          url: z.string().meta({ description: "the tracked short link (/s/:code)" }),
          intent_url: z.string().nullable().meta({ description: "the network's share intent; null for networks without one (Instagram, TikTok)" }),
        })
        .strict()
    ),
    web_share: z
      .object({ title: z.string(), text: z.string(), url: z.string(), code: z.string(), image_url: z.string(), image: card })
      .strict(),
    cards: z.record(z.string(), card).meta({ description: "card image per format: og, og-light, square, pin, story, portrait, photo" }),
    meta: ProductMeta,
  })
  .strict()

export const StoreShareResponse = z.object({ share: ShareBundle }).strict()
export const StoreMetaResponse = z.object({ meta: ProductMeta }).strict()
