import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { SOCIAL_CARD_MODULE, type SocialCardRecord } from "../../../modules/social-card"
import type SocialCardModuleService from "../../../modules/social-card/service"
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"
import type { CardFormat } from "../../../lib/card-formats"
import { prepareCard } from "../card-source"

export type FindStaleCardsInput = { after?: string | null; limit?: number; now?: string }
export type StaleCard = Pick<SocialCardRecord, "id" | "hash" | "file_id">
export type FindStaleCardsOutput = { stale: StaleCard[]; scanned: number; next_after: string | null; cutoff: string }

/**
 * This step reads one page of stored cards (by id) and picks those no product uses any more:
 * - replaced: a newer card of the same product, variant, format, currency and locale was stored
 *   more than `supersededCardGraceDays` ago, and the card's content is not the current one again
 *   (a title changed and changed back makes the old hash current again: recomputed here);
 * - orphaned: the product was deleted more than the grace period ago (or is gone entirely).
 * A product's current card is never picked: shared images must stay reachable.
 */
export const findStaleCardsStep = createStep(
  "social-card-find-stale",
  async (input: FindStaleCardsInput, { container }) => {
    const options = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getPluginOptions()
    const now = input.now ? new Date(input.now) : new Date()
    const cutoff = new Date(now.getTime() - options.supersededCardGraceDays * 86_400_000)
    const limit = input.limit ?? 200
    const cards = container.resolve<SocialCardModuleService>(SOCIAL_CARD_MODULE)
    const page = (await cards.listSocialCards(
      input.after ? { id: { $gt: input.after } } : {},
      { order: { id: "ASC" }, take: limit }
    )) as unknown as SocialCardRecord[]
    if (!page.length) {
      return new StepResponse<FindStaleCardsOutput>({ stale: [], scanned: 0, next_after: null, cutoff: cutoff.toISOString() })
    }

    const productIds = [...new Set(page.map((c) => c.product_id))]
    const products = await container
      .resolve(Modules.PRODUCT)
      .listProducts({ id: productIds }, { select: ["id", "deleted_at"], withDeleted: true, take: productIds.length })
    const alive = new Set(
      products.filter((p) => !p.deleted_at || new Date(p.deleted_at as unknown as string) > cutoff).map((p) => p.id)
    )
    const stale: StaleCard[] = page.filter((c) => !alive.has(c.product_id))

    const replaced = await cards.listSupersededCards({ cutoff, ids: page.filter((c) => alive.has(c.product_id)).map((c) => c.id) })
    for (const card of replaced) {
      const current = await prepareCard(
        container,
        {
          product_id: card.product_id,
          format: card.format as CardFormat,
          variant_id: card.variant_id ?? undefined,
          currency_code: card.currency_code,
          locale: card.locale,
        },
        { exact: true }
      ).catch(() => null)
      // A product that is a draft now, or a variant gone: no stable URL serves this card.
      if (current?.hash !== card.hash) {
        stale.push(card)
      }
    }
    return new StepResponse<FindStaleCardsOutput>({
      stale: stale.map(({ id, hash, file_id }) => ({ id, hash, file_id })),
      scanned: page.length,
      next_after: page.length === limit ? page[page.length - 1].id : null,
      cutoff: cutoff.toISOString(),
    })
  }
)
