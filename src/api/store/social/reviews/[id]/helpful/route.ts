import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createHmac } from "crypto"
import { SOCIAL_SETTINGS_MODULE } from "../../../../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../../../../modules/social-settings/service"
import { voteProductReviewHelpfulWorkflow } from "../../../../../../workflows/product-review/workflows/vote-product-review-helpful"
import type { StoreHelpfulVoteType } from "../../validators"
import { networkOf } from "../../../../../../modules/social-share/lib/visitor"

const hmac = (secret: string, value: string) => createHmac("sha256", secret).update(value).digest("hex")

/**
 * Marks an approved review as helpful, once per voter: the logged-in customer; or a guest, once
 * per network (IPv4 /24, IPv6 /64, as Medusa's trusted-proxy setting gives the client IP) and
 * once per visitor id the storefront keeps per browser. A visitor id costs nothing to rotate, a
 * network does. Both are stored as HMACs, never as sent. `created` says whether this vote counted.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreHelpfulVoteType>, res: MedusaResponse) {
  const customerId = req.auth_context?.actor_id || null
  let voterKey: string
  let visitorKey: string | null = null
  if (customerId) {
    voterKey = `customer:${customerId}`
  } else if (req.validatedBody.visitor_id) {
    const secret = req.scope.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getPluginOptions().secret
    const network = networkOf(req.ip) ?? "unknown"
    voterKey = `network:${hmac(secret, `net\n${network}`)}`
    visitorKey = `visitor:${hmac(secret, req.validatedBody.visitor_id)}`
  } else {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Invalid request: visitor_id: is required when no customer is logged in"
    )
  }
  const { result } = await voteProductReviewHelpfulWorkflow(req.scope).run({
    input: { review_id: req.params.id, voter_key: voterKey, visitor_key: visitorKey, customer_id: customerId },
  })
  res.json(result)
}
