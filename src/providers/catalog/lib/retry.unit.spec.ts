import { ThrottledError } from "../types"
import { PlatformError } from "./http"
import { currencyDecimals, formatPrice, toMicros } from "./money"
import { SlidingWindowLimiter, mapPool } from "./rate-limit"
import { TransientError, backoffDelay, nextAttemptAt, retryDelay, withRetry } from "./retry"
import { lastPerId, splitByCountAndBytes } from "./split"
import { msUntilNextSecond, msUntilNextUtcMidnight } from "./time"
import { fakeClock } from "../__tests__/items"

describe("backoff with full jitter", () => {
  it("draws between 0 and the doubling ceiling, capped", () => {
    const opts = { baseMs: 1000, capMs: 10_000 }
    expect(backoffDelay(0, { ...opts, random: () => 0 })).toBe(0)
    expect(backoffDelay(0, { ...opts, random: () => 0.999 })).toBe(999)
    expect(backoffDelay(3, { ...opts, random: () => 0.5 })).toBe(4000)
    expect(backoffDelay(20, { ...opts, random: () => 0.999 })).toBe(9990)
  })

  it("never waits less than what the platform asked for, and spreads workers a little", () => {
    expect(retryDelay(0, 60_000, { random: () => 0 })).toBe(60_000)
    const high = retryDelay(5, 60_000, { random: () => 0.999 })
    expect(high).toBeGreaterThan(60_000)
    expect(high).toBeLessThanOrEqual(65_000)
    // Without a platform wait it is plain backoff.
    expect(retryDelay(1, null, { baseMs: 1000, random: () => 0.5 })).toBe(1000)
  })

  it("gives the next attempt time to store on a snapshot row", () => {
    const at = nextAttemptAt(Date.parse("2026-11-22T10:00:00Z"), 0, 30_000, { random: () => 0 })
    expect(at.toISOString()).toBe("2026-11-22T10:00:30.000Z")
  })
})

describe("withRetry", () => {
  it("retries a throttle after the platform's wait, then succeeds", async () => {
    const waits: number[] = []
    let calls = 0
    const result = await withRetry(
      async () => {
        calls++
        if (calls < 3) throw new ThrottledError("slow down", 2000, "second")
        return "done"
      },
      { sleep: async (ms) => void waits.push(ms), random: () => 0 }
    )
    expect(result).toBe("done")
    expect(waits).toEqual([2000, 2000])
  })

  it("retries transient failures with growing backoff and gives up after maxAttempts with the last error", async () => {
    const waits: number[] = []
    await expect(
      withRetry(async () => { throw new TransientError("502 from the platform", 502) }, {
        maxAttempts: 4,
        baseMs: 100,
        random: () => 0.999,
        sleep: async (ms) => void waits.push(ms),
      })
    ).rejects.toThrow("502 from the platform")
    expect(waits).toEqual([99, 199, 399])
  })

  it("does not retry what retrying cannot fix", async () => {
    let calls = 0
    await expect(
      withRetry(async () => {
        calls++
        throw new PlatformError("meta", "Invalid OAuth access token", 400, "190")
      }, { sleep: async () => undefined })
    ).rejects.toThrow("Invalid OAuth access token")
    expect(calls).toBe(1)
  })
})

describe("money", () => {
  it("uses each currency's own decimals", () => {
    expect(currencyDecimals("USD")).toBe(2)
    expect(currencyDecimals("JPY")).toBe(0)
    expect(currencyDecimals("KWD")).toBe(3)
    expect(formatPrice(15, "usd")).toBe("15.00 USD")
    expect(formatPrice(1500, "JPY")).toBe("1500 JPY")
    expect(formatPrice(1234567.5, "EUR")).toBe("1234567.50 EUR")
    expect(toMicros(15.99, "USD")).toBe("15990000")
    expect(toMicros(1500, "JPY")).toBe("1500000000")
  })
})

describe("splitting", () => {
  it("cuts by count and by bytes, keeping order", () => {
    const items = Array.from({ length: 7 }, (_, i) => i)
    expect(splitByCountAndBytes(items, 3, 1e9, () => 1)).toEqual([[0, 1, 2], [3, 4, 5], [6]])
    expect(splitByCountAndBytes(items, 100, 25, () => 10)).toEqual([[0, 1], [2, 3], [4, 5], [6]])
    expect(() => splitByCountAndBytes([1], 10, 5, () => 6)).toThrow("over the 5 bytes")
  })

  it("keeps one operation per id, the last", () => {
    expect(lastPerId([{ id: "a", v: 1 }, { id: "b", v: 1 }, { id: "a", v: 2 }], (x) => x.id)).toEqual([
      { id: "b", v: 1 },
      { id: "a", v: 2 },
    ])
  })
})

describe("pacing", () => {
  it("keeps within every window, waiting on the injected clock", async () => {
    const clock = fakeClock(0)
    const limiter = new SlidingWindowLimiter([{ limit: 5, windowMs: 1000 }, { limit: 300, windowMs: 60_000 }], clock)
    const stamps: number[] = []
    for (let i = 0; i < 12; i++) {
      await limiter.acquire()
      stamps.push(clock.now())
    }
    expect(stamps.slice(0, 5)).toEqual([0, 0, 0, 0, 0])
    expect(stamps.slice(5, 10)).toEqual([1000, 1000, 1000, 1000, 1000])
    expect(stamps[10]).toBe(2000)
    for (let i = 0; i < stamps.length; i++) {
      expect(stamps.filter((s) => s > stamps[i] - 1000 && s <= stamps[i]).length).toBeLessThanOrEqual(5)
    }
  })

  it("runs at most N calls at once", async () => {
    let running = 0
    let most = 0
    const out = await mapPool([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++
      most = Math.max(most, running)
      await new Promise((r) => setImmediate(r))
      running--
      return n * 2
    })
    expect(out).toEqual([2, 4, 6, 8, 10, 12, 14])
    expect(most).toBe(3)
  })

  it("computes the waits TikTok's windows need", () => {
    expect(msUntilNextSecond(Date.parse("2026-11-22T10:00:00.250Z"))).toBe(750)
    expect(msUntilNextUtcMidnight(Date.parse("2026-11-22T23:00:00.000Z"))).toBe(3_600_000)
  })
})

describe("createCatalogProvider", () => {
  it("gives each destination its provider, with its limits and credential keys", () => {
    const { createCatalogProvider, CATALOG_CREDENTIAL_KEYS, CATALOG_SIGN_IN } = require("..")
    expect(createCatalogProvider("meta").maxBatchSize).toBe(3000)
    expect(createCatalogProvider("pinterest").maxBatchSize).toBe(1000)
    expect(createCatalogProvider("google").destination).toBe("google")
    expect(createCatalogProvider("tiktok").maxBatchSize).toBe(100)
    expect(CATALOG_CREDENTIAL_KEYS.google.filter((k: string) => !k.endsWith("?"))).toEqual(["merchant_id", "data_source_id"])
    expect(CATALOG_SIGN_IN.google).toEqual([["service_account_json"], ["client_id", "client_secret", "refresh_token"], ["access_token"]])
    expect(CATALOG_SIGN_IN.pinterest).toEqual([["client_id", "client_secret", "refresh_token"], ["access_token"]])
    expect(() => createCatalogProvider("myspace")).toThrow('no catalog provider for destination "myspace"')
  })
})
