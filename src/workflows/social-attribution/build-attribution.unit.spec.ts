import { parsePluginOptions } from "../../modules/social-settings/options"
import { buildAttributionInput, type OrderForAttribution } from "./build-attribution"
import { sha256 } from "../../providers/conversions"
import type { TouchRow } from "../../modules/social-attribution/types"

const order: OrderForAttribution = {
  id: "order_1",
  cart_id: "cart_1",
  customer_id: null,
  email: "Guest@Example.com",
  phone: null,
  currency_code: "usd",
  placed_at: new Date("2026-06-30T12:00:00Z"),
  total: "40",
  items: [{ product_id: "prod_1", quantity: 2, total: "40" }],
}
const touch = (extra: Partial<TouchRow>): TouchRow =>
  ({
    id: "stch_1",
    visitor_id: "visitor-1",
    network: "facebook",
    is_direct: false,
    consent: "granted",
    click_ids: { fbclid: "AbC" },
    utm_campaign: "summer",
    share_code: "abcd1234",
    occurred_at: new Date("2026-06-29T12:00:00Z"),
    expires_at: new Date("2026-09-29T12:00:00Z"),
    created_at: new Date(),
    ...extra,
  }) as TouchRow

const options = parsePluginOptions({
  conversions: {
    meta: { pixelId: "1", accessToken: "t" },
    pinterest: { adAccountId: "2", accessToken: "t" },
  },
})

describe("buildAttributionInput", () => {
  it("attributes to the touch and queues a purchase per configured platform when ads consent is given", () => {
    const input = buildAttributionInput({ order, touches: [touch({})], options, storefront_url: "https://shop.example.com" })
    expect(input).toMatchObject({ network: "facebook", campaign: "summer", share_code: "abcd1234", ad_consent: true })
    expect(input.conversions.map((c) => c.destination)).toEqual(["meta", "pinterest"])
    expect(input.conversions[0].payload).toMatchObject({
      event_id: "order_1",
      email_sha256: sha256("guest@example.com"),
      click_ids: { fbclid: "AbC" },
      contents: [{ id: "prod_1", quantity: 2, item_price: "20" }],
    })
  })

  it("queues nothing without ads consent", () => {
    const input = buildAttributionInput({ order, touches: [touch({ consent: "analytics" })], options, storefront_url: "https://s" })
    expect(input.ad_consent).toBe(false)
    expect(input.conversions).toEqual([])
    expect(input.network).toBe("facebook")
  })
})
