import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogService } from "../../../../../../workflows/social-catalog/lib/channel"

const ERROR_STATUSES = ["invalid", "error", "failing"]

/** The channel's items, e.g. `?status=error&code=invalid_gtin`: what the platform or the validator refused, and why. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = catalogService(req.scope)
  await service.retrieveSocialCatalogChannel(req.params.id)
  const { status, code, limit, offset } = req.validatedQuery as { status: string; code?: string; limit: number; offset: number }
  const filters: Record<string, unknown> = { channel_id: req.params.id }
  if (status === "error") filters.status = ERROR_STATUSES
  else if (status !== "all") filters.status = status
  if (code) filters.error_code = code
  const [items, count] = await service.listAndCountSocialCatalogItems(filters, {
    order: { id: "ASC" },
    take: limit,
    skip: offset,
    select: ["id", "variant_id", "product_id", "status", "error_code", "errors", "warnings", "attempts", "next_attempt_at", "sent_at", "to_delete", "payload", "updated_at"],
  })
  res.json({
    items: items.map((i: any) => ({ ...i, title: i.payload?.title ?? null, payload: undefined, failing: i.status === "failing" })),
    count,
    offset,
    limit,
  })
}
