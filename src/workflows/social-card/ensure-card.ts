import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { SOCIAL_CARD_MODULE, type SocialCardRecord } from "../../modules/social-card"
import type SocialCardModuleService from "../../modules/social-card/service"
import { singleFlight } from "../../modules/social-card/lib/lru"
import { CARD_FORMATS, type CardFormat } from "../../lib/card-formats"
import { prepareCard, withPrepared, type CardRequest, type CardTimings } from "./card-source"
import { recentBytes, rememberBytes, type CardBytes } from "./card-bytes"
import { renderSocialCardWorkflow } from "./workflows/render-social-card"

const flight = singleFlight<string>()
const LOCK_TIMEOUT_S = 30

/**
 * The content hash of the card asked for, rendering and storing it first when it is new. At most
 * one render per hash: concurrent requests in this process share one promise, and the Locking
 * module (when the app has one) serialises processes; the unique index on the hash is the last
 * guard. `beforeRender` runs only when a render is needed (the HTTP route spends its rate limit
 * there) and may throw to refuse it. `timings` receives where the time went, in ms (the route
 * sends it as a Server-Timing header: bench/cards.js reads it).
 */
export async function ensureCard(
  container: MedusaContainer,
  req: CardRequest,
  hooks: { beforeRender?: () => Promise<void>; timings?: CardTimings } = {}
): Promise<string> {
  const timings = hooks.timings ?? {}
  let t = performance.now()
  const prepared = await prepareCard(container, req)
  timings.prepare = performance.now() - t
  prepared.timings = timings
  if (recentBytes(prepared.hash)) {
    return prepared.hash
  }
  const cards = container.resolve<SocialCardModuleService>(SOCIAL_CARD_MODULE)
  if (await cards.findByHash(prepared.hash)) {
    return prepared.hash
  }
  // Only a render costs (CPU, a stored file): the caller's rate limit applies here, not above.
  await hooks.beforeRender?.()
  return flight(prepared.hash, async () => {
    const run = async () => {
      t = performance.now()
      const { result } = await withPrepared(req, prepared, () => renderSocialCardWorkflow(container).run({ input: req }))
      timings.workflow = performance.now() - t
      // A card another process stored meanwhile is answered by the workflow under its hash.
      return (result as SocialCardRecord | null)?.hash ?? prepared.hash
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
