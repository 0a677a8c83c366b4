import { stringify } from "csv-stringify/sync"
import type { NormalizedItem } from "../../../providers/catalog/types"
import { formatPrice } from "./money"
import { stripInvalidXmlChars } from "./text"
import { RULES, type Destination } from "./destinations"

export const FEED_FORMATS = ["google_xml", "meta_csv", "meta_xml", "pinterest_xml", "tiktok_csv"] as const
export type FeedFormatKey = (typeof FEED_FORMATS)[number]

export type FeedMeta = { title: string; link: string; description: string }

/**
 * A feed format written piece by piece: the header, one string per item, the footer. Feeds are
 * streamed this way to a file, so no feed is ever held whole in memory.
 */
export type FeedFormatter = {
  key: FeedFormatKey
  destination: Destination
  extension: "xml" | "csv"
  contentType: string
  header(meta: FeedMeta): string
  row(item: NormalizedItem): string
  footer(): string
}

/** The formats a destination serves, the first being its default. */
export const FORMATS_BY_DESTINATION: Record<Destination, FeedFormatKey[]> = {
  google: ["google_xml"],
  meta: ["meta_csv", "meta_xml"],
  pinterest: ["pinterest_xml"],
  tiktok: ["tiktok_csv"],
}

// Anything escapeXml would change: most values (ids, URLs, prices, sizes) have none of these, and
// returning them as they are spares five replacements per field of every feed row.
// eslint-disable-next-line no-control-regex
const XML_SPECIAL = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

export function escapeXml(value: string): string {
  if (!XML_SPECIAL.test(value)) return value
  return stripInvalidXmlChars(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
}

/**
 * One CSV record (RFC 4180, LF-terminated) by csv-stringify. Cells with leading or trailing
 * spaces are quoted too: Meta's and TikTok's importers trim unquoted cells.
 */
function csvRecord(cells: string[]): string {
  return stringify([cells], { quoted_match: /^\s|\s$/ })
}

/**
 * A CSV cell that no spreadsheet reads as a formula (CSV injection: a merchant or an agency opens
 * the feed in Excel, LibreOffice or Google Sheets, which evaluate a cell beginning with `=`, `+`,
 * `-`, `@`, a tab or a carriage return). The platforms read the cell as text and show it as
 * written, so the change must keep what a shopper sees:
 * - a leading tab or carriage return is dropped (the platforms trim text anyway);
 * - a leading `-` becomes U+2010 HYPHEN "‐", which reads the same (a title "-20% jacket", a
 *   description starting with a "- " bullet). No value the plugin formats starts with `-`:
 *   prices are never negative, quantities are clamped at 0;
 * - a leading `=`, `+` or `@` gets a `'` before it (OWASP's advice); the platform then shows the
 *   apostrophe, so such titles are better avoided (the XML formats, which no spreadsheet
 *   evaluates, carry them unchanged).
 */
export function neutralizeCsvCell(value: string): string {
  // Whitespace before the character does not help: Google Sheets trims it on import.
  const text = value.replace(/^[\s\u0000-\u001f]+/, "")
  if (text.startsWith("-")) {
    return `\u2010${text.slice(1)}`
  }
  if (/^[=+@]/.test(text)) {
    return `'${text}`
  }
  // Leading spaces stay (the cell is quoted to keep them); a leading tab or CR goes.
  return /^[\s\u0000-\u001f]/.test(value) && !/^ /.test(value) ? text : value
}

function effectiveDate(item: NormalizedItem): string | null {
  const d = item.sale_price_effective_date
  if (!item.sale_price || !d || (!d.start && !d.end)) return null
  // ISO 8601 interval; an open end is written as a far date, which all four platforms accept.
  return `${d.start ?? "1970-01-01T00:00:00Z"}/${d.end ?? "2099-12-31T23:59:59Z"}`
}

/** The item as a platform's flat field list, in the platform's words. Null values are left out. */
export function platformFields(destination: Destination, item: NormalizedItem): [string, string | null][] {
  const rules = RULES[destination]
  const identifierMissing = !item.gtin && !item.mpn
  const fields: [string, string | null][] = [
    [destination === "tiktok" ? "sku_id" : "id", item.id],
    ["title", item.title],
    ["description", item.description],
    ["link", item.link],
    ["image_link", item.image_link],
    ["availability", rules.availability[item.availability]],
    ["price", item.price ? formatPrice(item.price.amount, item.price.currency_code) : null],
    ["sale_price", item.sale_price ? formatPrice(item.sale_price.amount, item.sale_price.currency_code) : null],
    ["sale_price_effective_date", effectiveDate(item)],
    ["condition", item.condition],
    ["brand", item.brand],
    ["gtin", item.gtin],
    ["mpn", item.mpn],
    ["identifier_exists", destination === "google" && identifierMissing ? "no" : null],
    ["item_group_id", item.item_group_id],
    ["google_product_category", item.google_product_category],
    ["product_type", item.product_type],
    ["color", item.color],
    ["size", item.size],
    ["material", item.material],
    ["pattern", item.pattern],
    ["gender", item.gender],
    ["age_group", item.age_group],
    ...item.custom_labels.map((l, i) => [`custom_label_${i}`, l] as [string, string | null]),
  ]
  if (destination === "meta" && item.quantity !== null) {
    fields.push(["quantity_to_sell_on_facebook", String(Math.max(0, item.quantity))])
  }
  return fields
}

function rssFormatter(key: FeedFormatKey, destination: Destination): FeedFormatter {
  const maxImages = RULES[destination].maxAdditionalImages
  return {
    key,
    destination,
    extension: "xml",
    contentType: "application/xml; charset=utf-8",
    header: (meta) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">\n<channel>\n` +
      `<title>${escapeXml(meta.title)}</title>\n<link>${escapeXml(meta.link)}</link>\n` +
      `<description>${escapeXml(meta.description)}</description>\n`,
    row: (item) => {
      let out = "<item>"
      for (const [name, value] of platformFields(destination, item)) {
        if (value !== null && value !== "") out += `<g:${name}>${escapeXml(value)}</g:${name}>`
      }
      for (const url of item.additional_image_links.slice(0, maxImages)) {
        out += `<g:additional_image_link>${escapeXml(url)}</g:additional_image_link>`
      }
      return out + "</item>\n"
    },
    footer: () => "</channel>\n</rss>\n",
  }
}

function csvFormatter(key: FeedFormatKey, destination: Destination): FeedFormatter {
  const sample = platformFields(destination, EMPTY_ITEM).map(([name]) => name)
  // Meta wants quantity as a column even when empty; the CSV header is fixed for every row.
  const columns = destination === "meta" ? [...sample, "quantity_to_sell_on_facebook"] : sample
  columns.push("additional_image_link")
  const maxImages = RULES[destination].maxAdditionalImages
  return {
    key,
    destination,
    extension: "csv",
    contentType: "text/csv; charset=utf-8",
    header: () => csvRecord(columns),
    row: (item) => {
      const values = new Map(platformFields(destination, item))
      // Both Meta and TikTok take several additional images as one comma-separated cell.
      values.set("additional_image_link", item.additional_image_links.slice(0, maxImages).join(","))
      return csvRecord(columns.map((c) => neutralizeCsvCell(stripInvalidXmlChars(values.get(c) ?? ""))))
    },
    footer: () => "",
  }
}

const EMPTY_ITEM: NormalizedItem = {
  id: "",
  item_group_id: "",
  title: "",
  description: "",
  link: "",
  image_link: null,
  additional_image_links: [],
  price: null as any,
  sale_price: null,
  sale_price_effective_date: null,
  availability: "in_stock",
  condition: "new",
  brand: null,
  gtin: null,
  mpn: null,
  google_product_category: null,
  product_type: null,
  color: null,
  size: null,
  material: null,
  pattern: null,
  gender: null,
  age_group: null,
  custom_labels: [null, null, null, null, null],
  quantity: null,
}

const FORMATTERS: Record<FeedFormatKey, FeedFormatter> = {
  google_xml: rssFormatter("google_xml", "google"),
  meta_xml: rssFormatter("meta_xml", "meta"),
  pinterest_xml: rssFormatter("pinterest_xml", "pinterest"),
  meta_csv: csvFormatter("meta_csv", "meta"),
  tiktok_csv: csvFormatter("tiktok_csv", "tiktok"),
}

export function getFormatter(key: FeedFormatKey): FeedFormatter {
  return FORMATTERS[key]
}
