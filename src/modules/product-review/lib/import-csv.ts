import { createHash } from "crypto"

/**
 * Mapping of reviews CSV exports to one normalized row. Pure: no database, no network. The column
 * names each format is read from are listed in docs/reviews.md; headers are matched after
 * normalizing (lower case, every run of non-alphanumerics as one "_"), so Yotpo's "Review Score"
 * and its import template's `review_score` are the same column.
 */

export const IMPORT_FORMATS = ["judgeme", "yotpo", "generic"] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

export type ImportRowError = { row: number; field: string; message: string }

/** One review ready to be matched to a product and written. */
export type ImportRow = {
  row: number
  /** Stable across re-imports of the same file (and of another export of the same reviews). */
  import_key: string
  source: "judgeme" | "yotpo" | "import"
  /** What names the product: any of the three, tried as id, then handle, then SKU. */
  product: { id: string | null; handle: string | null; sku: string | null }
  rating: number
  title: string
  body: string
  author_name: string | null
  /** Used only to look for a matching paid order; never stored. */
  author_email: string | null
  created_at: Date
  photo_urls: string[]
  reply: string | null
  /** false when the source says the review was hidden/unpublished or spam. */
  published: boolean
}

type Columns = {
  review_id?: string[]
  product_id?: string[]
  product_handle?: string[]
  sku?: string[]
  rating: string[]
  title: string[]
  body: string[]
  author_name: string[]
  author_email: string[]
  date: string[]
  photos: string[]
  reply: string[]
  published?: string[]
  curated?: string[]
}

/**
 * Which columns each format reads, first match wins. Judge.me's export has no review id, so its
 * rows are keyed by their content; Yotpo's has one. Yotpo's `product_id` is the merchant's own
 * product identifier (often the SKU), so it is tried as an id, a handle and a SKU.
 */
export const FORMAT_COLUMNS: Record<ImportFormat, Columns> = {
  judgeme: {
    product_id: [],
    product_handle: ["product_handle"],
    sku: ["product_sku", "sku"],
    rating: ["rating"],
    title: ["title", "review_title"],
    body: ["body"],
    author_name: ["reviewer_name"],
    author_email: ["reviewer_email"],
    date: ["review_date"],
    photos: ["picture_urls"],
    reply: ["reply"],
    curated: ["curated"],
  },
  yotpo: {
    review_id: ["review_id", "id"],
    product_id: ["product_id"],
    sku: ["sku", "product_sku"],
    rating: ["review_score", "score"],
    title: ["review_title", "title"],
    body: ["review_content", "content"],
    author_name: ["display_name", "reviewer_display_name", "user_name", "reviewer_name"],
    author_email: ["email", "reviewer_email", "user_email"],
    date: ["date", "review_date", "review_creation_date", "created_at"],
    photos: ["published_image_urls", "image_urls", "images_data", "images"],
    reply: ["comment_content", "comment"],
    published: ["published"],
  },
  generic: {
    review_id: ["import_key"],
    product_id: ["product_id"],
    product_handle: ["product_handle"],
    sku: ["sku"],
    rating: ["rating"],
    title: ["title"],
    body: ["body"],
    author_name: ["author_name"],
    author_email: ["author_email"],
    date: ["created_at"],
    photos: ["photo_urls"],
    reply: ["reply"],
    published: ["published"],
  },
}

/** The generic format's header, in the order the export writes it. */
export const GENERIC_COLUMNS = [
  "import_key",
  "product_id",
  "product_handle",
  "sku",
  "rating",
  "title",
  "body",
  "author_name",
  "author_email",
  "created_at",
  "photo_urls",
  "reply",
  "published",
  "source",
  "status",
  "verified_purchase",
  "incentivized",
  "helpful_count",
] as const

export const normalizeHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "")

/** Guesses the format from a header: Yotpo's review_score, Judge.me's reviewer_name, else generic. */
export function detectFormat(headers: string[]): ImportFormat {
  const h = new Set(headers.map(normalizeHeader))
  if (h.has("review_score") || h.has("review_content")) return "yotpo"
  if (h.has("reviewer_name") || h.has("picture_urls") || h.has("review_date")) return "judgeme"
  return "generic"
}

/** The columns a format cannot do without, missing from this header (a whole-file error). */
export function missingColumns(format: ImportFormat, headers: string[]): string[] {
  const h = new Set(headers.map(normalizeHeader))
  const cols = FORMAT_COLUMNS[format]
  const need: [string, string[]][] = [
    ["rating", cols.rating],
    ["body", cols.body],
    ["product", [...(cols.product_id ?? []), ...(cols.product_handle ?? []), ...(cols.sku ?? [])]],
  ]
  return need.filter(([, names]) => !names.some((n) => h.has(n))).map(([name, names]) => `${name} (${names.join(" or ")})`)
}

export type MapLimits = { titleMaxLength: number; bodyMaxLength: number; maxPhotos: number; now?: Date }

const pick = (rec: Record<string, string>, names: string[] | undefined) => {
  for (const n of names ?? []) {
    const v = rec[n]
    if (v !== undefined && String(v).trim() !== "") return String(v).trim()
  }
  return null
}

const FALSE = new Set(["false", "0", "no", "n", "hidden", "unpublished"])

/**
 * Dates as the exports write them: ISO 8601, "2023-04-01 10:20:30 UTC", or "MM/DD/YYYY" (Yotpo's
 * spreadsheet exports). A date in the future, or before 1990, is refused.
 */
export function parseReviewDate(raw: string, now = new Date()): Date | null {
  let s = raw.trim()
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s)
  if (us) {
    const [, m, d, y, hh = "0", mm = "0", ss = "0"] = us
    const date = new Date(Date.UTC(+y, +m - 1, +d, +hh, +mm, +ss))
    return date.getUTCMonth() === +m - 1 ? date : null
  }
  s = s.replace(/\s+UTC$/i, "Z").replace(/^(\d{4}-\d{2}-\d{2})\s+(\d)/, "$1T$2")
  if (!/^\d{4}-\d{2}-\d{2}/.test(s)) return null
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00Z` : s)
  if (Number.isNaN(date.getTime()) || date.getTime() > now.getTime() + 86_400_000 || date.getUTCFullYear() < 1990) return null
  return date
}

/** Photo URLs in one cell: separated by commas, semicolons, pipes or white space; http(s) only. */
export function splitUrls(cell: string | null): string[] {
  if (!cell) return []
  return cell
    .split(/[\s,;|]+/)
    .map((u) => u.trim())
    .filter(Boolean)
}

const hash = (parts: (string | null)[]) => createHash("sha256").update(parts.map((p) => p ?? "").join("\u0000")).digest("base64url").slice(0, 32)

/**
 * One CSV record (keys already normalized) to an ImportRow, or the list of what is wrong with it,
 * each naming the column. `row` is the 1-based record number after the header.
 */
export function mapRecord(
  format: ImportFormat,
  rec: Record<string, string>,
  row: number,
  limits: MapLimits
): { row: ImportRow; errors?: undefined } | { row?: undefined; errors: ImportRowError[] } {
  const cols = FORMAT_COLUMNS[format]
  const errors: ImportRowError[] = []
  const err = (field: string, message: string) => errors.push({ row, field, message })

  const product = {
    id: pick(rec, cols.product_id),
    handle: pick(rec, cols.product_handle),
    sku: pick(rec, cols.sku),
  }
  if (!product.id && !product.handle && !product.sku) err("product", "names no product (id, handle or SKU)")

  const ratingRaw = pick(rec, cols.rating)
  const rating = ratingRaw !== null && /^\d+(\.0+)?$/.test(ratingRaw) ? Number(ratingRaw) : NaN
  if (!(rating >= 1 && rating <= 5)) err("rating", `must be a whole number from 1 to 5 (got ${ratingRaw === null ? "nothing" : JSON.stringify(ratingRaw.slice(0, 20))})`)

  const body = pick(rec, cols.body)
  if (!body) err("body", "must not be empty")
  else if (body.length > limits.bodyMaxLength) err("body", `must be at most ${limits.bodyMaxLength} characters`)

  let title = pick(rec, cols.title) ?? ""
  if (title.length > limits.titleMaxLength) err("title", `must be at most ${limits.titleMaxLength} characters`)
  // Judge.me and Yotpo allow a review without a title; the store shows one, so the body's start stands in.
  if (!title && body) title = body.length > 60 ? `${body.slice(0, 57).trimEnd()}…` : body

  const dateRaw = pick(rec, cols.date)
  const created_at = dateRaw ? parseReviewDate(dateRaw, limits.now) : null
  if (!dateRaw) err("date", "is missing (the review's original date is kept)")
  else if (!created_at) err("date", `is not a date in the past (got ${JSON.stringify(dateRaw.slice(0, 40))})`)

  const photo_urls = splitUrls(pick(rec, cols.photos))
  for (const [i, u] of photo_urls.entries()) {
    if (!/^https?:\/\/[^\s/]+/i.test(u)) err(`photos.${i}`, "must be an http(s) URL")
  }
  if (photo_urls.length > limits.maxPhotos) err("photos", `at most ${limits.maxPhotos} photos per review`)

  const email = pick(rec, cols.author_email)?.toLowerCase() ?? null
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) err("author_email", "is not an email address")

  if (errors.length) return { errors }

  const curated = pick(rec, cols.curated)?.toLowerCase() ?? null
  const publishedRaw = pick(rec, cols.published)?.toLowerCase() ?? null
  const published = !(curated === "spam" || (publishedRaw !== null && FALSE.has(publishedRaw)))

  const source = format === "generic" ? "import" : format
  const reviewId = pick(rec, cols.review_id)
  const author_name = pick(rec, cols.author_name)
  const import_key = reviewId
    ? format === "generic" && reviewId.includes(":")
      ? reviewId
      : `${source}:${reviewId}`
    : `${source}:h:${hash([product.id, product.handle, product.sku, email ?? author_name, created_at!.toISOString(), String(rating), body])}`

  return {
    row: {
      row,
      import_key,
      source,
      product,
      rating,
      title,
      body: body!,
      author_name: author_name ? author_name.slice(0, 120) : null,
      author_email: email,
      created_at: created_at!,
      photo_urls,
      reply: pick(rec, cols.reply),
      published,
    },
  }
}
