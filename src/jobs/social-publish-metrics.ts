import type { MedusaContainer } from "@medusajs/framework/types"
import { pollSocialPostMetricsWorkflow } from "../workflows/social-publish/workflows/poll-post-metrics"

/** Every hour: the platforms' figures of the posts published in the last 28 days. */
export default async function socialPublishMetrics(container: MedusaContainer) {
  await pollSocialPostMetricsWorkflow(container).run({ input: {} })
}

export const config = { name: "social-publish-metrics", schedule: "17 * * * *" }
