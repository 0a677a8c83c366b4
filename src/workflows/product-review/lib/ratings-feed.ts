import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createHash, createHmac } from "crypto"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import { SOCIAL_SETTINGS_MODULE, renderProductUrl } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"
import { SOCIAL_REWARD_MODULE } from "../../../modules/social-reward"
import type SocialRewardModuleService from "../../../modules/social-reward/service"
import { productBrand, variantIdentifiers } from "../../../modules/social-catalog/lib/identifiers"
import type { FieldMapping } from "../../../modules/social-catalog/types"
import { FEED_TAIL, feedHead, reviewXml, type FeedProduct } from "../../../modules/product-review/lib/google-feed"
import { catalogService } from "../../social-catalog/lib/channel"

/** Reviews read, and written to the response, per page. */
export const FEED_PAGE = 1000
/** Products kept between pages (reviews of one product are spread over the id order). */
const PRODUCT_CACHE = 5000

/**
 * The feed's token: an HMAC of the plugin's secret, so it needs no storage and changes when the
 * secret does (the catalog feeds' tokens are random and stored per channel; there is one ratings
 * feed per store). 32 URL-safe characters.
 */
export function ratingsFeedToken(secret: string): string {
  return createHmac("sha256", secret).update("social-commerce:google-product-ratings-feed").digest("base64url").slice(0, 32)
}

type Ctx = {
  container: MedusaContainer
  mapping: FieldMapping
  storefront: string
  template: string
  brandName: string | null
}

/** The Google catalog channel's identifier mapping (so ids match the items Google has), or the defaults. */
async function googleMapping(container: MedusaContainer): Promise<FieldMapping> {
  const [channel] = await catalogService(container).listSocialCatalogChannels({ destination: "google" }, { take: 1, order: { created_at: "ASC" } })
  return ((channel as { field_mapping?: FieldMapping | null } | undefined)?.field_mapping ?? {}) as FieldMapping
}

export async function feedContext(container: MedusaContainer) {
  const settingsService = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE)
  const settings = await settingsService.getEffectiveSettings()
  const ctx: Ctx = {
    container,
    mapping: await googleMapping(container),
    storefront: settings.storefront_url,
    template: settings.product_url_template,
    brandName: settings.brand_name,
  }
  return { ctx, settings, secret: settingsService.getPluginOptions().secret }
}

/** The ETag: the reviews' version, the reward ledger's review grants and the newest product change. */
export async function ratingsFeedEtag(container: MedusaContainer): Promise<string> {
  const reviews = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
  const rewards = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [version, [grants, grantCount], { data: products }] = await Promise.all([
    reviews.feedVersion(),
    rewards.listAndCountRewardGrants({ source_type: "review" }, { take: 1, order: { updated_at: "DESC" }, select: ["id", "updated_at"] }),
    query.graph({ entity: "product", fields: ["id", "updated_at"], pagination: { take: 1, order: { updated_at: "DESC" } } }),
  ])
  const parts = [version, grantCount, grants[0]?.updated_at ?? "-", (products[0] as { updated_at?: unknown } | undefined)?.updated_at ?? "-"]
  return createHash("sha256").update(parts.map(String).join("|")).digest("base64url").slice(0, 27)
}

/** The page's products (null: gone), loaded into `cache` when missing there. */
async function loadProducts(ctx: Ctx, ids: string[], cache: Map<string, FeedProduct | null>) {
  const mine = () => new Map(ids.map((id) => [id, cache.get(id) ?? null]))
  const missing = ids.filter((id) => !cache.has(id))
  if (!missing.length) return mine()
  if (cache.size + missing.length > PRODUCT_CACHE) cache.clear()
  const gtinFields = ctx.mapping.gtin_from ?? ["barcode", "ean", "upc"]
  const mpnField = ctx.mapping.mpn_from === undefined ? "mid_code" : ctx.mapping.mpn_from
  const variantFields = [...new Set(["id", "sku", ...gtinFields, ...(mpnField ? [mpnField] : [])])].map((f) => `variants.${f}`)
  const { data } = await ctx.container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "handle", "metadata", ...variantFields],
    filters: { id: missing },
  })
  for (const id of missing) cache.set(id, null)
  for (const p of data as { id: string; title: string; handle: string; metadata: Record<string, unknown> | null; variants?: Record<string, unknown>[] }[]) {
    const gtins = new Set<string>()
    const mpns = new Set<string>()
    const skus = new Set<string>()
    for (const v of p.variants ?? []) {
      // The same identifiers the Google catalog channel sends for each variant (its items).
      const ids = variantIdentifiers(v as { id: string }, ctx.mapping)
      if (ids.gtin) gtins.add(ids.gtin)
      if (ids.mpn) mpns.add(ids.mpn)
      if (ids.sku) skus.add(ids.sku)
      // The offer id: Google's docs say a review's SKU "often matches the product Offer Id".
      skus.add(ids.offer_id)
    }
    const brand = productBrand(p, ctx.mapping, ctx.brandName)
    cache.set(p.id, {
      name: p.title,
      url: renderProductUrl(ctx.template, { storefront: ctx.storefront, handle: p.handle, id: p.id }),
      gtins: [...gtins],
      mpns: [...mpns],
      skus: [...skus],
      brands: brand ? [brand] : [],
    })
  }
  return mine()
}

/**
 * Writes the whole feed through `write` a page at a time (awaiting it: the caller applies the
 * response's backpressure), so memory holds two pages of reviews and the product cache whatever
 * the number of reviews. The next page's queries run while the current one is turned into XML and
 * written, so the database and the client's reading overlap. A review whose product is gone is
 * left out.
 */
export async function writeRatingsFeed(
  container: MedusaContainer,
  write: (chunk: string) => Promise<void>,
  publisher: { name: string; favicon: string | null }
) {
  const { ctx } = await feedContext(container)
  const reviews = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
  const rewards = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  const cache = new Map<string, FeedProduct | null>()
  const fetchPage = async (after: string) => {
    const page = await reviews.pageFeedReviews(after, FEED_PAGE)
    const [rewarded, products] = await Promise.all([
      // is_incentivized_review from the ledger: a reward granted for the review, whatever became of it.
      rewards.rewardedReviewIds(page.map((r) => r.id)),
      loadProducts(ctx, [...new Set(page.map((r) => r.product_id))], cache),
    ])
    return { page, rewarded, products }
  }
  await write(feedHead(publisher))
  let next: ReturnType<typeof fetchPage> | null = fetchPage("")
  let count = 0
  while (next) {
    const { page, rewarded, products } = await next
    // Started before this page is written; a rejection is awaited (and thrown) on the next turn.
    next = page.length === FEED_PAGE ? fetchPage(page[page.length - 1].id) : null
    next?.catch(() => undefined)
    let chunk = ""
    for (const r of page) {
      const product = products.get(r.product_id)
      if (!product) continue
      chunk += reviewXml({
        id: r.id,
        author_name: r.author_name,
        created_at: r.created_at,
        title: r.title,
        body: r.body,
        rating: r.rating,
        review_url: `${product.url}#review-${r.id}`,
        photos: r.photos ?? [],
        product,
        verified_purchase: r.verified_purchase,
        incentivized: rewarded.has(r.id) || r.incentivized,
        collection_method: r.source === "store" ? "unsolicited" : null,
        transaction_id: r.verified_purchase ? r.order_id : null,
      })
      count++
    }
    if (chunk) await write(chunk)
  }
  await write(FEED_TAIL)
  return count
}
