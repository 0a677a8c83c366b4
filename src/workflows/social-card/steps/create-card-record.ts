import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { SOCIAL_CARD_MODULE, type SocialCardRecord } from "../../../modules/social-card"
import type SocialCardModuleService from "../../../modules/social-card/service"
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
    try {
      const row = await cards.createSocialCards({
        hash: input.hash,
        ...input.request,
        file_id: input.file.id,
        mime: input.file.mime,
        width: input.file.width,
        height: input.file.height,
        size: input.file.size,
      })
      return new StepResponse(row as unknown as SocialCardRecord, row.id as string | null)
    } catch (e) {
      const winner = await cards.findByHash(input.hash)
      if (!winner) {
        throw e
      }
      await container.resolve(Modules.FILE).deleteFiles(input.file.id)
      return new StepResponse<SocialCardRecord | null, string | null>(winner, null)
    }
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<SocialCardModuleService>(SOCIAL_CARD_MODULE).deleteSocialCards(id)
  }
)
