/**
 * NormalizedItem -> a Merchant API `ProductInput` (`accounts.productInputs.insert`, products v1):
 * offerId, contentLanguage and feedLabel identify the product; `productAttributes` carry the
 * Products Data Specification's attributes in camelCase, enums in capitals, prices in micros.
 */
import type { Market, NormalizedItem, RemoteIssue } from "../types"
import { toMicros } from "../lib/money"

export const GOOGLE_AVAILABILITY: Record<NormalizedItem["availability"], string> = {
  in_stock: "IN_STOCK",
  out_of_stock: "OUT_OF_STOCK",
  preorder: "PREORDER",
  backorder: "BACKORDER",
}

const CONDITION: Record<NormalizedItem["condition"], string> = { new: "NEW", refurbished: "REFURBISHED", used: "USED" }
const GENDER: Record<string, string> = { male: "MALE", female: "FEMALE", unisex: "UNISEX" }
const AGE_GROUP: Record<string, string> = {
  newborn: "NEWBORN",
  infant: "INFANT",
  toddler: "TODDLER",
  kids: "KIDS",
  adult: "ADULT",
}

export type GoogleProductInput = {
  offerId: string
  contentLanguage: string
  feedLabel: string
  productAttributes: Record<string, unknown>
}

function price(p: { amount: number; currency_code: string }) {
  return { amountMicros: toMicros(p.amount, p.currency_code), currencyCode: p.currency_code.toUpperCase() }
}

/** The feed label is the market's country ("US"), the content language its ISO 639-1 code ("en"). */
export function googleMarketKey(market: Market): { contentLanguage: string; feedLabel: string } {
  return { contentLanguage: market.language.slice(0, 2).toLowerCase(), feedLabel: market.country.toUpperCase() }
}

export function toGoogleProductInput(item: NormalizedItem, market: Market): GoogleProductInput {
  const dates = item.sale_price_effective_date
  const attributes: Record<string, unknown> = {
    title: item.title,
    description: item.description,
    link: item.link,
    imageLink: item.image_link,
    additionalImageLinks: item.additional_image_links.length ? item.additional_image_links : null,
    availability: GOOGLE_AVAILABILITY[item.availability],
    condition: CONDITION[item.condition],
    price: price(item.price),
    salePrice: item.sale_price ? price(item.sale_price) : null,
    salePriceEffectiveDate:
      item.sale_price && dates && (dates.start || dates.end)
        ? { ...(dates.start ? { startTime: dates.start } : {}), ...(dates.end ? { endTime: dates.end } : {}) }
        : null,
    itemGroupId: item.item_group_id,
    brand: item.brand,
    gtins: item.gtin ? [item.gtin] : null,
    mpn: item.mpn,
    // Google needs identifier_exists = false when neither a GTIN nor an MPN is known.
    identifierExists: item.gtin || item.mpn ? null : false,
    googleProductCategory: item.google_product_category,
    productTypes: item.product_type ? [item.product_type] : null,
    color: item.color,
    size: item.size,
    material: item.material,
    pattern: item.pattern,
    gender: item.gender ? GENDER[item.gender.toLowerCase()] ?? null : null,
    ageGroup: item.age_group ? AGE_GROUP[item.age_group.toLowerCase()] ?? null : null,
  }
  item.custom_labels.forEach((label, i) => {
    attributes[`customLabel${i}`] = label
  })
  for (const key of Object.keys(attributes)) {
    if (attributes[key] === null || attributes[key] === undefined || attributes[key] === "") {
      delete attributes[key]
    }
  }
  return { offerId: item.id, ...googleMarketKey(market), productAttributes: attributes }
}

/**
 * The `{productInput}` segment of a product input's name: `contentLanguage~feedLabel~offerId`,
 * sent as unpadded base64url when the offer id holds a character the Merchant API reserves
 * (`% . + / : ~ , ( * ! ) & ? = @ # $`), as its product naming guide requires.
 */
export function googleProductInputSegment(offerId: string, market: Market): string {
  const { contentLanguage, feedLabel } = googleMarketKey(market)
  const plain = `${contentLanguage}~${feedLabel}~${offerId}`
  if (/[%.+/:~,(*!)&?=@#$\s]/.test(offerId)) {
    return Buffer.from(plain, "utf8").toString("base64url")
  }
  return plain
}

const SEVERITY: Record<string, RemoteIssue["severity"]> = { DISAPPROVED: "disapproved", DEMOTED: "demoted" }

/**
 * A Product's `productStatus.itemLevelIssues` (Merchant API products v1: code, severity
 * NOT_IMPACTED / DEMOTED / DISAPPROVED, attribute, description, detail) as review issues, the
 * message as Merchant Center shows it ("Image too small: Use an image of at least 100 x 100").
 */
export function googleIssues(status: any): RemoteIssue[] {
  return (status?.itemLevelIssues ?? []).map((i: any) => ({
    code: `google_${i.code ?? "issue"}`,
    message: [i.description, i.detail].filter(Boolean).join(": ") || String(i.code ?? "issue"),
    severity: SEVERITY[String(i.severity)] ?? "warning",
    attribute: i.attribute ?? null,
  }))
}
