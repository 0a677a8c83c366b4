import fc from "fast-check"
import { backoffMs, metaProvider, normalizeEmail, normalizePhone, pinterestProvider, sha256, tiktokProvider, type PurchaseEvent } from "."

const event: PurchaseEvent = {
  event_id: "order_01ABC",
  order_id: "order_01ABC",
  event_time: 1780000000,
  currency: "eur",
  value: "59.9",
  contents: [{ id: "prod_1", quantity: 2, item_price: "29.95" }],
  email_sha256: sha256("buyer@example.com"),
  phone_digits_sha256: sha256("33612345678"),
  phone_e164_sha256: sha256("+33612345678"),
  external_id_sha256: sha256("cus_1"),
  click_ids: { fbclid: "IwAR2F4-dbP0l7Mn1IawQQ", ttclid: "E.C.P.AbC", epik: "dj0yJnU9b2JD" },
  click_time_ms: 1779990000123,
  event_source_url: "https://shop.example.com/products/mug",
}

describe("normalisation", () => {
  it("lower-cases and trims emails before hashing", () => {
    expect(normalizeEmail("  Buyer@Example.COM ")).toBe("buyer@example.com")
    expect(normalizeEmail("not an email")).toBeNull()
    expect(sha256("buyer@example.com")).toMatch(/^[0-9a-f]{64}$/)
  })

  it("keeps only international phone numbers, as digits and E.164", () => {
    expect(normalizePhone("+33 6 12-34-56-78")).toEqual({ digits: "33612345678", e164: "+33612345678" })
    expect(normalizePhone("0033 (6) 12 34 56 78")).toEqual({ digits: "33612345678", e164: "+33612345678" })
    expect(normalizePhone("06 12 34 56 78")).toBeNull()
    expect(normalizePhone("+1 (555) 010-9999")).toEqual({ digits: "15550109999", e164: "+15550109999" })
  })

  it("never yields anything but digits (property)", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const p = normalizePhone(`+${s}`)
        return p === null || (/^\d{7,15}$/.test(p.digits) && p.e164 === `+${p.digits}`)
      })
    )
  })

  it("backs off exponentially with jitter, capped at 6 hours", () => {
    expect(backoffMs(1, () => 0)).toBe(15_000)
    expect(backoffMs(1, () => 1)).toBe(30_000)
    expect(backoffMs(3, () => 1)).toBe(120_000)
    expect(backoffMs(30, () => 1)).toBe(6 * 60 * 60 * 1000)
  })
})

describe("Meta Conversions API payload", () => {
  const req = metaProvider.buildRequest(event, { pixelId: "123", accessToken: "tok", apiVersion: "v21.0" })
  const e = (req.body as any).data[0]
  it("posts a Purchase to /{version}/{pixel}/events with the order id as event_id", () => {
    expect(req.url).toBe("https://graph.facebook.com/v21.0/123/events")
    expect(e).toMatchObject({ event_name: "Purchase", event_id: "order_01ABC", event_time: 1780000000 })
    expect(e.custom_data).toMatchObject({ currency: "EUR", value: 59.9, content_ids: ["prod_1"], num_items: 2 })
  })
  it("hashes em/ph/external_id and builds fbc from the untouched fbclid", () => {
    expect(e.user_data.em).toEqual([sha256("buyer@example.com")])
    expect(e.user_data.ph).toEqual([sha256("33612345678")])
    expect(e.user_data.fbc).toBe("fb.1.1779990000123.IwAR2F4-dbP0l7Mn1IawQQ")
  })
  it("reads errors: transient codes retry, others do not", () => {
    expect(metaProvider.interpretResponse(200, { events_received: 1, fbtrace_id: "x" }, {})).toEqual({ ok: true })
    expect(metaProvider.interpretResponse(400, { error: { code: 100, message: "Invalid parameter" } }, {})).toMatchObject({ ok: false, retryable: false })
    expect(metaProvider.interpretResponse(400, { error: { code: 17, message: "User request limit reached" } }, {})).toMatchObject({ ok: false, retryable: true })
    expect(metaProvider.interpretResponse(503, null, { "retry-after": "7" })).toMatchObject({ retryable: true, retryAfterMs: 7000 })
  })
})

describe("TikTok Events API payload", () => {
  const req = tiktokProvider.buildRequest(event, { pixelCode: "PIX", accessToken: "tok" })
  const body = req.body as any
  it("posts to /open_api/v1.3/event/track/ with the Access-Token header", () => {
    expect(req.url).toBe("https://business-api.tiktok.com/open_api/v1.3/event/track/")
    expect(req.headers["Access-Token"]).toBe("tok")
    expect(body).toMatchObject({ event_source: "web", event_source_id: "PIX" })
    expect(body.data[0]).toMatchObject({ event: "Purchase", event_id: "order_01ABC" })
  })
  it("hashes email and the E.164 phone, keeps ttclid as received", () => {
    expect(body.data[0].user).toMatchObject({ email: sha256("buyer@example.com"), phone: sha256("+33612345678"), ttclid: "E.C.P.AbC" })
  })
  it("reads HTTP 200 bodies with an error code", () => {
    expect(tiktokProvider.interpretResponse(200, { code: 0, message: "OK" }, {})).toEqual({ ok: true })
    expect(tiktokProvider.interpretResponse(200, { code: 40100, message: "Too many requests" }, {})).toMatchObject({ retryable: true })
    expect(tiktokProvider.interpretResponse(200, { code: 40002, message: "Invalid param" }, {})).toMatchObject({ retryable: false })
  })
})

describe("Pinterest Conversions API payload", () => {
  const req = pinterestProvider.buildRequest(event, { adAccountId: "549755885175", accessToken: "tok", test: true })
  const e = (req.body as any).data[0]
  it("posts a checkout to /v5/ad_accounts/{id}/events with a bearer token", () => {
    expect(req.url).toBe("https://api.pinterest.com/v5/ad_accounts/549755885175/events?test=true")
    expect(req.headers.authorization).toBe("Bearer tok")
    expect(e).toMatchObject({ event_name: "checkout", action_source: "web", event_id: "order_01ABC" })
    expect(e.custom_data.value).toBe("59.9")
  })
  it("sends hashed em/ph and the epik as click_id", () => {
    expect(e.user_data).toMatchObject({ em: [sha256("buyer@example.com")], ph: [sha256("33612345678")], click_id: "dj0yJnU9b2JD" })
  })
  it("needs an email", () => {
    expect(pinterestProvider.canSend({ ...event, email_sha256: null })).toMatch(/em/)
  })
  it("reads per-event failures and error codes", () => {
    expect(pinterestProvider.interpretResponse(200, { num_events_received: 1, num_events_processed: 1, events: [{ status: "processed" }] }, {})).toEqual({ ok: true })
    expect(pinterestProvider.interpretResponse(200, { events: [{ status: "failed", error_message: "bad" }] }, {})).toMatchObject({ ok: false, retryable: false })
    expect(pinterestProvider.interpretResponse(429, { code: 8, message: "rate limit" }, {})).toMatchObject({ retryable: true })
    expect(pinterestProvider.interpretResponse(401, { code: 2, message: "Authentication failed." }, {})).toMatchObject({ retryable: false })
  })
})
