/** The publishing admin API's shapes (src/api/admin/social/accounts and posts). */
import type { PublishNetwork } from "../../../modules/social-publish/lib/networks"

export type Account = {
  id: string
  network: PublishNetwork
  name: string
  external_id: string
  board_id: string | null
  credentials_set: Record<string, true>
  status: "unchecked" | "connected" | "refused"
  status_message: string | null
  checked_at: string | null
  time_zone: string
  monthly_post_budget: number | null
  created_at: string
  updated_at: string
}

export const POST_STATUSES = ["draft", "scheduled", "publishing", "published", "failed", "held"] as const
export type PostStatus = (typeof POST_STATUSES)[number]

export type Post = {
  id: string
  account_id: string
  status: PostStatus
  product_id: string | null
  variant_id: string | null
  link_url: string | null
  template: string | null
  text: string
  title: string | null
  media: string
  locale: string
  currency_code: string
  country_code: string | null
  scheduled_at: string | null
  time_zone: string
  share_code: string | null
  share_url: string | null
  platform_post_id: string | null
  permalink: string | null
  error_message: string | null
  attempts: number
  published_at: string | null
  origin: string
  created_at: string
  updated_at: string
}

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
