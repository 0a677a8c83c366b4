import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SOCIAL_PUBLISH_MODULE } from "../../../../../modules/social-publish"
import type SocialPublishModuleService from "../../../../../modules/social-publish/service"
import { ruleTemplateProblem, type AutoTrigger } from "../../../../../modules/social-publish/lib/auto-rules"
import { presentRule } from "../present"
import type { AdminUpdateAutoPostRuleType } from "../validators"

const service = (req: AuthenticatedMedusaRequest) => req.scope.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ rule: presentRule(await service(req).retrieveSocialPublishAutoRule(req.params.id)) })
}

/** Edits a rule's template, mode, delay, cool-down or drop threshold, or switches it off. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateAutoPostRuleType>, res: MedusaResponse) {
  const rule = await service(req).retrieveSocialPublishAutoRule(req.params.id)
  const edit = req.validatedBody
  const problem = edit.template !== undefined ? ruleTemplateProblem(rule.trigger as AutoTrigger, edit.template) : null
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: template: ${problem}`)
  if (edit.min_drop_percent !== undefined && rule.trigger !== "price_dropped") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: min_drop_percent: is only for price_dropped rules")
  }
  await service(req).updateSocialPublishAutoRules({ id: rule.id, ...edit })
  res.json({ rule: presentRule(await service(req).retrieveSocialPublishAutoRule(rule.id)) })
}

/** Deletes a rule; the posts it made stay (drafts wait for an admin, scheduled ones go out). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rule = await service(req).retrieveSocialPublishAutoRule(req.params.id)
  await service(req).softDeleteSocialPublishAutoRules(rule.id)
  res.json({ id: rule.id, object: "social_auto_post_rule", deleted: true })
}
