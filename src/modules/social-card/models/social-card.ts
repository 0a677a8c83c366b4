import { model } from "@medusajs/framework/utils"

/**
 * One rendered card image: the content hash (template, fonts and every input) is unique, so a card
 * is stored at most once. Rows are never updated; a hash that was shared stays served (social
 * networks cache an image per URL, and a missing one blanks the share) until a newer card replaced
 * it longer than `supersededCardGraceDays` ago (the `social-cleanup-cards` job).
 */
export const SocialCard = model
  .define("social_card", {
    id: model.id({ prefix: "scard" }).primaryKey(),
    hash: model.text(),
    product_id: model.text(),
    variant_id: model.text().nullable(),
    format: model.text(),
    currency_code: model.text(),
    locale: model.text(),
    /** The File module's id (its key) of the stored bytes. */
    file_id: model.text(),
    mime: model.text(),
    width: model.number(),
    height: model.number(),
    size: model.number(),
  })
  .indexes([
    { on: ["hash"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id", "format"] },
  ])
