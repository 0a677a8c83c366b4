import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { keySalesChannels, loadPublishedDisplay, productMeta, reviewStats, shareContext } from "../../../../../utils/share"
import type { StoreSocialProductShareParamsType } from "../../validators"

/** The meta tags and JSON-LD of a product, for server-rendered storefront pages. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const params = (req as any).validatedQuery as StoreSocialProductShareParamsType
  const channels = keySalesChannels(req)
  const [ctx, display] = await Promise.all([
    shareContext(req.scope),
    loadPublishedDisplay(req.scope, req.params.id, params, channels),
  ])
  res.json({ meta: productMeta(ctx, display, params, await reviewStats(req.scope, ctx, display.id)) })
}
