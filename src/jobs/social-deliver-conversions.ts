import type { MedusaContainer } from "@medusajs/framework/types"
import { deliverConversionEventsWorkflow } from "../workflows/social-attribution/workflows/deliver-conversion-events"

/** Every minute: due purchase events go to the ad platforms (retries back off per row). */
export default async function socialDeliverConversions(container: MedusaContainer) {
  const { result } = await deliverConversionEventsWorkflow(container).run({ input: { limit: 200 } })
  if (result.sent || result.failed || result.retry) {
    container.resolve("logger").info(`[social] conversion events: ${result.sent} sent, ${result.retry} to retry, ${result.failed} failed`)
  }
}

export const config = { name: "social-deliver-conversions", schedule: "* * * * *" }
