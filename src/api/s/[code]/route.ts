import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { SOCIAL_SHARE_MODULE } from "../../../modules/social-share"
import type SocialShareModuleService from "../../../modules/social-share/service"
import { isShareCode } from "../../../modules/social-share/lib/codes"
import { isCrawler } from "../../../modules/social-share/lib/crawler"
import { crawlerPage, notFoundPage } from "../../../modules/social-share/lib/html"
import { buildShareRedirect } from "../../../modules/social-share/lib/redirect"
import { visitorKey } from "../../../modules/social-share/lib/visitor"
import { ensureShareClickFlusher } from "../../../workflows/social-share/click-flusher"
import { loadPublishedDisplay, productMeta, reviewStats, shareContext, type ShareContext } from "../../utils/share"
import { requestVisitor } from "../../utils/short-link"

const PRODUCT_TTL_MS = 60_000
const products = new Map<string, { handle: string; published: boolean; at: number }>()

/** Handle and status of a product, cached a minute per process: the redirect path reads no table. */
async function productRoute(scope: MedusaContainer, id: string) {
  const cached = products.get(id)
  if (cached && Date.now() - cached.at < PRODUCT_TTL_MS) {
    return cached
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "handle", "status"], filters: { id } })
  const p = data[0] as { handle: string; status: string } | undefined
  const entry = { handle: p?.handle ?? "", published: p?.status === "published", at: Date.now() }
  if (products.size > 10_000) {
    products.clear()
  }
  products.set(id, entry)
  return entry
}

/**
 * The settings for this hot path, held one second: the settings service caches them too, but its
 * accessor sets up a database context on every call. A change shows here within a second of the
 * service seeing it.
 */
const contextMemo: { value: ShareContext | null; at: number } = { value: null, at: 0 }
async function redirectContext(scope: MedusaContainer): Promise<ShareContext> {
  if (!contextMemo.value || Date.now() - contextMemo.at > 1000) {
    contextMemo.value = await shareContext(scope)
    contextMemo.at = Date.now()
  }
  return contextMemo.value
}

function notFound(res: MedusaResponse, storefront?: string) {
  res
    .status(404)
    .set({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" })
    .send(notFoundPage(storefront))
}

/**
 * A share link opened by a person (302 to the storefront product page, with UTM parameters and
 * the share code) or by a link previewer (200 with the product's tags, pointing at the `og` card).
 * The click is buffered, never written here. The target comes from the stored link and the
 * settings only: the request's query string and path are not read beyond the code.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const code = req.params.code
  const ctx = await redirectContext(req.scope)
  if (!isShareCode(code)) {
    return notFound(res, ctx.settings.storefront_url)
  }
  const service = req.scope.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
  const link = await service.findLinkByCode(code)
  if (!link) {
    return notFound(res, ctx.settings.storefront_url)
  }
  const product = await productRoute(req.scope, link.product_id)
  if (!product.published) {
    return notFound(res, ctx.settings.storefront_url)
  }

  const visitor = requestVisitor(req)
  const crawler = isCrawler(visitor.userAgent)
  // A crawler, or no user agent at all (scripts, health checkers): counted apart.
  const bot = crawler || !visitor.userAgent
  const key = visitorKey(ctx.options.secret, visitor)
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const self = (!!link.customer_id && customerId === link.customer_id) || key === link.creator_visitor_hash
  ensureShareClickFlusher(req.scope)
  await service.recordClick({ share_link_id: link.id, at: Date.now(), bot, self, visitor: bot || self ? null : key })

  res.set("Vary", "User-Agent, Cookie")
  if (crawler) {
    const display = await loadPublishedDisplay(req.scope, link.product_id, {})
    const meta = productMeta(ctx, display, {}, await reviewStats(req.scope, ctx, display.id))
    return res
      .status(200)
      .set({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" })
      .send(crawlerPage(meta))
  }

  const target = buildShareRedirect({
    storefrontUrl: ctx.settings.storefront_url,
    productUrlTemplate: ctx.settings.product_url_template,
    allowedOrigins: ctx.settings.allowed_redirect_origins,
    product: { id: link.product_id, handle: product.handle },
    network: link.network,
    code: link.code,
  })
  if (!target) {
    // The settings produce a URL outside the allowed origins: refuse rather than redirect.
    req.scope.resolve("logger").warn(`[social] share link ${code}: product URL is outside allowed_redirect_origins`)
    return notFound(res, ctx.settings.storefront_url)
  }
  res.set({ "Cache-Control": "no-store", "Referrer-Policy": "strict-origin-when-cross-origin" })
  res.redirect(302, target)
}
