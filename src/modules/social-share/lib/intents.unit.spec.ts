import { fitXText, shareIntentUrl, toHashtags, INTENT_NETWORKS } from "./intents"

const input = {
  url: "https://api.shop.example/s/AbCdEfGh12",
  title: `Tee & "Co" #1?`,
  text: "Tee & Co – 12,50 € ?x=1#frag",
  pinImageUrl: "https://api.shop.example/social/cards/prod_1/pin.png?currency_code=eur",
  hashtags: ["Summer Sale", "tee", "123", "Été"],
}

describe("shareIntentUrl", () => {
  it.each(INTENT_NETWORKS)("%s: every value is encoded and reads back unchanged", (network) => {
    const href = shareIntentUrl(network, input)
    const url = new URL(href)
    const params = url.searchParams
    // No raw space, quote or fragment can leak out of a parameter.
    expect(href).not.toMatch(/[ "#]/)
    expect(url.hash).toBe("")
    const values = [...params.values()].join("\n")
    if (network !== "linkedin" && network !== "facebook") {
      expect(values).toContain(network === "reddit" || network === "email" ? input.title : "Tee & Co")
    }
    expect(values).toContain(input.url)
  })

  it("builds each network's documented intent", () => {
    expect(shareIntentUrl("facebook", input)).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(input.url)}`)
    expect(shareIntentUrl("linkedin", input)).toBe(
      `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(input.url)}`
    )
    const pin = new URL(shareIntentUrl("pinterest", input))
    expect(pin.origin + pin.pathname).toBe("https://www.pinterest.com/pin/create/button/")
    expect(pin.searchParams.get("media")).toBe(input.pinImageUrl)
    expect(pin.searchParams.get("description")).toBe(input.text)
    const wa = new URL(shareIntentUrl("whatsapp", input))
    expect(wa.searchParams.get("text")).toBe(`${input.text} ${input.url}`)
    const tg = new URL(shareIntentUrl("telegram", input))
    expect(tg.origin + tg.pathname).toBe("https://t.me/share/url")
    const reddit = new URL(shareIntentUrl("reddit", input))
    expect(reddit.searchParams.get("title")).toBe(input.title)
    const x = new URL(shareIntentUrl("x", { ...input, via: "@shop" }))
    expect(x.origin + x.pathname).toBe("https://twitter.com/intent/tweet")
    expect(x.searchParams.get("hashtags")).toBe("SummerSale,tee,Été")
    expect(x.searchParams.get("via")).toBe("shop")
  })

  it("writes mailto spaces as %20, never +", () => {
    const href = shareIntentUrl("email", input)
    expect(href.startsWith("mailto:?subject=")).toBe(true)
    expect(href).not.toContain("+")
    const body = decodeURIComponent(href.split("body=")[1])
    expect(body).toBe(`${input.text}\n\n${input.url}`)
  })
})

describe("X text", () => {
  it("fits text, link and hashtags in 280 characters", () => {
    const tags = ["a", "bb"]
    const text = fitXText("x".repeat(400), tags)
    expect([...text].length + 23 + 1 + tags.reduce((n, t) => n + t.length + 2, 0)).toBeLessThanOrEqual(280)
    expect(text.endsWith("…")).toBe(true)
    expect(fitXText("short")).toBe("short")
  })

  it("keeps only valid, distinct hashtags", () => {
    expect(toHashtags(["a b", "a-b", "42", "ok_1", "x", "y"])).toEqual(["ab", "ok_1", "x"])
  })
})
