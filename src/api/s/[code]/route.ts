import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"
import { SOCIAL_SHARE_MODULE } from "../../../modules/social-share"
import type SocialShareModuleService from "../../../modules/social-share/service"
import type { ShareLinkRecord } from "../../../modules/social-share/service"
import { isShareCode } from "../../../modules/social-share/lib/codes"
import { isCrawler } from "../../../modules/social-share/lib/crawler"
import { crawlerPage, notFoundPage } from "../../../modules/social-share/lib/html"
import { localeParts } from "../../../modules/social-share/lib/locale"
import { buildShareRedirect } from "../../../modules/social-share/lib/redirect"
import { clickVisitor, visitorKeys } from "../../../modules/social-share/lib/visitor"
import { ensureShareClickFlusher } from "../../../workflows/social-share/click-flusher"
import { singleFlight } from "../../../modules/social-card/lib/lru"
import { loadPublishedDisplay, productMeta, reviewStats, shareContext, type DisplayParams, type ShareContext } from "../../utils/share"
import { publicSalesChannelIds } from "../../utils/public-channels"
import { requestVisitor } from "../../utils/short-link"

// Everything below is per process and bounded. The redirect path of a known link reads no table
// and builds no URL: the profile of this route under load showed the URL parsing (template, the
// allowed origins, the query string), user-agent matching and Express' content negotiation in
// `res.redirect` as the costs of ours above Medusa's own stack.

const PRODUCT_TTL_MS = 60_000
type ProductEntry = { handle: string; published: boolean; at: number }
const products = new Map<string, ProductEntry>()

/** Handle and status of a product while this process' copy is fresh (a minute), else undefined. */
function cachedProductRoute(id: string): ProductEntry | undefined {
  const cached = products.get(id)
  return cached && Date.now() - cached.at < PRODUCT_TTL_MS ? cached : undefined
}

const productLoads = singleFlight<ProductEntry>()

/**
 * Handle and status of a product, cached a minute per process: the redirect path reads no table.
 * Requests for a product whose entry is being read share that read, and an unchanged product
 * keeps its entry object (refreshed in place), so the targets built from it stay valid.
 */
function loadProductRoute(scope: MedusaContainer, id: string): Promise<ProductEntry> {
  return productLoads(id, () => readProductRoute(scope, id))
}

async function readProductRoute(scope: MedusaContainer, id: string): Promise<ProductEntry> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "handle", "status"], filters: { id } })
  const p = data[0] as { handle: string; status: string } | undefined
  const handle = p?.handle ?? ""
  const published = p?.status === "published"
  const known = products.get(id)
  if (known && known.handle === handle && known.published === published) {
    known.at = Date.now()
    return known
  }
  const entry = { handle, published, at: Date.now() }
  if (products.size > 10_000) {
    products.clear()
  }
  products.set(id, entry)
  return entry
}

/**
 * The settings for this hot path: the settings service's cached value when it is fresh (a plain
 * read: its async accessor sets up a database context on every call), else null (then
 * `shareContext`). A change made in this process shows at once; one made elsewhere within the
 * settings cache TTL.
 */
function cachedContext(scope: MedusaContainer): ShareContext | null {
  const service = scope.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE)
  const settings = service.peekEffectiveSettings()
  return settings ? { settings, options: service.getPluginOptions() } : null
}

/**
 * Crawler or person, by user agent: isbot's pattern is long and a few browsers send most clicks,
 * so the answer is kept per user agent (the string is not tied to anyone; no IP is kept).
 */
const crawlerByAgent = new Map<string, boolean>()
function isCrawlerAgent(userAgent: string): boolean {
  let crawler = crawlerByAgent.get(userAgent)
  if (crawler === undefined) {
    crawler = isCrawler(userAgent)
    if (crawlerByAgent.size >= 10_000) {
      // Drop the oldest (Maps keep insertion order): a store's traffic has thousands of agents.
      crawlerByAgent.delete(crawlerByAgent.keys().next().value as string)
    }
    crawlerByAgent.set(userAgent, crawler)
  }
  return crawler
}

/**
 * The storefront URL of a link, built once per link and kept while the settings object and the
 * product entry it was built from are current (both are replaced, not changed, when they change).
 */
type Target = { settings: ShareContext["settings"]; product: ProductEntry; url: string | null }
const targets = new Map<string, Target>()
function targetOf(ctx: ShareContext, link: ShareLinkRecord, product: ProductEntry): string | null {
  const cached = targets.get(link.code)
  if (cached && cached.settings === ctx.settings && cached.product === product) {
    return cached.url
  }
  const url = buildShareRedirect({
    storefrontUrl: ctx.settings.storefront_url,
    productUrlTemplate: ctx.settings.product_url_template,
    allowedOrigins: ctx.settings.allowed_redirect_origins,
    product: { id: link.product_id, handle: product.handle },
    network: link.network,
    code: link.code,
    ...localeParts(link.locale),
  })
  if (targets.size >= 50_000) {
    targets.delete(targets.keys().next().value as string)
  }
  targets.set(link.code, { settings: ctx.settings, product, url })
  return url
}

/**
 * The tags of a previewer's page per product, locale and currency (what the page depends on besides
 * the settings), kept a minute per process: previewers come in bursts when a link is shared, each
 * with its own user agent and address, and every link of a product shares the product's page.
 * Previewers cache the page for 5 minutes themselves (Cache-Control), so a minute more here
 * changes nothing they show.
 */
const PREVIEW_TTL_MS = 60_000
type Preview = { settings: ShareContext["settings"]; meta: ReturnType<typeof productMeta>; at: number }
const previews = new Map<string, Preview>()
const previewKey = (link: ShareLinkRecord) => `${link.product_id}\u0000${link.locale}\u0000${link.currency_code}`

function cachedPreview(ctx: ShareContext, link: ShareLinkRecord) {
  const hit = previews.get(previewKey(link))
  return hit && hit.settings === ctx.settings && Date.now() - hit.at < PREVIEW_TTL_MS ? hit.meta : undefined
}

const previewLoads = singleFlight<ReturnType<typeof productMeta> | null>()

/** A previewer page's tags; previewers of one product arriving together share one read. */
function loadPreview(scope: MedusaContainer, ctx: ShareContext, link: ShareLinkRecord) {
  return previewLoads(previewKey(link), () => readPreview(scope, ctx, link))
}

/** The page the sharer shared: their locale and currency (a currency the store has dropped since falls back to the default). */
async function readPreview(scope: MedusaContainer, ctx: ShareContext, link: ShareLinkRecord) {
  const locale = link.locale || undefined
  let params: DisplayParams = { locale, currency_code: link.currency_code || undefined }
  // Only what a storefront sells: a product moved to a private channel (wholesale, point of sale)
  // since the link was made shows previewers no title, price or card (within the cache's minute).
  const channels = [...(await publicSalesChannelIds(scope))]
  const display = await loadPublishedDisplay(scope, link.product_id, params, channels)
    .catch((e) => {
      if (!params.currency_code || !MedusaError.isMedusaError(e) || e.type !== MedusaError.Types.INVALID_DATA) {
        throw e
      }
      params = { locale }
      return loadPublishedDisplay(scope, link.product_id, params, channels)
    })
    .catch((e) => {
      if (MedusaError.isMedusaError(e) && e.type === MedusaError.Types.NOT_FOUND) {
        return null
      }
      throw e
    })
  if (!display) {
    return null
  }
  const meta = productMeta(ctx, display, params, await reviewStats(scope, ctx, display.id))
  if (previews.size >= 10_000) {
    previews.delete(previews.keys().next().value as string)
  }
  previews.set(previewKey(link), { settings: ctx.settings, meta, at: Date.now() })
  return meta
}

function notFound(res: MedusaResponse, storefront?: string) {
  res
    .status(404)
    .set({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" })
    .send(notFoundPage(storefront))
}

/**
 * A share link opened by a person (302 to the storefront product page of the sharer's locale, with
 * UTM parameters and the share code) or by a link previewer (200 with the product's tags in that
 * locale, pointing at the `og` card). The click is buffered, never written here. The target comes
 * from the stored link and the settings only: the request's query string and path are not read
 * beyond the code.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  // Every lookup has a synchronous cached path: on this route, under Medusa's async hooks, each
  // awaited promise costs about as much as the lookup behind it.
  const code = req.params.code
  const ctx = cachedContext(req.scope) ?? (await shareContext(req.scope))
  if (!isShareCode(code)) {
    return notFound(res, ctx.settings.storefront_url)
  }
  const service = req.scope.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
  // undefined: not known in this process yet; null: known to be missing (no query for a minute).
  const cached = service.cachedLinkByCode(code)
  const link = cached !== undefined ? cached : await service.findLinkByCode(code)
  if (!link) {
    return notFound(res, ctx.settings.storefront_url)
  }
  const product = cachedProductRoute(link.product_id) ?? (await loadProductRoute(req.scope, link.product_id))
  if (!product.published) {
    return notFound(res, ctx.settings.storefront_url)
  }

  const visitor = requestVisitor(req)
  // A crawler, or no user agent at all (scripts, health checkers): counted apart, with no visitor key.
  const crawler = !!visitor.userAgent && isCrawlerAgent(visitor.userAgent)
  const bot = crawler || !visitor.userAgent
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  // One network is one visitor (and the sharer's network is the sharer): see visitorKeys.
  const keys = bot ? null : visitorKeys(ctx.options.secret, visitor)
  const self = !bot && ((!!link.customer_id && customerId === link.customer_id) || keys?.network === link.creator_visitor_hash)
  const key = keys && !self ? clickVisitor(keys) : null
  ensureShareClickFlusher(req.scope)
  const buffering = service.recordClick({ share_link_id: link.id, at: Date.now(), bot, self, visitor: key })
  if (buffering) {
    await buffering
  }

  if (crawler) {
    const locale = link.locale || undefined
    const page = cachedPreview(ctx, link) ?? (await loadPreview(req.scope, ctx, link))
    if (!page) {
      return notFound(res, ctx.settings.storefront_url)
    }
    return res
      .status(200)
      .set({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300", Vary: "User-Agent, Cookie" })
      // The page is in the link's language (its og:locale says the same); "en" without one.
      .send(crawlerPage(page, locale ?? "en"))
  }

  const target = targetOf(ctx, link, product)
  if (!target) {
    // The settings produce a URL outside the allowed origins: refuse rather than redirect.
    req.scope.resolve("logger").warn(`[social] share link ${code}: product URL is outside allowed_redirect_origins`)
    return notFound(res, ctx.settings.storefront_url)
  }
  // Written directly: Express' res.redirect negotiates a body by the Accept header and re-encodes
  // the URL, neither of which a 302 to an already-encoded URL needs.
  res.statusCode = 302
  res.setHeader("Location", target)
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin")
  res.setHeader("Vary", "User-Agent, Cookie")
  res.setHeader("Content-Length", "0")
  res.end()
}
