import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_PUBLISH_MODULE } from "../../../../../../modules/social-publish"
import type SocialPublishModuleService from "../../../../../../modules/social-publish/service"
import { checkSocialAccountWorkflow } from "../../../../../../workflows/social-publish/workflows/check-social-account"
import { presentAccount } from "../../present"

/** Checks the account's connection with its platform and answers the account with what was found. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  // 404 before calling anything.
  await service.retrieveSocialPublishAccount(req.params.id, { select: ["id"] })
  const { result } = await checkSocialAccountWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ account: presentAccount(await service.retrieveSocialPublishAccount(req.params.id)), check: result })
}
