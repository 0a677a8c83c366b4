import type { MedusaRequest } from "@medusajs/framework/http"
import type { VisitorInput } from "../../modules/social-share/lib/visitor"

/** The pseudo-network of the Web Share API / copied link (Instagram, TikTok, messages...). */
export const WEB_SHARE_NETWORK = "webshare"

/** A first-party visitor cookie, when the storefront sets one on the short-link domain. */
export const VISITOR_COOKIE = "sc_vid"

export function shortLinkUrl(publicUrl: string, code: string) {
  return new URL(`/s/${code}`, publicUrl).toString()
}

/** IP, user agent and visitor cookie of a request: the inputs of the visitor key (never stored). */
export function requestVisitor(req: MedusaRequest): VisitorInput {
  const cookie = req.headers.cookie?.match(/(?:^|;\s*)sc_vid=([A-Za-z0-9_-]{8,64})/)?.[1] ?? null
  return {
    ip: req.ip ?? null,
    userAgent: req.headers["user-agent"] ?? null,
    cookie,
  }
}
