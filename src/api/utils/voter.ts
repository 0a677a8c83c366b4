import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createHmac } from "crypto"
import { SOCIAL_SETTINGS_MODULE } from "../../modules/social-settings"
import type SocialSettingsModuleService from "../../modules/social-settings/service"
import { networkOf } from "../../modules/social-share/lib/visitor"

const hmac = (secret: string, value: string) => createHmac("sha256", secret).update(value).digest("hex")

/**
 * Who acts once per person (helpful votes on reviews and questions, abuse reports): the logged-in
 * customer; or a guest, once per network
 * (IPv4 /24, IPv6 /64, as Medusa's trusted-proxy setting gives the client IP) and once per visitor
 * id the storefront keeps per browser. A visitor id costs nothing to rotate, a network does. Both
 * are HMACs keyed by the plugin secret, never stored as sent. A guest without a visitor id is a 400.
 */
export function voterKeys(req: AuthenticatedMedusaRequest, visitorId: string | undefined) {
  const customerId = req.auth_context?.actor_id || null
  if (customerId) {
    return { voter_key: `customer:${customerId}`, visitor_key: null, customer_id: customerId }
  }
  if (!visitorId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: visitor_id: is required when no customer is logged in")
  }
  const secret = req.scope.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getPluginOptions().secret
  const network = networkOf(req.ip) ?? "unknown"
  return {
    voter_key: `network:${hmac(secret, `net\n${network}`)}`,
    visitor_key: `visitor:${hmac(secret, visitorId)}`,
    customer_id: null,
  }
}
