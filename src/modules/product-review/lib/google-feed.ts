import { escapeXml } from "../../social-catalog/lib/formats"

/**
 * Google's product reviews feed, schema version 2.4 (documented at
 * developers.google.com/product-review-feeds/schema; the XSD is published at
 * http://www.google.com/shopping/reviews/schema/product/2.4/product_reviews.xsd). Written as
 * strings a review at a time so the route can stream it. Element order follows the schema's
 * sequences; optional elements with nothing to say are left out (an empty element is invalid:
 * most string types there are non-empty).
 */

export const GOOGLE_REVIEWS_SCHEMA = "http://www.google.com/shopping/reviews/schema/product/2.4/product_reviews.xsd"

export type FeedProduct = {
  name: string
  url: string
  gtins: string[]
  mpns: string[]
  skus: string[]
  brands: string[]
}

export type FeedReview = {
  id: string
  author_name: string | null
  created_at: Date | string
  title: string
  body: string
  rating: number
  review_url: string
  photos: string[]
  product: FeedProduct
  verified_purchase: boolean
  incentivized: boolean
  /** "unsolicited" for reviews written in the store; null (left out) for imported ones. */
  collection_method: "unsolicited" | "post_fulfillment" | null
  transaction_id: string | null
}

const el = (name: string, value: string, attrs = "") => `<${name}${attrs}>${escapeXml(value)}</${name}>`
const list = (outer: string, inner: string, values: string[]) =>
  values.length ? `<${outer}>${values.map((v) => el(inner, v)).join("")}</${outer}>` : ""

export function feedHead(publisher: { name: string; favicon: string | null }): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<feed xmlns:vc="http://www.w3.org/2007/XMLSchema-versioning" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="${GOOGLE_REVIEWS_SCHEMA}">\n` +
    `<version>2.4</version>\n` +
    `<publisher>${el("name", publisher.name || "Shop")}${publisher.favicon ? el("favicon", publisher.favicon) : ""}</publisher>\n` +
    `<reviews>\n`
  )
}

export const FEED_TAIL = `</reviews>\n</feed>\n`

/**
 * A product's `<products>` element, kept per product object: a product has many reviews in the
 * feed (the feed's product cache hands out the same object), and its identifiers, name and URL are
 * otherwise escaped again for each of them.
 */
const productsXmlOf = new WeakMap<FeedProduct, string>()
function productsXml(p: FeedProduct): string {
  let xml = productsXmlOf.get(p)
  if (xml === undefined) {
    const ids =
      list("gtins", "gtin", p.gtins) + list("mpns", "mpn", p.mpns) + list("skus", "sku", p.skus) + list("brands", "brand", p.brands)
    xml = `<products><product>${ids ? `<product_ids>${ids}</product_ids>` : ""}${el("product_name", p.name)}${el("product_url", p.url)}</product></products>`
    productsXmlOf.set(p, xml)
  }
  return xml
}

/** One `<review>`: low ratings as any other (Google wants them all), the name as the store shows it. */
export function reviewXml(r: FeedReview): string {
  const anonymous = !r.author_name
  return (
    `<review>` +
    el("review_id", r.id) +
    `<reviewer>${el("name", r.author_name ?? "Anonymous", ` is_anonymous="${anonymous}"`)}</reviewer>` +
    el("review_timestamp", new Date(r.created_at).toISOString()) +
    (r.title ? el("title", r.title) : "") +
    el("content", r.body) +
    el("review_url", r.review_url, ` type="group"`) +
    (r.photos.length ? `<reviewer_images>${r.photos.map((u) => `<reviewer_image>${el("url", u)}</reviewer_image>`).join("")}</reviewer_images>` : "") +
    `<ratings>${el("overall", String(r.rating), ` min="1" max="5"`)}</ratings>` +
    productsXml(r.product) +
    el("is_spam", "false") +
    el("is_verified_purchase", String(r.verified_purchase)) +
    el("is_incentivized_review", String(r.incentivized)) +
    (r.collection_method ? el("collection_method", r.collection_method) : "") +
    (r.transaction_id ? el("transaction_id", r.transaction_id) : "") +
    `</review>\n`
  )
}
