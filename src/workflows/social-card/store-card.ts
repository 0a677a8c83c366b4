import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CARD_FORMATS } from "../../lib/card-formats"
import { SOCIAL_CARD_MODULE, type SocialCardRecord } from "../../modules/social-card"
import type SocialCardModuleService from "../../modules/social-card/service"
import { rememberBytes } from "./card-bytes"
import { renderPrepared, type CardTimings, type PreparedCard } from "./card-source"

/** A card's bytes as stored with the File module. */
export type StoredCardFile = { id: string; mime: string; width: number; height: number; size: number }

/**
 * Renders a prepared card on the pool and stores its bytes with the File module
 * (`social-cards/<hash>.<ext>`, public). The bytes are kept in memory too: the redirect that
 * follows a first request is answered from there.
 */
export async function renderAndUpload(container: MedusaContainer, prepared: PreparedCard, timings: CardTimings = {}): Promise<StoredCardFile> {
  let t = performance.now()
  const card = await renderPrepared(prepared)
  timings.render = performance.now() - t
  t = performance.now()
  const file = await storeCardBytes(container, `social-cards/${prepared.hash}.${CARD_FORMATS[prepared.request.format].type}`, card.mime, card.bytes)
  timings.store = performance.now() - t
  // One line per render (renders are once per content hash): what shows that several processes
  // did not render the same card twice.
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`[social] card rendered: ${prepared.hash} (${prepared.request.format})`)
  rememberBytes(prepared.hash, { bytes: card.bytes, mime: card.mime })
  return { id: file.id, mime: card.mime, width: card.width, height: card.height, size: card.bytes.length }
}

/**
 * Writes the bytes through the File module's upload stream when its provider has one (the local
 * and S3 providers do). `createFiles` takes the content as a base64 string, and the local
 * provider decodes it and encodes it again to check it: three copies of a third more than the
 * card, in the server's own heap, per render (peak RSS under concurrent first requests,
 * docs/cards.md). A provider without a stream gets `createFiles`.
 */
async function storeCardBytes(container: MedusaContainer, filename: string, mimeType: string, bytes: Buffer): Promise<{ id: string }> {
  const files = container.resolve(Modules.FILE)
  let upload: Awaited<ReturnType<typeof files.getUploadStream>> | null = null
  try {
    upload = await files.getUploadStream({ filename, mimeType, access: "public" })
  } catch {
    // The provider has no upload stream (the base class throws): the string way below.
  }
  if (!upload) {
    return files.createFiles({ filename, mimeType, content: bytes.toString("base64"), access: "public" })
  }
  upload.writeStream.end(bytes)
  const { key } = await upload.promise
  return { id: key }
}

/**
 * Records a stored card under its hash. When another process recorded the same hash first (the
 * unique index refuses the second row), deletes this one's file and answers the winner's record
 * (`created: false`). Any other failure throws, leaving the file to the caller (the workflow's
 * compensation, or `ensureCard`, deletes it).
 */
export async function recordCard(
  container: MedusaContainer,
  hash: string,
  request: PreparedCard["request"],
  file: StoredCardFile
): Promise<{ record: SocialCardRecord; created: boolean }> {
  const cards = container.resolve<SocialCardModuleService>(SOCIAL_CARD_MODULE)
  try {
    const row = await cards.createSocialCards({
      hash,
      ...request,
      file_id: file.id,
      mime: file.mime,
      width: file.width,
      height: file.height,
      size: file.size,
    })
    return { record: row as unknown as SocialCardRecord, created: true }
  } catch (e) {
    const winner = await cards.findByHash(hash).catch(() => null)
    if (!winner) {
      throw e
    }
    await container.resolve(Modules.FILE).deleteFiles(file.id)
    return { record: winner, created: false }
  }
}
