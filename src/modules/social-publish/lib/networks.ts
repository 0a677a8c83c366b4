/**
 * The networks a shop publishes to and what each accepts from a post. Limits are the platforms'
 * documented ones (PLATFORMS.md and each API's reference); they are checked before a post is
 * scheduled, so a post never fails at publish time for its length.
 */
export const PUBLISH_NETWORKS = ["facebook", "instagram", "pinterest", "x", "linkedin", "tiktok"] as const
export type PublishNetwork = (typeof PUBLISH_NETWORKS)[number]

/**
 * The picture a post carries: a card format of the plugin, among them `photo`, the product's own
 * photo as a JPEG (TikTok's rules forbid logos and promotional overlays on photo posts), or none (Facebook and LinkedIn show
 * the link's `og` card from its tags).
 */
export type PostMedia = "og" | "og-light" | "portrait" | "pin" | "photo" | "none"

export type NetworkRules = {
  /** Longest `text` (caption, message, description), counted as the platform counts it. */
  text_max: number
  /** X counts by weight, with every URL as 23 (`weightedLength`); the others count characters. */
  counting: "x-weighted" | "characters"
  /** Longest `title` where the network has one (Pinterest pin, TikTok photo post). */
  title_max?: number
  /** Most hashtags in `text` (Instagram: 30). */
  hashtags_max?: number
  /** Whether a link in the text is clickable (not on Instagram or TikTok: the bio page is). */
  links_in_text: boolean
  media: PostMedia
}

export const NETWORK_RULES: Record<PublishNetwork, NetworkRules> = {
  // Page posts: the message can be long; the link is posted apart so Facebook shows the og card.
  facebook: { text_max: 63_206, counting: "characters", links_in_text: true, media: "none" },
  // Caption 2,200 characters and 30 hashtags; the image a JPEG between 4:5 and 1.91:1: the
  // portrait card (1080x1350 JPEG, 4:5, the most room a feed gives a post).
  instagram: { text_max: 2_200, counting: "characters", hashtags_max: 30, links_in_text: false, media: "portrait" },
  // Pins v5: title 100, description 500; the 2:3 pin card.
  pinterest: { text_max: 500, counting: "characters", title_max: 100, links_in_text: true, media: "pin" },
  x: { text_max: 280, counting: "x-weighted", links_in_text: true, media: "og" },
  // The og card (1.91:1, LinkedIn's article image ratio) uploaded as the article's thumbnail.
  linkedin: { text_max: 3_000, counting: "characters", links_in_text: true, media: "og" },
  // Content Posting API photo posts: title 90, description 4,000.
  tiktok: { text_max: 4_000, counting: "characters", title_max: 90, links_in_text: false, media: "photo" },
}

export function isPublishNetwork(value: string): value is PublishNetwork {
  return (PUBLISH_NETWORKS as readonly string[]).includes(value)
}

/**
 * The credentials an account needs (`required`) and may hold (`optional`: what renews a token
 * where the platform has refresh tokens). Nothing else is accepted, so a typo is a 400, not a
 * credential that silently does nothing.
 */
export const ACCOUNT_CREDENTIALS: Record<PublishNetwork, { required: string[]; optional: string[] }> = {
  // A Page access token (pages_manage_posts, pages_read_engagement); long-lived tokens do not refresh.
  facebook: { required: ["page_access_token"], optional: ["app_secret"] },
  // The Instagram user's token through the Page (instagram_content_publish, instagram_manage_comments).
  instagram: { required: ["access_token"], optional: ["app_secret"] },
  pinterest: { required: ["access_token"], optional: ["refresh_token", "client_id", "client_secret"] },
  x: { required: ["access_token"], optional: ["refresh_token", "client_id", "client_secret"] },
  linkedin: { required: ["access_token"], optional: ["refresh_token", "client_id", "client_secret"] },
  tiktok: { required: ["access_token"], optional: ["refresh_token", "client_key", "client_secret"] },
}
