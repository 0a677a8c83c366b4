import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateSocialSettingsWorkflow } from "../../../../workflows/social-settings/workflows/update-social-settings"
import { presentSettings } from "./present"
import type { AdminUpdateSocialSettingsType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ settings: await presentSettings(req.scope) })
}

export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateSocialSettingsType>,
  res: MedusaResponse
) {
  await updateSocialSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: await presentSettings(req.scope) })
}
