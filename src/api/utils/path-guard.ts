import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Refuses a path that cannot be decoded (`%E0%A4%A`) or that carries a NUL byte (`%00`), before
 * Express decodes the route's parameters: Express throws a URIError there, which Medusa answers
 * with a 500, and PostgreSQL refuses a NUL inside an id with another 500.
 */
export function refuseUndecodablePath(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const raw = (req.originalUrl ?? req.url).split("?")[0]
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: path: malformed percent-encoding"))
  }
  if (decoded.includes("\u0000")) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: path: must not contain a NUL byte"))
  }
  next()
}

// Prefixes without `*` or `:param`: such a matcher would make Express decode the path (and throw)
// before this middleware runs. Medusa's own layers for /admin* and /store* still decode first
// there, so an undecodable path under those answers Medusa's 500; the NUL check holds everywhere.
export const pathGuardMiddlewares: MiddlewareRoute[] = ["/admin/social", "/store/social", "/social", "/s"].map(
  (matcher) => ({ matcher, middlewares: [refuseUndecodablePath] })
)
