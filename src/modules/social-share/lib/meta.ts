import type { ProductDisplay } from "../../../lib/product-display"
import { plainAmount } from "./money"

export type MetaTag = { property: string; content: string } | { name: string; content: string }

export type ReviewStats = { average: number; count: number }

export type ProductMetaInput = {
  product: ProductDisplay
  /** The storefront product page (absolute): og:url and the offer's url. */
  canonicalUrl: string
  /** The `og` card: absolute, with its size (Facebook shows no image on a first share without it). */
  image: { url: string; width: number; height: number; type: string }
  siteName: string
  brandName: string
  /** "en_US"; anything else is normalised by `ogLocale`. */
  locale?: string
  /** X account of the shop, without or with "@". */
  twitterSite?: string
  /** Real review statistics; `aggregateRating` appears only when there is at least one review. */
  reviews?: ReviewStats | null
}

export type ProductMeta = {
  title: string
  description: string
  canonical_url: string
  tags: MetaTag[]
  json_ld: Record<string, unknown>
}

/** Plain text for a description tag: no HTML, single spaces, at most `max` characters. */
export function plainText(value: string | null | undefined, max = 300): string {
  const text = (value ?? "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim()
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`
}

/** Open Graph wants `ll_CC` ("en_US"); "fr-fr" and "de" are turned into "fr_FR" and "de". */
export function ogLocale(locale?: string): string {
  if (!locale) {
    return "en_US"
  }
  const [lang, region] = locale.replace("-", "_").split("_")
  return region ? `${lang.toLowerCase()}_${region.toUpperCase()}` : lang.toLowerCase()
}

const SCHEMA_AVAILABILITY: Record<ProductDisplay["availability"], string> = {
  "in stock": "https://schema.org/InStock",
  "out of stock": "https://schema.org/OutOfStock",
}

/**
 * The tag set of a shared product page (PLATFORMS.md): Open Graph, product:*, twitter:* and a
 * schema.org Product. Values are raw strings here; whoever writes them into HTML escapes them.
 */
export function buildProductMeta(input: ProductMetaInput): ProductMeta {
  const { product: p, canonicalUrl, image } = input
  const title = p.title
  const description = plainText(p.description || p.subtitle || p.title)
  const alt = `${p.title} – ${input.brandName}`
  const tags: MetaTag[] = [
    { property: "og:type", content: "product" },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
    { property: "og:url", content: canonicalUrl },
    { property: "og:site_name", content: input.siteName },
    { property: "og:locale", content: ogLocale(input.locale) },
    { property: "og:image", content: image.url },
    ...(image.url.startsWith("https://") ? [{ property: "og:image:secure_url", content: image.url }] : []),
    { property: "og:image:type", content: image.type === "jpg" ? "image/jpeg" : `image/${image.type}` },
    { property: "og:image:width", content: String(image.width) },
    { property: "og:image:height", content: String(image.height) },
    { property: "og:image:alt", content: alt },
  ]
  if (p.price) {
    tags.push(
      { property: "product:price:amount", content: plainAmount(p.price.amount, p.price.currency_code) },
      { property: "product:price:currency", content: p.price.currency_code }
    )
  }
  tags.push(
    { property: "product:availability", content: p.availability },
    { property: "product:condition", content: "new" },
    { property: "product:brand", content: input.brandName },
    // The catalog item id is the variant id (one item per variant, group = product).
    { property: "product:retailer_item_id", content: p.variant?.id ?? p.id },
    { property: "product:item_group_id", content: p.id },
    { name: "twitter:card", content: "summary_large_image" }
  )
  if (input.twitterSite) {
    tags.push({ name: "twitter:site", content: `@${input.twitterSite.replace(/^@/, "")}` })
  }
  tags.push(
    { name: "twitter:title", content: title },
    { name: "twitter:description", content: description },
    { name: "twitter:image", content: image.url },
    { name: "twitter:image:alt", content: alt }
  )

  const jsonLd: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: title,
    image: [image.url, ...p.images.filter((u) => /^https?:\/\//.test(u))],
    description,
    url: canonicalUrl,
    productID: p.id,
    brand: { "@type": "Brand", name: input.brandName },
  }
  if (p.variant?.sku) {
    jsonLd.sku = p.variant.sku
  }
  // A barcode of 8, 12, 13 or 14 digits is a GTIN; anything else is not claimed as one.
  if (p.variant?.barcode && /^(\d{8}|\d{12,14})$/.test(p.variant.barcode)) {
    jsonLd.gtin = p.variant.barcode
  }
  if (p.price) {
    jsonLd.offers = {
      "@type": "Offer",
      price: plainAmount(p.price.amount, p.price.currency_code),
      priceCurrency: p.price.currency_code,
      availability: SCHEMA_AVAILABILITY[p.availability],
      itemCondition: "https://schema.org/NewCondition",
      url: canonicalUrl,
    }
  }
  if (input.reviews && input.reviews.count > 0) {
    jsonLd.aggregateRating = {
      "@type": "AggregateRating",
      ratingValue: Math.round(input.reviews.average * 10) / 10,
      reviewCount: input.reviews.count,
      bestRating: 5,
      worstRating: 1,
    }
  }
  return { title, description, canonical_url: canonicalUrl, tags, json_ld: jsonLd }
}
