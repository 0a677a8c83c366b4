import type { MedusaContainer } from "@medusajs/framework/types"
import { publishDueSocialPostsWorkflow } from "../workflows/social-publish/workflows/publish-due-posts"

// Every 30 seconds: a post goes out within half a minute of its time plus the publishing itself
// (cron's one-minute step put the slowest posts a full minute late, and a retried one later); the
// claim is one indexed query that costs what is due, not what is stored. SOCIAL_PUBLISH_INTERVAL_SECONDS
// and SOCIAL_PUBLISH_LEASE_SECONDS compress time for the publishing benchmark (bench/publishing.js)
// and tests: a store has no reason to set them.
const intervalSeconds = Number(process.env.SOCIAL_PUBLISH_INTERVAL_SECONDS) || 0
const leaseSeconds = Number(process.env.SOCIAL_PUBLISH_LEASE_SECONDS) || 0

/** Publishes the shop's posts that are due. */
export default async function socialPublishDue(container: MedusaContainer) {
  await publishDueSocialPostsWorkflow(container).run({ input: leaseSeconds > 0 ? { lease_ms: leaseSeconds * 1000 } : {} })
}

export const config = {
  name: "social-publish-due",
  schedule: { interval: (intervalSeconds > 0 ? intervalSeconds : 30) * 1000 },
}
