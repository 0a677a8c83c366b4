import { model } from "@medusajs/framework/utils"

/**
 * A post on one account for one market (locale, currency, country): its text as rendered for that
 * network and audience, what it shows (a product, variant, collection, or free text with a link),
 * its picture and when it goes out. Publishing fills the platform's ids; `container_id` is stored
 * before the publish call (Instagram's container, a draft id), so a retry after a crash resumes it
 * instead of posting twice.
 */
export const SocialPublishPost = model
  .define("social_publish_post", {
    id: model.id({ prefix: "spst" }).primaryKey(),
    account_id: model.text(),
    status: model.enum(["draft", "scheduled", "publishing", "published", "failed", "held"]).default("draft"),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    collection_id: model.text().nullable(),
    /** Free-text posts: the page the post links to (an allowed storefront origin). */
    link_url: model.text().nullable(),
    /** The template the text was rendered from, kept to render it again for another market. */
    template: model.text().nullable(),
    text: model.text(),
    title: model.text().nullable(),
    /** og, og-light, pin, photo or none (see lib/networks). */
    media: model.text(),
    locale: model.text().default(""),
    currency_code: model.text().default(""),
    country_code: model.text().nullable(),
    scheduled_at: model.dateTime().nullable(),
    /** The zone `scheduled_at` was chosen in, to show it back as the admin entered it. */
    time_zone: model.text().default("UTC"),
    /** The post's own tracked link (its sharer is the post): orders come back per post. */
    share_link_id: model.text().nullable(),
    share_code: model.text().nullable(),
    container_id: model.text().nullable(),
    platform_post_id: model.text().nullable(),
    permalink: model.text().nullable(),
    error_message: model.text().nullable(),
    attempts: model.number().default(0),
    /** While publishing: the worker's claim runs out then, and another worker may resume the post. */
    lease_until: model.dateTime().nullable(),
    next_attempt_at: model.dateTime().nullable(),
    published_at: model.dateTime().nullable(),
    /** "manual", or the auto-post rule that made it. */
    origin: model.text().default("manual"),
    /**
     * An automatic post's idempotency key (the rule, the event and what it saw): the same event
     * delivered twice finds its post and makes no second one.
     */
    dedupe_key: model.text().nullable(),
    /**
     * What the platform's insights said of the post, as last polled: impressions, reactions,
     * comments, shares, link_clicks (null where the platform does not tell).
     */
    metrics: model.json().nullable(),
    metrics_at: model.dateTime().nullable(),
  })
  .indexes([
    // The publisher's question, "what is due?", reads only due rows, whatever else is stored.
    { on: ["scheduled_at"], where: "status = 'scheduled' AND deleted_at IS NULL" },
    { on: ["lease_until"], where: "status = 'publishing' AND deleted_at IS NULL" },
    { on: ["account_id", "scheduled_at"] },
    { on: ["product_id"], where: "product_id IS NOT NULL" },
    { on: ["dedupe_key"], unique: true, where: "dedupe_key IS NOT NULL" },
    // The link-in-bio page: an account's latest published posts.
    // The link-in-bio page and the metrics poll: published posts by time.
    { on: ["account_id", "published_at"], where: "status = 'published'" },
    { on: ["published_at"], where: "status = 'published'" },
  ])
