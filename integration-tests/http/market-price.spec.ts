import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { XMLParser } from "fast-xml-parser"
import { parse } from "csv-parse/sync"
import { createPriceListsWorkflow, createProductsWorkflow, createRegionsWorkflow, createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { createAdminHeaders } from "../helpers/auth"
import { catalogApi } from "../helpers/catalog-api"
import { createStorefrontKey, setStoreCurrencies } from "../helpers/share-fixtures"


const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === "item" })

/** What a surface says about a variant in a market: the price paid, the regular price when it shows one, availability. */
type Shown = { paid: string; regular?: string | null; in_stock: boolean }

/** "95.20 EUR" or "95.20" → "95.20". */
const amount = (s: string | undefined | null) => (s ? String(s).trim().split(" ")[0] : null)

/**
 * One variant, one market, every surface: the share bundle's text (the card's price), the meta
 * tags, the RSS item and each platform's feed (Meta CSV, Google XML, Pinterest XML, TikTok CSV)
 * must show the same price, sale price and availability, since all take them from
 * `marketPrice`/`marketOffer` (src/lib/market-price.ts).
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("the card, the meta tags, RSS and every platform's feed agree on price, sale price and availability, with tax and without, on sale and with an override list", async () => {
      const container = getContainer()
      const admin = await createAdminHeaders(container, api)
      await setStoreCurrencies(api, admin)
      const store = await createStorefrontKey(container)
      const { result: [de, us] } = await createRegionsWorkflow(container).run({
        input: {
          regions: [
            { name: "Germany", currency_code: "eur", countries: ["de"] },
            { name: "US", currency_code: "usd", countries: ["us"] },
          ],
        },
      })
      await createTaxRegionsWorkflow(container).run({
        input: [{ country_code: "de", provider_id: "tp_system", default_tax_rate: { rate: 19, code: "DE19", name: "MwSt" } }],
      })
      const tee = (title: string, handle: string, manage_inventory = false) => ({
        title,
        handle,
        status: "published" as const,
        description: `${title}, soft cotton.`,
        thumbnail: `https://cdn.example.com/${handle}.jpg`,
        options: [{ title: "Size", values: ["M"] }],
        variants: [{ title: "M", sku: handle.toUpperCase(), manage_inventory, options: { Size: "M" }, prices: [{ amount: 100, currency_code: "eur" }, { amount: 50, currency_code: "usd" }] }],
        sales_channels: [{ id: store.sales_channel_id }],
      })
      const { result: products } = await createProductsWorkflow(container).run({
        input: { products: [tee("Sale tee", "sale-tee"), tee("Member tee", "member-tee"), tee("Sold out tee", "sold-out-tee", true)] },
      })
      const [sale, member, soldOut] = products
      const variant = (p: (typeof products)[number]) => p.variants[0].id
      await createPriceListsWorkflow(container).run({
        input: {
          price_lists_data: [
            {
              title: "Winter sale",
              description: "Tees",
              type: "sale",
              status: "active",
              prices: [
                { amount: 80, currency_code: "eur", variant_id: variant(sale) },
                { amount: 40, currency_code: "usd", variant_id: variant(sale) },
              ],
            },
            {
              title: "Member prices",
              description: "Tees",
              type: "override",
              status: "active",
              prices: [
                { amount: 90, currency_code: "eur", variant_id: variant(member) },
                { amount: 45, currency_code: "usd", variant_id: variant(member) },
              ],
            },
          ],
          // Medusa's input type leaves out `type`, which the workflow takes (sale or override).
        } as any,
      })

      // What the shopper of each market sees. Germany shows prices with its 19% VAT (stored
      // without); the US without tax. The override list is a price, not a sale.
      const expected: Record<"eur" | "usd", Record<string, Shown>> = {
        eur: {
          [sale.id]: { paid: "95.20", regular: "119.00", in_stock: true },
          [member.id]: { paid: "107.10", regular: null, in_stock: true },
          [soldOut.id]: { paid: "119.00", regular: null, in_stock: false },
        },
        usd: {
          [sale.id]: { paid: "40.00", regular: "50.00", in_stock: true },
          [member.id]: { paid: "45.00", regular: null, in_stock: true },
          [soldOut.id]: { paid: "50.00", regular: null, in_stock: false },
        },
      }

      const catalog = catalogApi(api, admin, store.sales_channel_id)
      const path = (url: string) => new URL(url).pathname
      const text = async (url: string) => (await api.get(path(url), { responseType: "text" })).data as string
      const markets = { eur: { country: "de", language: "de", region_id: de.id }, usd: { country: "us", language: "en", region_id: us.id } }

      for (const currency of ["eur", "usd"] as const) {
        const want = expected[currency]
        const productOfVariant = new Map(products.map((p) => [variant(p), p.id]))
        const seen: Record<string, Record<string, Shown>> = {}
        const note = (surface: string, productId: string | undefined, shown: Shown) => {
          if (productId && want[productId]) (seen[surface] ??= {})[productId] = shown
        }

        for (const p of products) {
          const q = `?currency_code=${currency}&variant_id=${variant(p)}`
          const share = (await api.get(`/store/social/products/${p.id}/share${q}`, { headers: store.headers })).data.share
          const meta = (await api.get(`/store/social/products/${p.id}/meta${q}`, { headers: store.headers })).data.meta
          const tag = (k: string) => meta.tags.find((t: any) => t.property === k)?.content
          // The share text (and the card) shows the price paid, formatted for the locale.
          const paidInText = want[p.id].paid.replace(/\.00$/, "")
          note("share text", p.id, { paid: share.text.includes(paidInText) ? want[p.id].paid : share.text, in_stock: want[p.id].in_stock })
          note("meta tags", p.id, { paid: Number(tag("product:price:amount")).toFixed(2), in_stock: tag("product:availability") === "in stock" })
          expect(tag("product:price:currency")).toBe(currency.toUpperCase())
        }
        const rss = xml.parse((await api.get(`/social/rss/products.xml?currency_code=${currency}`, { responseType: "text" })).data).rss.channel.item as any[]
        for (const i of rss) {
          const guid = typeof i.guid === "object" ? i.guid["#text"] : i.guid
          if (want[guid]) note("rss", guid, { paid: amount(i["g:price"])!, in_stock: want[guid].in_stock })
        }

        for (const destination of ["meta", "google", "pinterest", "tiktok"] as const) {
          const channel = await catalog.createChannel({ destination, currency_code: currency, ...markets[currency] })
          expect((await catalog.syncAndWait(channel.id)).status).toBe("succeeded")
          const body = await text(channel.feed_url)
          const rows: { id: string; price: string; sale_price?: string; availability: string }[] =
            destination === "meta"
              ? parse(body, { columns: true }).map((r: any) => ({ id: r.id, price: r.price, sale_price: r.sale_price, availability: r.availability }))
              : destination === "tiktok"
                ? parse(body, { columns: true }).map((r: any) => ({ id: r.sku_id, price: r.price, sale_price: r.sale_price, availability: r.availability }))
                : (xml.parse(body).rss.channel.item as any[]).map((i) => ({ id: i["g:id"], price: i["g:price"], sale_price: i["g:sale_price"], availability: i["g:availability"] }))
          for (const r of rows) {
            // Google writes "in_stock", the others "in stock".
            const sale = amount(r.sale_price)
            note(`${destination} feed`, productOfVariant.get(r.id), { paid: sale ?? amount(r.price)!, regular: sale ? amount(r.price) : null, in_stock: r.availability.replace("_", " ") === "in stock" })
          }
        }

        // Every surface saw every product, and all agree with the market's price.
        const surfaces = ["share text", "meta tags", "rss", "meta feed", "google feed", "pinterest feed", "tiktok feed"]
        expect(Object.keys(seen).sort()).toEqual([...surfaces].sort())
        for (const surface of surfaces) {
          for (const [productId, shown] of Object.entries(want)) {
            const got = seen[surface][productId]
            // Surfaces that show only the price paid (share text, meta tags, RSS) are compared on it.
            const compare = surface.endsWith("feed") ? shown : { paid: shown.paid, in_stock: shown.in_stock }
            expect({ currency, surface, product: productId, ...got }).toEqual({ currency, surface, product: productId, ...compare })
          }
        }
      }
    })
  },
})
