import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SocialEvents } from "../../../lib/events"
import { ackShareClicksStep } from "../steps/ack-share-clicks"
import { drainShareClicksStep } from "../steps/drain-share-clicks"
import { recordShareClicksStep } from "../steps/record-share-clicks"

export const flushShareClicksWorkflowId = "flush-share-clicks"

/**
 * This workflow writes the buffered share-link clicks to the ledger in one batch and emits
 * `social.share.clicked` once per link that was clicked (payload: `ShareClickedEvent`). It runs on
 * a timer in every server process, from a scheduled job, and on shutdown.
 */
export const flushShareClicksWorkflow = createWorkflow(flushShareClicksWorkflowId, function () {
  const batches = drainShareClicksStep()
  const events = recordShareClicksStep(batches)
  when({ events }, ({ events }) => events.length > 0).then(() => {
    emitEventStep({ eventName: SocialEvents.SHARE_CLICKED, data: events })
  })
  ackShareClicksStep(batches)
  const summary = transform({ batches, events }, ({ batches, events }) => ({
    batches: batches.length,
    clicks: batches.reduce((n, b) => n + b.entries.reduce((m, e) => m + e.clicks, 0), 0),
    links: events.length,
  }))
  return new WorkflowResponse(summary)
})
