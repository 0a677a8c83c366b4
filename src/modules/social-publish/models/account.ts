import { model } from "@medusajs/framework/utils"

/**
 * One of the shop's own accounts on a network: a Facebook Page, an Instagram professional account,
 * a Pinterest board, an X account, a LinkedIn Page or a TikTok account. Credentials are sealed like
 * the catalog channels' (AES-256-GCM bound to the account) and never leave the service;
 * `credential_keys` says which are set.
 */
export const SocialPublishAccount = model
  .define("social_publish_account", {
    id: model.id({ prefix: "spac" }).primaryKey(),
    network: model.enum(["facebook", "instagram", "pinterest", "x", "linkedin", "tiktok"]),
    name: model.text(),
    /** The platform's id of the page, user, board or organisation posted to. */
    external_id: model.text(),
    /** Pinterest: the board pins go to. */
    board_id: model.text().nullable(),
    credentials: model.text().nullable(),
    credential_keys: model.json().nullable(),
    /** connected, or what the last connection check found (refused credentials, missing scope). */
    status: model.enum(["unchecked", "connected", "refused"]).default("unchecked"),
    status_message: model.text().nullable(),
    checked_at: model.dateTime().nullable(),
    /** The zone the calendar shows and schedules in ("Europe/Paris"). */
    time_zone: model.text().default("UTC"),
    /** X bills per post: posts beyond this many a month are held, not sent. Null: no budget. */
    monthly_post_budget: model.number().nullable(),
    /** The public link-in-bio page's name (`/social/bio/:bio_handle`); null: no page. */
    bio_handle: model.text().nullable(),
  })
  .indexes([{ on: ["network"] }, { on: ["bio_handle"], unique: true, where: "bio_handle IS NOT NULL" }])
