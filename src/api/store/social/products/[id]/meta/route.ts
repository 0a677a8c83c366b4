import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { keySalesChannels, loadPublishedDisplay, productMeta, resolveLocale, reviewStats, shareContext } from "../../../../../utils/share"
import type { StoreSocialProductShareParamsType } from "../../validators"

/** The meta tags and JSON-LD of a product, for server-rendered storefront pages. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const asked = req.validatedQuery as StoreSocialProductShareParamsType
  // Only the locales the store offers (400 naming `locale`), in the store's spelling.
  const params = { ...asked, locale: await resolveLocale(req.scope, asked.locale) }
  const channels = keySalesChannels(req)
  const [ctx, display] = await Promise.all([
    shareContext(req.scope),
    loadPublishedDisplay(req.scope, req.params.id, params, channels),
  ])
  res.json({ meta: productMeta(ctx, display, params, await reviewStats(req.scope, ctx, display.id)) })
}
