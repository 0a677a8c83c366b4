import { conversionRate, DEFAULT_REVIEW_REQUEST_SETTINGS, eligibleLines, reminderDueAt, requestDueAt, shipmentDelayDays } from "./schedule"

const settings = { ...DEFAULT_REVIEW_REQUEST_SETTINGS, enabled: true, delay_days: 7, after_delivery_days: 2, country_delays: { au: 14 }, reminder_days: 5 }
const shipped = new Date("2026-03-01T10:00:00Z")
const day = (n: number, from = shipped) => new Date(from.getTime() + n * 86_400_000)

describe("review request delays", () => {
  it("uses the country's delay after shipment, else the default", () => {
    expect(shipmentDelayDays(settings, "AU")).toBe(14)
    expect(shipmentDelayDays(settings, "fr")).toBe(7)
    expect(shipmentDelayDays(settings, null)).toBe(7)
    expect(requestDueAt(settings, { shipped_at: shipped, country_code: "au" })).toEqual(day(14))
    expect(requestDueAt(settings, { shipped_at: shipped, country_code: "us" })).toEqual(day(7))
  })

  it("asks after delivery when one is recorded, whichever comes first", () => {
    const delivered = day(3)
    expect(requestDueAt(settings, { shipped_at: shipped, delivered_at: delivered, country_code: "au" })).toEqual(day(5))
    // Delivered late (after the shipment delay): the shipment delay already asked.
    expect(requestDueAt(settings, { shipped_at: shipped, delivered_at: day(20), country_code: "us" })).toEqual(day(7))
    expect(requestDueAt(settings, { delivered_at: delivered })).toEqual(day(2, delivered))
    expect(requestDueAt(settings, {})).toBeNull()
  })

  it("reminds once after reminder_days, never when reminders are off", () => {
    expect(reminderDueAt(settings, shipped)).toEqual(day(5))
    expect(reminderDueAt({ ...settings, reminder_days: null }, shipped)).toBeNull()
  })

  it("leaves out lines not shipped, returned, or of a canceled order", () => {
    const line = (id: string, over: Partial<Parameters<typeof eligibleLines>[0]["items"][0]> = {}) => ({
      id,
      product_id: "prod_1",
      quantity: 2,
      shipped_quantity: 2,
      delivered_quantity: 0,
      returned_quantity: 0,
      ...over,
    })
    const items = [
      line("shipped"),
      line("delivered", { shipped_quantity: 0, delivered_quantity: 2 }),
      line("not-shipped", { shipped_quantity: 0 }),
      line("returned", { returned_quantity: 2 }),
      line("half-returned", { returned_quantity: 1 }),
      line("no-product", { product_id: null }),
    ]
    expect([...eligibleLines({ status: "completed", items })]).toEqual(["shipped", "delivered", "half-returned"])
    expect([...eligibleLines({ status: "canceled", items })]).toEqual([])
  })

  it("computes the conversion rate over requests sent", () => {
    expect(conversionRate(0, 0)).toBeNull()
    expect(conversionRate(3, 1)).toBe(0.3333)
    expect(conversionRate(4, 4)).toBe(1)
  })
})
