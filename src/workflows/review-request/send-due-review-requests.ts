import type { MedusaContainer } from "@medusajs/framework/types"
import { REVIEW_REQUEST_MODULE } from "../../modules/review-request"
import type ReviewRequestModuleService from "../../modules/review-request/service"
import { sendReviewRequestWorkflow } from "./workflows/send-review-request"

/**
 * Sends the review requests and reminders due at `now`, one workflow per request so that one
 * failure leaves the others sent and that request due for the next run. Does nothing while
 * requests are switched off. Returns the counts.
 */
export async function sendDueReviewRequests(container: MedusaContainer, now = new Date()) {
  const service = container.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE)
  const counts = { sent: 0, reminded: 0, closed: 0, failed: 0 }
  if (!(await service.getSettings()).enabled) return counts
  const due = await service.listDueRequestIds(now, service.getOptions().batchSize)
  for (const { id, kind } of due) {
    const { result, errors } = await sendReviewRequestWorkflow(container).run({
      input: { request_id: id, kind, now: now.toISOString() },
      throwOnError: false,
    })
    if (errors?.length) {
      counts.failed++
      container.resolve("logger").warn(`[social] review request ${id} was not sent: ${errors[0].error?.message ?? errors[0].error}`)
    } else if (result?.sent) {
      counts[kind === "send" ? "sent" : "reminded"]++
    } else if (result?.status) {
      counts.closed++
    }
  }
  return counts
}
