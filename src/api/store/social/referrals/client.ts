import type { MedusaRequest } from "@medusajs/framework/http"
import { hashIpUa } from "../../../../modules/social-reward/lib/hash"
import type SocialRewardModuleService from "../../../../modules/social-reward/service"

/**
 * The HMAC of the request's IP and user agent (never stored in clear). The IP is `req.ip`, which
 * Express derives under Medusa's `trust proxy` setting (one hop: the address the proxy in front
 * of Medusa saw, i.e. the last `X-Forwarded-For` entry). The first entry is whatever the client
 * chose to send and would let anyone pick the IP a self-referral check compares.
 */
export function requestIpUaHash(req: MedusaRequest, service: SocialRewardModuleService) {
  return hashIpUa(service.getPluginOptions().secret, req.ip || null, (req.headers["user-agent"] as string | undefined) ?? null)
}

export function referralLink(service: SocialRewardModuleService, code: string) {
  const o = service.getPluginOptions()
  return o.referralLinkTemplate.replace("{storefront}", o.storefrontUrl.replace(/\/$/, "")).replace("{code}", encodeURIComponent(code))
}
