import { parsePluginOptions } from "./options"

describe("plugin options", () => {
  it("fills every default", () => {
    const o = parsePluginOptions({})
    expect(o.storefrontUrl).toBe("http://localhost:8000")
    expect(o.networks).toHaveLength(10)
    expect(o.features).toEqual({ cards: true, catalog: true, reviews: true, rewards: true, attribution: true })
    expect(o.secret.length).toBeGreaterThanOrEqual(16)
    expect(o.shareVisitorRetentionDays).toBe(90)
    expect(o.priceWatchIntervalMinutes).toBe(5)
    expect(parsePluginOptions({ priceWatchIntervalMinutes: 0 }).priceWatchIntervalMinutes).toBe(0)
    expect([o.locales, o.cardImageHosts, o.catalogAllowedHosts, o.supersededCardGraceDays]).toEqual([[], [], [], 60])
    expect([o.reviews.maxTotalPhotoBytes, o.reviews.maxPhotoPixels]).toEqual([20_000_000, 40_000_000])
  })

  it("takes rate limits per route, Redis from REDIS_URL unless set", () => {
    const redis = process.env.REDIS_URL
    try {
      delete process.env.REDIS_URL
      const o = parsePluginOptions({ rateLimits: { routes: { touches: { points: 5, durationSeconds: 10 } } } })
      expect(o.rateLimits).toEqual({ enabled: true, keyPrefix: "social-rl", redisUrl: undefined, routes: { touches: { points: 5, durationSeconds: 10 } } })
      process.env.REDIS_URL = "redis://cache:6379"
      expect(parsePluginOptions({}).rateLimits.redisUrl).toBe("redis://cache:6379")
      expect(parsePluginOptions({ rateLimits: { redisUrl: "redis://other:6379" } }).rateLimits.redisUrl).toBe("redis://other:6379")
    } finally {
      if (redis === undefined) delete process.env.REDIS_URL
      else process.env.REDIS_URL = redis
    }
  })

  it("keeps keys Medusa adds to module options", () => {
    expect(() => parsePluginOptions({ database: { clientUrl: "x" } })).not.toThrow()
  })

  it.each([
    [{ storefrontUrl: "not-a-url" }, 'option "storefrontUrl"'],
    [{ networks: ["facebook", "myspace"] }, 'option "networks.1"'],
    [{ brand: { colors: { primary: "red" } } }, 'option "brand.colors'],
    [{ features: { cards: true, teleport: true } }, '"features.teleport"'],
    [{ productUrlTemplate: "{storefront}/p" }, 'option "productUrlTemplate" must contain {handle} or {id}'],
    [{ secret: "short" }, 'option "secret" must be at least 16 characters'],
    [{ shareVisitorRetentionDays: 0 }, 'option "shareVisitorRetentionDays"'],
    [{ shareVisitorRetentionDays: 1.5 }, 'option "shareVisitorRetentionDays"'],
    [{ shareVisitorRetentionDays: 10_000 }, 'option "shareVisitorRetentionDays"'],
    [{ priceWatchIntervalMinutes: -1 }, 'option "priceWatchIntervalMinutes"'],
    [{ priceWatchIntervalMinutes: 2.5 }, 'option "priceWatchIntervalMinutes"'],
    [{ locales: ["fr-FR", "not a locale"] }, 'option "locales.1"'],
    [{ cardImageHosts: ["https://cdn.example.com/"] }, 'option "cardImageHosts.0"'],
    [{ catalogAllowedHosts: ["proxy.example.com/path"] }, 'option "catalogAllowedHosts.0"'],
    [{ supersededCardGraceDays: 0 }, 'option "supersededCardGraceDays"'],
    [{ reviews: { maxPhotoPixels: 10 } }, 'option "reviews.maxPhotoPixels"'],
    [{ rateLimits: { routes: { touches: { points: 0, durationSeconds: 60 } } } }, 'option "rateLimits.routes.touches.points"'],
    [{ rateLimits: { routes: { teleport: { points: 1, durationSeconds: 60 } } } }, '"rateLimits.routes.teleport"'],
  ])("refuses %j naming the option", (raw, message) => {
    expect(() => parsePluginOptions(raw)).toThrow(message)
  })

  it("requires a secret and a catalog encryption key in production", () => {
    const env = process.env.NODE_ENV
    const key = process.env.SOCIAL_CATALOG_ENCRYPTION_KEY
    process.env.NODE_ENV = "production"
    delete process.env.SOCIAL_CATALOG_ENCRYPTION_KEY
    try {
      const catalogEncryptionKey = "a-catalog-encryption-key"
      expect(() => parsePluginOptions({ catalogEncryptionKey })).toThrow('option "secret" is required in production')
      expect(() => parsePluginOptions({ secret: "a-production-secret-value" })).toThrow('option "catalogEncryptionKey" is required in production')
      expect(parsePluginOptions({ secret: "a-production-secret-value", catalogEncryptionKey }).secret).toBe("a-production-secret-value")
    } finally {
      process.env.NODE_ENV = env
      if (key !== undefined) process.env.SOCIAL_CATALOG_ENCRYPTION_KEY = key
    }
  })
})
