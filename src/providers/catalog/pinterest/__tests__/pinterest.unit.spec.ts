import PinterestCatalogProvider from ".."
import { PinterestServer, startPinterestServer } from "../../../../../integration-tests/contract-servers/pinterest"
import { ThrottledError } from "../../types"
import { CredentialsError, PlatformError } from "../../lib/http"
import { AccessTokenCache } from "../../lib/oauth/token-cache"
import { US, collect, del, fakeClock, makeItem, upsert, upserts } from "../../__tests__/items"
import { pinterestLocale, toPinterestAttributes } from "../mapper"
import { pinterestThrottle, pinterestWaitMs } from "../throttle"

const credentials = { access_token: "pinterest-token", product_group_id: "pg_all" }
const NOW = Date.parse("2026-11-22T10:00:00Z")

describe("Pinterest mapper", () => {
  it("writes Pinterest's attributes, with image_link as a list and no market in the item", () => {
    const attributes = toPinterestAttributes(
      makeItem("var_1", { availability: "out_of_stock", gtin: "4006381333931", additional_image_links: ["https://cdn.example/b.jpg"] })
    )
    expect(attributes).toMatchObject({
      title: "Shirt var_1",
      price: "15.00 USD",
      availability: "out of stock",
      image_link: ["https://cdn.example/shirt.jpg"],
      additional_image_link: ["https://cdn.example/b.jpg"],
      gtin: 4006381333931,
      item_group_id: "prod_1",
    })
    expect(attributes).not.toHaveProperty("country")
    expect(toPinterestAttributes(makeItem("v", { availability: "backorder" })).availability).toBe("preorder")
    expect(pinterestLocale({ country: "fr", language: "fr-FR", currency_code: "EUR" })).toEqual({ country: "FR", language: "FR" })
  })
})

describe("Pinterest throttle signals", () => {
  it("reads x-ratelimit-reset (seconds or epoch) and the window from x-ratelimit-limit", () => {
    expect(pinterestWaitMs(new Headers({ "x-ratelimit-reset": "30" }), NOW)).toBe(30_000)
    expect(pinterestWaitMs(new Headers({ "x-ratelimit-reset": String(NOW / 1000 + 12) }), NOW)).toBe(12_000)
    expect(pinterestWaitMs(new Headers({ "retry-after": "3" }), NOW)).toBe(3_000)
    const t = pinterestThrottle(429, new Headers({ "x-ratelimit-limit": "100, 100;w=1" }), { code: 8, message: "slow down" }, NOW)
    expect(t).toMatchObject({ retryAfterMs: 1000, scope: "second" })
    expect(pinterestThrottle(400, new Headers(), { code: 1 }, NOW)).toBeNull()
  })
})

describe("Pinterest provider against the contract server", () => {
  let server: PinterestServer
  afterEach(() => server?.close())

  it("sends 1 to 1,000 items a batch, one country and language a batch, upserts and deletes apart", async () => {
    server = await startPinterestServer({ existing: ["gone_1"] })
    const provider = new PinterestCatalogProvider({ baseUrl: `${server.url}/v5` })
    const submitted = await provider.submit([...upserts(1500), del("gone_1")], { country: "us", language: "en", currency_code: "USD" }, credentials)
    const calls = server.received.filter((r) => r.path === "/v5/catalogs/items/batch")
    expect(calls.map((c) => [c.body.operation, c.body.items.length])).toEqual([
      ["UPSERT", 1000],
      ["UPSERT", 500],
      ["DELETE", 1],
    ])
    expect(calls.every((c) => c.body.country === "US" && c.body.language === "EN")).toBe(true)
    expect(submitted.handle).toBe("batch_1,batch_2,batch_3")
    expect(server.items.has("US|EN|gone_1")).toBe(false)
  })

  it("polls the batch status: null while PROCESSING, then every item with Pinterest's errors", async () => {
    server = await startPinterestServer({ pollsProcessing: 2, failIds: { var_2: { attribute: "link", message: "Link domain is not verified" } } })
    const provider = new PinterestCatalogProvider({ baseUrl: `${server.url}/v5` })
    const ops = [upsert("var_1", { gtin: "4006381333931" }), upsert("var_2"), upsert("var_3", { image_link: null }), upsert("var_4")]
    const { handle } = await provider.submit(ops, US, credentials)
    expect(await provider.pollResults(handle!, credentials)).toBeNull()
    expect(await provider.pollResults(handle!, credentials)).toBeNull()
    const results = await provider.pollResults(handle!, credentials)
    expect(results).toEqual([
      { id: "var_1", status: "ok" },
      { id: "var_2", status: "error", errors: [{ code: "pinterest_3:link", message: "Link domain is not verified" }] },
      { id: "var_3", status: "error", errors: [{ code: "pinterest_1:image_link", message: "Required attribute image_link is missing" }] },
      { id: "var_4", status: "ok", warnings: [{ code: "pinterest_100:gtin", message: "Adding a GTIN helps people find this product" }] },
    ])
  })

  it("answers Pinterest's 400 for an over-size batch (contract) and the provider never sends one", async () => {
    server = await startPinterestServer()
    const res = await fetch(`${server.url}/v5/catalogs/items/batch`, {
      method: "POST",
      headers: { authorization: "Bearer pinterest-token", "content-type": "application/json" },
      body: JSON.stringify({ operation: "UPSERT", country: "US", language: "EN", items: Array.from({ length: 1001 }, (_, i) => ({ item_id: `x${i}`, attributes: {} })) }),
    })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ code: 1, message: "Invalid parameters: items must hold between 1 and 1000 items" })
    const provider = new PinterestCatalogProvider({ baseUrl: `${server.url}/v5` })
    await expect(provider.submit(upserts(1), US, { access_token: "nope" })).rejects.toBeInstanceOf(PlatformError)
  })

  it("raises ThrottledError with the reset Pinterest gives on 429", async () => {
    server = await startPinterestServer({ throttle: { after: 0, times: 1, resetSeconds: 42, windowSeconds: 60 } })
    const provider = new PinterestCatalogProvider({ baseUrl: `${server.url}/v5`, now: () => NOW })
    const error = await provider.submit(upserts(3), US, credentials).catch((e) => e)
    expect(error).toBeInstanceOf(ThrottledError)
    expect(error).toMatchObject({ retryAfterMs: 42_000, scope: "minute" })
    await expect(provider.submit(upserts(3), US, credentials)).resolves.toMatchObject({ handle: "batch_1" })
  })

  it("lists remote ids across bookmark pages", async () => {
    server = await startPinterestServer({ existing: Array.from({ length: 230 }, (_, i) => `p_${String(i).padStart(3, "0")}`), productGroupId: "pg_all" })
    const provider = new PinterestCatalogProvider({ baseUrl: `${server.url}/v5`, pageSize: 100 })
    const pages = await collect(provider.listRemoteIds(US, credentials))
    expect(pages.map((p) => p.length)).toEqual([100, 100, 30])
    expect(new Set(pages.flat()).size).toBe(230)
  })
})

describe("Pinterest provider signing in with a refresh token", () => {
  let server: PinterestServer
  afterEach(() => server?.close())
  const app = { clientId: "1484000", clientSecret: "app-secret" }
  const signIn = { client_id: app.clientId, client_secret: app.clientSecret }

  it("refreshes with the app's Basic credentials and stores the new refresh token before using it", async () => {
    const clock = fakeClock(Date.parse("2026-12-01T08:00:00Z"))
    server = await startPinterestServer({ now: clock.now, oauth: { ...app, refreshTokens: ["pinr.start"] } })
    const log: string[] = []
    const stored: { key: string; previous: string; value: string }[] = []
    const tracing: typeof fetch = (url, init) => {
      if (String(url).includes("/catalogs/")) log.push("api")
      return fetch(url, init)
    }
    const tokens = new AccessTokenCache()
    const provider = new PinterestCatalogProvider({
      baseUrl: `${server.url}/v5`,
      fetch: tracing,
      now: clock.now,
      tokens,
      onCredentialRotated: async (r) => {
        log.push("stored")
        stored.push(r)
      },
    })
    const credentials = { ...signIn, refresh_token: "pinr.start" }
    await provider.submit(upserts(2), US, credentials)

    const [request] = server.tokenRequests()
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from("1484000:app-secret").toString("base64")}`)
    expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({ grant_type: "refresh_token", refresh_token: "pinr.start", continuous_refresh: "true" })
    expect(stored).toEqual([{ key: "refresh_token", previous: "pinr.start", value: [...server.refreshTokens][0] }])
    expect(log).toEqual(["stored", "api"])
    expect(server.refreshTokens.has("pinr.start")).toBe(false)

    // Thirty days on, the access token is renewed, with the refresh token Pinterest gave last.
    clock.advance(30 * 86_400_000 - 60_000)
    await provider.submit(upserts(1), US, credentials)
    expect(server.tokenRequests().map((r) => new URLSearchParams(r.body).get("refresh_token"))).toEqual(["pinr.start", stored[0].value])
    expect(stored).toHaveLength(2)
    expect(server.tokens.refused).toBe(0)

    // The next run opens the channel with the stored refresh token: the process's token serves it.
    const nextRun = new PinterestCatalogProvider({ baseUrl: `${server.url}/v5`, now: clock.now, tokens })
    await nextRun.submit(upserts(1), US, { ...signIn, refresh_token: stored[1].value })
    expect(server.tokenRequests()).toHaveLength(2)
  })

  it("a refresh token Pinterest no longer takes fails before anything is sent, saying what to do", async () => {
    server = await startPinterestServer({ oauth: { ...app, refreshTokens: [] } })
    const provider = new PinterestCatalogProvider({ baseUrl: `${server.url}/v5`, tokens: new AccessTokenCache() })
    const error = await provider.submit(upserts(1), US, { ...signIn, refresh_token: "pinr.revoked" }).catch((e) => e)
    expect(error).toBeInstanceOf(CredentialsError)
    expect(error.message).toContain("Pinterest refused the refresh token (283: The authorization grant is invalid)")
    expect(error.message).toContain("connect the channel again")
    const wrongApp = await provider.authorize({ ...signIn, client_secret: "nope", refresh_token: "pinr.x" }).catch((e) => e)
    expect(wrongApp.message).toContain("check the channel's client_id (your app id) and client_secret")
    expect(server.received.filter((r) => r.path.includes("/catalogs/"))).toHaveLength(0)
  })

  it("a plain access token Pinterest refuses: the message says how to stop it expiring", async () => {
    server = await startPinterestServer()
    const provider = new PinterestCatalogProvider({ baseUrl: `${server.url}/v5`, tokens: new AccessTokenCache() })
    const error = await provider.submit(upserts(1), US, { access_token: "thirty-days-old" }).catch((e) => e)
    expect(error).toBeInstanceOf(CredentialsError)
    expect(error.message).toContain("Pinterest access tokens last 30 days: store client_id, client_secret and refresh_token")
  })
})
