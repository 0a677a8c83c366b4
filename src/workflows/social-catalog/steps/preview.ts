import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateEntityId } from "@medusajs/framework/utils"
import { buildSnapshot } from "../lib/snapshot-builder"
import { loadChannel } from "../lib/channel"

/** This step renders the channel's items without writing anything: the preview's counts. */
export const previewCatalogChannelStep = createStep("preview-social-catalog-channel", async (input: { channel_id: string }, { container }) => {
  const channel = await loadChannel(container, input.channel_id)
  const result = await buildSnapshot(container, channel, { runId: generateEntityId(undefined, "preview"), dryRun: true })
  return new StepResponse(result)
})
