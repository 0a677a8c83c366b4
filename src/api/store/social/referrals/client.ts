import type { MedusaRequest } from "@medusajs/framework/http"
import { hashIpUa } from "../../../../modules/social-reward/lib/hash"
import type SocialRewardModuleService from "../../../../modules/social-reward/service"

/** The HMAC of the request's IP and user agent (never stored in clear). */
export function requestIpUaHash(req: MedusaRequest, service: SocialRewardModuleService) {
  const ip = (req.headers["x-forwarded-for"] as string | undefined)?.split(",")[0]?.trim() || req.ip || null
  return hashIpUa(service.getPluginOptions().secret, ip, (req.headers["user-agent"] as string | undefined) ?? null)
}

export function referralLink(service: SocialRewardModuleService, code: string) {
  const o = service.getPluginOptions()
  return o.referralLinkTemplate.replace("{storefront}", o.storefrontUrl.replace(/\/$/, "")).replace("{code}", encodeURIComponent(code))
}
