import type { Feature, Network } from "./lib/vocabulary"

export type BrandColors = { primary: string; accent: string; background: string; text: string }

/** The settings every capability works with: stored overrides on top of the plugin options. */
export type EffectiveSocialSettings = {
  storefront_url: string
  product_url_template: string
  /** The storefront's origin plus the allowed extra origins: where share links may redirect. */
  allowed_redirect_origins: string[]
  brand_name: string
  brand_colors: BrandColors
  logo_file_id: string | null
  enabled_networks: Network[]
  features: Record<Feature, boolean>
  /** Reviews: publish new reviews without moderation (default: the `reviews.autoApprove` option). */
  review_auto_approve: boolean
  /** Reviews: accept non-buyers' reviews, marked unverified (default: `reviews.allowUnverified`). */
  review_allow_unverified: boolean
  /** Inbox: words that alert the admin when a comment holds one (default: `inbox.alertWords`). */
  inbox_alert_words: string[]
  /** Inbox: hours before an unanswered comment alerts the admin, 0 for never (default: `inbox.unansweredHours`). */
  inbox_unanswered_hours: number
  updated_at: Date | null
}

export type SocialSettingsUpdate = Partial<{
  storefront_url: string | null
  product_url_template: string | null
  allowed_redirect_origins: string[] | null
  brand_name: string | null
  brand_colors: BrandColors | null
  logo_file_id: string | null
  enabled_networks: Network[] | null
  features: Partial<Record<Feature, boolean>> | null
  review_auto_approve: boolean | null
  review_allow_unverified: boolean | null
  inbox_alert_words: string[] | null
  inbox_unanswered_hours: number | null
}>
