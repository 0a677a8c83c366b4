import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ICacheService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** The prefix of the RSS cache keys (see src/api/social/rss/products.xml/route.ts). */
export const SOCIAL_RSS_CACHE_PATTERN = "social:rss:*"

/** This step drops the cached RSS feeds (nothing to compensate: they are rebuilt on request). */
export const invalidateSocialRssStep = createStep("invalidate-social-rss", async (_: void, { container }) => {
  if (!container.hasRegistration(Modules.CACHE)) {
    return new StepResponse(false)
  }
  await container.resolve<ICacheService>(Modules.CACHE).invalidate(SOCIAL_RSS_CACHE_PATTERN)
  return new StepResponse(true)
})
