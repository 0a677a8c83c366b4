import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow, createStockLocationsWorkflow, linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import { CoreEvents, SocialEvents } from "../../src/lib/events"
import { SOCIAL_PUBLISH_MODULE } from "../../src/modules/social-publish"
import type SocialPublishModuleService from "../../src/modules/social-publish/service"
import { PRODUCT_REVIEW_MODULE, type ProductReviewModuleService } from "../../src/modules/product-review"
import { watchPriceChangesWorkflow } from "../../src/workflows/social-catalog/workflows/watch-prices"
import { createAdminHeaders, createPublishableKeyHeaders } from "../helpers/auth"
import { createShareProduct, createStorefrontKey, setStoreCurrencies } from "../helpers/share-fixtures"
import { createBuyer } from "../helpers/reviews"


/**
 * Automatic posts (rules per account, started by Medusa's and the plugin's own events) and the
 * link-in-bio page.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let x: { id: string }
    let page: { id: string }

    const bus = () => getContainer().resolve(Modules.EVENT_BUS) as any
    const service = () => getContainer().resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
    const fail = (p: Promise<any>) => p.then((r) => ({ status: r.status, message: r.data?.message }), (e) => ({ status: e.response.status, message: e.response.data.message }))
    const rule = async (body: Record<string, unknown>) => (await api.post("/admin/social/auto-post-rules", { currency_code: "eur", ...body }, admin)).data.rule
    const postsOf = (origin: string) => service().listSocialPublishPosts({ origin }, { order: { created_at: "ASC" } })
    /** Runs `fn` and waits until the subscribers of `event` it set off have run. */
    const andWait = async <T,>(event: string, fn: () => Promise<T>) => {
      const done = TestEventUtils.waitSubscribersExecution(event, bus())
      const result = await fn()
      await done
      return result
    }
    /** The same event delivered again, as an at-least-once event bus may. */
    const deliverAgain = (name: string, data: Record<string, unknown>) => andWait(name, () => bus().emit([{ name, data }]))

    beforeAll(async () => {
      admin = await createAdminHeaders(getContainer(), api)
    })

    beforeEach(async () => {
      // The price watch's first run records where watching starts.
      await watchPriceChangesWorkflow(getContainer()).run({ input: {} })
      await setStoreCurrencies(api, admin)
      x = (await api.post("/admin/social/accounts", { network: "x", name: "Acme on X", external_id: "acme", credentials: { access_token: "t" } }, admin)).data.account
      page = (await api.post("/admin/social/accounts", { network: "facebook", name: "Acme Page", external_id: "1010", credentials: { page_access_token: "t" } }, admin)).data.account
    })

    describe("rules", () => {
      it("are kept per account, edited and deleted; bad ones answer 400 naming the field and store nothing", async () => {
        const created = await api.post(
          "/admin/social/auto-post-rules",
          { account_id: x.id, trigger: "price_dropped", template: "{title} now {price}", locale: "fr-FR", currency_code: "EUR", min_drop_percent: 10, mode: "scheduled", delay_minutes: 30 },
          admin
        )
        expect(created.status).toBe(201)
        expect(created.data.rule).toMatchObject({ account_id: x.id, trigger: "price_dropped", locale: "fr-FR", currency_code: "eur", mode: "scheduled", delay_minutes: 30, cooldown_hours: 72, min_drop_percent: 10, enabled: true })
        const id = created.data.rule.id
        expect((await api.post(`/admin/social/auto-post-rules/${id}`, { enabled: false, cooldown_hours: 0 }, admin)).data.rule).toMatchObject({ enabled: false, cooldown_hours: 0 })
        expect((await api.get(`/admin/social/auto-post-rules?account_id=${x.id}`, admin)).data).toMatchObject({ count: 1, rules: [{ id }] })

        const cases: Array<[Record<string, unknown>, unknown]> = [
          [{ account_id: x.id, trigger: "restocked", template: "{title}" }, "Invalid request: trigger: must be one of product_published, back_in_stock, sale_started, price_dropped, review_approved"],
          [{ account_id: x.id, trigger: "sale_started", template: "{title} {prize}" }, "Invalid request: template: unknown placeholder {prize} (use {title}, {description}, {price}, {sale_price}, {original_price}, {rating}, {review_count}, {link}, {brand}, {collection}, {shop})"],
          [{ account_id: x.id, trigger: "sale_started", template: "{review_quote} {title}" }, expect.stringMatching(/^Invalid request: template: unknown placeholder \{review_quote\}/)],
          [{ account_id: x.id, trigger: "back_in_stock", template: "Back!" }, "Invalid request: template: must use at least one placeholder (an automatic post is about its product)"],
          [{ account_id: x.id, trigger: "sale_started", template: "{title}", min_drop_percent: 5 }, "Invalid request: min_drop_percent: is only for price_dropped rules"],
          [{ account_id: x.id, trigger: "sale_started", template: "{title}", mode: "now" }, "Invalid request: mode: must be draft (an admin approves) or scheduled (goes out by itself)"],
          [{ account_id: "spac_nope", trigger: "sale_started", template: "{title}" }, "Invalid request: account_id: no account spac_nope"],
          [{ account_id: x.id, trigger: "sale_started", template: "{title}", currency_code: "gbp" }, 'Invalid request: currency_code: the store does not sell in "gbp" (eur, usd, jpy)'],
          [{ account_id: x.id, trigger: "sale_started", template: "{title}", webhook: "x" }, "Invalid request: Unrecognized fields: 'webhook'"],
        ]
        for (const [body, message] of cases) {
          expect([body, await fail(api.post("/admin/social/auto-post-rules", { currency_code: "eur", ...body }, admin))]).toEqual([body, { status: 400, message }])
        }
        expect(await fail(api.post(`/admin/social/auto-post-rules/${id}`, { template: "{nope}" }, admin))).toEqual({ status: 400, message: expect.stringMatching(/^Invalid request: template: unknown placeholder \{nope\}/) })
        expect((await api.get("/admin/social/auto-post-rules", admin)).data.count).toBe(1)
        expect((await fail(api.get("/admin/social/auto-post-rules"))).status).toBe(401)

        expect((await api.delete(`/admin/social/auto-post-rules/${id}`, admin)).data).toEqual({ id, object: "social_auto_post_rule", deleted: true })
        expect((await fail(api.get(`/admin/social/auto-post-rules/${id}`, admin))).status).toBe(404)
      })
    })

    describe("on events", () => {
      it("posts a product published after the rule was made, once, and never an unpublished one", async () => {
        const r = await rule({ account_id: x.id, trigger: "product_published", template: "New: {title} – {price}", locale: "fr-FR" })
        const product = await andWait(CoreEvents.PRODUCT_CREATED, () => createShareProduct(api, admin))
        const [made] = await postsOf(r.id)
        expect(await postsOf(r.id)).toHaveLength(1)
        expect(made).toMatchObject({ status: "draft", account_id: x.id, product_id: product.id, locale: "fr-FR", currency_code: "eur", origin: r.id })
        expect(made.text).toMatch(/^New: Trail Tee & Co – 12,50\u00a0€\nhttp:\/\/localhost:\d+\/s\/\w+$/)
        // The admin finds the drafts of a rule, to approve them.
        expect((await api.get(`/admin/social/posts?origin=${r.id}&status=draft`, admin)).data.posts.map((p: any) => p.id)).toEqual([made.id])

        // The same event again, and an edit of the product (product.updated): no second post.
        await deliverAgain(CoreEvents.PRODUCT_CREATED, { id: product.id })
        await andWait(CoreEvents.PRODUCT_UPDATED, () => api.post(`/admin/products/${product.id}`, { subtitle: "Organic" }, admin))
        expect(await postsOf(r.id)).toHaveLength(1)

        // A draft product is not posted; once published, it is.
        const draft = await andWait(CoreEvents.PRODUCT_CREATED, () => createShareProduct(api, admin, { status: "draft" }))
        expect((await postsOf(r.id)).map((p) => p.product_id)).toEqual([product.id])
        await andWait(CoreEvents.PRODUCT_UPDATED, () => api.post(`/admin/products/${draft.id}`, { status: "published" }, admin))
        expect((await postsOf(r.id)).map((p) => p.product_id)).toEqual([product.id, draft.id])
      })

      it("posts a variant back in stock in the rule's market, once per return, and nothing while it is out", async () => {
        const container = getContainer()
        const { sales_channel_id } = await createStorefrontKey(container)
        const {
          result: [location],
        } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Warehouse" }] } })
        await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [sales_channel_id] } })
        const r = await rule({ account_id: page.id, trigger: "back_in_stock", template: "{title} is back at {price}", mode: "scheduled", delay_minutes: 15, cooldown_hours: 0 })
        const {
          result: [product],
        } = await andWait(CoreEvents.PRODUCT_CREATED, () =>
          createProductsWorkflow(container).run({
            input: {
              products: [
                {
                  title: "Wool Beanie",
                  status: "published",
                  options: [{ title: "Size", values: ["One"] }],
                  variants: [{ title: "One", sku: "BEANIE", manage_inventory: true, options: { Size: "One" }, prices: [{ amount: 18, currency_code: "eur" }] }],
                  sales_channels: [{ id: sales_channel_id }],
                },
              ],
            },
          })
        )
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [variant],
        } = await query.graph({ entity: "product_variant", fields: ["id", "inventory_items.inventory_item_id"], filters: { product_id: product.id } })
        const itemId = variant.inventory_items[0].inventory_item_id
        // Sold out when stock arrives at the warehouse: remembered, nothing posted.
        await andWait(CoreEvents.INVENTORY_LEVEL_CREATED, () =>
          createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: [{ inventory_item_id: itemId, location_id: location.id, stocked_quantity: 0 }] } })
        )
        expect(await postsOf(r.id)).toEqual([])

        const restock = (stocked_quantity: number) =>
          andWait(CoreEvents.INVENTORY_LEVEL_UPDATED, () => api.post(`/admin/inventory-items/${itemId}/location-levels/${location.id}`, { stocked_quantity }, admin))
        const before = Date.now()
        await restock(4)
        const [back] = await postsOf(r.id)
        expect(back).toMatchObject({ status: "scheduled", account_id: page.id, product_id: product.id, variant_id: variant.id, text: expect.stringMatching(/^Wool Beanie is back at €18\.00\n/) })
        expect(new Date(back.scheduled_at!).getTime()).toBeGreaterThanOrEqual(before + 15 * 60_000)

        // Delivered twice, or more stock while in stock: still one post.
        const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemId, location_id: location.id })
        await deliverAgain(CoreEvents.INVENTORY_LEVEL_UPDATED, { id: level.id })
        await restock(9)
        expect(await postsOf(r.id)).toHaveLength(1)

        // Sold out again, then back: a second return, a second post (no cool-down on this rule).
        await restock(0)
        expect(await postsOf(r.id)).toHaveLength(1)
        await restock(2)
        expect(await postsOf(r.id)).toHaveLength(2)
      })

      it("posts a sale the price watch sees start and a price drop, once each, within the cool-down", async () => {
        const product = await createShareProduct(api, admin)
        // The admin API answers variants in no fixed order: the sale is on size S (€12.50).
        const small = product.variants.find((v) => v.title === "S")!
        const sale = await rule({ account_id: x.id, trigger: "sale_started", template: "{title}: {sale_price} instead of {original_price}", mode: "scheduled" })
        // Same account and product: the cool-down after the sale's post holds this one back.
        const dropOnX = await rule({ account_id: x.id, trigger: "price_dropped", template: "{title} drops to {price}" })
        const dropOnPage = await rule({ account_id: page.id, trigger: "price_dropped", template: "{title} drops to {price}", min_drop_percent: 10, cooldown_hours: 0 })
        const watch = () => andWait(SocialEvents.PRICES_CHANGED, () => watchPriceChangesWorkflow(getContainer()).run({ input: {} }))
        await watch()

        const { data } = await api.post(
          "/admin/price-lists",
          { title: "Winter sale", description: "Tees for less", type: "sale", status: "active", prices: [{ amount: 10, currency_code: "eur", variant_id: small.id }] },
          admin
        )
        await watch()
        const [onSale] = await postsOf(sale.id)
        expect(onSale).toMatchObject({ status: "scheduled", product_id: product.id })
        expect(onSale.text).toMatch(/^Trail Tee & Co: €10\.00 instead of €12\.50\n/)
        expect(await postsOf(dropOnX.id)).toEqual([])
        expect((await postsOf(dropOnPage.id)).map((p) => p.text.split("\n")[0])).toEqual(["Trail Tee & Co drops to €10.00"])

        // The price watch's event delivered again: nothing new.
        await deliverAgain(SocialEvents.PRICES_CHANGED, { id: product.id, variant_ids: [small.id] })
        expect(await postsOf(sale.id)).toHaveLength(1)
        expect(await postsOf(dropOnPage.id)).toHaveLength(1)

        // Deeper into the same sale: a drop of 5% is below the page rule's 10%; one of 20% is not.
        const { data: listed } = await api.get(`/admin/price-lists/${data.price_list.id}?fields=id,*prices`, admin)
        const setPrice = async (amount: number) => {
          await api.post(`/admin/price-lists/${data.price_list.id}/prices/batch`, { update: [{ id: listed.price_list.prices[0].id, amount, currency_code: "eur", variant_id: small.id }] }, admin)
          await watch()
        }
        await setPrice(9.5)
        expect(await postsOf(dropOnPage.id)).toHaveLength(1)
        await setPrice(7.6)
        expect((await postsOf(dropOnPage.id)).map((p) => p.text.split("\n")[0])).toEqual(["Trail Tee & Co drops to €10.00", "Trail Tee & Co drops to €7.60"])
        expect(await postsOf(sale.id)).toHaveLength(1)
        expect(await postsOf(dropOnX.id)).toEqual([])
      })

      it("quotes an approved review only when its author agreed, asked when the review is written", async () => {
        const container = getContainer()
        const r = await rule({ account_id: x.id, trigger: "review_approved", template: "{review_rating} {review_quote} – {review_author} on {title}", cooldown_hours: 0 })
        const product = await createShareProduct(api, admin)
        const store = await createPublishableKeyHeaders(container)
        const withProduct = { ...product, variants: product.variants }
        const agrees = await createBuyer(container, api, store, [withProduct])
        const declines = await createBuyer(container, api, store, [withProduct])
        const write = (buyer: { headers: Record<string, string> }, extra: Record<string, unknown>) =>
          api.post("/store/social/reviews", { product_id: product.id, rating: 4, title: "Soft {price} <b>tee</b>", body: "Soft and light, washes well.", ...extra }, { headers: buyer.headers })
        const yes = await write(agrees, { social_consent: true })
        expect(yes.data.review).toMatchObject({ status: "pending", social_consent: true })
        const no = await write(declines, {})
        expect(no.data.review.social_consent).toBe(false)
        expect(await fail(write(agrees, { social_consent: "yes" }))).toEqual({ status: 400, message: "Invalid request: social_consent: must be true or false" })

        const approve = (id: string) => andWait(SocialEvents.REVIEW_APPROVED, () => api.post(`/admin/social/reviews/${id}/approve`, {}, admin))
        await approve(no.data.review.id)
        expect(await postsOf(r.id)).toEqual([])
        await approve(yes.data.review.id)
        const [quoted] = await postsOf(r.id)
        const reviews = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
        const [row] = await reviews.listProductReviews({ id: yes.data.review.id })
        // The customer's text cannot become a placeholder: "{price}" stays words.
        expect(quoted.text.split("\n")[0]).toBe(`★★★★☆ “Soft (price) <b>tee</b>” – ${row.author_name} on Trail Tee & Co`)
        await deliverAgain(SocialEvents.REVIEW_APPROVED, { id: yes.data.review.id, product_id: product.id, customer_id: null, verified_purchase: true, has_media: false })
        expect(await postsOf(r.id)).toHaveLength(1)

        // The other buyer agrees later, by editing the review: validated as when it is written.
        // The consent alone changes nothing a moderator reads: the review stays approved, and
        // its approval (before the consent) made no post. Its next approval quotes it.
        const edit = (extra: Record<string, unknown>) => api.post(`/store/social/reviews/${no.data.review.id}`, extra, { headers: declines.headers })
        expect(await fail(edit({ social_consent: "yes" }))).toEqual({ status: 400, message: "Invalid request: social_consent: must be true or false" })
        expect((await reviews.listProductReviews({ id: no.data.review.id }))[0].social_consent).toBe(false)
        expect((await edit({ social_consent: true })).data.review).toMatchObject({ status: "approved", social_consent: true })
        expect(await postsOf(r.id)).toHaveLength(1)
        expect((await edit({ body: "Soft and light, still fine after ten washes." })).data.review).toMatchObject({ status: "pending", social_consent: true })
        await approve(no.data.review.id)
        expect((await postsOf(r.id)).map((p) => p.text.split("\n")[0])).toContain(`★★★★☆ “Soft (price) <b>tee</b>” – ${(await reviews.listProductReviews({ id: no.data.review.id }))[0].author_name} on Trail Tee & Co`)
        expect(await postsOf(r.id)).toHaveLength(2)
      })

      it("makes no post for a switched-off rule, a deleted account, or a market where the product has no price", async () => {
        const off = await rule({ account_id: x.id, trigger: "product_published", template: "{title}", enabled: false })
        const gone = await rule({ account_id: page.id, trigger: "product_published", template: "{title}" })
        await api.delete(`/admin/social/accounts/${page.id}`, admin)
        // No price in yen: the yen rule's post cannot be made (and is not).
        const yen = await rule({ account_id: x.id, trigger: "product_published", template: "{title} {price}", currency_code: "jpy" })
        await andWait(CoreEvents.PRODUCT_CREATED, () => createShareProduct(api, admin, { variants: [{ title: "S", options: { Size: "S" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 12.5 }] }], options: [{ title: "Size", values: ["S"] }] }))
        expect(await postsOf(off.id)).toEqual([])
        expect(await postsOf(gone.id)).toEqual([])
        expect(await postsOf(yen.id)).toEqual([])
      })
    })

    describe("link in bio", () => {
      it("shows the account's latest published posts as cards with their tracked links, escaped, cached with an ETag", async () => {
        const handle = await api.post(`/admin/social/accounts/${x.id}`, { bio_handle: "Acme-Shop" }, admin)
        expect(handle.data.account.bio_handle).toBe("acme-shop")
        expect(await fail(api.post(`/admin/social/accounts/${page.id}`, { bio_handle: "acme-shop" }, admin))).toEqual({
          status: 400,
          message: 'Invalid request: bio_handle: "acme-shop" is already the page of another account',
        })
        expect((await fail(api.post(`/admin/social/accounts/${page.id}`, { bio_handle: "a b" }, admin))).message).toBe(
          "Invalid request: bio_handle: must be 2 to 40 lower-case letters, digits, - or _ (starting with a letter or digit)"
        )

        const raw = { validateStatus: () => true }
        const empty = await api.get("/social/bio/acme-shop", raw)
        expect(empty.status).toBe(200)
        expect(empty.data).toContain("No posts yet.")

        const product = await createShareProduct(api, admin, { title: "Tee <script>alert(1)</script>" })
        const make = async (template: string) => (await api.post("/admin/social/posts", { account_id: x.id, product_id: product.id, template, currency_code: "eur", locale: "fr-FR" }, admin)).data.post
        const first = await make("{title} – {price}")
        const second = await make("Again {title}")
        const draft = await make("Not yet {title}")
        await service().updateSocialPublishPosts({ id: first.id, status: "published", platform_post_id: "1", published_at: new Date(Date.now() - 60_000) })
        await service().updateSocialPublishPosts({ id: second.id, status: "published", platform_post_id: "2", published_at: new Date() })

        const res = await api.get("/social/bio/acme-shop", raw)
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toBe("text/html; charset=utf-8")
        expect(res.headers["cache-control"]).toBe("public, max-age=60")
        expect(res.data).not.toContain("<script>")
        expect(res.data).toContain("Tee &lt;script&gt;alert(1)&lt;/script&gt;")
        // Newest first, each opening its own tracked link, with its product's square card.
        const links = [...res.data.matchAll(/<a href="([^"]+)" rel="noopener">/g)].map((m: RegExpMatchArray) => m[1])
        expect(links).toEqual([second.share_url, first.share_url])
        expect(res.data).not.toContain(draft.share_code)
        expect(res.data).toContain(`/social/cards/${product.id}/square.png?currency_code=eur&amp;locale=fr-FR`)

        const etag = res.headers.etag
        expect((await api.get("/social/bio/acme-shop", { ...raw, headers: { "if-none-match": etag } })).status).toBe(304)
        // A post changed: a new ETag, the page again.
        await service().updateSocialPublishPosts({ id: first.id, permalink: "https://x.com/acme/status/1" })
        const after = await api.get("/social/bio/ACME-SHOP", { ...raw, headers: { "if-none-match": etag } })
        expect(after.status).toBe(200)
        expect(after.headers.etag).not.toBe(etag)

        expect((await api.get("/social/bio/nobody", raw)).status).toBe(404)
        expect((await api.get("/social/bio/%3Cx%3E", raw)).status).toBe(404)
        await api.post(`/admin/social/accounts/${x.id}`, { bio_handle: null }, admin)
        expect((await api.get("/social/bio/acme-shop", raw)).status).toBe(404)
      })
    })
  },
})
