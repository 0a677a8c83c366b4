import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogService } from "../../../../../../workflows/social-catalog/lib/channel"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = catalogService(req.scope)
  await service.retrieveSocialCatalogChannel(req.params.id)
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const [runs, count] = await service.listAndCountSocialCatalogRuns({ channel_id: req.params.id }, { order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({ runs, count, offset, limit })
}
