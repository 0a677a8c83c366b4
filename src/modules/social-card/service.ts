import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
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
}
