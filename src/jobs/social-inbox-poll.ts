import type { MedusaContainer } from "@medusajs/framework/types"
import { pollSocialInboxWorkflow } from "../workflows/social-inbox/workflows/poll-social-inbox"

/** Every five minutes: read the new comments of the shop's posts, and send the inbox's alerts. */
export default async function socialInboxPoll(container: MedusaContainer) {
  await pollSocialInboxWorkflow(container).run({ input: {} })
}

export const config = { name: "social-inbox-poll", schedule: "*/5 * * * *" }
