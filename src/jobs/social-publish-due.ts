import type { MedusaContainer } from "@medusajs/framework/types"
import { publishDueSocialPostsWorkflow } from "../workflows/social-publish/workflows/publish-due-posts"

/** Every minute: publish the shop's posts that are due. */
export default async function socialPublishDue(container: MedusaContainer) {
  await publishDueSocialPostsWorkflow(container).run({ input: {} })
}

export const config = { name: "social-publish-due", schedule: "* * * * *" }
