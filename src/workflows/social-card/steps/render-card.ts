import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { SOCIAL_CARD_MODULE } from "../../../modules/social-card"
import type SocialCardModuleService from "../../../modules/social-card/service"
import { prepareCard, type CardRequest, type PreparedCard } from "../card-source"
import { renderAndUpload, type StoredCardFile } from "../store-card"

export type RenderCardStepOutput = {
  hash: string
  /** Set when the card was already stored: nothing was rendered. */
  existing_id: string | null
  file?: StoredCardFile
  request: PreparedCard["request"]
}

/**
 * This step renders a card and stores its bytes with the File module, unless a card with the
 * same content hash is already stored. Compensation deletes the file it uploaded.
 */
export const renderCardStep = createStep(
  "social-card-render",
  async (input: CardRequest, { container }) => {
    const prepared = await prepareCard(container, input)
    const existing = await container.resolve<SocialCardModuleService>(SOCIAL_CARD_MODULE).findByHash(prepared.hash)
    if (existing) {
      return new StepResponse<RenderCardStepOutput, string | null>({ hash: prepared.hash, existing_id: existing.id, request: prepared.request }, null)
    }
    const file = await renderAndUpload(container, prepared)
    return new StepResponse<RenderCardStepOutput, string | null>({ hash: prepared.hash, existing_id: null, file, request: prepared.request }, file.id)
  },
  async (fileId, { container }) => {
    if (!fileId) {
      return
    }
    await container.resolve(Modules.FILE).deleteFiles(fileId)
  }
)
