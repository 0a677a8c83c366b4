import fc from "fast-check"
import { landingKey, landingTouch, parseConsent, TRACKED_KEYS } from "./landing"
import { errorText } from "./errors"
import { readCookie } from "./visitor"

describe("landing parsing", () => {
  it("keeps UTM, click ids (exact case), share and referral codes, the landing path and a foreign referrer", () => {
    const touch = landingTouch(
      "https://shop.test/products/mug?utm_source=facebook&utm_campaign=summer&fbclid=IwAR2F4-dbP0&ScCid=AbC&sc=abcd1234&ref=REF-7K3M&color=red",
      "https://l.facebook.com/"
    )
    expect(touch).toEqual({
      utm_source: "facebook",
      utm_campaign: "summer",
      fbclid: "IwAR2F4-dbP0",
      ScCid: "AbC",
      sc: "abcd1234",
      ref: "REF-7K3M",
      referrer: "https://l.facebook.com/",
      landing_path: "/products/mug?utm_source=facebook&utm_campaign=summer&fbclid=IwAR2F4-dbP0&ScCid=AbC&sc=abcd1234&ref=REF-7K3M&color=red",
    })
  })

  it("records nothing for an internal navigation without tracked parameters", () => {
    expect(landingTouch("https://shop.test/cart?x=1", "https://shop.test/products/mug")).toBeNull()
    expect(landingTouch("https://shop.test/", "")).toBeNull()
    expect(landingTouch("not a url")).toBeNull()
  })

  it("records a visit from another site even without parameters (organic search)", () => {
    expect(landingTouch("https://shop.test/", "https://www.google.com/")).toEqual({ referrer: "https://www.google.com/", landing_path: "/" })
  })

  it("drops values the server would refuse instead of losing the whole landing to a 400", () => {
    const touch = landingTouch(`https://shop.test/?sc=<script>&ref=a&utm_source=${"x".repeat(300)}&gclid=ok1&fbclid=has%20space`, "javascript:alert(1)")
    expect(touch).toEqual({ gclid: "ok1", landing_path: expect.any(String) })
  })

  it("never sends a field the touches route does not know, whatever the URL", () => {
    const allowed = new Set<string>([...TRACKED_KEYS, "referrer", "landing_path"])
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...TRACKED_KEYS, "foo", "utm_x"), fc.string()), fc.webUrl(), (params, referrer) => {
        const url = new URL("https://shop.test/p")
        for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v)
        const touch = landingTouch(url.href, referrer)
        if (!touch) return
        for (const [k, v] of Object.entries(touch)) {
          expect(allowed.has(k)).toBe(true)
          expect(typeof v).toBe("string")
          expect((v as string).length).toBeGreaterThan(0)
        }
      })
    )
  })

  it("gives the same key to the same landing, whatever the parameter order", () => {
    const a = landingTouch("https://shop.test/?utm_source=x&sc=abcd1234")!
    const b = landingTouch("https://shop.test/other?sc=abcd1234&utm_source=x")!
    expect(landingKey(a)).toBe(landingKey(b))
    expect(landingKey(a)).not.toBe(landingKey(landingTouch("https://shop.test/?utm_source=y&sc=abcd1234")!))
  })

  it("reads consent values and treats anything else as not given", () => {
    expect(parseConsent("Granted")).toBe("granted")
    expect(parseConsent("denied")).toBe("denied")
    expect(parseConsent("pending")).toBeNull()
    expect(parseConsent(null)).toBeNull()
  })
})

describe("error text and cookies", () => {
  it("strips the field prefix from a 400 to show the message under the field", () => {
    expect(errorText("Invalid request: body: must be at least 10 characters")).toBe("must be at least 10 characters")
    expect(errorText("photos.0: is not an image")).toBe("is not an image")
    expect(errorText("Only customers who bought this product can review it")).toBe("Only customers who bought this product can review it")
  })

  it("reads a cookie by exact name", () => {
    expect(readCookie("a=1; _social_vid=v_abc123456; b=2", "_social_vid")).toBe("v_abc123456")
    expect(readCookie("x_social_vid=nope", "_social_vid")).toBeNull()
  })
})
