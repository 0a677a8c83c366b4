import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE, type ReportReason } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

export type RecordReviewReportInput = {
  review_id: string
  reason: ReportReason
  comment: string | null
  reporter_key: string
  customer_id: string | null
}

/**
 * This step files an abuse report on a published review, once per reporter. Its compensation
 * deletes the report it filed (none when the reporter had reported already).
 */
export const recordReviewReportStep = createStep(
  "record-review-report",
  async (input: RecordReviewReportInput, { container }) => {
    const result = await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).recordReport(input)
    if (!result) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review "${input.review_id}" not found`)
    }
    return new StepResponse({ created: result.created }, result.report_id)
  },
  async (reportId, { container }) => {
    if (!reportId) return
    await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).deleteReviewReports(reportId)
  }
)
