import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEW_REQUEST_MODULE } from "../../../../../modules/review-request"
import type ReviewRequestModuleService from "../../../../../modules/review-request/service"
import { updateReviewRequestSettingsWorkflow } from "../../../../../workflows/review-request/workflows/update-review-request-settings"
import type { AdminUpdateReviewRequestSettingsType } from "../validators"

/** The review-request settings in effect (defaults until saved). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ settings: await req.scope.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE).getSettings() })
}

/** Changes some of the settings; the others keep their values. Applies to requests scheduled from now on. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateReviewRequestSettingsType>, res: MedusaResponse) {
  const { result } = await updateReviewRequestSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: result })
}
