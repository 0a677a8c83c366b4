import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICacheService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { CARD_FORMATS, cardUrl } from "../../../../lib/card-formats"
import { loadProductDisplays } from "../../../../lib/product-display"
import { resolveMarket } from "../../../../lib/market"
import { plainAmount } from "../../../../modules/social-share/lib/money"
import { plainText } from "../../../../modules/social-share/lib/meta"
import { buildRss } from "../../../../modules/social-share/lib/rss"
import { productPageUrl, resolveCurrency, shareContext } from "../../../utils/share"
import type { SocialRssParamsType } from "../middlewares"
import { publicSalesChannelIds } from "../../../utils/public-channels"

export const RSS_CACHE_PREFIX = "social:rss:"
const RSS_TTL_SECONDS = 300
const RSS_SIZE = 50

/**
 * The newest published products of the given public channels. The product <-> sales channel link
 * has its own table: the ids are read through it (ids only).
 */
async function newestProductIds(scope: MedusaContainer, channelIds: string[]): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  if (!channelIds.length) {
    return []
  }
  const { data: links } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: channelIds },
  })
  const ids = [...new Set((links as Array<{ product_id: string }>).map((l) => l.product_id))]
  if (!ids.length) {
    return []
  }
  const { data } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { status: "published", id: ids },
    pagination: { take: RSS_SIZE, order: { created_at: "DESC", id: "DESC" } },
  })
  return (data as Array<{ id: string }>).map((p) => p.id)
}

/**
 * The channels a feed covers: the one asked for, which must be public (the store's default or a
 * publishable key's: a private channel answers as an unknown one, so its id reveals nothing), or
 * by default every public channel. Never a product only sold in a private channel.
 */
async function feedChannels(scope: MedusaContainer, asked?: string): Promise<string[]> {
  const open = await publicSalesChannelIds(scope)
  if (asked) {
    if (!open.has(asked)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: sales_channel_id: no sales channel "${asked}"`)
    }
    return [asked]
  }
  return [...open].sort()
}

async function renderFeed(req: MedusaRequest, params: SocialRssParamsType, currency: string) {
  const ctx = await shareContext(req.scope)
  const ids = await newestProductIds(req.scope, await feedChannels(req.scope, params.sales_channel_id))
  const displays = await loadProductDisplays(req.scope, {
    ids,
    currency_code: currency,
    sales_channel_id: params.sales_channel_id,
    // The feed has a currency and no locale: the currency's default region's price.
    market: await resolveMarket(req.scope, currency),
  })
  const self = new URL("/social/rss/products.xml", ctx.options.publicUrl)
  for (const [k, v] of Object.entries(params)) {
    if (v) {
      self.searchParams.set(k, v)
    }
  }
  return buildRss({
    title: `${ctx.settings.brand_name}: new products`,
    link: ctx.settings.storefront_url,
    description: `The newest products of ${ctx.settings.brand_name}`,
    selfUrl: self.toString(),
    lastBuildDate: new Date(),
    items: displays.map((d) => {
      const link = new URL(productPageUrl(ctx.settings, d))
      link.searchParams.set("utm_source", "rss")
      link.searchParams.set("utm_medium", "social")
      link.searchParams.set("utm_campaign", "new_products")
      return {
        guid: d.id,
        title: d.title,
        link: link.toString(),
        description: plainText(d.description || d.subtitle || d.title, 1000),
        pubDate: d.created_at,
        price: d.price ? `${plainAmount(d.price.amount, d.price.currency_code)} ${d.price.currency_code}` : null,
        image: { url: cardUrl(ctx.options.publicUrl, d.id, "og"), ...CARD_FORMATS.og },
        categories: d.categories,
      }
    }),
  })
}

/**
 * RSS 2.0 of the 50 newest published products. The XML is kept in Medusa's cache module (shared
 * through Redis when configured) for five minutes and dropped on every product change by the
 * `social-rss-invalidate` subscriber, so a busy feed reader costs one cache read.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const params = req.validatedQuery as SocialRssParamsType
  const currency = await resolveCurrency(req.scope, params.currency_code)
  // Refuse a private or unknown channel before the cache: a cached feed is only ever a public one.
  await feedChannels(req.scope, params.sales_channel_id)
  const key = `${RSS_CACHE_PREFIX}${params.sales_channel_id ?? "all"}:${currency}`
  const cache = req.scope.hasRegistration(Modules.CACHE) ? req.scope.resolve<ICacheService>(Modules.CACHE) : null
  let xml = (await cache?.get<string>(key).catch(() => null)) ?? null
  const hit = !!xml
  if (!xml) {
    xml = await renderFeed(req, params, currency)
    await cache?.set(key, xml, RSS_TTL_SECONDS).catch(() => undefined)
  }
  res
    .status(200)
    .set({
      "Content-Type": "application/rss+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      "X-Cache": hit ? "HIT" : "MISS",
    })
    .send(xml)
}
