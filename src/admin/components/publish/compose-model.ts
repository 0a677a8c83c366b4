import type { ProductDisplay } from "../../../lib/product-display"
import { composePost, productValues, type ComposedPost } from "../../../modules/social-publish/lib/compose"
import { NETWORK_RULES, type PublishNetwork } from "../../../modules/social-publish/lib/networks"
import type { TemplateValues } from "../../../modules/social-publish/lib/template"
import { isoToZoned, zonedToIso } from "../../lib/zoned-time"
import type { Account, ComposerProduct, Post } from "./types"

export type ComposerForm = {
  account_id: string
  /** A product post, or a free-text post with a storefront link. */
  kind: "product" | "link"
  product_id: string
  variant_id: string
  link_url: string
  /** A template rendered per market, or a text written by hand. */
  source: "template" | "text"
  template: string
  text: string
  title: string
  locale: string
  currency_code: string
  /** `datetime-local` value, read in `time_zone`. */
  when: string
  time_zone: string
}

export const DEFAULT_TEMPLATE = "{title} – {price}"

export function toComposerForm(p: Post | null, defaults: { product_id?: string; account_id?: string; currency_code: string; time_zone: string }): ComposerForm {
  if (!p) {
    return {
      account_id: defaults.account_id ?? "",
      kind: "product",
      product_id: defaults.product_id ?? "",
      variant_id: "",
      link_url: "",
      source: "template",
      template: DEFAULT_TEMPLATE,
      text: "",
      title: "",
      locale: "en",
      currency_code: defaults.currency_code,
      when: "",
      time_zone: defaults.time_zone,
    }
  }
  return {
    account_id: p.account_id,
    kind: p.product_id ? "product" : "link",
    product_id: p.product_id ?? "",
    variant_id: p.variant_id ?? "",
    link_url: p.link_url ?? "",
    source: p.template !== null ? "template" : "text",
    template: p.template ?? "",
    text: p.template !== null ? "" : p.text,
    title: p.title ?? "",
    locale: p.locale || "en",
    currency_code: p.currency_code,
    when: p.scheduled_at ? isoToZoned(p.scheduled_at, p.time_zone) : "",
    time_zone: p.time_zone,
  }
}

/**
 * The request body for the status asked. A new post names its account, product or link and market;
 * an edit can change only what the update route takes (its text, title and time). Nothing is
 * checked here that the server checks: its 400 names the field.
 */
export function toPostBody(f: ComposerForm, status: "draft" | "scheduled", editing: boolean, network: PublishNetwork | undefined): Record<string, unknown> {
  const source = f.source === "template" ? { template: f.template } : { text: f.text }
  const scheduled_at = f.when ? (zonedToIso(f.when, f.time_zone) ?? f.when) : null
  const hasTitle = !network || NETWORK_RULES[network].title_max !== undefined
  if (editing) {
    return { ...source, title: hasTitle && f.title.trim() ? f.title : null, scheduled_at, time_zone: f.time_zone, status }
  }
  return {
    account_id: f.account_id,
    ...(f.kind === "product" ? { product_id: f.product_id || undefined, variant_id: f.variant_id || undefined } : { link_url: f.link_url }),
    ...source,
    ...(hasTitle && f.title.trim() && { title: f.title }),
    locale: f.locale,
    currency_code: f.currency_code,
    ...(scheduled_at && { scheduled_at }),
    time_zone: f.time_zone,
    status,
  }
}

/**
 * What the preview cannot know before the server composes the post: the rating (the reviews
 * module), and whether the market's price is a sale (price lists, the region's rules). They show
 * as their name in brackets until the post is saved; the saved post's text is the server's own.
 */
export const SERVER_ONLY: readonly (keyof TemplateValues)[] = ["rating", "review_count", "sale_price", "original_price"]

/** The product as the server's composer reads it, from what the admin API gives (list prices). */
export function previewDisplay(p: ComposerProduct, variantId: string, currency: string): ProductDisplay {
  const variants = variantId ? p.variants.filter((v) => v.id === variantId) : p.variants
  const amounts = variants.flatMap((v) => v.prices.filter((x) => x.currency_code.toLowerCase() === currency.toLowerCase()).map((x) => Number(x.amount)))
  const amount = amounts.length ? Math.min(...amounts) : null
  const variant = variantId ? variants[0] : null
  return {
    id: p.id,
    handle: "",
    title: p.title,
    subtitle: null,
    description: p.description,
    status: "published",
    thumbnail: p.thumbnail,
    images: [],
    collection: p.collection?.title ?? null,
    categories: [],
    tags: [],
    variant: variant ? { id: variant.id, title: variant.title, sku: null, barcode: null, options: {} } : null,
    price: amount === null ? null : { currency_code: currency, amount, original_amount: amount, on_sale: false, tax_included: false },
    availability: "in stock",
    created_at: new Date(0),
    updated_at: new Date(0),
  }
}

/** The placeholder values of the preview: the server's `productValues` over the admin's data. */
export function previewValues(input: { product: ComposerProduct | null; variantId: string; currency: string; locale: string; link: string; shop: string }): TemplateValues {
  if (!input.product) return { link: input.link, shop: input.shop, brand: input.shop }
  const values = productValues({ product: previewDisplay(input.product, input.variantId, input.currency), locale: input.locale, link: input.link, shop: input.shop, rating: null })
  for (const k of SERVER_ONLY) values[k] = `[${k.replace(/_/g, " ")}]`
  return values
}

/** The post as its network will get it, composed by the server's own function. */
export function previewPost(network: PublishNetwork, f: ComposerForm, values: TemplateValues): ComposedPost {
  const hasTitle = NETWORK_RULES[network].title_max !== undefined
  return composePost(network, { ...(f.source === "template" ? { template: f.template } : { text: f.text }), title: hasTitle ? f.title || null : null }, values)
}

/** The account's label in pickers and the calendar. */
export const accountLabel = (a: Pick<Account, "name" | "network">) => `${a.name} · ${a.network}`
