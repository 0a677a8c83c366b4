import GoogleCatalogProvider from ".."
import { GoogleServer, startGoogleServer } from "../../../../../integration-tests/contract-servers/google"
import { makeServiceAccount } from "../../../../../integration-tests/contract-servers/_keys"
import { ThrottledError } from "../../types"
import { CredentialsError } from "../../lib/http"
import { AccessTokenCache } from "../../lib/oauth/token-cache"
import { US, collect, del, fakeClock, makeItem, upsert, upserts } from "../../__tests__/items"
import { googleProductInputSegment, toGoogleProductInput } from "../mapper"
import { googleThrottle } from "../throttle"

const credentials = { merchant_id: "123", data_source_id: "456", access_token: "google-token" }

describe("Google mapper", () => {
  it("writes a ProductInput: offerId, language, feed label, camelCase attributes, enums and micros", () => {
    const input = toGoogleProductInput(
      makeItem("var_1", {
        gtin: "4006381333931",
        gender: "female",
        age_group: "adult",
        availability: "backorder",
        sale_price: { amount: 9.99, currency_code: "USD" },
        sale_price_effective_date: { start: "2026-11-01T00:00:00Z", end: null },
        custom_labels: [null, "clearance", null, null, null],
      }),
      { country: "us", language: "en-US", currency_code: "USD" }
    )
    expect(input).toMatchObject({
      offerId: "var_1",
      contentLanguage: "en",
      feedLabel: "US",
      productAttributes: {
        title: "Shirt var_1",
        imageLink: "https://cdn.example/shirt.jpg",
        availability: "BACKORDER",
        condition: "NEW",
        price: { amountMicros: "15000000", currencyCode: "USD" },
        salePrice: { amountMicros: "9990000", currencyCode: "USD" },
        salePriceEffectiveDate: { startTime: "2026-11-01T00:00:00Z" },
        gtins: ["4006381333931"],
        gender: "FEMALE",
        ageGroup: "ADULT",
        itemGroupId: "prod_1",
        customLabel1: "clearance",
      },
    })
    expect(input.productAttributes).not.toHaveProperty("identifierExists")
    expect(toGoogleProductInput(makeItem("v"), US).productAttributes.identifierExists).toBe(false)
  })

  it("names a product input language~label~offer, base64url when the offer id holds a reserved character", () => {
    expect(googleProductInputSegment("var_1", US)).toBe("en~US~var_1")
    const encoded = googleProductInputSegment("sku/1.2", US)
    expect(Buffer.from(encoded, "base64url").toString()).toBe("en~US~sku/1.2")
  })

  it("reads quota/request_rate_too_high and quota/daily_limit_exceeded", () => {
    const now = Date.parse("2026-11-22T10:00:45Z")
    const minute = googleThrottle(429, new Headers(), { error: { status: "RESOURCE_EXHAUSTED", details: [{ reason: "quota/request_rate_too_high" }] } }, now)
    expect(minute).toMatchObject({ retryAfterMs: 15_000, scope: "minute" })
    const day = googleThrottle(429, new Headers(), { error: { message: "quota/daily_limit_exceeded" } }, now)
    expect(day).toMatchObject({ retryAfterMs: 14 * 3_600_000 - 45_000, scope: "day" })
    expect(googleThrottle(400, new Headers(), { error: { status: "INVALID_ARGUMENT" } }, now)).toBeNull()
  })
})

describe("Google provider against the contract server", () => {
  let server: GoogleServer
  afterEach(() => server?.close())

  it("sends single calls in parallel within the concurrency limit, with per-item errors", async () => {
    // A latency long enough that four calls overlap even on a busy machine (15 ms did not, under load).
    server = await startGoogleServer({ latencyMs: 200, failIds: { var_00004: "[productAttributes.link] Landing page not reachable" } })
    const provider = new GoogleCatalogProvider({ baseUrl: server.url, concurrency: 4 })
    const { handle, results } = await provider.submit([...upserts(20), upsert("var_00019", { title: "" })], US, credentials)
    expect(handle).toBeNull()
    expect(server.received).toHaveLength(20)
    expect(server.maxInFlight()).toBe(4)
    expect(results.filter((r) => r.status === "ok")).toHaveLength(18)
    expect(results.find((r) => r.id === "var_00004")).toEqual({
      id: "var_00004",
      status: "error",
      errors: [{ code: "google_INVALID_ARGUMENT", message: "[productAttributes.link] Landing page not reachable" }],
    })
    expect(results.find((r) => r.id === "var_00019")!.errors![0].message).toBe("[productAttributes.title] Required attribute is missing")
  })

  it("updates a product at most twice a UTC day and defers the third, saying so", async () => {
    const clock = fakeClock(Date.parse("2026-11-22T09:00:00Z"))
    server = await startGoogleServer({ now: clock.now })
    const provider = new GoogleCatalogProvider({ baseUrl: server.url, now: clock.now })
    const first = await provider.submit([upsert("var_1", { price: { amount: 10, currency_code: "USD" } })], US, credentials)
    clock.advance(3_600_000)
    const second = await provider.submit([upsert("var_1", { price: { amount: 11, currency_code: "USD" } })], US, credentials)
    clock.advance(3_600_000)
    const third = await provider.submit([upsert("var_1", { price: { amount: 12, currency_code: "USD" } }), upsert("var_2")], US, credentials)
    expect(first.results[0].status).toBe("ok")
    expect(second.results[0].status).toBe("ok")
    const deferred = third.results.find((r) => r.id === "var_1")!
    expect(deferred).toMatchObject({ status: "pending", retryAt: "2026-11-23T00:00:00.000Z" })
    expect(deferred.warnings![0].code).toBe("google_daily_update_limit")
    expect(deferred.warnings![0].message).toContain("deferred until 2026-11-23T00:00:00.000Z")
    expect(third.results.find((r) => r.id === "var_2")!.status).toBe("ok")
    expect(server.updates.get("2026-11-22|en~US~var_1")).toBe(2)
    expect(server.products.get("en~US~var_1").productAttributes.price.amountMicros).toBe("11000000")

    // The next UTC day the deferred update goes out.
    clock.advance(14 * 3_600_000)
    const nextDay = await provider.submit([upsert("var_1", { price: { amount: 12, currency_code: "USD" } })], US, credentials)
    expect(nextDay.results[0].status).toBe("ok")
    expect(server.updates.get("2026-11-23|en~US~var_1")).toBe(1)
  })

  it("Google refuses a third update of a product in one UTC day: a process that did not count them gets Google's answer, nothing stored", async () => {
    const clock = fakeClock(Date.parse("2026-11-22T09:00:00Z"))
    server = await startGoogleServer({ now: clock.now })
    for (const amount of [10, 11]) {
      // A new provider each time: a process that knows nothing of the earlier updates.
      const provider = new GoogleCatalogProvider({ baseUrl: server.url, now: clock.now })
      expect((await provider.submit([upsert("var_1", { price: { amount, currency_code: "USD" } })], US, credentials)).results[0].status).toBe("ok")
    }
    const third = await new GoogleCatalogProvider({ baseUrl: server.url, now: clock.now })
      .submit([upsert("var_1", { price: { amount: 12, currency_code: "USD" } })], US, credentials)
      .catch((e) => e)
    expect(third).toBeInstanceOf(ThrottledError)
    expect(third).toMatchObject({ scope: "day", message: expect.stringContaining("updated 2 times today") })
    expect(server.updates.get("2026-11-22|en~US~var_1")).toBe(2)
    expect(server.products.get("en~US~var_1").productAttributes.price.amountMicros).toBe("11000000")
  })

  it("stops at a per-minute quota answer and hands back what was answered", async () => {
    const now = () => Date.parse("2026-11-22T10:00:20Z")
    server = await startGoogleServer({ throttle: { after: 3, times: 100 } })
    const provider = new GoogleCatalogProvider({ baseUrl: server.url, concurrency: 1, now })
    const error = await provider.submit(upserts(10), US, credentials).catch((e) => e)
    expect(error).toBeInstanceOf(ThrottledError)
    expect(error).toMatchObject({ retryAfterMs: 40_000, scope: "minute" })
    expect(error.results.map((r: any) => [r.id, r.status])).toEqual([
      ["var_00000", "ok"],
      ["var_00001", "ok"],
      ["var_00002", "ok"],
    ])
    // After the quota answer nothing more was sent.
    expect(server.received).toHaveLength(4)
  })

  it("keeps the answered calls when one call fails on the way, and defers that one", async () => {
    server = await startGoogleServer()
    const failing: typeof fetch = async (url, init) => {
      if (String(init?.body ?? "").includes('"offerId":"var_00002"')) throw new Error("socket hang up")
      return fetch(url, init)
    }
    const now = Date.parse("2026-11-22T10:00:00Z")
    const provider = new GoogleCatalogProvider({ baseUrl: server.url, fetch: failing, now: () => now })
    const { results } = await provider.submit(upserts(4), US, credentials)
    expect(results.map((r) => r.status)).toEqual(["ok", "ok", "pending", "ok"])
    expect(results[2].warnings![0]).toMatchObject({ code: "transient_error" })
    expect(Date.parse(results[2].retryAt!)).toBeGreaterThanOrEqual(now)
  })

  it("waits until the next UTC day on quota/daily_limit_exceeded", async () => {
    server = await startGoogleServer({ throttle: { after: 0, kind: "day" } })
    const provider = new GoogleCatalogProvider({ baseUrl: server.url, now: () => Date.parse("2026-11-22T18:00:00Z") })
    const error = await provider.submit(upserts(1), US, credentials).catch((e) => e)
    expect(error).toMatchObject({ retryAfterMs: 6 * 3_600_000, scope: "day" })
  })

  it("deletes (a missing one is fine) and lists this market's ids across pages", async () => {
    const existing = [
      ...Array.from({ length: 7 }, (_, i) => ({ offerId: `us_${i}`, contentLanguage: "en", feedLabel: "US" })),
      ...Array.from({ length: 4 }, (_, i) => ({ offerId: `fr_${i}`, contentLanguage: "fr", feedLabel: "FR" })),
      { offerId: "odd/id", contentLanguage: "en", feedLabel: "US" },
    ]
    server = await startGoogleServer({ existing })
    const provider = new GoogleCatalogProvider({ baseUrl: server.url, pageSize: 3 })
    const { results } = await provider.submit([del("us_0"), del("odd/id"), del("never_there")], US, credentials)
    expect(results.map((r) => r.status)).toEqual(["ok", "ok", "ok"])
    expect(results[2].warnings![0].code).toBe("google_not_found")
    const pages = await collect(provider.listRemoteIds(US, credentials))
    expect(pages.flat().sort()).toEqual(["us_1", "us_2", "us_3", "us_4", "us_5", "us_6"])
    expect(server.received.filter((r) => r.path.endsWith("/products")).length).toBe(4)
  })

  it("lists each product with the issues Google's review found after the insert", async () => {
    server = await startGoogleServer({
      existing: [
        { offerId: "var_1", contentLanguage: "en", feedLabel: "US" },
        { offerId: "var_2", contentLanguage: "en", feedLabel: "US" },
      ],
    })
    server.issues.set("var_2", [{ code: "image_too_small", severity: "DISAPPROVED", attribute: "imageLink", description: "Image too small", detail: "Use at least 100 x 100" }])
    const provider = new GoogleCatalogProvider({ baseUrl: server.url })
    const items: any[] = []
    for await (const page of provider.listRemoteItems(US, credentials)) items.push(...page)
    expect(items).toEqual([
      { id: "var_1", issues: [] },
      {
        id: "var_2",
        issues: [{ code: "google_image_too_small", message: "Image too small: Use at least 100 x 100", severity: "disapproved", attribute: "imageLink" }],
      },
    ])
  })

  it("declares Google's two updates a day, for the sync to count on its rows", () => {
    expect(new GoogleCatalogProvider().maxUpdatesPerItemPerDay).toBe(2)
  })
})

describe("Google provider signing in", () => {
  let server: GoogleServer
  afterEach(() => server?.close())
  const account = makeServiceAccount()
  const ids = { merchant_id: "123", data_source_id: "456" }
  const apiCalls = () => server.received.filter((r) => r.path !== "/token")
  const claimsOf = (form: string) => JSON.parse(Buffer.from(new URLSearchParams(form).get("assertion")!.split(".")[1], "base64url").toString())

  it("exchanges a service account key once for the parallel calls of a submit, and calls with that token", async () => {
    server = await startGoogleServer({ latencyMs: 30, oauth: { serviceAccounts: [account] } })
    const provider = new GoogleCatalogProvider({ baseUrl: server.url, concurrency: 4, tokens: new AccessTokenCache() })
    const { results } = await provider.submit(upserts(12), US, { ...ids, service_account_json: account.keyFile(server.tokenUrl) })
    expect(results.map((r) => r.status)).toEqual(Array(12).fill("ok"))
    const [exchange] = server.tokenRequests()
    expect(server.tokenRequests()).toHaveLength(1)
    expect(new URLSearchParams(exchange.body).get("grant_type")).toBe("urn:ietf:params:oauth:grant-type:jwt-bearer")
    expect(claimsOf(exchange.body)).toMatchObject({ iss: account.clientEmail, aud: server.tokenUrl, scope: "https://www.googleapis.com/auth/content" })
    expect(new Set(apiCalls().map((r) => r.headers.authorization)).size).toBe(1)
    expect(apiCalls()[0].headers.authorization).toMatch(/^Bearer ya29\./)
    expect(server.tokens.refused).toBe(0)
  })

  it("renews the token shortly before it ends, and once after a 401, then sends again", async () => {
    const clock = fakeClock(Date.parse("2026-12-01T08:00:00Z"))
    server = await startGoogleServer({ now: clock.now, oauth: { serviceAccounts: [account] } })
    const provider = new GoogleCatalogProvider({ baseUrl: server.url, now: clock.now, tokens: new AccessTokenCache() })
    const credentials = { ...ids, service_account_json: account.keyFile(server.tokenUrl) }
    // Other products each time: Google's two updates a day would hold a third one back unsent.
    await provider.submit(upserts(2, "a_"), US, credentials)
    clock.advance(3_000_000) // 50 minutes: the hour's token is still used
    await provider.submit(upserts(2, "b_"), US, credentials)
    expect(server.tokenRequests()).toHaveLength(1)
    clock.advance(300_000) // 55 minutes: renewed before Google would refuse it
    await provider.submit(upserts(2, "c_"), US, credentials)
    expect(server.tokenRequests()).toHaveLength(2)
    expect(server.tokens.refused).toBe(0)

    // Google ends every token early (the key's access was reset): the three calls in flight are
    // refused, ONE exchange renews the token for all of them, and each is sent once more.
    server.tokens.revokeAll()
    const { results } = await provider.submit(upserts(3, "again_"), US, credentials)
    expect(results.map((r) => r.status)).toEqual(["ok", "ok", "ok"])
    expect(server.tokens.refused).toBe(3)
    expect(server.tokenRequests()).toHaveLength(3)
    expect([...server.products.keys()].filter((k) => k.includes("again_"))).toHaveLength(3)
  })

  it("does not loop on a 401: one renewal, one retry, then a CredentialsError", async () => {
    server = await startGoogleServer({ oauth: { serviceAccounts: [account] } })
    // Something between us and Google drops the token from API calls: every call is a 401.
    const dropping: typeof fetch = (url, init) =>
      String(url).endsWith("/token") ? fetch(url, init) : fetch(url, { ...init, headers: { "content-type": "application/json" } })
    const provider = new GoogleCatalogProvider({ baseUrl: server.url, fetch: dropping, tokens: new AccessTokenCache() })
    const error = await provider.submit(upserts(1), US, { ...ids, service_account_json: account.keyFile(server.tokenUrl) }).catch((e) => e)
    expect(error).toBeInstanceOf(CredentialsError)
    expect(error.message).toContain("Google refused an access token it had just issued")
    expect(apiCalls()).toHaveLength(2)
    expect(server.tokenRequests()).toHaveLength(2)
  })

  it("fails with what to do when the key is wrong, and gets no token before anything is sent", async () => {
    const stranger = makeServiceAccount(account.clientEmail) // same account, another key (deleted in Google Cloud)
    server = await startGoogleServer({ oauth: { serviceAccounts: [account] } })
    const provider = new GoogleCatalogProvider({ baseUrl: server.url, tokens: new AccessTokenCache() })
    const credentials = { ...ids, service_account_json: stranger.keyFile(server.tokenUrl) }
    const error = await provider.authorize(credentials).catch((e) => e)
    expect(error).toBeInstanceOf(CredentialsError)
    expect(error).toMatchObject({ status: 400, code: "invalid_grant" })
    expect(error.message).toContain(`Google refused the service account key of ${account.clientEmail} (invalid_grant: Invalid JWT Signature.)`)
    expect(error.message).toContain("create a new JSON key")
    expect(apiCalls()).toHaveLength(0)
  })

  it("uses an OAuth client's refresh token, and says what to do when it is revoked or the client is wrong", async () => {
    const client = { clientId: "client-1.apps.googleusercontent.com", clientSecret: "s3cret", refreshTokens: ["1//rt-a"] }
    server = await startGoogleServer({ oauth: { clients: [client] } })
    const provider = new GoogleCatalogProvider({ baseUrl: server.url, tokens: new AccessTokenCache(), tokenUrl: server.tokenUrl })
    const credentials = { ...ids, client_id: client.clientId, client_secret: client.clientSecret, refresh_token: "1//rt-a" }
    expect((await provider.submit(upserts(2), US, credentials)).results.map((r) => r.status)).toEqual(["ok", "ok"])
    expect(Object.fromEntries(new URLSearchParams(server.tokenRequests()[0].body))).toEqual({
      grant_type: "refresh_token",
      refresh_token: "1//rt-a",
      client_id: client.clientId,
      client_secret: "s3cret",
    })

    server.revokeRefreshToken("1//rt-a")
    server.tokens.revokeAll()
    const revoked = await provider.submit(upserts(1), US, credentials).catch((e) => e)
    expect(revoked).toBeInstanceOf(CredentialsError)
    expect(revoked.message).toMatch(/^google: Google refused the refresh token \(invalid_grant: Token has been expired or revoked\.\)/)
    expect(revoked.message).toContain("store the new refresh_token")

    const wrongClient = await new GoogleCatalogProvider({ baseUrl: server.url, tokens: new AccessTokenCache() })
      .authorize({ ...credentials, client_secret: "old", token_uri: server.tokenUrl })
      .catch((e) => e)
    expect(wrongClient.message).toContain("Google does not accept the OAuth client (invalid_client: Unauthorized): check the channel's client_id and client_secret")
  })

  it("a plain access token Google refuses: no exchange, and the message says how to stop it expiring", async () => {
    server = await startGoogleServer()
    const provider = new GoogleCatalogProvider({ baseUrl: server.url, tokens: new AccessTokenCache() })
    const error = await provider.submit(upserts(2), US, { ...ids, access_token: "an-hour-old" }).catch((e) => e)
    expect(error).toBeInstanceOf(CredentialsError)
    expect(error.message).toContain("An access token lasts one hour: store a service account key (service_account_json)")
    expect(server.tokenRequests()).toHaveLength(0)
  })
})
