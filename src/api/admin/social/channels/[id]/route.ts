import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteCatalogChannelWorkflow,
  updateCatalogChannelWorkflow,
} from "../../../../../workflows/social-catalog/workflows/channels"
import { catalogService } from "../../../../../workflows/social-catalog/lib/channel"
import { presentChannel } from "../present"
import type { AdminUpdateChannelType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = catalogService(req.scope)
  const channel = await service.retrieveSocialCatalogChannel(req.params.id)
  res.json({ channel: { ...presentChannel(req.scope, channel), item_counts: await service.countByStatus(channel.id) } })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateChannelType>, res: MedusaResponse) {
  await catalogService(req.scope).retrieveSocialCatalogChannel(req.params.id)
  await updateCatalogChannelWorkflow(req.scope).run({ input: { ...(req.validatedBody as any), id: req.params.id } })
  const channel = await catalogService(req.scope).retrieveSocialCatalogChannel(req.params.id)
  res.json({ channel: presentChannel(req.scope, channel) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteCatalogChannelWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "social_catalog_channel", deleted: true })
}
