import { sameSettingsValue } from "./same-settings"
import type { EffectiveSocialSettings } from "../types"

const settings = (over: Partial<EffectiveSocialSettings> = {}) =>
  ({
    storefront_url: "https://shop.example",
    product_url_template: "{storefront}/products/{handle}",
    allowed_redirect_origins: ["https://shop.example"],
    brand_name: "Shop",
    enabled_networks: ["x"],
    features: { reviews: true },
    updated_at: new Date("2026-12-01T10:00:00Z"),
    ...over,
  }) as unknown as EffectiveSocialSettings

describe("sameSettingsValue", () => {
  it("keeps the object read before when the values are the same", () => {
    const last = settings()
    expect(sameSettingsValue(last, settings())).toBe(last)
  })

  it("gives the new object when anything changed, nested values and dates included", () => {
    const last = settings()
    for (const next of [
      settings({ storefront_url: "https://other.example" }),
      settings({ allowed_redirect_origins: ["https://shop.example", "https://b.example"] }),
      settings({ features: { reviews: false } } as Partial<EffectiveSocialSettings>),
      settings({ updated_at: new Date("2026-12-01T10:00:01Z") }),
    ]) {
      expect(sameSettingsValue(last, next)).toBe(next)
    }
  })

  it("gives the new object when there was none", () => {
    const next = settings()
    expect(sameSettingsValue(null, next)).toBe(next)
  })
})
