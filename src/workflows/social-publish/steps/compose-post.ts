import type { MedusaContainer } from "@medusajs/framework/types"
import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadProductDisplays, type ProductDisplay } from "../../../lib/product-display"
import { resolveMarket } from "../../../lib/market"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"
import { SOCIAL_SHARE_MODULE } from "../../../modules/social-share"
import type SocialShareModuleService from "../../../modules/social-share/service"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import type SocialPublishModuleService from "../../../modules/social-publish/service"
import { composePost, productValues } from "../../../modules/social-publish/lib/compose"
import { NETWORK_RULES, type PublishNetwork } from "../../../modules/social-publish/lib/networks"
import { publishProvider } from "../../../providers/publish"

export type ComposePostInput = {
  /** Composing an existing post again (an edit): it keeps its id and its tracked link. */
  post_id?: string
  account_id: string
  product_id?: string | null
  variant_id?: string | null
  link_url?: string | null
  template?: string | null
  text?: string | null
  title?: string | null
  /** Canonical locale the store offers, or "" (the route checks it: 400 naming `locale`). */
  locale: string
  /** A currency the store sells in (the route checks it). */
  currency_code: string
  scheduled_at?: Date | null
  time_zone?: string
  status: "draft" | "scheduled" | "held"
  /** An automatic post: the rule that made it (else "manual", the column's default). */
  origin?: string
  /** An automatic post's idempotency key (unique among posts). */
  dedupe_key?: string
}

export type ComposedPostRow = {
  id: string
  account_id: string
  status: "draft" | "scheduled" | "held"
  product_id: string | null
  variant_id: string | null
  link_url: string | null
  template: string | null
  text: string
  title: string | null
  media: string
  locale: string
  currency_code: string
  country_code: string | null
  scheduled_at: Date | null
  time_zone: string
  share_link_id: string | null
  share_code: string | null
  origin?: string
  dedupe_key?: string
}

const invalid = (field: string, message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${field}: ${message}`)

async function loadProduct(container: MedusaContainer, input: ComposePostInput): Promise<{ display: ProductDisplay; country: string | null }> {
  const market = await resolveMarket(container, input.currency_code, input.locale || undefined)
  const [display] = await loadProductDisplays(container, {
    ids: [input.product_id!],
    currency_code: input.currency_code,
    variant_id: input.variant_id ?? undefined,
    market,
  })
  if (!display) throw invalid("product_id", `no product ${input.product_id}`)
  if (display.status !== "published") throw invalid("product_id", "the product is not published")
  if (input.variant_id && display.variant?.id !== input.variant_id) throw invalid("variant_id", "is not a variant of this product")
  if (!display.price) throw invalid("currency_code", `the product has no price in ${input.currency_code.toUpperCase()}`)
  // A scheduled post never advertises what the market cannot buy; a draft may wait for stock.
  if (input.status === "scheduled" && display.availability !== "in stock") {
    throw invalid("product_id", "is out of stock in this market")
  }
  return { display, country: market.country_code ?? null }
}

async function rating(container: MedusaContainer, productId: string) {
  if (!container.hasRegistration(PRODUCT_REVIEW_MODULE)) return null
  const service = container.resolve<{ getProductRatingStats(ids: string[]): Promise<Record<string, { average: number | null; count: number }>> }>(PRODUCT_REVIEW_MODULE)
  const stats = (await service.getProductRatingStats([productId]))[productId]
  return stats?.count && stats.average != null ? { average: stats.average, count: stats.count } : null
}

/** The free-text post's link, tagged so the attribution report sees the post (allowed origins only). */
function taggedLink(url: string, allowedOrigins: string[], network: string, postId: string): string {
  const parsed = new URL(url)
  if (!allowedOrigins.includes(parsed.origin)) {
    throw invalid("link_url", `must be on the storefront (${allowedOrigins.join(", ")})`)
  }
  parsed.searchParams.set("utm_source", network)
  parsed.searchParams.set("utm_medium", "social")
  parsed.searchParams.set("utm_content", postId)
  return parsed.toString()
}

/**
 * This step composes a post for its account's network and market: the product's values in that
 * market (price, sale, rating), the post's own tracked link (its sharer is the post, so orders
 * come back per post), the template rendered, the network's limits checked (400 naming the field).
 * Its compensation deletes the link it created.
 */
export const composePostStep = createStep(
  "compose-social-post",
  async (input: ComposePostInput, { container }) => {
    const publish = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
    const [account] = await publish.listSocialPublishAccounts({ id: input.account_id }, { take: 1 })
    if (!account) throw invalid("account_id", `no account ${input.account_id}`)
    const network = account.network as PublishNetwork
    if (!publishProvider(network)) throw invalid("account_id", `publishing to ${network} is not available yet`)
    const settingsService = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE)
    const settings = await settingsService.getEffectiveSettings()
    const options = settingsService.getPluginOptions()
    const id = input.post_id ?? generateEntityId("", "spst")

    let link: string
    let shareLink: { id: string; code: string } | null = null
    let created: string[] = []
    let values
    let country: string | null = null
    if (input.product_id) {
      const loaded = await loadProduct(container, input)
      country = loaded.country
      const share = container.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
      const result = await share.getOrCreateLinks([
        {
          product_id: input.product_id,
          customer_id: null,
          sharer_key: `post:${id}`,
          network,
          creator_visitor_hash: null,
          locale: input.locale,
          currency_code: input.currency_code.toLowerCase(),
        },
      ])
      shareLink = result.links[0]
      created = result.created
      link = new URL(`/s/${shareLink.code}`, options.publicUrl).toString()
      values = productValues({
        product: loaded.display,
        locale: input.locale || undefined,
        link,
        shop: settings.brand_name,
        rating: await rating(container, input.product_id),
      })
    } else {
      link = taggedLink(input.link_url!, settings.allowed_redirect_origins, network, id)
      values = { link, shop: settings.brand_name, brand: settings.brand_name }
    }

    const composed = composePost(network, input, values)
    const problem = composed.problems[0]
    if (problem) {
      if (created.length) await container.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE).deleteCreatedLinks(created)
      throw invalid(problem.field, problem.message)
    }
    const row: ComposedPostRow = {
      id,
      account_id: account.id,
      status: input.status,
      product_id: input.product_id ?? null,
      variant_id: input.variant_id ?? null,
      // A free-text post keeps its link as sent (tagged for the attribution report).
      link_url: input.link_url ? link : null,
      template: input.template ?? null,
      text: composed.text,
      title: composed.title,
      media: NETWORK_RULES[network].media,
      locale: input.locale,
      currency_code: input.currency_code.toLowerCase(),
      country_code: country,
      scheduled_at: input.scheduled_at ?? null,
      time_zone: input.time_zone ?? account.time_zone,
      share_link_id: shareLink?.id ?? null,
      share_code: shareLink?.code ?? null,
      // Only when given: an edit composes the post again and must keep its origin and key.
      ...(input.origin && { origin: input.origin }),
      ...(input.dedupe_key && { dedupe_key: input.dedupe_key }),
    }
    return new StepResponse(row, created)
  },
  async (created, { container }) => {
    if (created?.length) {
      await container.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE).deleteCreatedLinks(created)
    }
  }
)
