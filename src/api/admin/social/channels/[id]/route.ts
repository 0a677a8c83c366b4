import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCatalogChannelWorkflow } from "../../../../../workflows/social-catalog/workflows/delete-catalog-channel"
import { updateCatalogChannelWorkflow } from "../../../../../workflows/social-catalog/workflows/update-catalog-channel"
import { catalogModule } from "../../../../../modules/social-catalog"
import { presentChannel } from "../present"
import type { AdminUpdateChannelType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = catalogModule(req.scope)
  const channel = await service.retrieveSocialCatalogChannel(req.params.id)
  res.json({ channel: { ...presentChannel(req.scope, channel), item_counts: await service.countByStatus(channel.id) } })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateChannelType>, res: MedusaResponse) {
  await catalogModule(req.scope).retrieveSocialCatalogChannel(req.params.id)
  await updateCatalogChannelWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  const channel = await catalogModule(req.scope).retrieveSocialCatalogChannel(req.params.id)
  res.json({ channel: presentChannel(req.scope, channel) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteCatalogChannelWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "social_catalog_channel", deleted: true })
}
