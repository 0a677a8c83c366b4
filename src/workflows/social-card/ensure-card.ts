import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { SOCIAL_CARD_MODULE, type SocialCardRecord } from "../../modules/social-card"
import type SocialCardModuleService from "../../modules/social-card/service"
import { singleFlight } from "../../modules/social-card/lib/lru"
import { CARD_FORMATS, type CardFormat } from "../../lib/card-formats"
import { prepareCard, type CardRequest, type CardTimings } from "./card-source"
import { recentBytes, rememberBytes, type CardBytes } from "./card-bytes"
import { recordCard, renderAndUpload } from "./store-card"

const flight = singleFlight<string>()
const LOCK_TIMEOUT_S = 30

/**
 * The content hash of the card asked for, rendering and storing it first when it is new. At most
 * one render per hash: concurrent requests in this process share one promise, and the Locking
 * module (when the app has one) serialises processes; the unique index on the hash is the last
 * guard. `beforeRender` runs only when a render is needed (the HTTP route spends its rate limit
 * there) and may throw to refuse it. `publicOnly` refuses (404) a product sold in no public sales
 * channel. `timings` receives where the time went, in ms (the route sends it as a Server-Timing
 * header: bench/cards.js reads it).
 *
 * Why no workflow here (`renderSocialCardWorkflow` does the same for background callers): what
 * makes a card stored exactly once is the single flight, the lock and the unique index, not the
 * workflow engine; a render is a cache fill that a crawler's request is waiting for, whose only
 * compensation (deleting the uploaded file when the record cannot be written) is done here
 * inline. The engine's checkpoints were about a sixth of a first request (docs/cards.md).
 */
export async function ensureCard(
  container: MedusaContainer,
  req: CardRequest,
  hooks: { beforeRender?: () => Promise<void>; timings?: CardTimings; publicOnly?: boolean } = {}
): Promise<string> {
  const timings = hooks.timings ?? {}
  let t = performance.now()
  const prepared = await prepareCard(container, req, { publicOnly: hooks.publicOnly, timings })
  timings.prepare = performance.now() - t
  if (recentBytes(prepared.hash)) {
    return prepared.hash
  }
  const cards = container.resolve<SocialCardModuleService>(SOCIAL_CARD_MODULE)
  t = performance.now()
  const known = await cards.findByHash(prepared.hash)
  timings.lookup = performance.now() - t
  if (known) {
    return prepared.hash
  }
  // Only a render costs (CPU, a stored file): the caller's rate limit applies here, not above.
  await hooks.beforeRender?.()
  return flight(prepared.hash, async () => {
    const run = async () => {
      // Under the lock: another process (or a flight of this one that just ended) may have
      // stored it since the lookup above.
      if (recentBytes(prepared.hash) || (await cards.findByHash(prepared.hash))) {
        return prepared.hash
      }
      const file = await renderAndUpload(container, prepared, timings)
      t = performance.now()
      try {
        const { record } = await recordCard(container, prepared.hash, prepared.request, file)
        return record.hash
      } catch (e) {
        await container
          .resolve(Modules.FILE)
          .deleteFiles(file.id)
          .catch(() => undefined)
        throw e
      } finally {
        timings.record = performance.now() - t
      }
    }
    if (!container.hasRegistration(Modules.LOCKING)) {
      return run()
    }
    const locking = container.resolve(Modules.LOCKING)
    return locking.execute(`social-card:${prepared.hash}`, run, { timeout: LOCK_TIMEOUT_S })
  })
}

/**
 * The stored bytes of a card by its hash (memory first, then the record and the File module),
 * or a 404 when no such card was ever stored.
 */
export async function cardBytes(container: MedusaContainer, hash: string): Promise<CardBytes & { record?: SocialCardRecord }> {
  const recent = recentBytes(hash)
  if (recent) {
    return recent
  }
  const record = await container.resolve<SocialCardModuleService>(SOCIAL_CARD_MODULE).findByHash(hash)
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Card not found")
  }
  const bytes = await container.resolve(Modules.FILE).getAsBuffer(record.file_id)
  const card = { bytes, mime: record.mime }
  rememberBytes(hash, card)
  return { ...card, record }
}

export function extensionOf(format: CardFormat) {
  return CARD_FORMATS[format].type
}
