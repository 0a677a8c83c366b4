import { model } from "@medusajs/framework/utils"

/**
 * A distinct visitor of a share link: an HMAC of IP and user agent (and a first-party cookie when
 * present) keyed with the plugin secret. The raw IP and user agent are never stored. Rows only
 * recognise returning visitors: counts are in the click ledger, and the prune job deletes rows
 * older than any reward rule window needs (`shareVisitorRetentionDays`).
 */
export const SocialShareVisitor = model
  .define("social_share_visitor", {
    id: model.id({ prefix: "sshv" }).primaryKey(),
    share_link_id: model.text(),
    visitor_hash: model.text(),
    batch_id: model.text(),
  })
  .indexes([
    { on: ["share_link_id", "visitor_hash"], unique: true, where: "deleted_at IS NULL" },
    // The prune job deletes by age.
    { on: ["created_at"] },
  ])
