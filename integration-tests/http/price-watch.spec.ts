import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules, ProductVariantWorkflowEvents, ProductWorkflowEvents } from "@medusajs/framework/utils"
import { XMLParser } from "fast-xml-parser"
import socialPriceWatch from "../../src/jobs/social-price-watch"
import { SocialEvents } from "../../src/lib/events"
import { SOCIAL_CARD_MODULE } from "../../src/modules/social-card"
import type SocialCardModuleService from "../../src/modules/social-card/service"
import { catalogService } from "../../src/workflows/social-catalog/lib/channel"
import { watchPriceChangesWorkflow } from "../../src/workflows/social-catalog/workflows/watch-prices"
import { createAdminHeaders } from "../helpers/auth"
import { createCardProduct, setStoreCurrencies } from "../helpers/cards"


const rss = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" })

/**
 * Medusa 2.21's pricing module emits no events: a price list added, edited, deleted, or one whose
 * start passes reaches the catalog queue, the RSS and the og card only through the price watch.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let channel: { id: string }
    let product: { id: string; variants: { id: string }[] }

    const raw = { maxRedirects: 0, validateStatus: () => true }
    const bus = () => getContainer().resolve(Modules.EVENT_BUS) as any
    const catalog = () => catalogService(getContainer())
    const watch = async () => (await watchPriceChangesWorkflow(getContainer()).run({ input: {} })).result
    /** Runs the watch and waits for the og card re-render its event starts. */
    const watchAndRender = async () => {
      const rendered = TestEventUtils.waitSubscribersExecution(SocialEvents.PRICES_CHANGED, bus())
      const result = await watch()
      await rendered
      return result
    }
    const queued = async () => ((await catalog().listSocialCatalogPendings({ channel_id: channel.id })) as any[]).map((q) => q.product_id)
    /** The stored price watermark; every scan stores one. */
    const storedMark = async () => {
      const mark = await catalog().getWatermark("prices")
      if (!mark) throw new Error("no price watermark is stored")
      return mark
    }
    const emptyQueue = async () => {
      const rows = await catalog().listSocialCatalogPendings({})
      await catalog().deleteSocialCatalogPendings(rows.map((r: any) => r.id))
    }
    const ogCards = () =>
      getContainer().resolve<SocialCardModuleService>(SOCIAL_CARD_MODULE).listSocialCards({ product_id: product.id, format: "og" }, { order: { created_at: "DESC" } })
    const feed = async () => {
      const res = await api.get("/social/rss/products.xml", raw)
      const item = rss.parse(res.data).rss.channel.item.find((i: any) => i.guid?.["#text"] === product.id || i.guid === product.id)
      return { cache: res.headers["x-cache"], price: item?.["g:price"] }
    }
    const createSale = async (body: Record<string, unknown> = {}) => {
      const { data } = await api.post(
        "/admin/price-lists",
        {
          title: "Winter sale",
          description: "Jackets for less",
          type: "sale",
          status: "active",
          prices: [{ amount: 999, currency_code: "usd", variant_id: product.variants[0].id }],
          ...body,
        },
        admin
      )
      return data.price_list as { id: string }
    }

    beforeEach(async () => {
      const container = getContainer()
      // The watch's first run only records where watching starts (the scheduled job, ticking
      // every minute, then waits its five minutes: it does not scan during a test; a tick that
      // came first recorded the start itself).
      await watch()
      await setStoreCurrencies(container)
      admin = await createAdminHeaders(container, api)
      channel = (await api.post("/admin/social/channels", { name: "Shop", destination: "google", language: "en", country: "us", currency_code: "usd" }, admin)).data
        .channel
      // The product's own events queue it and render its first og card: let them finish.
      const settled = Promise.all([
        TestEventUtils.waitSubscribersExecution(ProductVariantWorkflowEvents.CREATED, bus()),
        TestEventUtils.waitSubscribersExecution(ProductWorkflowEvents.CREATED, bus()),
      ])
      product = await createCardProduct(container, { title: "Down jacket" })
      await settled
      await emptyQueue()
    })

    it("carries a sale added, edited and deleted through a price list to the catalog queue, the og card and the RSS; a second run does nothing", async () => {
      const [firstCard] = await ogCards()
      expect(await feed()).toMatchObject({ price: "1234.50 USD" })
      expect(await feed()).toEqual({ cache: "HIT", price: "1234.50 USD" })

      // Through the admin API: nothing in Medusa announces it.
      const sale = await createSale()
      expect(await queued()).toEqual([])
      expect(await feed()).toEqual({ cache: "HIT", price: "1234.50 USD" })

      const found = await watchAndRender()
      expect(found).toMatchObject({ due: true, baseline: false, product_ids: [product.id] })
      expect(found.counts.price_lists + found.counts.prices).toBeGreaterThan(0)
      expect(await queued()).toEqual([product.id])
      // The og card shows the sale: a new content hash, a new file, and the stable URL finds it.
      const cards = await ogCards()
      expect(cards).toHaveLength(2)
      expect(cards[0].hash).not.toBe(firstCard.hash)
      const stored = await getContainer().resolve(Modules.FILE).getAsBuffer(cards[0].file_id)
      expect(stored.length).toBe(cards[0].size)
      expect((await api.get(`/social/cards/${product.id}/og.png`, raw)).headers.location).toBe(`/social/cards/i/${cards[0].hash}.png`)
      expect(await feed()).toEqual({ cache: "MISS", price: "999.00 USD" })

      // Nothing changed since: the next run finds nothing and touches nothing.
      await emptyQueue()
      const again = await watch()
      expect(again).toMatchObject({ due: true, product_ids: [], counts: { prices: 0, price_sets: 0, price_lists: 0, started_or_ended: 0 } })
      expect(await queued()).toEqual([])
      expect(await ogCards()).toHaveLength(2)
      expect(await feed()).toEqual({ cache: "HIT", price: "999.00 USD" })

      // The sale price edited in the price list.
      const { data: listed } = await api.get(`/admin/price-lists/${sale.id}?fields=id,*prices`, admin)
      await api.post(
        `/admin/price-lists/${sale.id}/prices/batch`,
        { update: [{ id: listed.price_list.prices[0].id, amount: 899, currency_code: "usd", variant_id: product.variants[0].id }] },
        admin
      )
      expect((await watchAndRender()).product_ids).toEqual([product.id])
      expect(await queued()).toEqual([product.id])
      expect(await feed()).toMatchObject({ cache: "MISS", price: "899.00 USD" })
      expect(await ogCards()).toHaveLength(3)

      // The price list deleted: the product is back at its own price.
      await emptyQueue()
      await api.delete(`/admin/price-lists/${sale.id}`, admin)
      expect((await watchAndRender()).product_ids).toEqual([product.id])
      expect(await queued()).toEqual([product.id])
      expect(await feed()).toMatchObject({ cache: "MISS", price: "1234.50 USD" })
      // The card of the original content was rendered before: it is found, not rendered again.
      expect(await ogCards()).toHaveLength(3)
      expect((await api.get(`/social/cards/${product.id}/og.png`, raw)).headers.location).toBe(`/social/cards/i/${firstCard.hash}.png`)
    })

    it("picks up a sale whose start passes while nothing is written", async () => {
      const [firstCard] = await ogCards()
      const startsAt = new Date(Date.now() + 3_000)
      await createSale({ title: "Flash sale", starts_at: startsAt.toISOString() })
      // The price list's creation is a change (the card shows the same content: no new render).
      expect((await watchAndRender()).product_ids).toEqual([product.id])
      expect(await ogCards()).toHaveLength(1)
      expect(await feed()).toMatchObject({ price: "1234.50 USD" })
      await emptyQueue()

      await new Promise((r) => setTimeout(r, Math.max(0, startsAt.getTime() - Date.now()) + 200))
      // Nothing was written since the last run; only the sale's start passed.
      const started = await watchAndRender()
      expect(started).toMatchObject({ product_ids: [product.id], counts: { prices: 0, price_sets: 0, price_lists: 0, started_or_ended: 1 } })
      expect(await queued()).toEqual([product.id])
      const cards = await ogCards()
      expect(cards).toHaveLength(2)
      expect(cards[0].hash).not.toBe(firstCard.hash)
      expect(await feed()).toEqual({ cache: "MISS", price: "999.00 USD" })

      await emptyQueue()
      expect((await watch()).product_ids).toEqual([])
      expect(await queued()).toEqual([])
    })

    it("the scheduled job scans once its interval has passed since the stored watermark, which a restart keeps", async () => {
      // (This scan finds the product's own new prices: start from an empty queue after it.)
      await watch()
      await emptyQueue()
      const mark = await storedMark()
      expect(Date.now() - Date.parse(mark.watched_at)).toBeLessThan(60_000)

      await createSale()
      // A tick right after a scan (default interval 5 minutes): not due, nothing read or stored.
      await socialPriceWatch(getContainer())
      expect(await queued()).toEqual([])
      expect(await catalog().getWatermark("prices")).toEqual(mark)

      // The watermark is in the database, not in the process: as after a restart, a tick once the
      // interval has passed picks up what changed meanwhile.
      await catalog().saveWatermark("prices", { ...mark, watched_at: new Date(Date.parse(mark.watched_at) - 5 * 60_000).toISOString() })
      const rendered = TestEventUtils.waitSubscribersExecution(SocialEvents.PRICES_CHANGED, bus())
      await socialPriceWatch(getContainer())
      await rendered
      expect(await queued()).toEqual([product.id])
      expect(Date.parse((await storedMark()).watched_at)).toBeGreaterThan(Date.parse(mark.watched_at))
    })
  },
})
