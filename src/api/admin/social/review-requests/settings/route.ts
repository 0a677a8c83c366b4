import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEW_REQUEST_MODULE } from "../../../../../modules/review-request"
import type ReviewRequestModuleService from "../../../../../modules/review-request/service"
import type { AdminUpdateReviewRequestSettingsType } from "../validators"

/** The review-request settings in effect (defaults until saved). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ settings: await req.scope.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE).getSettings() })
}

/** Changes some of the settings; the others keep their values. Applies to requests scheduled from now on. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateReviewRequestSettingsType>, res: MedusaResponse) {
  const service = req.scope.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE)
  res.json({ settings: await service.saveSettings(req.validatedBody) })
}
