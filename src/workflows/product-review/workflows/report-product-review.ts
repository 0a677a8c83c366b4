import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordReviewReportStep, type RecordReviewReportInput } from "../steps/record-review-report"

export const reportProductReviewWorkflowId = "report-product-review"

/**
 * This workflow files a shopper's abuse report on a published review (reason from
 * REPORT_REASONS), once per shopper; it lands in the admin's report queue.
 *
 * @example
 * await reportProductReviewWorkflow(container).run({
 *   input: { review_id: "prev_1", reason: "spam", comment: null, reporter_key: "customer:cus_1", customer_id: "cus_1" },
 * })
 */
export const reportProductReviewWorkflow = createWorkflow(reportProductReviewWorkflowId, function (input: RecordReviewReportInput) {
  return new WorkflowResponse(recordReviewReportStep(input))
})
