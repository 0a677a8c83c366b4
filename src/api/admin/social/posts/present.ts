import type { SocialPost } from "../../../../modules/social-publish/service"

/** The admin's view of a post, with its tracked link as a URL. */
export function presentPost(p: SocialPost, publicUrl: string) {
  return {
    id: p.id,
    account_id: p.account_id,
    status: p.status,
    product_id: p.product_id,
    variant_id: p.variant_id,
    link_url: p.link_url,
    template: p.template,
    text: p.text,
    title: p.title,
    media: p.media,
    locale: p.locale,
    currency_code: p.currency_code,
    country_code: p.country_code,
    scheduled_at: p.scheduled_at,
    time_zone: p.time_zone,
    share_code: p.share_code,
    share_url: p.share_code ? new URL(`/s/${p.share_code}`, publicUrl).toString() : null,
    platform_post_id: p.platform_post_id,
    permalink: p.permalink,
    error_message: p.error_message,
    attempts: p.attempts,
    published_at: p.published_at,
    origin: p.origin,
    created_at: p.created_at,
    updated_at: p.updated_at,
  }
}
