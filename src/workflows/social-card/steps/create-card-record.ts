import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_CARD_MODULE, type SocialCardRecord } from "../../../modules/social-card"
import type SocialCardModuleService from "../../../modules/social-card/service"
import { recordCard } from "../store-card"
import type { RenderCardStepOutput } from "./render-card"

/**
 * This step records a freshly stored card under its content hash. When another process recorded
 * the same hash first (the unique index refuses the second row), it deletes its own duplicate
 * file and answers the existing record. Compensation deletes the row it created.
 */
export const createCardRecordStep = createStep(
  "social-card-create-record",
  async (input: RenderCardStepOutput, { container }) => {
    const cards = container.resolve<SocialCardModuleService>(SOCIAL_CARD_MODULE)
    if (input.existing_id || !input.file) {
      return new StepResponse<SocialCardRecord | null, string | null>(await cards.findByHash(input.hash), null)
    }
    const { record, created } = await recordCard(container, input.hash, input.request, input.file)
    return new StepResponse<SocialCardRecord | null, string | null>(record, created ? record.id : null)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<SocialCardModuleService>(SOCIAL_CARD_MODULE).deleteSocialCards(id)
  }
)
