import type { ProductDisplay } from "../../../lib/product-display"
import { formatMoney } from "../../social-share/lib/money"
import { NETWORK_RULES, type PublishNetwork } from "./networks"
import { renderTemplate, type TemplateValues } from "./template"
import { checkPostText, type TextProblem } from "./text"

export type ProductValuesInput = {
  product: ProductDisplay
  /** The locale the post speaks (prices are formatted in it). */
  locale?: string
  /** The post's own tracked link. */
  link: string
  shop: string
  rating?: { average: number; count: number } | null
}

/**
 * A product's placeholder values in one market: the price the market's shoppers pay (the same
 * `marketPrice` as the cards, tags and feeds), the sale and original price only while on sale,
 * the rating only when it has reviews.
 */
export function productValues({ product, locale, link, shop, rating }: ProductValuesInput): TemplateValues {
  const price = product.price
  const money = (amount: number) => (price ? formatMoney(amount, price.currency_code, locale) : null)
  return {
    title: product.title,
    description: product.description ? firstSentences(product.description, 300) : null,
    price: price ? money(price.amount) : null,
    sale_price: price?.on_sale ? money(price.amount) : null,
    original_price: price?.on_sale ? money(price.original_amount) : null,
    rating: rating?.count ? rating.average.toFixed(1) : null,
    review_count: rating?.count ? String(rating.count) : null,
    link,
    brand: shop,
    collection: product.collection,
    shop,
  }
}

/** Plain text of a description, cut at a sentence or word boundary within `max` characters. */
export function firstSentences(text: string, max: number): string {
  const plain = text.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim()
  if (plain.length <= max) return plain
  const cut = plain.slice(0, max)
  const sentence = cut.lastIndexOf(". ")
  if (sentence > max / 2) return cut.slice(0, sentence + 1)
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : max).trimEnd()}…`
}

export type PostProblem = { field: TextProblem["field"] | "template"; message: string }
export type ComposedPost = { text: string; title: string | null; problems: PostProblem[] }

/**
 * A post's text for its network: the template rendered with the market's values (or the text as
 * written), the link added where the network makes links clickable and the text has none, and what
 * the network would refuse, by field.
 */
export function composePost(
  network: PublishNetwork,
  input: { template?: string | null; text?: string | null; title?: string | null },
  values: TemplateValues
): ComposedPost {
  const source = input.template ?? input.text ?? ""
  const rendered = renderTemplate(source, values)
  if (rendered.unknown.length) {
    return { text: rendered.text, title: input.title ?? null, problems: [{ field: "template", message: `unknown placeholder ${rendered.unknown.map((u) => `{${u}}`).join(", ")}` }] }
  }
  if (rendered.missing.length) {
    return {
      text: rendered.text,
      title: input.title ?? null,
      problems: [{ field: "template", message: `${rendered.missing.map((m) => `{${m}}`).join(", ")} has no value for this product in this market` }],
    }
  }
  let text = rendered.text
  if (NETWORK_RULES[network].links_in_text && values.link && !text.includes(values.link)) {
    text = `${text}\n${values.link}`
  }
  const title = input.title ? renderTemplate(input.title, values).text : null
  return { text, title, problems: checkPostText(network, { text, title }) }
}
