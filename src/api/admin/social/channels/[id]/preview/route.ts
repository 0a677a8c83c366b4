import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { previewCatalogChannelWorkflow } from "../../../../../../workflows/social-catalog/workflows/preview-catalog-channel"
import { catalogModule } from "../../../../../../modules/social-catalog"

/** The dry run: counts and samples of what a sync would do; nothing is written or sent. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await catalogModule(req.scope).retrieveSocialCatalogChannel(req.params.id)
  const { result } = await previewCatalogChannelWorkflow(req.scope).run({ input: { channel_id: req.params.id } })
  const { created, updated, deleted, unchanged, invalid, variants, invalid_samples, changed_samples } = result
  res.json({ preview: { create: created, update: updated, delete: deleted, unchanged, invalid, variants, invalid_samples, samples: changed_samples } })
}
