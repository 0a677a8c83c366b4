import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CARD_FORMATS } from "../../../../../../lib/card-formats"
import { formatMoney } from "../../../../../../modules/social-share/lib/money"
import { hasIntent, shareIntentUrl } from "../../../../../../modules/social-share/lib/intents"
import { visitorKey } from "../../../../../../modules/social-share/lib/visitor"
import { canonicalLocale } from "../../../../../../modules/social-share/lib/locale"
import { getOrCreateShareLinksWorkflow } from "../../../../../../workflows/social-share/workflows/get-or-create-share-links"
import {
  cardParams,
  cardUrls,
  keySalesChannels,
  loadPublishedDisplay,
  productMeta,
  resolveLocale,
  reviewStats,
  shareContext,
} from "../../../../../utils/share"
import { requestVisitor, shortLinkUrl, WEB_SHARE_NETWORK } from "../../../../../utils/short-link"
import type { StoreSocialProductShareParamsType } from "../../validators"

/**
 * The share bundle of a product: a tracked short link and intent per enabled network, the Web
 * Share payload, the card URLs and the meta tags. Links are created on first request and then
 * returned again for the same sharer (the logged-in customer, or anonymous) and locale: the link
 * keeps the sharer's locale, so the people who open it land on that locale's storefront page.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const asked = req.validatedQuery as StoreSocialProductShareParamsType
  // Only the locales the store offers (400 naming `locale`), in the store's spelling.
  const params = { ...asked, locale: await resolveLocale(req.scope, asked.locale) }
  const channels = keySalesChannels(req)
  const [ctx, display] = await Promise.all([
    shareContext(req.scope),
    loadPublishedDisplay(req.scope, req.params.id, params, channels),
  ])
  const customerId = req.auth_context?.actor_type === "customer" && req.auth_context.actor_id ? req.auth_context.actor_id : null
  const creator = visitorKey(ctx.options.secret, requestVisitor(req))
  const networks = [...ctx.settings.enabled_networks, WEB_SHARE_NETWORK]
  const { result: links } = await getOrCreateShareLinksWorkflow(req.scope).run({
    input: networks.map((network) => ({
      product_id: display.id,
      customer_id: customerId,
      network,
      creator_visitor_hash: creator,
      locale: canonicalLocale(params.locale),
      // The currency shown (the store's default when none was asked): the link's crawler page
      // shows the price the sharer saw.
      currency_code: (display.price?.currency_code ?? params.currency_code ?? "").toLowerCase(),
    })),
  })

  const cards = cardUrls(ctx, display.id, cardParams(display, params))
  const price = display.price ? formatMoney(display.price.amount, display.price.currency_code, params.locale) : null
  const text = price ? `${display.title} – ${price}` : display.title
  const byNetwork = new Map(links.map((l) => [l.network, l]))

  res.json({
    share: {
      product_id: display.id,
      customer_id: customerId,
      text,
      links: ctx.settings.enabled_networks
        .filter((n) => byNetwork.has(n))
        .map((network) => {
          const link = byNetwork.get(network)!
          const url = shortLinkUrl(ctx.options.publicUrl, link.code)
          return {
            network,
            code: link.code,
            url,
            // Instagram and TikTok have no web intent: the storefront uses web_share and the cards.
            intent_url: hasIntent(network)
              ? shareIntentUrl(network, {
                  url,
                  title: display.title,
                  text,
                  pinImageUrl: cards.pin,
                  hashtags: display.tags,
                  via: ctx.options.twitterHandle,
                })
              : null,
          }
        }),
      web_share: (() => {
        const link = byNetwork.get(WEB_SHARE_NETWORK)!
        return {
          title: display.title,
          text,
          url: shortLinkUrl(ctx.options.publicUrl, link.code),
          code: link.code,
          image_url: cards.story,
          image: { url: cards.story, ...CARD_FORMATS.story },
        }
      })(),
      cards: Object.fromEntries(
        Object.entries(cards).map(([format, url]) => [format, { url, ...CARD_FORMATS[format as keyof typeof CARD_FORMATS] }])
      ),
      meta: productMeta(ctx, display, params, await reviewStats(req.scope, ctx, display.id)),
    },
  })
}

