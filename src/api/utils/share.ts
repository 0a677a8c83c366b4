import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CARD_FORMATS, CARD_FORMAT_NAMES, cardUrl, type CardFormat, type CardParams } from "../../lib/card-formats"
import { loadProductDisplays, type ProductDisplay } from "../../lib/product-display"
import { resolveMarket } from "../../lib/market"
import { SOCIAL_SETTINGS_MODULE, renderProductUrl } from "../../modules/social-settings"
import type SocialSettingsModuleService from "../../modules/social-settings/service"
import type { EffectiveSocialSettings } from "../../modules/social-settings/types"
import type { PluginOptions } from "../../modules/social-settings/options"
import { buildProductMeta, type ProductMeta, type ReviewStats } from "../../modules/social-share/lib/meta"
import { localeParts } from "../../modules/social-share/lib/locale"

/** Shared by the share, meta, short-link and RSS routes. */
export type ShareContext = { settings: EffectiveSocialSettings; options: PluginOptions }

export async function shareContext(scope: MedusaContainer): Promise<ShareContext> {
  const service = scope.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE)
  return { settings: await service.getEffectiveSettings(), options: service.getPluginOptions() }
}

const TTL_MS = 60_000
const currencyCache: { value: { default: string; supported: string[] } | null; at: number } = { value: null, at: 0 }

/** The store's currencies (default first), cached for a minute per process. */
export async function storeCurrencies(scope: MedusaContainer) {
  if (currencyCache.value && Date.now() - currencyCache.at < TTL_MS) {
    return currencyCache.value
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "store", fields: ["supported_currencies.*"], pagination: { take: 1 } })
  const list = ((data[0] as any)?.supported_currencies ?? []) as Array<{ currency_code: string; is_default: boolean }>
  const supported = list.map((c) => c.currency_code.toLowerCase())
  const value = {
    default: (list.find((c) => c.is_default)?.currency_code ?? supported[0] ?? "usd").toLowerCase(),
    supported,
  }
  currencyCache.value = value
  currencyCache.at = Date.now()
  return value
}

/** The currency asked for (400 when the store does not sell in it), else the store's default. */
export async function resolveCurrency(scope: MedusaContainer, asked?: string): Promise<string> {
  const currencies = await storeCurrencies(scope)
  if (!asked) {
    return currencies.default
  }
  const code = asked.toLowerCase()
  if (currencies.supported.length && !currencies.supported.includes(code)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid request: currency_code: the store does not sell in "${asked}" (${currencies.supported.join(", ")})`
    )
  }
  return code
}

export type DisplayParams = { variant_id?: string; currency_code?: string; locale?: string }

/**
 * The sales channels a store request may see: those of its publishable key. A key without any is
 * refused as Medusa's own store product routes refuse it.
 */
export function keySalesChannels(req: { publishable_key_context?: { sales_channel_ids?: string[] } }): string[] {
  const ids = req.publishable_key_context?.sales_channel_ids ?? []
  if (!ids.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }
  return ids
}

/**
 * One published product for display; 404 for an unknown or unpublished product, or one outside
 * `salesChannelIds` when given (a store route passes its key's channels: a product the storefront
 * does not sell is as absent as a draft), 400 for a variant of another product or a currency the
 * store does not sell in.
 */
export async function loadPublishedDisplay(
  scope: MedusaContainer,
  id: string,
  params: DisplayParams,
  salesChannelIds?: string[]
): Promise<ProductDisplay> {
  const currency_code = await resolveCurrency(scope, params.currency_code)
  // The price of the link's market: its locale's country, else the currency's default region.
  const market = await resolveMarket(scope, currency_code, params.locale)
  const [display] = await loadProductDisplays(scope, { ids: [id], currency_code, variant_id: params.variant_id, market })
  const inChannel = !salesChannelIds || (display?.sales_channel_ids ?? []).some((c) => salesChannelIds.includes(c))
  if (!display || display.status !== "published" || !inChannel) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${id} was not found`)
  }
  if (params.variant_id && display.variant?.id !== params.variant_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid request: variant_id: "${params.variant_id}" is not a variant of this product`
    )
  }
  return display
}

/** The storefront page of a product (no tracking parameters): og:url and canonical. */
export function productPageUrl(settings: EffectiveSocialSettings, product: { id: string; handle: string }, locale?: string) {
  return renderProductUrl(settings.product_url_template, {
    storefront: settings.storefront_url,
    handle: product.handle,
    id: product.id,
    ...localeParts(locale),
  })
}

/** The card parameters of a request, for `cardUrl`. */
export function cardParams(display: ProductDisplay, params: DisplayParams): CardParams {
  return {
    variant_id: params.variant_id,
    currency_code: params.currency_code ? display.price?.currency_code.toLowerCase() : undefined,
    locale: params.locale,
  }
}

export function cardUrls(ctx: ShareContext, productId: string, params: CardParams): Record<CardFormat, string> {
  return Object.fromEntries(
    CARD_FORMAT_NAMES.map((f) => [f, cardUrl(ctx.options.publicUrl, productId, f, params)])
  ) as Record<CardFormat, string>
}

/** The key of the reviews module; optional: without it (or with reviews off) there is no rating. */
const PRODUCT_REVIEW_MODULE = "product_review"

type RatingSource = { getProductRatingStats(ids: string[]): Promise<Record<string, { average: number | null; count: number }>> }

/**
 * The product's approved-review rating for `aggregateRating`, or null when the reviews capability
 * is absent or switched off, or the product has no approved review.
 */
export async function reviewStats(scope: MedusaContainer, ctx: ShareContext, productId: string): Promise<ReviewStats | null> {
  if (!ctx.settings.features.reviews || !scope.hasRegistration(PRODUCT_REVIEW_MODULE)) {
    return null
  }
  const stats = await scope
    .resolve<RatingSource>(PRODUCT_REVIEW_MODULE)
    .getProductRatingStats([productId])
    .catch(() => ({}) as Record<string, never>)
  const s = stats[productId]
  return s && s.count > 0 && s.average != null ? { average: s.average, count: s.count } : null
}

/** The meta tag set of a product, pointing at its `og` card. */
export function productMeta(
  ctx: ShareContext,
  display: ProductDisplay,
  params: DisplayParams,
  reviews?: ReviewStats | null
): ProductMeta {
  const og = CARD_FORMATS.og
  return buildProductMeta({
    product: display,
    canonicalUrl: productPageUrl(ctx.settings, display, params.locale),
    image: { url: cardUrl(ctx.options.publicUrl, display.id, "og", cardParams(display, params)), ...og },
    siteName: ctx.settings.brand_name,
    brandName: ctx.settings.brand_name,
    locale: params.locale,
    twitterSite: ctx.options.twitterHandle,
    reviews,
  })
}
