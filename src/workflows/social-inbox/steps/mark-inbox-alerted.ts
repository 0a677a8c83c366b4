import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import type SocialPublishModuleService from "../../../modules/social-publish/service"

/**
 * This step records on each item the alerts that went out, so the next run does not build them
 * again. No compensation: the notifications it records were sent.
 */
export const markInboxAlertedStep = createStep("mark-social-inbox-alerted", async (input: { words: string[]; unanswered: string[] }, { container }) => {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  const words = await service.markInboxAlerted(input.words, "words")
  const unanswered = await service.markInboxAlerted(input.unanswered, "unanswered")
  return new StepResponse({ words: words.length, unanswered: unanswered.length })
})
