import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { SocialCard } from "./models/social-card"

export type SocialCardRecord = {
  id: string
  hash: string
  product_id: string
  variant_id: string | null
  format: string
  currency_code: string
  locale: string
  file_id: string
  mime: string
  width: number
  height: number
  size: number
}

/**
 * This service owns the card render records (content hash to stored file). Rendering itself is
 * pure (lib/) and storing the bytes is the File module's job; the workflow ties them together.
 */
export default class SocialCardModuleService extends MedusaService({ SocialCard }) {
  /** The record of a content hash, or null when that card was never rendered. */
  @InjectManager()
  async findByHash(hash: string, @MedusaContext() sharedContext: Context = {}): Promise<SocialCardRecord | null> {
    const [row] = await this.listSocialCards({ hash }, { take: 1 }, sharedContext)
    return (row as unknown as SocialCardRecord) ?? null
  }

  /**
   * Cards superseded before `cutoff`: another card for the same product, variant, format,
   * currency and locale was stored after this one, and that newer card is itself older than the
   * cutoff. The newest card of every such key is never listed (it is what the stable URL serves),
   * and a card replaced less than the grace period ago stays (a network that scraped it recently
   * still shows it). Only among `ids` (the caller pages the table).
   */
  @InjectManager()
  async listSupersededCards(
    input: { cutoff: Date; ids: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SocialCardRecord[]> {
    const em = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
    const knex = em.getKnex()
    const query = knex("social_card as c")
      .select("c.*")
      .whereNull("c.deleted_at")
      .whereIn("c.id", input.ids)
      .whereExists(
        knex("social_card as n")
          .select(knex.raw("1"))
          .whereNull("n.deleted_at")
          .whereRaw("n.product_id = c.product_id")
          .whereRaw("n.format = c.format")
          .whereRaw("n.variant_id IS NOT DISTINCT FROM c.variant_id")
          .whereRaw("n.currency_code = c.currency_code")
          .whereRaw("n.locale = c.locale")
          .whereRaw("n.created_at > c.created_at")
          .where("n.created_at", "<", input.cutoff)
      )
    if (!input.ids.length) {
      return []
    }
    return em.execute<SocialCardRecord[]>(query)
  }
}
