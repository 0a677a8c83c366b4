import { model } from "@medusajs/framework/utils"

/**
 * A tracked share link: one per (sharer or anonymous, product, network, locale, currency). The code is the
 * only thing in the URL: it is random, so it carries no personal data and cannot be guessed.
 */
export const SocialShareLink = model
  .define("social_share_link", {
    id: model.id({ prefix: "sshl" }).primaryKey(),
    code: model.text(),
    product_id: model.text(),
    customer_id: model.text().nullable(),
    // The customer id, or "anonymous": NULLs never collide in a unique index, so the uniqueness of
    // (sharer, product, network) needs a non-null key.
    sharer_key: model.text(),
    network: model.text(),
    // HMAC visitor key of the request that created the link: its own later clicks are "self".
    creator_visitor_hash: model.text().nullable(),
    // The sharer's locale ("fr-FR"), or "" when the share asked for none: people who open the link
    // are sent to that locale's storefront page and crawlers get its og:locale. Not null for the
    // same reason as sharer_key: it is part of the unique key.
    locale: model.text().default(""),
    // The currency the sharer saw ("usd"; "" for a product without a price): the crawler page
    // shows the card and price the sharer shared, not the default currency's. Part of the unique
    // key: a link shared in yen previews in yen.
    currency_code: model.text().default(""),
  })
  .indexes([
    { on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["sharer_key", "product_id", "network", "locale", "currency_code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id"] },
    { on: ["customer_id"], where: "customer_id IS NOT NULL" },
  ])
