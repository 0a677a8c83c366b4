import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../src/modules/social-attribution"
import { createAdminHeaders, createCustomerHeaders, createPublishableKeyHeaders } from "../helpers/auth"
import { createCardProduct, setStoreCurrencies } from "../helpers/cards"
import { createShareProduct, createStorefrontKey, setStoreCurrencies as setShareCurrencies } from "../helpers/share-fixtures"


// Low limits for this spec only (medusa-config passes them as the plugin's `rateLimits` option):
// jest gives each spec file its own process.env, so the other specs keep the defaults.
process.env.SOCIAL_RATE_LIMITS = JSON.stringify({
  routes: {
    touches: { points: 3, durationSeconds: 60 },
    share: { points: 2, durationSeconds: 60 },
    cardRender: { points: 1, durationSeconds: 60 },
  },
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const answer = (p: Promise<any>) => p.catch((e) => e.response)
    // Medusa trusts one proxy hop: the last X-Forwarded-For entry is the client's address (req.ip).
    const from = (ip: string) => ({ "x-forwarded-for": ip })
    const touchCount = async () => {
      const [, count] = await (getContainer().resolve(SOCIAL_ATTRIBUTION_MODULE) as any).listAndCountSocialTouches({}, { take: 1 })
      return count as number
    }

    it("answers 429 with Retry-After once a network spent its touches; other networks are unaffected", async () => {
      const store = await createPublishableKeyHeaders(getContainer())
      const touch = (ip: string) =>
        answer(
          api.post(
            "/store/social/touches",
            { utm_source: "facebook", utm_medium: "social", landing_path: "/products/x" },
            { headers: { ...store.headers, ...from(ip) } }
          )
        )

      for (let i = 0; i < 3; i++) {
        expect((await touch(`203.0.113.${10 + i}`)).status).toBe(201)
      }
      expect(await touchCount()).toBe(3)

      // Another address of the same /24 shares the budget.
      const limited = await touch("203.0.113.200")
      expect(limited.status).toBe(429)
      const retryAfter = Number(limited.headers["retry-after"])
      expect(retryAfter).toBeGreaterThanOrEqual(1)
      expect(retryAfter).toBeLessThanOrEqual(60)
      expect(limited.data).toEqual({
        type: "not_allowed",
        code: "rate_limit_exceeded",
        message: expect.stringMatching(/^Too many requests: try again in \d+ s$/),
      })
      // Refused before anything is written.
      expect(await touchCount()).toBe(3)

      // Another network, IPv4 or IPv6, has its own budget.
      expect((await touch("198.51.100.7")).status).toBe(201)
      expect((await touch("2001:db8:1:2::1")).status).toBe(201)
      expect(await touchCount()).toBe(5)
    })

    it("counts a logged-in customer apart from the guests of their network", async () => {
      const container = getContainer()
      const admin = await createAdminHeaders(container, api)
      const store = await createStorefrontKey(container)
      await setShareCurrencies(api, admin)
      const product = await createShareProduct(api, admin, { sales_channels: [{ id: store.sales_channel_id }] })
      const shopper = await createCustomerHeaders(api, store)
      const share = (headers: Record<string, string>) =>
        answer(api.get(`/store/social/products/${product.id}/share`, { headers: { ...headers, ...from("192.0.2.10") } }))

      expect((await share(shopper.headers)).status).toBe(200)
      expect((await share(shopper.headers)).status).toBe(200)
      const limited = await share(shopper.headers)
      expect(limited.status).toBe(429)
      expect(limited.headers["retry-after"]).toMatch(/^\d+$/)

      // The guests of the same network still have theirs.
      expect((await share(store.headers)).status).toBe(200)
    })

    it("limits card renders only: a card already rendered is still served", async () => {
      const container = getContainer()
      await setStoreCurrencies(container)
      const product = await createCardProduct(container, { title: "Card limit coat" })
      const raw = { maxRedirects: 0, validateStatus: () => true }
      const card = (format: string, ip: string) => api.get(`/social/cards/${product.id}/${format}`, { ...raw, headers: from(ip) })

      // Not the og card: the product's own events pre-render that one in the background, so its
      // first request may find it rendered and spend nothing.
      const first = await card("pin.png", "100.64.1.1")
      expect(first.status).toBe(302)
      // Rendered already: no budget spent, however often it is asked for.
      for (let i = 0; i < 3; i++) {
        const again = await card("pin.png", "100.64.1.2")
        expect(again.status).toBe(302)
        expect(again.headers.location).toBe(first.headers.location)
      }
      // A new render is over this network's budget (1 per minute here).
      const limited = await card("square.png", "100.64.1.3")
      expect(limited.status).toBe(429)
      expect(Number(limited.headers["retry-after"])).toBeGreaterThanOrEqual(1)
      expect(limited.data.code).toBe("rate_limit_exceeded")
      // Another network may render it.
      const other = await card("square.png", "100.65.1.1")
      expect(other.status).toBe(302)
      expect(other.headers.location).toMatch(/^\/social\/cards\/i\/[0-9a-f]{32}\.png$/)
    })
  },
})
