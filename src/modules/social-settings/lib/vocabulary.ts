/**
 * The networks a merchant can switch on. Instagram and TikTok have no web share intent: they are
 * served through the Web Share API and downloadable cards instead (see PLATFORMS.md).
 */
export const NETWORKS = [
  "facebook",
  "instagram",
  "x",
  "pinterest",
  "whatsapp",
  "linkedin",
  "telegram",
  "reddit",
  "tiktok",
  "email",
] as const
export type Network = (typeof NETWORKS)[number]

/** The plugin's capabilities, each switchable on its own. */
export const FEATURES = ["cards", "catalog", "reviews", "rewards", "attribution"] as const
export type Feature = (typeof FEATURES)[number]

/** Placeholders a product URL template may use. */
export const PRODUCT_URL_PLACEHOLDERS = ["storefront", "handle", "id", "locale", "country"] as const
