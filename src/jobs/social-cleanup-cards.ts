import type { MedusaContainer } from "@medusajs/framework/types"
import { cleanupSocialCardsWorkflow } from "../workflows/social-card/workflows/cleanup-social-cards"

/** Daily: card images no product uses any more are deleted, a page of cards per workflow run. */
export default async function socialCleanupCards(container: MedusaContainer) {
  let after: string | null = null
  let deleted = 0
  do {
    const { result } = await cleanupSocialCardsWorkflow(container).run({ input: { after } })
    deleted += result.deleted
    after = result.next_after
  } while (after)
  if (deleted) {
    container.resolve("logger").info(`[social] deleted ${deleted} card images no product uses any more`)
  }
}

export const config = { name: "social-cleanup-cards", schedule: "17 4 * * *" }
