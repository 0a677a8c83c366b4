import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadPublishedDisplay, productMeta, reviewStats, shareContext } from "../../../../../utils/share"
import type { StoreSocialProductShareParamsType } from "../../validators"

/** The meta tags and JSON-LD of a product, for server-rendered storefront pages. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const params = (req as any).validatedQuery as StoreSocialProductShareParamsType
  const [ctx, display] = await Promise.all([
    shareContext(req.scope),
    loadPublishedDisplay(req.scope, req.params.id, params),
  ])
  res.json({ meta: productMeta(ctx, display, params, await reviewStats(req.scope, ctx, display.id)) })
}
