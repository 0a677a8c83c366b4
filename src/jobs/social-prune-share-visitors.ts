import type { MedusaContainer } from "@medusajs/framework/types"
import { pruneShareVisitorsWorkflow } from "../workflows/social-share/workflows/prune-share-visitors"

/** Daily: share-link visitor keys older than any reward rule window needs are deleted. */
export default async function socialPruneShareVisitors(container: MedusaContainer) {
  const { result } = await pruneShareVisitorsWorkflow(container).run({ input: {} })
  if (result.deleted) {
    container.resolve("logger").info(`[social] pruned ${result.deleted} share visitor keys older than ${result.cutoff}`)
  }
}

export const config = { name: "social-prune-share-visitors", schedule: "41 3 * * *" }
