import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { catalogModule } from "../../../../../../modules/social-catalog"

/**
 * The channel's runs, newest first, with their progress and results. Paged by key: pass the
 * answer's `next_cursor` as `cursor` for the next page (null on the last).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = catalogModule(req.scope)
  await service.retrieveSocialCatalogChannel(req.params.id)
  const { limit, cursor } = req.validatedQuery as { limit: number; cursor?: string }
  const page = await service.listRunsPage(req.params.id, { after: cursor ?? null, limit })
  if (!page) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: cursor: no run ${cursor} in channel ${req.params.id}`)
  }
  res.json({ runs: page.runs, count: page.count, limit, next_cursor: page.next_cursor })
}
