import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCatalogChannelWorkflow } from "../../../../workflows/social-catalog/workflows/create-catalog-channel"
import { catalogModule } from "../../../../modules/social-catalog"
import { presentChannel } from "./present"
import type { AdminCreateChannelType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [channels, count] = await catalogModule(req.scope).listAndCountSocialCatalogChannels({}, { order: { created_at: "ASC" }, take: 200 })
  res.json({ channels: channels.map((c) => presentChannel(req.scope, c)), count, offset: 0, limit: 200 })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateChannelType>, res: MedusaResponse) {
  const { result } = await createCatalogChannelWorkflow(req.scope).run({ input: req.validatedBody })
  const channel = await catalogModule(req.scope).retrieveSocialCatalogChannel(result.id)
  res.status(201).json({ channel: presentChannel(req.scope, channel) })
}
