import { generateShareCode, isShareCode, SHARE_CODE_LENGTH } from "./codes"
import { visitorKey } from "./visitor"
import { isBotClick, isCrawler } from "./crawler"

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
  it("is stable, keyed by the secret, per network, and does not contain the IP or user agent", () => {
    const a = visitorKey("s".repeat(16), { ip: "203.0.113.7", userAgent: "Firefox" })
    expect(a).toBe(visitorKey("s".repeat(16), { ip: "203.0.113.7", userAgent: "Firefox" }))
    expect(a).not.toBe(visitorKey("t".repeat(16), { ip: "203.0.113.7", userAgent: "Firefox" }))
    // A cookie or another browser in the same network is the same visitor; another network is not.
    expect(a).toBe(visitorKey("s".repeat(16), { ip: "203.0.113.99", userAgent: "Chrome", cookie: "abc12345" }))
    expect(a).not.toBe(visitorKey("s".repeat(16), { ip: "203.0.114.7", userAgent: "Firefox" }))
    expect(a).not.toContain("203")
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })
})

describe("crawler detection", () => {
  it.each([
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Facebot",
    "Twitterbot/1.0",
    "Pinterest/0.2 (+https://www.pinterest.com/bot.html)",
    "WhatsApp/2.23.20.0 A",
    "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
    "TelegramBot (like TwitterBot)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_1) AppleWebKit/601.2.4 (KHTML, like Gecko) Version/9.0.1 Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0",
    "Mozilla/5.0 (Applebot/0.1; +http://www.apple.com/go/applebot)",
    "curl/8.0",
  ])("%s is a crawler", (ua) => {
    expect(isCrawler(ua)).toBe(true)
    expect(isBotClick(ua)).toBe(true)
  })

  it("people are not; a missing user agent counts as a bot click but is redirected", () => {
    const firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
    const iphone =
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"
    expect(isCrawler(firefox)).toBe(false)
    expect(isCrawler(iphone)).toBe(false)
    expect(isBotClick(firefox)).toBe(false)
    expect(isCrawler("")).toBe(false)
    expect(isBotClick(undefined)).toBe(true)
  })
})
