import type { MedusaContainer } from "@medusajs/framework/types"
import { purgeExpiredTouchesWorkflow } from "../workflows/social-attribution/workflows/purge-expired-touches"

/** Hourly: touches past their retention period are deleted. */
export default async function socialPurgeTouches(container: MedusaContainer) {
  const { result } = await purgeExpiredTouchesWorkflow(container).run()
  if (result.deleted) {
    container.resolve("logger").info(`[social] purged ${result.deleted} expired touches`)
  }
}

export const config = { name: "social-purge-touches", schedule: "17 * * * *" }
