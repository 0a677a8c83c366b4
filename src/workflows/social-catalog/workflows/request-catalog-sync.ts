import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createCatalogRunStep } from "../steps/run"
import type { RunKind } from "../../../modules/social-catalog/types"
import { SocialEvents } from "../../../lib/events"

export const requestCatalogSyncWorkflowId = "request-social-catalog-sync"

/**
 * This workflow records a sync of a channel (or finds the run that already covers it) and, for a
 * new run when `emit` is not false, emits `social.catalog.sync_requested`: the worker answers it
 * by running the sync workflow. The HTTP request returns at once with the run. A delta asked for
 * while another run holds the channel is recorded as queued and runs right after that run.
 */
export const requestCatalogSyncWorkflow = createWorkflow(
  requestCatalogSyncWorkflowId,
  function (input: { channel_id: string; kind?: RunKind; force?: boolean; reconcile?: boolean; emit?: boolean }) {
    const runInput = transform({ input }, ({ input }) => ({
      channel_id: input.channel_id,
      kind: input.kind ?? ("full" as const),
      force: input.force,
      reconcile: input.reconcile,
    }))
    const opened = createCatalogRunStep(runInput)
    const data = transform({ opened }, ({ opened }) => ({ run_id: opened.run.id }))
    when({ opened, input }, ({ opened, input }) => opened.created && input.emit !== false).then(() => {
      emitEventStep({ eventName: SocialEvents.CATALOG_SYNC_REQUESTED, data })
    })
    return new WorkflowResponse(opened)
  }
)
