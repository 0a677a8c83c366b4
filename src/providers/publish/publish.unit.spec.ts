import { expiresSoon, RENEW_MARGIN_MS } from "../../workflows/social-publish/lib/tokens"
import { appUsageFull, graphThrottleWaitMs } from "./graph"
import { retryAfterMs } from "./http"
import { littleText, organizationUrn } from "./linkedin"
import { privacyOf } from "./tiktok"

describe("publish providers' pure rules", () => {
  it("escapes LinkedIn's little-text markup so the commentary is posted whole", () => {
    expect(littleText("Tee (new) #sale @shop [x] {y} <z> a_b *c* ~d~ | \\ ok")).toBe(
      "Tee \\(new\\) \\#sale \\@shop \\[x\\] \\{y\\} \\<z\\> a\\_b \\*c\\* \\~d\\~ \\| \\\\ ok"
    )
    expect(littleText("Plain text, 12,50 € – https://shop.example/s/AbC9")).toBe("Plain text, 12,50 € – https://shop.example/s/AbC9")
    expect(organizationUrn("2414183")).toBe("urn:li:organization:2414183")
    expect(organizationUrn("urn:li:organization:1")).toBe("urn:li:organization:1")
  })

  it("picks TikTok's widest privacy the creator offers, public first", () => {
    expect(privacyOf(["SELF_ONLY", "PUBLIC_TO_EVERYONE"])).toBe("PUBLIC_TO_EVERYONE")
    expect(privacyOf(["SELF_ONLY", "FOLLOWER_OF_CREATOR"])).toBe("FOLLOWER_OF_CREATOR")
    expect(privacyOf(["SELF_ONLY"])).toBe("SELF_ONLY")
  })

  it("reads the waits the platforms name: Retry-After, Meta's minutes to regain access, X-App-Usage at 95%", () => {
    const now = Date.parse("2026-12-05T08:00:00Z")
    expect(retryAfterMs(new Headers({ "retry-after": "120" }), now)).toBe(120_000)
    expect(retryAfterMs(new Headers({ "retry-after": "Sat, 05 Dec 2026 08:05:00 GMT" }), now)).toBe(300_000)
    expect(retryAfterMs(new Headers(), now)).toBeNull()
    const usage = { "1010": [{ type: "pages", estimated_time_to_regain_access: 3 }, { type: "instagram", estimated_time_to_regain_access: 12 }] }
    expect(graphThrottleWaitMs(new Headers({ "x-business-use-case-usage": JSON.stringify(usage) }))).toBe(12 * 60_000)
    expect(graphThrottleWaitMs(new Headers({ "x-business-use-case-usage": "not json" }))).toBeNull()
    expect(appUsageFull(new Headers({ "x-app-usage": JSON.stringify({ call_count: 96, total_time: 10, total_cputime: 5 }) }))).toBe(true)
    expect(appUsageFull(new Headers({ "x-app-usage": JSON.stringify({ call_count: 40, total_time: 10, total_cputime: 5 }) }))).toBe(false)
  })

  it("renews a token shortly before it runs out, never one whose lifetime is unknown", () => {
    const now = Date.parse("2026-12-05T08:00:00Z")
    const at = (ms: number) => ({ access_token: "t", access_token_expires_at: new Date(now + ms).toISOString() })
    expect(expiresSoon(at(RENEW_MARGIN_MS - 1_000), now)).toBe(true)
    expect(expiresSoon(at(-1_000), now)).toBe(true)
    expect(expiresSoon(at(RENEW_MARGIN_MS + 60_000), now)).toBe(false)
    expect(expiresSoon({ access_token: "t" }, now)).toBe(false)
  })
})
