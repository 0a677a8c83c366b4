import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { SOCIAL_CARD_MODULE } from "../../../modules/social-card"
import type SocialCardModuleService from "../../../modules/social-card/service"
import { forgetBytes } from "../card-bytes"
import type { StaleCard } from "./find-stale-cards"

/**
 * This step soft-deletes the records of stale cards; compensation restores them. The hash index
 * only covers live rows, so the same content can be rendered again later.
 */
export const deleteStaleCardRecordsStep = createStep(
  "social-card-delete-stale-records",
  async (stale: StaleCard[], { container }) => {
    const ids = stale.map((c) => c.id)
    if (ids.length) {
      await container.resolve<SocialCardModuleService>(SOCIAL_CARD_MODULE).softDeleteSocialCards(ids)
    }
    return new StepResponse(ids.length, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await container.resolve<SocialCardModuleService>(SOCIAL_CARD_MODULE).restoreSocialCards(ids)
  }
)

/**
 * This step deletes the stored bytes of stale cards with the File module. Deleting a file cannot
 * be undone, so it is the workflow's last step; a file already gone is not an error.
 */
export const deleteStaleCardFilesStep = createStep(
  "social-card-delete-stale-files",
  async (stale: StaleCard[], { container }) => {
    const file = container.resolve(Modules.FILE)
    let deleted = 0
    for (const card of stale) {
      forgetBytes(card.hash)
      try {
        await file.deleteFiles(card.file_id)
        deleted++
      } catch (e) {
        container.resolve("logger").warn(`[social] card file ${card.file_id} could not be deleted: ${(e as Error).message}`)
      }
    }
    return new StepResponse(deleted)
  }
)
