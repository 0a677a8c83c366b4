import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogModule } from "../../../../../../modules/social-catalog"

const ERROR_STATUSES = ["invalid", "error", "failing"]

/**
 * The channel's items, e.g. `?status=error&code=invalid_gtin`: what the platform or the validator
 * refused, and why. Paged by key: pass the answer's `next_cursor` as `cursor` for the next page.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = catalogModule(req.scope)
  await service.retrieveSocialCatalogChannel(req.params.id)
  const { status, code, limit, cursor } = req.validatedQuery as { status: string; code?: string; limit: number; cursor?: string }
  const statuses = status === "error" ? ERROR_STATUSES : status === "all" ? null : [status]
  const page = await service.listItemsPage(req.params.id, { statuses, code, after: cursor ?? null, limit })
  res.json({
    items: page.items.map((i: any) => ({ ...i, failing: i.status === "failing" })),
    count: page.count,
    limit,
    next_cursor: page.next_cursor,
  })
}
