import type { MedusaContainer } from "@medusajs/framework/types"
import { sendDueReviewRequests } from "../workflows/review-request/send-due-review-requests"

/** Sends the review requests and reminders that are due (each through its own workflow). */
export default async function socialReviewRequestsJob(container: MedusaContainer) {
  const counts = await sendDueReviewRequests(container)
  if (counts.sent || counts.reminded || counts.failed) {
    container
      .resolve("logger")
      .info(`[social] review requests: ${counts.sent} sent, ${counts.reminded} reminded, ${counts.closed} closed, ${counts.failed} failed`)
  }
}

export const config = { name: "social-review-requests", schedule: "*/15 * * * *" }
