import { generateShareCode, isShareCode, SHARE_CODE_LENGTH } from "./codes"
import { visitorKey } from "./visitor"

describe("share codes", () => {
  it("are URL-safe, long enough and do not repeat", () => {
    const codes = new Set(Array.from({ length: 5000 }, () => generateShareCode()))
    expect(codes.size).toBe(5000)
    for (const c of codes) {
      expect(c).toHaveLength(SHARE_CODE_LENGTH)
      expect(isShareCode(c)).toBe(true)
      expect(encodeURIComponent(c)).toBe(c)
    }
  })

  it("rejects malformed codes", () => {
    for (const bad of ["", "short", "abc/defgh", "..%2Fevil", "a".repeat(33), "abcdefgh?x", "//evil.example"]) {
      expect(isShareCode(bad)).toBe(false)
    }
  })
})

describe("visitorKey", () => {
  it("is stable, keyed by the secret, and does not contain the IP or user agent", () => {
    const a = visitorKey("s".repeat(16), { ip: "203.0.113.7", userAgent: "Firefox" })
    expect(a).toBe(visitorKey("s".repeat(16), { ip: "203.0.113.7", userAgent: "Firefox" }))
    expect(a).not.toBe(visitorKey("t".repeat(16), { ip: "203.0.113.7", userAgent: "Firefox" }))
    expect(a).not.toBe(visitorKey("s".repeat(16), { ip: "203.0.113.7", userAgent: "Firefox", cookie: "abc12345" }))
    expect(a).not.toContain("203")
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })
})
