import { model } from "@medusajs/framework/utils"

/**
 * The settings an admin changed. A null column means "use the plugin option": the options in
 * medusa-config stay the defaults until an admin overrides them.
 */
export const SocialSettings = model
  .define("social_settings", {
    id: model.id({ prefix: "ssset" }).primaryKey(),
    // One row per store scope; "default" for a single-store Medusa.
    scope: model.text().default("default"),
    storefront_url: model.text().nullable(),
    product_url_template: model.text().nullable(),
    allowed_redirect_origins: model.json().nullable(),
    brand_name: model.text().nullable(),
    brand_colors: model.json().nullable(),
    logo_file_id: model.text().nullable(),
    enabled_networks: model.json().nullable(),
    features: model.json().nullable(),
    /** Reviews: publish new reviews at once (reviews.autoApprove when null). */
    review_auto_approve: model.boolean().nullable(),
    /** Reviews: accept reviews of non-buyers, marked unverified (reviews.allowUnverified when null). */
    review_allow_unverified: model.boolean().nullable(),
    /** Inbox: words that alert the admin when a comment holds one (inbox.alertWords when null). */
    inbox_alert_words: model.json().nullable(),
    /** Inbox: hours after which an unanswered comment alerts the admin, 0 for never (inbox.unansweredHours when null). */
    inbox_unanswered_hours: model.number().nullable(),
  })
  .indexes([
    {
      on: ["scope"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
