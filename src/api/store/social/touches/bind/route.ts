import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../../../../modules/social-attribution"
import type SocialAttributionModuleService from "../../../../../modules/social-attribution/service"
import { assertCartOwner, VISITOR_HEADER, visitorIdOf } from "../record"
import type { StoreBindTouchesType } from "../validators"

/**
 * POST /store/social/touches/bind: binds the visitor's earlier, unbound touches to a cart that was
 * created after the landing (and to the logged-in customer). Answers how many were bound.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreBindTouchesType>, res: MedusaResponse) {
  const header = req.headers[VISITOR_HEADER]
  if (!req.validatedBody.visitor_id && !header) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `visitor_id: is required (in the body or the ${VISITOR_HEADER} header)`)
  }
  const visitor = visitorIdOf(req.validatedBody.visitor_id, header)
  const caller = req.auth_context?.actor_id ?? null
  const cart = await assertCartOwner(req.scope, req.validatedBody.cart_id, { visitor_id: visitor.id, customer_id: caller })
  const customer_id = caller ?? cart.customer_id ?? null
  const bound = await req.scope
    .resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE)
    .bindVisitor({ visitor_id: visitor.id, cart_id: cart.id, customer_id })
  res.json({ visitor_id: visitor.id, cart_id: cart.id, bound })
}
