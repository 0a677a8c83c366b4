import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../../../../../modules/social-attribution"
import type SocialAttributionModuleService from "../../../../../../modules/social-attribution/service"

/** GET /admin/social/attribution/orders/:id: one order's attribution, every model's weights and the trace. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const attribution = await req.scope
    .resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE)
    .getOrderAttribution(req.params.id)
  if (!attribution) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} has no attribution`)
  }
  res.json({ attribution })
}
