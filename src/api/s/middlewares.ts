import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"

const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/**
 * The sharer's own clicks are flagged when their customer session or token comes with the click.
 * Most clicks carry neither: skip the auth middleware for them, the redirect path stays cheap.
 */
export const shortLinkMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/s/:code",
    middlewares: [
      (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
        req.headers.authorization || req.headers.cookie ? optionalCustomer(req, res, next) : next(),
    ],
  },
]
