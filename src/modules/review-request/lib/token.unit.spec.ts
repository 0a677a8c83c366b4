import { signReviewToken, verifyReviewToken } from "./token"

const SECRET = "a-test-secret-of-some-length"
const item = "rrqi_01JABCDEFGHJKMNPQRSTVWXYZ0"
const now = new Date("2026-06-01T12:00:00Z")
const later = new Date("2026-07-31T12:00:00Z")

describe("review request tokens", () => {
  it("verifies a token it signed, with its item and expiry", () => {
    const token = signReviewToken(SECRET, { item_id: item, expires_at: later })
    expect(verifyReviewToken(SECRET, token, now)).toEqual({ ok: true, item_id: item, expires_at: later })
    expect(token).toMatch(/^rrqi_[0-9A-Z]+\.[0-9a-z]+\.[A-Za-z0-9_-]{24}$/)
  })

  it("refuses a token signed with another secret, or with its item or expiry changed", () => {
    const token = signReviewToken(SECRET, { item_id: item, expires_at: later })
    expect(verifyReviewToken("another-secret-of-some-length", token, now)).toEqual({ ok: false, reason: "forged" })
    const [, exp, sig] = token.split(".")
    expect(verifyReviewToken(SECRET, `rrqi_01JABCDEFGHJKMNPQRSTVWXYZ1.${exp}.${sig}`, now)).toEqual({ ok: false, reason: "forged" })
    const longer = (parseInt(exp, 36) + 86_400 * 365).toString(36)
    expect(verifyReviewToken(SECRET, `${item}.${longer}.${sig}`, now)).toEqual({ ok: false, reason: "forged" })
    expect(verifyReviewToken(SECRET, `${item}.${exp}.${sig.slice(0, -2)}`, now)).toEqual({ ok: false, reason: "forged" })
  })

  it("refuses an expired token, at its expiry second too", () => {
    const token = signReviewToken(SECRET, { item_id: item, expires_at: later })
    expect(verifyReviewToken(SECRET, token, later)).toEqual({ ok: false, reason: "expired" })
    expect(verifyReviewToken(SECRET, token, new Date(later.getTime() + 1000))).toEqual({ ok: false, reason: "expired" })
  })

  it("calls anything not shaped like a token malformed", () => {
    for (const bad of ["", "abc", "a.b.c", `${item}.zz`, `prev_01ABCDEFGHJK.${"1".repeat(5)}.abc`, `${item}.1.2.3`, "x".repeat(500)]) {
      expect(verifyReviewToken(SECRET, bad, now)).toEqual({ ok: false, reason: "malformed" })
    }
  })

  it("refuses to sign for something that is not a request item", () => {
    expect(() => signReviewToken(SECRET, { item_id: "prod_01", expires_at: later })).toThrow(/not a review request item/)
  })
})
