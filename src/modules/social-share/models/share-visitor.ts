import { model } from "@medusajs/framework/utils"

/**
 * What a share link has seen of its visitors, as keyed hashes (HMAC with the plugin secret; the
 * raw IP, user agent and cookie are never stored). Two kinds of rows:
 * - a visitor: `visitor_hash` is the hash of the visitor's network (IPv4 /24, IPv6 /64) and
 *   `network_hash` is null. One per network and link: a distinct visitor is a distinct network,
 *   so rotating cookies or user agents makes no new visitor.
 * - a device within a network: `visitor_hash` is "d." + the hash of IP, user agent and cookie,
 *   `network_hash` the network's. Many devices from one network is a fraud signal of reward rules.
 * Rows only recognise returning visitors: counts are in the click ledger, and the prune job deletes
 * rows older than any reward rule window needs (`shareVisitorRetentionDays`).
 */
export const SocialShareVisitor = model
  .define("social_share_visitor", {
    id: model.id({ prefix: "sshv" }).primaryKey(),
    share_link_id: model.text(),
    visitor_hash: model.text(),
    batch_id: model.text(),
    network_hash: model.text().nullable(),
  })
  .indexes([
    { on: ["share_link_id", "visitor_hash"], unique: true, where: "deleted_at IS NULL" },
    // Devices per network of a link (the fraud signal).
    { on: ["share_link_id", "network_hash"] },
    // The prune job deletes by age.
    { on: ["created_at"] },
  ])
