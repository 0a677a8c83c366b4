import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SOCIAL_CARD_MODULE } from "../../../modules/social-card"
import type SocialCardModuleService from "../../../modules/social-card/service"
import { CARD_FORMATS } from "../../../lib/card-formats"
import { renderPrepared, takePrepared, type CardRequest } from "../card-source"
import { rememberBytes } from "../card-bytes"

export type RenderCardStepOutput = {
  hash: string
  /** Set when the card was already stored: nothing was rendered. */
  existing_id: string | null
  file?: { id: string; mime: string; width: number; height: number; size: number }
  request: { product_id: string; format: string; variant_id: string | null; currency_code: string; locale: string }
}

/**
 * This step renders a card and stores its bytes with the File module, unless a card with the
 * same content hash is already stored. Compensation deletes the file it uploaded.
 */
export const renderCardStep = createStep(
  "social-card-render",
  async (input: CardRequest, { container }) => {
    const prepared = await takePrepared(container, input)
    const cards = container.resolve<SocialCardModuleService>(SOCIAL_CARD_MODULE)
    const existing = await cards.findByHash(prepared.hash)
    if (existing) {
      return new StepResponse<RenderCardStepOutput, string | null>(
        { hash: prepared.hash, existing_id: existing.id, request: prepared.request },
        null
      )
    }
    let t = performance.now()
    const card = await renderPrepared(prepared)
    const timings = prepared.timings ?? {}
    timings.render = performance.now() - t
    t = performance.now()
    const ext = CARD_FORMATS[prepared.request.format].type
    const file = await container.resolve(Modules.FILE).createFiles({
      filename: `social-cards/${prepared.hash}.${ext}`,
      mimeType: card.mime,
      content: card.bytes.toString("base64"),
      access: "public",
    })
    timings.store = performance.now() - t
    // One line per render (renders are once per content hash): what shows that several processes
    // did not render the same card twice.
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`[social] card rendered: ${prepared.hash} (${prepared.request.format})`)
    // The bytes are at hand: keep them so the redirect that follows is served from memory.
    rememberBytes(prepared.hash, { bytes: card.bytes, mime: card.mime })
    return new StepResponse<RenderCardStepOutput, string | null>(
      {
        hash: prepared.hash,
        existing_id: null,
        file: { id: file.id, mime: card.mime, width: card.width, height: card.height, size: card.bytes.length },
        request: prepared.request,
      },
      file.id
    )
  },
  async (fileId, { container }) => {
    if (!fileId) {
      return
    }
    await container.resolve(Modules.FILE).deleteFiles(fileId)
  }
)
