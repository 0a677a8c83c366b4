import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createPriceListsWorkflow, createRegionsWorkflow, createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { XMLParser, XMLValidator } from "fast-xml-parser"
import ogs from "open-graph-scraper"
import { PRODUCT_REVIEW_MODULE, type ProductReviewModuleService } from "../../src/modules/product-review"
import { createAdminHeaders, createCustomerHeaders, createPublishableKeyHeaders } from "../helpers/auth"
import { createShareProduct, createStorefrontKey, setStoreCurrencies } from "../helpers/share-fixtures"
import { flushShareClicks } from "../../src/workflows/social-share/click-flusher"
import { pruneShareVisitorsWorkflow } from "../../src/workflows/social-share/workflows/prune-share-visitors"
import { prepareCard } from "../../src/workflows/social-card/card-source"
import { catalogApi } from "../helpers/catalog-api"
import { SOCIAL_SHARE_MODULE } from "../../src/modules/social-share"
import type SocialShareModuleService from "../../src/modules/social-share/service"


const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
const SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"
const FACEBOOK = "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"
const PINTEREST_APP =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [Pinterest/iOS]"
const PINTEREST_BOT = "Pinterest/0.2 (+https://www.pinterest.com/bot.html)"
const STOREFRONT = "http://localhost:8000"
// Visitors' addresses in three networks (documentation ranges).
const HOME_A = "198.51.100.7"
const HOME_B = "203.0.113.9"
const HOME_C = "192.0.2.44"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string>; sales_channel_id: string }

    beforeAll(async () => {
      admin = await createAdminHeaders(getContainer(), api)
    })

    beforeEach(async () => {
      store = await createStorefrontKey(getContainer())
      await setStoreCurrencies(api, admin)
    })

    /** A published product sold in the storefront key's sales channel. */
    const shareProduct = (over: Record<string, unknown> = {}) =>
      createShareProduct(api, admin, { sales_channels: [{ id: store.sales_channel_id }], ...over })

    const raw = (url: string, headers: Record<string, string> = {}) =>
      api.get(url, { headers, maxRedirects: 0, validateStatus: () => true })
    const share = (id: string, query = "", headers: Record<string, string> = {}) =>
      api.get(`/store/social/products/${id}/share${query}`, {
        headers: { ...store.headers, "user-agent": FIREFOX, ...headers },
        validateStatus: () => true,
      })
    const codeOf = (url: string) => new URL(url).pathname.split("/").pop()!

    describe("GET /store/social/products/:id/share", () => {
      it("returns a tracked link and an encoded intent per enabled network, cards and meta", async () => {
        const product = await shareProduct()
        const { status, data } = await share(product.id, "?currency_code=eur&locale=fr-FR")
        expect(status).toBe(200)
        const bundle = data.share
        const networks = bundle.links.map((l: any) => l.network)
        expect(networks).toEqual(["facebook", "instagram", "x", "pinterest", "whatsapp", "linkedin", "telegram", "reddit", "tiktok", "email"])
        for (const link of bundle.links) {
          expect(link.code).toMatch(/^[A-Za-z0-9]{10}$/)
          expect(link.url).toBe(`http://localhost:9000/s/${link.code}`)
        }
        expect(new Set(bundle.links.map((l: any) => l.code)).size).toBe(networks.length)
        const intent = (n: string) => bundle.links.find((l: any) => l.network === n)
        expect(intent("instagram").intent_url).toBeNull()
        const x = new URL(intent("x").intent_url)
        expect(x.searchParams.get("url")).toBe(intent("x").url)
        expect(x.searchParams.get("text")).toMatch(/^Trail Tee & Co – 12,50\s€$/)
        expect(intent("x").intent_url).not.toMatch(/[ &]Co/)
        const pin = new URL(intent("pinterest").intent_url)
        expect(pin.searchParams.get("media")).toBe(bundle.cards.pin.url)
        expect(intent("email").intent_url).toMatch(/^mailto:\?subject=Trail%20Tee%20%26%20Co&body=/)
        expect(bundle.web_share).toMatchObject({ title: "Trail Tee & Co", image_url: bundle.cards.story.url })
        expect(bundle.web_share.url).toMatch(/^http:\/\/localhost:9000\/s\/[A-Za-z0-9]{10}$/)
        expect(bundle.cards.og).toEqual({
          url: `http://localhost:9000/social/cards/${product.id}/og.png?currency_code=eur&locale=fr-FR`,
          width: 1200,
          height: 630,
          type: "png",
        })
        expect(bundle.cards["og-light"].url).toContain("/og-light.jpg")
        const tag = (k: string) => bundle.meta.tags.find((t: any) => t.property === k || t.name === k)?.content
        expect(tag("og:image")).toBe(bundle.cards.og.url)
        expect(tag("og:locale")).toBe("fr_FR")
        expect(tag("product:price:amount")).toBe("12.50")
        expect(tag("product:price:currency")).toBe("EUR")
        expect(tag("og:url")).toBe(`${STOREFRONT}/products/${product.handle}`)

        // Asking again (same locale, any spelling) returns the same links; another locale, or
        // none, gets links of its own; a logged-in customer gets their own.
        const codes = (b: any) => b.links.map((l: any) => l.code)
        const again = await share(product.id, "?currency_code=eur&locale=fr_fr")
        expect(codes(again.data.share)).toEqual(codes(bundle))
        expect(again.data.share.customer_id).toBeNull()
        const unlocalised = await share(product.id, "?currency_code=eur")
        expect(codes(unlocalised.data.share).filter((c: string) => codes(bundle).includes(c))).toEqual([])
        expect(codes((await share(product.id)).data.share)).toEqual(codes(unlocalised.data.share))
        const customer = await createCustomerHeaders(api, store)
        const mine = await share(product.id, "", customer.headers)
        expect(mine.data.share.customer_id).toBe(customer.customer.id)
        expect(mine.data.share.links[0].code).not.toBe(bundle.links[0].code)
        // Other capabilities (attribution) read links by code through query.graph, product joined.
        const query = getContainer().resolve("query")
        const { data: rows } = await query.graph({
          entity: "social_share_link",
          fields: ["id", "code", "product_id", "customer_id", "network", "product.title"],
          filters: { code: mine.data.share.links[0].code },
        })
        expect(rows[0]).toMatchObject({
          product_id: product.id,
          customer_id: customer.customer.id,
          network: "facebook",
          product: { title: "Trail Tee & Co" },
        })
        const mineAgain = await share(product.id, "", customer.headers)
        expect(mineAgain.data.share.links.map((l: any) => l.code)).toEqual(mine.data.share.links.map((l: any) => l.code))
      })

      it("follows the enabled networks of the settings", async () => {
        const product = await shareProduct()
        await api.post("/admin/social/settings", { enabled_networks: ["pinterest", "email"] }, admin)
        const { data } = await share(product.id)
        expect(data.share.links.map((l: any) => l.network)).toEqual(["pinterest", "email"])
        // The database is reset between tests, but not the process' settings cache: reset here.
        await api.post("/admin/social/settings", { enabled_networks: null }, admin)
      })

      it("answers 404 for unknown or unpublished products and 400 for bad parameters", async () => {
        const draft = await shareProduct({ status: "draft" })
        const product = await shareProduct()
        expect((await share("prod_missing")).status).toBe(404)
        expect((await share(draft.id)).status).toBe(404)
        const cases: Array<[string, string]> = [
          ["?currency_code=euro", "currency_code"],
          ["?currency_code=gbp", "currency_code"],
          ["?locale=<script>", "locale"],
          // Well-formed, but not among the store's locales: each would be links of their own.
          ["?locale=en-x-123", "locale"],
          ["?locale=pt-BR", "locale"],
          ["?variant_id=variant_other", "variant_id"],
          ["?redirect=https://evil.example", "redirect"],
        ]
        for (const [q, field] of cases) {
          const res = await share(product.id, q)
          expect([q, res.status]).toEqual([q, 400])
          expect(res.data.message).toContain(field)
        }
        const meta = await api.get(`/store/social/products/${product.id}/meta?locale=en-x-123`, { headers: store.headers, validateStatus: () => true })
        expect([meta.status, meta.data.message]).toEqual([400, expect.stringContaining("locale")])
        const query = getContainer().resolve("query")
        const { data: links } = await query.graph({ entity: "social_share_link", fields: ["id"], filters: { product_id: product.id } })
        expect(links).toEqual([])
        const noKey = await api.get(`/store/social/products/${product.id}/share`, { validateStatus: () => true })
        expect(noKey.status).toBe(400)
      })

      it("answers 404 on share and meta for a product outside the key's sales channel", async () => {
        const other = await createStorefrontKey(getContainer(), "Other storefront")
        const elsewhere = await createShareProduct(api, admin, { sales_channels: [{ id: other.sales_channel_id }] })
        const nowhere = await createShareProduct(api, admin)
        const both = await shareProduct({ sales_channels: [{ id: store.sales_channel_id }, { id: other.sales_channel_id }] })
        const get = (route: string, id: string, headers = store.headers) =>
          api.get(`/store/social/products/${id}/${route}`, { headers: { ...headers, "user-agent": FIREFOX }, validateStatus: () => true })
        for (const route of ["share", "meta"]) {
          for (const id of [elsewhere.id, nowhere.id]) {
            const res = await get(route, id)
            expect([route, res.status, res.data.message]).toEqual([route, 404, `Product with id: ${id} was not found`])
          }
          expect((await get(route, both.id)).status).toBe(200)
          // The other storefront's key sees its own product.
          expect((await get(route, elsewhere.id, other.headers)).status).toBe(200)
        }
        // No link was made for a product no key can see.
        const { data } = await api.get(`/admin/social/share-links?product_id=${nowhere.id}`, admin)
        expect(data.count).toBe(0)
        // A key tied to no sales channel is refused as Medusa's store routes refuse it.
        const bare = await createPublishableKeyHeaders(getContainer())
        const res = await get("share", both.id, bare.headers)
        expect([res.status, res.data.message]).toEqual([400, "Publishable key needs to have a sales channel configured"])
      })

      it("shows previewers nothing of a product moved to a channel no storefront sells through", async () => {
        const product = await shareProduct()
        const { data } = await share(product.id)
        const code = codeOf(data.share.links[0].url)
        expect((await raw(`/s/${code}`, { "user-agent": FIREFOX })).status).toBe(302)
        // The merchant moves it to a wholesale channel that has no publishable key.
        const wholesale = await api.post("/admin/sales-channels", { name: "Wholesale" }, admin)
        await api.post(`/admin/products/${product.id}`, { sales_channels: [{ id: wholesale.data.sales_channel.id }] }, admin)
        const page = await raw(`/s/${code}`, { "user-agent": FACEBOOK })
        expect(page.status).toBe(404)
        expect(page.data).not.toContain("Trail Tee")
        expect(page.data).not.toContain("og:image")
      })
    })

    describe("GET /store/social/products/:id/meta", () => {
      it("returns the tags and JSON-LD of the chosen variant and currency", async () => {
        const product = await shareProduct()
        const m = product.variants.find((v) => v.title === "M")!
        const { data } = await api.get(`/store/social/products/${product.id}/meta?variant_id=${m.id}`, store)
        const tag = (k: string) => data.meta.tags.find((t: any) => t.property === k || t.name === k)?.content
        expect(tag("product:retailer_item_id")).toBe(m.id)
        expect(tag("product:price:amount")).toBe("13.50")
        expect(tag("og:image")).toBe(`http://localhost:9000/social/cards/${product.id}/og.png?variant_id=${m.id}`)
        expect(data.meta.json_ld).toMatchObject({
          "@type": "Product",
          name: "Trail Tee & Co",
          offers: { price: "13.50", priceCurrency: "EUR", availability: "https://schema.org/InStock" },
        })
        expect(data.meta.json_ld.aggregateRating).toBeUndefined()

        // With approved reviews (and only those), the JSON-LD carries their rating.
        const reviews = getContainer().resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
        await reviews.createProductReviews([
          { product_id: product.id, customer_id: "cus_a", rating: 5, title: "Great", body: "Great tee", status: "approved" },
          { product_id: product.id, customer_id: "cus_b", rating: 4, title: "Good", body: "Good tee", status: "approved" },
          { product_id: product.id, customer_id: "cus_c", rating: 1, title: "Bad", body: "Pending", status: "pending" },
        ])
        const rated = await api.get(`/store/social/products/${product.id}/meta`, store)
        expect(rated.data.meta.json_ld.aggregateRating).toMatchObject({ ratingValue: 4.5, reviewCount: 2 })
        const jpy = await api.get(`/store/social/products/${product.id}/meta?currency_code=JPY`, store)
        expect(jpy.data.meta.json_ld.offers.price).toBe("1500")
      })
    })

    describe("prices with the tax the shopper pays", () => {
      it("shows a German link the price the German checkout charges, in the card, the tags, the meta route, the share text, the feed and the RSS", async () => {
        const container = getContainer()
        const {
          result: [europe],
        } = await createRegionsWorkflow(container).run({
          input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["fr", "de"], automatic_taxes: true }] },
        })
        await createTaxRegionsWorkflow(container).run({
          input: [
            { country_code: "de", provider_id: "tp_system", default_tax_rate: { rate: 19, code: "DE19", name: "MwSt" } },
            { country_code: "fr", provider_id: "tp_system", default_tax_rate: { rate: 20, code: "FR20", name: "TVA" } },
          ] as any,
        })
        const product = await shareProduct({
          title: "Rain jacket",
          thumbnail: "https://cdn.example.com/jacket.jpg",
          options: [{ title: "Size", values: ["One"] }],
          variants: [{ title: "One", options: { Size: "One" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 189 }] }],
        })
        const variantId = product.variants[0].id
        await createPriceListsWorkflow(container).run({
          input: {
            price_lists_data: [
              { title: "Spring sale", description: "Jackets", type: "sale", status: "active", prices: [{ amount: 151.2, currency_code: "eur", variant_id: variantId }] },
            ],
          } as any,
        })

        // What the German checkout charges: a cart in the region, shipped to Germany.
        const { data: cartData } = await api.post(
          "/store/carts",
          { region_id: europe.id, items: [{ variant_id: variantId, quantity: 1 }], shipping_address: { country_code: "de" } },
          store
        )
        const charged = Math.round(cartData.cart.item_total * 100) / 100
        expect(charged).toBe(179.93)

        // The share bundle of a German link: text, tags.
        const bundle = (await share(product.id, "?currency_code=eur&locale=de-DE")).data.share
        expect(bundle.text).toMatch(/^Rain jacket – 179,93\s€$/)
        const tag = (meta: any, k: string) => meta.tags.find((t: any) => t.property === k)?.content
        expect(tag(bundle.meta, "product:price:amount")).toBe("179.93")
        // The meta route's JSON-LD.
        const meta = (await api.get(`/store/social/products/${product.id}/meta?currency_code=eur&locale=de-DE`, store)).data.meta
        expect(meta.json_ld.offers).toMatchObject({ price: "179.93", priceCurrency: "EUR" })
        // The crawler page of the link.
        const fb = bundle.links.find((l: any) => l.network === "facebook")
        const { result } = await ogs({ html: (await raw(`/s/${fb.code}`, { "user-agent": FACEBOOK })).data })
        expect(result.jsonLD?.[0]).toMatchObject({ offers: { price: "179.93", priceCurrency: "EUR" } })
        // The card the link points at: the sale price with tax, and the regular one struck through.
        const card = await prepareCard(container, { product_id: product.id, format: "og", currency_code: "eur", locale: "de-DE" })
        expect(card.shown.price).toMatchObject({ current: expect.stringMatching(/^179,93\s€$/), original: expect.stringMatching(/^224,91\s€$/) })
        // A French link pays French VAT (20 %).
        const fr = (await api.get(`/store/social/products/${product.id}/meta?currency_code=eur&locale=fr-FR`, store)).data.meta
        expect(fr.json_ld.offers.price).toBe("181.44")

        // The German feed lists the same price.
        const catalog = catalogApi(api, admin, store.sales_channel_id)
        const germany = await catalog.createChannel({ destination: "google", country: "de", currency_code: "eur", language: "de", region_id: europe.id })
        expect((await catalog.syncAndWait(germany.id)).results.snapshot).toMatchObject({ created: 1, invalid: 0 })
        const feed = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(
          (await api.get(new URL(germany.feed_url).pathname, { responseType: "text" })).data
        )
        const item = ([] as any[]).concat(feed.rss.channel.item).find((i) => i["g:id"] === variantId)
        expect(item).toMatchObject({ "g:price": "224.91 EUR", "g:sale_price": "179.93 EUR" })

        // The RSS in EUR has no locale: the currency's default region (Europe; Germany first).
        const rss = new XMLParser({ isArray: (name) => name === "item" }).parse((await raw("/social/rss/products.xml?currency_code=eur")).data)
        expect(rss.rss.channel.item.find((i: any) => i.guid === product.id || String(i.guid?.["#text"]) === product.id)?.["g:price"]).toBe("179.93 EUR")
      })
    })

    describe("GET /s/:code", () => {
      it("gives a crawler the tag page, read back by an Open Graph parser", async () => {
        const product = await shareProduct()
        const { data } = await share(product.id)
        const link = data.share.links.find((l: any) => l.network === "facebook")
        const res = await raw(`/s/${link.code}`, { "user-agent": FACEBOOK })
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toMatch(/text\/html/)
        const { result } = await ogs({ html: res.data })
        expect(result.ogTitle).toBe("Trail Tee & Co")
        expect(result.ogType).toBe("product")
        expect(result.ogUrl).toBe(`${STOREFRONT}/products/${product.handle}`)
        const image = result.ogImage![0]
        // The link keeps the currency the sharer saw (the store's default here).
        expect(image.url).toBe(`http://localhost:9000/social/cards/${product.id}/og.png?currency_code=eur`)
        expect(new URL(image.url).protocol).toBe("http:")
        expect(Number(image.width)).toBe(1200)
        expect(Number(image.height)).toBe(630)
        expect(result.twitterCard).toBe("summary_large_image")
        expect(result.jsonLD?.[0]).toMatchObject({ "@type": "Product", name: "Trail Tee & Co" })
      })

      it("previews a link in the currency it was shared in", async () => {
        const product = await shareProduct()
        const code = (query: string) => share(product.id, query).then(({ data }) => data.share.links.find((l: any) => l.network === "facebook").code)
        const [yen, euro, plain] = [await code("?currency_code=JPY"), await code("?currency_code=eur"), await code("")]
        expect(yen).not.toBe(euro)
        expect(plain).toBe(euro)
        const { result } = await ogs({ html: (await raw(`/s/${yen}`, { "user-agent": FACEBOOK })).data })
        expect(result.ogImage![0].url).toBe(`http://localhost:9000/social/cards/${product.id}/og.png?currency_code=jpy`)
        expect(result.jsonLD?.[0]).toMatchObject({ offers: { price: "1500", priceCurrency: "JPY" } })
      })

      it("keeps a hostile title inert", async () => {
        const title = `"><script>alert(1)</script>`
        const product = await shareProduct({ title, description: "<img src=x onerror=alert(2)>" })
        const { data } = await share(product.id)
        const res = await raw(`/s/${data.share.links[0].code}`, { "user-agent": "Twitterbot/1.0" })
        expect(res.status).toBe(200)
        expect(res.data).not.toContain("<script>alert")
        expect(res.data).not.toContain("<img")
        expect(res.data.match(/<script/g)).toHaveLength(1)
        const { result } = await ogs({ html: res.data })
        expect(result.ogTitle).toBe(title)
      })

      it("redirects a person to the storefront only, whatever the request carries", async () => {
        const product = await shareProduct()
        const { data } = await share(product.id)
        const link = data.share.links.find((l: any) => l.network === "x")
        const expected = `${STOREFRONT}/products/${product.handle}?utm_source=x&utm_medium=social&utm_campaign=share&utm_content=${product.handle}&sc=${link.code}`
        const plain = await raw(`/s/${link.code}`, { "user-agent": CHROME })
        expect(plain.status).toBe(302)
        expect(plain.headers.location).toBe(expected)
        expect(plain.headers["cache-control"]).toBe("no-store")
        for (const trick of [
          `/s/${link.code}?next=https://evil.example`,
          `/s/${link.code}?url=//evil.example&redirect=%2F%2Fevil.example`,
          `/s/${link.code}?utm_source=evil&sc=OTHERCODE1&utm_content=x`,
          `/s/${link.code}/`,
        ]) {
          const res = await raw(trick, { "user-agent": CHROME, host: "evil.example", "x-forwarded-host": "evil.example" })
          expect(res.status).toBe(302)
          expect(res.headers.location).toBe(expected)
        }
        for (const bad of [
          "/s/%2F%2Fevil.example",
          "/s/https:%2F%2Fevil.example",
          `/s/${link.code}%2F..%2F..%2Fevil`,
          "/s/..%2F..%2Fadmin",
          "/s/short",
          `/s/${link.code}x`.replace(/.$/, "!"),
        ]) {
          const res = await raw(bad, { "user-agent": CHROME })
          expect(res.status).toBe(404)
          expect(res.headers.location).toBeUndefined()
        }
        const unknown = await raw("/s/ZZZZZZZZZZ", { "user-agent": CHROME })
        expect(unknown.status).toBe(404)
        expect(unknown.headers["content-type"]).toMatch(/text\/html/)
        expect(unknown.data).toContain("This link does not exist")
        // An unknown code read the database once; asked again it is answered from the negative
        // cache (the service counts its reads).
        const service = getContainer().resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
        const reads = service.linkLookupReads
        for (let i = 0; i < 5; i++) {
          expect((await raw("/s/ZZZZZZZZZZ", { "user-agent": CHROME })).status).toBe(404)
        }
        expect(service.linkLookupReads).toBe(reads)
        expect((await raw("/s/YYYYYYYYYY", { "user-agent": CHROME })).status).toBe(404)
        expect(service.linkLookupReads).toBe(reads + 1)
      })

      it("redirects a person in Pinterest's in-app browser and counts them as a visitor; Pinterest's crawler gets the page", async () => {
        const product = await shareProduct()
        const pin = (await share(product.id)).data.share.links.find((l: any) => l.network === "pinterest")
        // From a network other than the sharer's (the one that asked for the link is the sharer's own).
        const person = await raw(`/s/${pin.code}`, { "user-agent": PINTEREST_APP, "x-forwarded-for": "203.0.113.50" })
        expect(person.status).toBe(302)
        const target = new URL(person.headers.location)
        expect(Object.fromEntries(target.searchParams)).toEqual({
          utm_source: "pinterest",
          utm_medium: "social",
          utm_campaign: "share",
          utm_content: product.handle,
          sc: pin.code,
        })
        const bot = await raw(`/s/${pin.code}`, { "user-agent": PINTEREST_BOT })
        expect(bot.status).toBe(200)
        expect(bot.headers["content-type"]).toMatch(/text\/html/)
        await flushShareClicks(getContainer())
        const { data } = await api.get(`/admin/social/share-links?product_id=${product.id}&network=pinterest`, admin)
        expect(data.share_links[0]).toMatchObject({ clicks: 2, bot_clicks: 1, self_clicks: 0, distinct_visitors: 1 })
      })

      it("keeps the sharer's locale: the localized storefront page for people, og:locale for crawlers", async () => {
        const product = await shareProduct()
        await api.post("/admin/social/settings", { product_url_template: "{storefront}/{country}/{locale}/products/{handle}" }, admin)
        try {
          const fr = (await share(product.id, "?locale=fr-BE")).data.share
          const de = (await share(product.id, "?locale=de-DE")).data.share
          const frX = fr.links.find((l: any) => l.network === "x")
          const deX = de.links.find((l: any) => l.network === "x")
          expect(frX.code).not.toBe(deX.code)
          const page = `${STOREFRONT}/be/fr/products/${product.handle}`
          expect(fr.meta.canonical_url).toBe(page)

          const person = await raw(`/s/${frX.code}`, { "user-agent": CHROME })
          expect(person.status).toBe(302)
          expect(person.headers.location).toBe(
            `${page}?utm_source=x&utm_medium=social&utm_campaign=share&utm_content=${product.handle}&sc=${frX.code}`
          )
          expect((await raw(`/s/${deX.code}`, { "user-agent": CHROME })).headers.location).toMatch(
            new RegExp(`^${STOREFRONT}/de/de/products/${product.handle}\\?utm_source=x&`)
          )
          // A link shared without a locale leaves the locale's segments out of the path.
          const none = (await share(product.id, "")).data.share.links.find((l: any) => l.network === "x")
          expect((await raw(`/s/${none.code}`, { "user-agent": CHROME })).headers.location).toMatch(
            new RegExp(`^${STOREFRONT}/products/${product.handle}\\?utm_source=x&`)
          )

          const crawler = await raw(`/s/${frX.code}`, { "user-agent": FACEBOOK })
          expect(crawler.status).toBe(200)
          const { result } = await ogs({ html: crawler.data })
          expect(result.ogLocale).toBe("fr_BE")
          // The page's language is the link's: <html lang> follows its locale.
          expect(crawler.data).toContain('<html lang="fr-BE">')
          const german = (await share(product.id, "?locale=de-DE")).data.share.links.find((l: any) => l.network === "x")
          expect((await raw(`/s/${german.code}`, { "user-agent": FACEBOOK })).data).toContain('<html lang="de-DE">')
          expect((await raw(`/s/${none.code}`, { "user-agent": FACEBOOK })).data).toContain('<html lang="en">')
          expect(result.ogUrl).toBe(page)
          expect(result.ogImage![0].url).toBe(`http://localhost:9000/social/cards/${product.id}/og.png?currency_code=eur&locale=fr-BE`)
          // The meta route answers the same for that locale.
          const meta = await api.get(`/store/social/products/${product.id}/meta?locale=fr-BE`, store)
          const tag = (k: string) => meta.data.meta.tags.find((t: any) => t.property === k)?.content
          expect([tag("og:locale"), tag("og:url")]).toEqual(["fr_BE", page])
        } finally {
          await api.post("/admin/social/settings", { product_url_template: null }, admin)
        }
      })

      it("counts clicks after a flush: bots, self and distinct visitors apart, and emits social.share.clicked", async () => {
        const product = await shareProduct()
        const customer = await createCustomerHeaders(api, store)
        // The customer shares with Safari; the anonymous link is created with Firefox.
        const mine = (await share(product.id, "", { ...customer.headers, "user-agent": SAFARI })).data.share
        const anon = (await share(product.id, "")).data.share
        const mineX = mine.links.find((l: any) => l.network === "x")
        const anonX = anon.links.find((l: any) => l.network === "x")

        // The scheduled flush job (every minute) may take part of these clicks before the flush
        // below: events are captured from the first click on and summed per link.
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const emitted: any[] = []
        const spy = jest.spyOn(eventBus, "emit").mockImplementation(async (msgs: any) => {
          emitted.push(...(Array.isArray(msgs) ? msgs : [msgs]))
        })
        try {
          // Visitors come from their own networks (Medusa trusts one proxy hop: X-Forwarded-For).
          for (const [ua, ip] of [[CHROME, HOME_A], [CHROME, HOME_A], [FIREFOX.replace("128", "127"), HOME_B], [FACEBOOK, HOME_A], ["Twitterbot/1.0", HOME_B]]) {
            await raw(`/s/${mineX.code}`, { "user-agent": ua, "x-forwarded-for": ip })
          }
          // The sharer's own clicks: by session/token, and from the network that created the link
          // (the share requests came from this test's own address).
          await raw(`/s/${mineX.code}`, { "user-agent": CHROME, authorization: customer.headers.authorization, "x-forwarded-for": HOME_C })
          await raw(`/s/${mineX.code}`, { "user-agent": SAFARI })
          await raw(`/s/${anonX.code}`, { "user-agent": FIREFOX })
          await raw(`/s/${anonX.code}`, { "user-agent": SAFARI, "x-forwarded-for": HOME_C })
          await flushShareClicks(getContainer())
        } finally {
          spy.mockRestore()
        }

        const { data } = await api.get(`/admin/social/share-links?product_id=${product.id}&network=x`, admin)
        expect(data.count).toBe(2)
        const row = (code: string) => data.share_links.find((l: any) => l.code === code)
        expect(row(mineX.code)).toMatchObject({
          customer_id: customer.customer.id,
          clicks: 7,
          bot_clicks: 2,
          self_clicks: 2,
          distinct_visitors: 2,
        })
        expect(row(anonX.code)).toMatchObject({ customer_id: null, clicks: 2, bot_clicks: 0, self_clicks: 1, distinct_visitors: 1 })

        const events = emitted.filter((e) => e.name === "social.share.clicked" && e.data.code === mineX.code).map((e) => e.data)
        expect(events[0]).toMatchObject({ product_id: product.id, customer_id: customer.customer.id, network: "x" })
        const sum = (k: string) => events.reduce((n, e) => n + e[k], 0)
        expect({ clicks: sum("clicks"), new_distinct_visitors: sum("new_distinct_visitors") }).toEqual({ clicks: 7, new_distinct_visitors: 2 })
        expect(events[events.length - 1].distinct_visitors_total).toBe(2)

        // A second flush with nothing new changes nothing; a returning visitor is not new.
        await flushShareClicks(getContainer())
        await raw(`/s/${mineX.code}`, { "user-agent": CHROME, "x-forwarded-for": HOME_A })
        await flushShareClicks(getContainer())
        const after = await api.get(`/admin/social/share-links?customer_id=${customer.customer.id}&network=x`, admin)
        expect(after.data.share_links[0]).toMatchObject({ clicks: 8, distinct_visitors: 2 })

        // Rotating the sc_vid cookie, the user agent or the address within one network (IPv4 /24,
        // IPv6 /64) makes no new visitor; another network does.
        for (let i = 0; i < 6; i++) {
          await raw(`/s/${mineX.code}`, { "user-agent": `${CHROME} r${i}`, cookie: `sc_vid=rotated-cookie-${i}`, "x-forwarded-for": `198.51.100.${100 + i}` })
          await raw(`/s/${mineX.code}`, { "user-agent": `${FIREFOX} r${i}`, cookie: `sc_vid=other-cookie-${i}`, "x-forwarded-for": `2001:db8:5:6::${i + 1}` })
        }
        await flushShareClicks(getContainer())
        const rotated = await api.get(`/admin/social/share-links?customer_id=${customer.customer.id}&network=x`, admin)
        expect(rotated.data.share_links[0]).toMatchObject({ clicks: 20, distinct_visitors: 3 })
        // The networks are stored hashed: no address in the visitor table.
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const keys = await pg("social_share_visitor").select("visitor_hash", "network_hash")
        expect(JSON.stringify(keys)).not.toMatch(/198\.51|2001:db8|cookie/)
      })
    })

    describe("pruneShareVisitorsWorkflow (the social-prune-share-visitors job)", () => {
      it("deletes visitor keys older than the option or the longest reward window, and keeps the counts", async () => {
        const product = await shareProduct()
        const x = (await share(product.id)).data.share.links.find((l: any) => l.network === "x")
        await raw(`/s/${x.code}`, { "user-agent": CHROME, "x-forwarded-for": HOME_A })
        await raw(`/s/${x.code}`, { "user-agent": SAFARI, "x-forwarded-for": HOME_B })
        await flushShareClicks(getContainer())
        const stats = async () =>
          (await api.get(`/admin/social/share-links?product_id=${product.id}&network=x`, admin)).data.share_links[0]
        expect(await stats()).toMatchObject({ clicks: 2, distinct_visitors: 2 })

        // Both keys are 100 days old: past the 90-day default, but inside a 120-day reward window.
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        // One row per visitor (network) and one per device within it.
        const visitors = () => pg("social_share_visitor").select("id").whereNull("network_hash")
        await pg("social_share_visitor").update({ created_at: pg.raw("now() - interval '100 days'") })
        const rule = (
          await api.post(
            "/admin/social/reward-rules",
            {
              name: "Shares that reach people",
              status: "paused",
              trigger: "share_visitors",
              trigger_config: { visitors: 10, within_hours: 24 * 120 },
              reward: { type: "fixed", value: 5, currency_code: "EUR", expires_in_days: 14 },
              caps: { period: "month", max_count: 3 },
            },
            admin
          )
        ).data.reward_rule
        const kept = await pruneShareVisitorsWorkflow(getContainer()).run({ input: {} })
        expect(kept.result).toMatchObject({ deleted: 0, retention_hours: 24 * 120 })
        expect(await visitors()).toHaveLength(2)

        // Without that rule the option's 90 days apply.
        await api.delete(`/admin/social/reward-rules/${rule.id}`, admin)
        const pruned = await pruneShareVisitorsWorkflow(getContainer()).run({ input: {} })
        expect(pruned.result).toMatchObject({ deleted: 4, retention_hours: 24 * 90 })
        expect(await visitors()).toHaveLength(0)
        // The counts live in the click ledger: pruning keys changes none of them.
        expect(await stats()).toMatchObject({ clicks: 2, distinct_visitors: 2 })

        // A visitor who comes back after their key was pruned is counted as new; a young key stays.
        await raw(`/s/${x.code}`, { "user-agent": CHROME, "x-forwarded-for": HOME_A })
        await flushShareClicks(getContainer())
        expect(await stats()).toMatchObject({ clicks: 3, distinct_visitors: 3 })
        expect((await pruneShareVisitorsWorkflow(getContainer()).run({ input: {} })).result.deleted).toBe(0)
        expect(await visitors()).toHaveLength(1)
      })
    })

    describe("GET /admin/social/share-links", () => {
      it("needs admin auth and validates its query", async () => {
        expect((await raw("/admin/social/share-links")).status).toBe(401)
        const bad = await api.get("/admin/social/share-links?limit=0", { ...admin, validateStatus: () => true })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("limit")
      })

      it("answers the fields asked for, joins the product through the module link, and names a field it cannot select", async () => {
        const product = await shareProduct()
        expect((await share(product.id)).status).toBe(200)
        const url = `/admin/social/share-links?product_id=${product.id}&network=x`
        const full = (await api.get(url, admin)).data.share_links[0]
        expect(full).toMatchObject({ product_id: product.id, network: "x", clicks: 0 })
        expect(full.product).toBeUndefined()

        const joined = (await api.get(`${url}&fields=%2Bproduct.title,%2Bproduct.handle`, admin)).data.share_links[0]
        expect(joined).toMatchObject({ id: full.id, product_id: product.id, product: { title: product.title, handle: product.handle } })

        const bad = await api.get(`${url}&fields=%2Bcreator_visitor_hash`, { ...admin, validateStatus: () => true })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("creator_visitor_hash")
        const badOrder = await api.get(`${url}&order=-sharer_key`, { ...admin, validateStatus: () => true })
        expect(badOrder.status).toBe(400)
        expect(badOrder.data.message).toContain("order")
      })
    })

    describe("GET /social/rss/products.xml", () => {
      it("serves valid RSS 2.0 of the newest published products, cached until a product changes", async () => {
        const product = await shareProduct()
        await shareProduct({ title: "Hidden draft", status: "draft" })
        const first = await raw("/social/rss/products.xml")
        expect(first.status).toBe(200)
        expect(first.headers["content-type"]).toMatch(/application\/rss\+xml/)
        expect(XMLValidator.validate(first.data)).toBe(true)
        const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" }).parse(first.data)
        expect(doc.rss["@_version"]).toBe("2.0")
        const items = doc.rss.channel.item
        expect(items.map((i: any) => i.title)).toEqual(["Trail Tee & Co"])
        expect(items[0].link).toBe(`${STOREFRONT}/products/${product.handle}?utm_source=rss&utm_medium=social&utm_campaign=new_products`)
        expect(items[0]["g:price"]).toBe("12.50 EUR")
        expect(items[0]["media:content"]).toMatchObject({
          "@_url": `http://localhost:9000/social/cards/${product.id}/og.png`,
          "@_width": "1200",
          "@_height": "630",
        })
        expect((await raw("/social/rss/products.xml")).headers["x-cache"]).toBe("HIT")

        await api.post(`/admin/products/${product.id}`, { title: "Trail Tee v2" }, admin)
        // The subscriber drops the cache; wait for it rather than for a timer.
        let xml = ""
        for (let i = 0; i < 50 && !xml.includes("Trail Tee v2"); i++) {
          await new Promise((r) => setTimeout(r, 100))
          xml = (await raw("/social/rss/products.xml")).data
        }
        expect(xml).toContain("Trail Tee v2")

        expect((await raw("/social/rss/products.xml?sales_channel_id=sc_missing")).status).toBe(400)
        expect((await raw("/social/rss/products.xml?foo=1")).status).toBe(400)
      })
    })
  },
})
