import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../../../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../../../../modules/product-review/service"

/** Closes a report without acting on the review (the review stays published). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
  const [report] = await service.listReviewReports({ id: req.params.id }, { take: 1 })
  if (!report) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Report "${req.params.id}" not found`)
  const closed = await service.resolveReports({ report_id: report.id, resolution: "dismissed" })
  res.json({ id: report.id, dismissed: closed.length > 0 })
}
