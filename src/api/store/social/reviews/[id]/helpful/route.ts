import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createHmac } from "crypto"
import { SOCIAL_SETTINGS_MODULE } from "../../../../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../../../../modules/social-settings/service"
import { voteProductReviewHelpfulWorkflow } from "../../../../../../workflows/product-review/workflows/vote-product-review-helpful"
import type { StoreHelpfulVoteType } from "../../validators"

/**
 * Marks an approved review as helpful, once per voter: the logged-in customer, or else the visitor
 * id the storefront keeps per browser (stored as an HMAC, never as sent). `created` says whether
 * this vote counted.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreHelpfulVoteType>, res: MedusaResponse) {
  const customerId = req.auth_context?.actor_id || null
  let voterKey: string
  if (customerId) {
    voterKey = `customer:${customerId}`
  } else if (req.validatedBody.visitor_id) {
    const secret = req.scope.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getPluginOptions().secret
    voterKey = `visitor:${createHmac("sha256", secret).update(req.validatedBody.visitor_id).digest("hex")}`
  } else {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Invalid request: visitor_id: is required when no customer is logged in"
    )
  }
  const { result } = await voteProductReviewHelpfulWorkflow(req.scope).run({
    input: { review_id: req.params.id, voter_key: voterKey, customer_id: customerId },
  })
  res.json(result)
}
