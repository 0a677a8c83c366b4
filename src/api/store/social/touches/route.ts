import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordTouch, VISITOR_HEADER, visitorIdOf } from "./record"
import type { StoreCreateTouchType } from "./validators"

/**
 * POST /store/social/touches: records a landing (publishable key; guests included). Answers 201
 * with the touch, or 200 with `recorded: false` when nothing was kept (consent refused). The
 * visitor id is echoed in the body and the `x-social-visitor-id` header; the storefront keeps it
 * in a first-party cookie.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateTouchType>, res: MedusaResponse) {
  const visitor = visitorIdOf(req.validatedBody.visitor_id, req.headers[VISITOR_HEADER])
  const result = await recordTouch(req.scope, {
    body: req.validatedBody,
    visitor_id: visitor.id,
    visitor_issued: visitor.issued,
    customer_id: req.auth_context?.actor_id ?? null,
    ip: req.ip,
    user_agent: req.get("user-agent"),
  })
  res.setHeader(VISITOR_HEADER, visitor.id)
  res.status(result.recorded ? 201 : 200).json({
    visitor_id: visitor.id,
    visitor_id_issued: visitor.issued,
    recorded: result.recorded,
    touch: result.recorded ? result.touch : null,
    ...(result.recorded ? {} : { reason: result.reason }),
  })
}
