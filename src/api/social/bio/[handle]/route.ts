import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_PUBLISH_MODULE } from "../../../../modules/social-publish"
import type SocialPublishModuleService from "../../../../modules/social-publish/service"
import { bioCards, bioEtag, bioPageHtml } from "../../../../modules/social-publish/lib/bio-page"
import { shareContext } from "../../../utils/share"

/** The latest posts a page shows: two columns of cards, a phone's few screens. */
const BIO_POSTS = 24
const HANDLE = /^[a-z0-9][a-z0-9_-]{1,39}$/

// No script, no frames, nothing fetched but the card images (which may be on a CDN) and no form:
// even a value that escaped escaping could not run.
const CSP = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

function notFound(res: MedusaResponse) {
  res
    .status(404)
    .set({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=60", "Content-Security-Policy": CSP })
    .send('<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Page not found</title></head><body><h1>This page does not exist</h1></body></html>')
}

/**
 * GET /social/bio/:handle: an account's link-in-bio page, the latest published posts as cards
 * opening their tracked links. One query reads the account and its posts; the ETag is made from
 * what the page shows, so a browser or CDN asking again with If-None-Match gets a 304, and
 * shared caches keep the page a minute.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const handle = String(req.params.handle ?? "").toLowerCase()
  if (!HANDLE.test(handle)) return notFound(res)
  const data = await req.scope.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE).bioPage(handle, BIO_POSTS)
  if (!data) return notFound(res)
  const { settings, options } = await shareContext(req.scope)
  const etag = bioEtag(data, `${settings.brand_name}\0${settings.storefront_url}\0${options.publicUrl}`)
  res.set({ ETag: etag, "Cache-Control": "public, max-age=60", "Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff" })
  const inm = req.headers["if-none-match"]
  if (inm && inm.split(/\s*,\s*/).includes(etag)) {
    res.status(304).end()
    return
  }
  res
    .status(200)
    .set({ "Content-Type": "text/html; charset=utf-8" })
    .send(bioPageHtml({ account: data.account, shop: settings.brand_name, storefrontUrl: settings.storefront_url, cards: bioCards(data, options.publicUrl) }))
}
