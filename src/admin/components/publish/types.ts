/**
 * The publishing admin API's shapes, taken from the OpenAPI document the routes' response schemas
 * make (src/client/openapi.ts, `node scripts/client.js types`): a field the server adds or changes
 * reaches these pages' types without a hand-written copy to forget.
 */
import type { components } from "../../../client/openapi"

type Schemas = components["schemas"]

/** GET /admin/social/accounts/:id's `account`. */
export type Account = Schemas["AdminSocialAccount"]

/** Every status, in the order a post goes through them (the filters' choices). */
export const POST_STATUSES = ["draft", "scheduled", "publishing", "published", "failed", "held"] as const satisfies readonly Post["status"][]
export type PostStatus = Post["status"]

/** GET /admin/social/posts/:id's `post` (and, with `fields=+metrics` on the list, its `metrics`). */
export type Post = Schemas["AdminSocialPost"]

/** What a post did (the list's `fields=+metrics`, or GET /admin/social/posts/:id/metrics). */
export type PostMetrics = Schemas["AdminSocialPostMetrics"]

/** What the composer reads of a product (GET /admin/products/:id with the fields below). */
export type ComposerProduct = {
  id: string
  title: string
  description: string | null
  thumbnail: string | null
  collection: { title: string } | null
  variants: { id: string; title: string | null; prices: { amount: number; currency_code: string }[] }[]
}

/** The store's markets: the currencies it sells in and the locales it offers ("en" always). */
export type Markets = { currencies: string[]; default_currency: string; locales: string[] }
