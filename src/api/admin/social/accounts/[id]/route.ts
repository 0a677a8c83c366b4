import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SOCIAL_PUBLISH_MODULE } from "../../../../../modules/social-publish"
import type SocialPublishModuleService from "../../../../../modules/social-publish/service"
import { presentAccount } from "../present"
import type { AdminUpdateAccountType } from "../validators"

const service = (req: AuthenticatedMedusaRequest) => req.scope.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ account: presentAccount(await service(req).retrieveSocialPublishAccount(req.params.id)) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateAccountType>, res: MedusaResponse) {
  const { credentials, ...changes } = req.validatedBody
  const current = await service(req).retrieveSocialPublishAccount(req.params.id)
  if (changes.board_id !== undefined && current.network !== "pinterest") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: board_id: is only for pinterest")
  }
  const account = await service(req).updateAccount(req.params.id, { ...changes, credentials: credentials as Record<string, string | null> | undefined })
  res.json({ account: presentAccount(account) })
}

/** Disconnects an account: its credentials go with it; its published posts stay for the reports. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = req.params.id
  await service(req).retrieveSocialPublishAccount(id)
  await service(req).updateSocialPublishAccounts({ id, credentials: null, credential_keys: {} })
  await service(req).softDeleteSocialPublishAccounts(id)
  res.json({ id, object: "social_account", deleted: true })
}
