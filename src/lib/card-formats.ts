/**
 * The card formats and their sizes (PLATFORMS.md): meta tags need width and height, share
 * bundles link each format, and the renderer lays each one out.
 */
export const CARD_FORMATS = {
  og: { width: 1200, height: 630, type: "png" },
  "og-light": { width: 1200, height: 630, type: "jpg" },
  square: { width: 1080, height: 1080, type: "png" },
  pin: { width: 1000, height: 1500, type: "png" },
  story: { width: 1080, height: 1920, type: "png" },
  // Instagram feed posts: a JPEG between 4:5 and 1.91:1; 4:5 is the tallest it shows uncropped.
  portrait: { width: 1080, height: 1350, type: "jpg" },
  // The product photo alone (TikTok photo posts: no logo, price or text over it), as a JPEG.
  photo: { width: 1080, height: 1350, type: "jpg" },
} as const

export type CardFormat = keyof typeof CARD_FORMATS
export const CARD_FORMAT_NAMES = Object.keys(CARD_FORMATS) as CardFormat[]

export type CardParams = { variant_id?: string; currency_code?: string; locale?: string }

/**
 * The stable card URL (it answers a 302 to the immutable, content-hashed one). Share bundles,
 * meta tags and RSS use it, so they never need to render a card to answer.
 */
export function cardUrl(publicUrl: string, productId: string, format: CardFormat, params: CardParams = {}) {
  const ext = CARD_FORMATS[format].type
  const url = new URL(`/social/cards/${encodeURIComponent(productId)}/${format}.${ext}`, publicUrl)
  for (const [k, v] of Object.entries(params)) {
    if (v) {
      url.searchParams.set(k, v)
    }
  }
  return url.toString()
}
