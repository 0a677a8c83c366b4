import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MetaChange } from "../../../modules/social-publish/lib/inbox"
import { ingestMetaChangesStep } from "../steps/ingest-meta-changes"
import { sendSocialInboxAlertsWorkflow } from "./send-inbox-alerts"

export const receiveMetaWebhookWorkflowId = "receive-meta-inbox-webhook"

/**
 * This workflow takes the comment changes of a verified Meta webhook delivery (Page feed,
 * Instagram comments and mentions) into the inbox and sends the alert-word alerts they call for.
 * The route verified the signature before starting it.
 */
export const receiveMetaWebhookWorkflow = createWorkflow(receiveMetaWebhookWorkflowId, function (input: { changes: MetaChange[] }) {
  const ingested = ingestMetaChangesStep(input)
  const alerts = sendSocialInboxAlertsWorkflow.runAsStep({ input: transform({ ingested }, ({ ingested }) => ({ item_ids: ingested.item_ids })) })
  return new WorkflowResponse(transform({ ingested, alerts }, ({ ingested, alerts }) => ({ items: ingested.item_ids.length, removed: ingested.removed, alerts })))
})
