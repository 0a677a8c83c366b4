import type { NormalizedItem } from "../../../providers/catalog/types"
import { isValidGtin } from "./gtin"
import { currencyDecimals } from "./money"
import { RULES, VARIANT_ATTRIBUTES, type Destination } from "./destinations"

export type Issue = { code: string; field: string; message: string }
export type ValidationResult = { errors: Issue[]; warnings: Issue[] }

const GENDERS = new Set(["male", "female", "unisex"])
const AGE_GROUPS = new Set(["newborn", "infant", "toddler", "kids", "adult"])
const CONDITIONS = new Set(["new", "refurbished", "used"])

function isAbsoluteHttpUrl(value: string | null | undefined): boolean {
  if (!value) return false
  try {
    const u = new URL(value)
    return (u.protocol === "https:" || u.protocol === "http:") && !!u.hostname
  } catch {
    return false
  }
}

/**
 * Whether a text has more than `max` characters (code points, as the platforms count them).
 * A string never has more code points than UTF-16 units, so most texts are answered by their
 * length alone, without walking a 5,000-character description once per variant.
 */
function longerThan(s: string | null | undefined, max: number): boolean {
  if (!s || s.length <= max) return false
  let n = 0
  for (const _ of s) if (++n > max) return true
  return false
}

function empty(v: unknown) {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "")
}

/**
 * Checks one item against a destination's rules. An item with errors is not sent and not put in
 * a feed; warnings are stored for the admin and do not block.
 */
export function validateItem(destination: Destination, item: NormalizedItem): ValidationResult {
  const rules = RULES[destination]
  const errors: Issue[] = []
  const warnings: Issue[] = []
  const err = (code: string, field: string, message: string) => errors.push({ code, field, message })

  for (const field of rules.required) {
    if (field === "brand_or_identifier") {
      if (empty(item.brand) && empty(item.gtin) && empty(item.mpn)) {
        err("missing_brand_or_identifier", "brand", "needs a brand, a GTIN or an MPN")
      }
    } else if (field === "price") {
      if (!item.price) err("missing_price", "price", "has no price in this market's currency")
    } else if (empty(item[field])) {
      err(`missing_${field}`, field, `is required by ${destination}`)
    }
  }

  if (longerThan(item.id, rules.idMax)) err("id_too_long", "id", `is longer than ${rules.idMax} characters`)
  if (longerThan(item.title, rules.titleMax)) err("title_too_long", "title", `is longer than ${rules.titleMax} characters`)
  if (longerThan(item.description, rules.descriptionMax)) {
    err("description_too_long", "description", `is longer than ${rules.descriptionMax} characters`)
  }
  if (/<[a-z!/][^>]*>/i.test(item.description ?? "")) {
    err("description_html", "description", "must be plain text, without HTML")
  }

  if (item.link && !isAbsoluteHttpUrl(item.link)) err("invalid_link", "link", "must be an absolute http(s) URL")
  if (item.image_link && !isAbsoluteHttpUrl(item.image_link)) {
    err("invalid_image_link", "image_link", "must be an absolute http(s) URL")
  }
  item.additional_image_links.forEach((url, i) => {
    if (!isAbsoluteHttpUrl(url)) err("invalid_image_link", `additional_image_links.${i}`, "must be an absolute http(s) URL")
  })
  if (item.additional_image_links.length > rules.maxAdditionalImages) {
    warnings.push({
      code: "too_many_images",
      field: "additional_image_links",
      message: `only the first ${rules.maxAdditionalImages} additional images are sent`,
    })
  }

  for (const [field, money] of [["price", item.price], ["sale_price", item.sale_price]] as const) {
    if (!money) continue
    if (!/^[A-Z]{3}$/.test(money.currency_code)) {
      err("invalid_currency", field, "must carry an ISO 4217 currency code")
    }
    if (!Number.isFinite(money.amount) || money.amount <= 0) {
      err("invalid_price", field, "must be a positive amount")
    } else {
      const d = currencyDecimals(money.currency_code)
      if (Math.abs(money.amount * 10 ** d - Math.round(money.amount * 10 ** d)) > 1e-6) {
        err("invalid_price", field, `has more than ${d} decimals for ${money.currency_code}`)
      }
    }
  }
  if (item.price && item.sale_price && item.sale_price.amount >= item.price.amount) {
    err("sale_price_not_lower", "sale_price", "must be lower than the price")
  }

  if (item.gtin && !isValidGtin(item.gtin)) {
    err("invalid_gtin", "gtin", "must be 8, 12, 13 or 14 digits with a valid check digit")
  }
  if (longerThan(item.mpn, 70)) err("mpn_too_long", "mpn", "is longer than 70 characters")
  if (!CONDITIONS.has(item.condition)) err("invalid_condition", "condition", "must be new, refurbished or used")
  if (item.gender && !GENDERS.has(item.gender)) err("invalid_gender", "gender", "must be male, female or unisex")
  if (item.age_group && !AGE_GROUPS.has(item.age_group)) {
    err("invalid_age_group", "age_group", "must be newborn, infant, toddler, kids or adult")
  }
  if (item.description && item.title && item.description.trim() === item.title.trim()) {
    warnings.push({ code: "description_is_title", field: "description", message: "repeats the title" })
  }
  return { errors, warnings }
}

/**
 * Checks a variant group: an attribute that any variant of a product has (size, colour...) must
 * be on every variant, out-of-stock ones included, or the platforms cannot group them.
 * Returns the issues per item id.
 */
export function validateGroup(items: NormalizedItem[]): Map<string, Issue[]> {
  const issues = new Map<string, Issue[]>()
  if (items.length < 2) return issues
  const used = VARIANT_ATTRIBUTES.filter((a) => items.some((i) => !empty(i[a])))
  for (const item of items) {
    const missing = used.filter((a) => empty(item[a]))
    if (missing.length) {
      issues.set(
        item.id,
        missing.map((a) => ({
          code: "missing_variant_attribute",
          field: a,
          message: `is set on other variants of the product but not on this one`,
        }))
      )
    }
  }
  return issues
}
