import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogModule } from "../../../../../../modules/social-catalog"

/** One product's items across every channel: where it is listed, and what went wrong where. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = catalogModule(req.scope)
  const items = await service.listSocialCatalogItems({ product_id: req.params.id }, { take: 1000, order: { channel_id: "ASC", variant_id: "ASC" } })
  const channelIds = [...new Set(items.map((i: any) => i.channel_id))]
  const channels = channelIds.length ? await service.listSocialCatalogChannels({ id: channelIds }) : []
  const byId = new Map(channels.map((c: any) => [c.id, c]))
  res.json({
    product_id: req.params.id,
    channels: channelIds.map((id) => {
      const c: any = byId.get(id)
      const rows = items.filter((i: any) => i.channel_id === id)
      return {
        channel_id: id,
        name: c?.name ?? null,
        destination: c?.destination ?? null,
        items: rows.map((i: any) => ({ variant_id: i.variant_id, status: i.status, error_code: i.error_code, errors: i.errors, warnings: i.warnings, sent_at: i.sent_at, to_delete: i.to_delete })),
      }
    }),
  })
}
