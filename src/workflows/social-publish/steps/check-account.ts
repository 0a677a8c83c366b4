import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import type { PublishNetwork } from "../../../modules/social-publish/lib/networks"
import type SocialPublishModuleService from "../../../modules/social-publish/service"
import { publishProvider, RefusedError } from "../../../providers/publish"
import { providerContext } from "../lib/publisher"
import { withFreshToken } from "../lib/tokens"

export type CheckAccountInput = { id: string; fetch?: typeof fetch }
export type CheckAccountResult = { outcome: "connected" | "refused" | "unreachable"; message: string }

/**
 * This step checks an account's connection with its platform's cheapest identity call (the
 * Page or user behind the token, the board, the creator's options), renewing the token where the
 * platform has refresh tokens, and stores what it found: `connected` with whose account it is, or
 * `refused` with what to do. A platform that cannot be reached now (a throttle, a network error)
 * changes nothing stored. Nothing to compensate: the status is what the platform said.
 */
export const checkAccountStep = createStep("check-social-account", async (input: CheckAccountInput, { container }) => {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  const account = await service.retrieveSocialPublishAccount(input.id)
  const provider = publishProvider(account.network as PublishNetwork)!
  let result: CheckAccountResult
  try {
    const ctx = await providerContext(container, account, null, input.fetch)
    result = { outcome: "connected", message: await withFreshToken(container, provider, ctx, () => provider.check(ctx)) }
  } catch (error) {
    const message = (error as Error)?.message ?? String(error)
    result = error instanceof RefusedError ? { outcome: "refused", message } : { outcome: "unreachable", message }
  }
  if (result.outcome !== "unreachable") await service.recordAccountStatus(account.id, result.outcome, result.message)
  return new StepResponse(result)
})
