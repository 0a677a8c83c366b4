import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCatalogChannelWorkflow } from "../../../../workflows/social-catalog/workflows/channels"
import { catalogService } from "../../../../workflows/social-catalog/lib/channel"
import { presentChannel } from "./present"
import type { AdminCreateChannelType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [channels, count] = await catalogService(req.scope).listAndCountSocialCatalogChannels({}, { order: { created_at: "ASC" }, take: 200 })
  res.json({ channels: channels.map((c) => presentChannel(req.scope, c)), count, offset: 0, limit: 200 })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateChannelType>, res: MedusaResponse) {
  const { result } = await createCatalogChannelWorkflow(req.scope).run({ input: req.validatedBody as any })
  const channel = await catalogService(req.scope).retrieveSocialCatalogChannel(result.id)
  res.status(201).json({ channel: presentChannel(req.scope, channel) })
}
