import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_SHARE_MODULE } from "../../../../modules/social-share"
import type SocialShareModuleService from "../../../../modules/social-share/service"
import { shortLinkUrl } from "../../../utils/short-link"
import { shareContext } from "../../../utils/share"
import type { AdminListShareLinksParamsType } from "./validators"

/**
 * Share links with what they did: clicks (all requests), bot clicks, the sharer's own clicks and
 * distinct visitors (neither bot nor self). Counts include flushed clicks only.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filters } = (req as any).validatedQuery as AdminListShareLinksParamsType
  const service = req.scope.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
  const [links, count] = await service.listAndCountSocialShareLinks(
    Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)),
    { take: limit, skip: offset, order: { created_at: "DESC", id: "DESC" } }
  )
  const stats = await service.getLinkStats(links.map((l) => l.id))
  const { options } = await shareContext(req.scope)
  res.json({
    share_links: links.map((l) => ({
      id: l.id,
      code: l.code,
      url: shortLinkUrl(options.publicUrl, l.code),
      product_id: l.product_id,
      customer_id: l.customer_id ?? null,
      network: l.network,
      created_at: l.created_at,
      ...(stats.get(l.id) ?? { clicks: 0, bot_clicks: 0, self_clicks: 0, distinct_visitors: 0 }),
    })),
    count,
    limit,
    offset,
  })
}
