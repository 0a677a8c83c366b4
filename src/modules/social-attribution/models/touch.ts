import { model } from "@medusajs/framework/utils"

/**
 * One landing on the storefront, as the storefront reported it: a server-side visit log that
 * the order's attribution is computed from. Values are kept exactly as received (click ids are
 * case-sensitive); IP and user agent only as keyed hashes. A touch expires after the retention
 * period and the purge job deletes it.
 */
export const SocialTouch = model
  .define("social_touch", {
    id: model.id({ prefix: "stch" }).primaryKey(),
    visitor_id: model.text(),
    cart_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    utm_source: model.text().nullable(),
    utm_medium: model.text().nullable(),
    utm_campaign: model.text().nullable(),
    utm_term: model.text().nullable(),
    utm_content: model.text().nullable(),
    utm_id: model.text().nullable(),
    // { fbclid: "...", ttclid: "..." } with the parameter names as the platforms spell them.
    click_ids: model.json().nullable(),
    share_code: model.text().nullable(),
    // Resolved from the share link when the touch is recorded, so attribution needs no join.
    share_link_id: model.text().nullable(),
    sharer_customer_id: model.text().nullable(),
    referral_code: model.text().nullable(),
    referrer: model.text().nullable(),
    landing_path: model.text().nullable(),
    // Derived at record time: the network the touch came from, "direct" when nothing says.
    network: model.text(),
    is_direct: model.boolean().default(false),
    consent: model.enum(["granted", "analytics", "denied"]),
    ip_hash: model.text().nullable(),
    // Keyed hash of the IP's network (IPv4 /24, IPv6 /64): a sharer's guest checkout from the same
    // network is a self-reward signal even when the address within it changes.
    ip_network_hash: model.text().nullable(),
    ua_hash: model.text().nullable(),
    occurred_at: model.dateTime(),
    expires_at: model.dateTime(),
  })
  .indexes([
    { on: ["visitor_id", "occurred_at"] },
    { on: ["cart_id"], where: "cart_id IS NOT NULL" },
    { on: ["customer_id"], where: "customer_id IS NOT NULL" },
    { on: ["expires_at"] },
    { on: ["ip_network_hash"], where: "ip_network_hash IS NOT NULL" },
  ])
