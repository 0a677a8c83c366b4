import fc from "fast-check"
import { XMLParser } from "fast-xml-parser"
import { parse } from "csv-parse/sync"
import type { NormalizedItem } from "../../../providers/catalog/types"
import { makeItem } from "../../../providers/catalog/__tests__/items"
import { currencyDecimals, formatPrice } from "./money"
import { gtinCheckDigit, isValidGtin } from "./gtin"
import { htmlToText, truncate } from "./text"
import { validateGroup, validateItem } from "./validate"
import { FEED_FORMATS, getFormatter } from "./formats"
import { contentHash, stableStringify } from "./hash"
import { decryptJson, encryptJson, encryptJsonV1, sealedVersion } from "../../../lib/crypto"
import { backoffDelayMs } from "./backoff"

/** The providers' test item, with the values these tests assert on. */
export function item(over: Partial<NormalizedItem> = {}): NormalizedItem {
  return makeItem("variant_1", {
    title: "Trail shirt",
    description: "A light shirt for long walks.",
    link: "https://shop.example.com/products/trail-shirt",
    image_link: "https://cdn.example.com/shirt.jpg",
    ...over,
  })
}

describe("money", () => {
  it("writes each currency's decimals", () => {
    expect(formatPrice(15, "usd")).toBe("15.00 USD")
    expect(formatPrice(1500, "JPY")).toBe("1500 JPY")
    expect(formatPrice(1.25, "KWD")).toBe("1.250 KWD")
    expect(formatPrice(1.005, "EUR")).toBe("1.01 EUR")
  })

  it("always has exactly the currency's number of decimals", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constantFrom("USD", "JPY", "KWD", "EUR"), (n, c) => {
        const [amount, code] = formatPrice(n, c).split(" ")
        const decimals = amount.includes(".") ? amount.split(".")[1].length : 0
        return code === c && decimals === currencyDecimals(c) && Math.abs(Number(amount) - n) <= 0.5 * 10 ** -currencyDecimals(c) + 1e-9
      })
    )
  })
})

describe("gtin", () => {
  it("accepts real GTINs and refuses a wrong check digit", () => {
    expect(isValidGtin("4006381333931")).toBe(true) // EAN-13
    expect(isValidGtin("036000291452")).toBe(true) // UPC-A
    expect(isValidGtin("96385074")).toBe(true) // EAN-8
    expect(isValidGtin("4006381333932")).toBe(false)
    expect(isValidGtin("12345")).toBe(false)
    expect(isValidGtin("00000000")).toBe(false)
    expect(isValidGtin("40063813339a1")).toBe(false)
  })

  it("finds exactly one check digit for any body, and no other digit passes", () => {
    fc.assert(
      fc.property(fc.constantFrom(7, 11, 12, 13), fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 13, maxLength: 13 }), (len, first, rest) => {
        const body = [first, ...rest].slice(0, len).join("")
        const good = body + gtinCheckDigit(body)
        const bad = body + ((gtinCheckDigit(body) + 1) % 10)
        return isValidGtin(good) && !isValidGtin(bad)
      })
    )
  })
})

describe("htmlToText", () => {
  it("removes tags and scripts, decodes entities, keeps paragraphs", () => {
    expect(htmlToText("<p>Soft &amp; <b>warm</b></p><p>Wash at 30&deg;</p><script>alert(1)</script>")).toBe(
      "Soft & warm\nWash at 30&deg;"
    )
    expect(htmlToText("<ul><li>One</li><li>Two</li></ul>")).toBe("• One\n• Two")
    expect(htmlToText("Caf&#233; &#x263A;")).toBe("Café ☺")
  })

  it("never leaves a tag behind", () => {
    fc.assert(fc.property(fc.string(), (s) => !/<[a-z!/]/i.test(htmlToText(s))))
  })

  it("truncates on a word with an ellipsis", () => {
    const t = truncate("word ".repeat(100), 50)
    expect(Array.from(t).length).toBeLessThanOrEqual(50)
    expect(t.endsWith("…")).toBe(true)
  })
})

describe("validateItem", () => {
  it("passes a complete item on every destination", () => {
    for (const d of ["google", "meta", "pinterest", "tiktok"] as const) {
      expect(validateItem(d, item()).errors).toEqual([])
    }
  })

  it("names each problem", () => {
    const codes = (d: any, over: Partial<NormalizedItem>) => validateItem(d, item(over)).errors.map((e) => e.code)
    expect(codes("google", { image_link: "/static/shirt.jpg" })).toContain("invalid_image_link")
    expect(codes("google", { image_link: null })).toContain("missing_image_link")
    expect(codes("google", { gtin: "4006381333932" })).toContain("invalid_gtin")
    expect(codes("google", { title: "x".repeat(151) })).toContain("title_too_long")
    expect(codes("meta", { title: "x".repeat(151) })).toEqual([])
    expect(codes("meta", { brand: null })).toContain("missing_brand")
    expect(codes("google", { brand: null, gtin: "4006381333931" })).toEqual([])
    expect(codes("google", { brand: null })).toContain("missing_brand_or_identifier")
    expect(codes("google", { price: null as any })).toContain("missing_price")
    expect(codes("google", { price: { amount: 10.5, currency_code: "JPY" } })).toContain("invalid_price")
    expect(codes("google", { sale_price: { amount: 20, currency_code: "USD" } })).toContain("sale_price_not_lower")
    expect(codes("google", { description: "<p>Hi</p>" })).toContain("description_html")
    expect(codes("google", { gender: "men" })).toContain("invalid_gender")
  })

  it("wants a group's variant attributes on every variant", () => {
    const issues = validateGroup([item({ id: "a" }), item({ id: "b", size: null }), item({ id: "c", color: "" })])
    expect([...issues.keys()]).toEqual(["b", "c"])
    expect(issues.get("b")![0]).toMatchObject({ code: "missing_variant_attribute", field: "size" })
  })
})

describe("feed formats", () => {
  const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false })
  const items = [
    item(),
    item({ id: "variant_2", size: "L", availability: "out_of_stock", quantity: 0, title: 'Shirt "L" & <more>', gtin: "4006381333931" }),
    item({ id: "variant_3", price: { amount: 1500, currency_code: "JPY" }, availability: "backorder", additional_image_links: ["https://cdn.example.com/a.jpg", "https://cdn.example.com/b.jpg"] }),
  ]
  const meta = { title: "Shop", link: "https://shop.example.com", description: "All" }
  const write = (key: any) => {
    const f = getFormatter(key)
    return f.header(meta) + items.map((i) => f.row(i)).join("") + f.footer()
  }

  it("writes Google RSS 2.0 with the g: namespace and Google's words", () => {
    const doc = xml.parse(write("google_xml"))
    expect(doc.rss["@_version"]).toBe("2.0")
    expect(doc.rss["@_xmlns:g"]).toBe("http://base.google.com/ns/1.0")
    const rows = doc.rss.channel.item
    expect(rows.map((r: any) => r["g:availability"])).toEqual(["in_stock", "out_of_stock", "backorder"])
    expect(rows.map((r: any) => r["g:price"])).toEqual(["15.00 USD", "15.00 USD", "1500 JPY"])
    expect(rows[1]["g:title"]).toBe('Shirt "L" & <more>')
    expect(rows[0]["g:identifier_exists"]).toBe("no")
    expect(rows[1]["g:gtin"]).toBe("4006381333931")
    expect(rows[2]["g:additional_image_link"]).toHaveLength(2)
    expect(rows.every((r: any) => r["g:item_group_id"] === "prod_1" && r["g:color"] === "Blue")).toBe(true)
  })

  it("writes Meta and Pinterest XML with their availability words", () => {
    const m = xml.parse(write("meta_xml")).rss.channel.item
    expect(m.map((r: any) => r["g:availability"])).toEqual(["in stock", "out of stock", "available for order"])
    expect(m[1]["g:quantity_to_sell_on_facebook"]).toBe("0")
    const p = xml.parse(write("pinterest_xml")).rss.channel.item
    expect(p.map((r: any) => r["g:availability"])).toEqual(["in stock", "out of stock", "preorder"])
  })

  it("writes Meta and TikTok CSV that a CSV parser reads back", () => {
    const m = parse<Record<string, string>>(write("meta_csv"), { columns: true })
    expect(m).toHaveLength(3)
    expect(m[1]).toMatchObject({ id: "variant_2", title: 'Shirt "L" & <more>', availability: "out of stock", price: "15.00 USD" })
    expect(m[2].additional_image_link).toBe("https://cdn.example.com/a.jpg,https://cdn.example.com/b.jpg")
    const t = parse<Record<string, string>>(write("tiktok_csv"), { columns: true })
    expect(t[0]).toMatchObject({ sku_id: "variant_1", availability: "in stock", brand: "Acme", item_group_id: "prod_1" })
    expect(t[2].price).toBe("1500 JPY")
  })

  it("writes no CSV cell a spreadsheet would run as a formula, and keeps what shoppers read", () => {
    const cells = (key: "meta_csv" | "tiktok_csv", over: Record<string, unknown>) => {
      const f = getFormatter(key)
      return parse<Record<string, string>>(f.header(meta) + f.row(item(over)), { columns: true })[0]
    }
    const attacks = ['=HYPERLINK("https://evil.example","x")', "+1+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\t=1+1", "\r=1+1", "  =1+1"]
    for (const key of ["meta_csv", "tiktok_csv"] as const) {
      for (const title of attacks) {
        const row = cells(key, { title, description: title, brand: title })
        for (const cell of [row.title, row.description, row.brand]) expect([title, cell]).toEqual([title, expect.not.stringMatching(/^[=+\-@\t\r]/)])
      }
      // What a shopper reads stays: a leading hyphen is a hyphen that looks the same.
      const row = cells(key, { title: "-20% Trail Jacket", description: "- light\n- warm" })
      expect([row.title, row.description]).toEqual(["\u201020% Trail Jacket", "\u2010 light\n- warm"])
      expect(cells(key, { title: "=Shirt" }).title).toBe("'=Shirt")
      expect(cells(key, { title: " Shirt " }).title).toBe(" Shirt ")
      // Prices and ids, which the plugin formats, are untouched.
      expect(cells(key, {}).price).toBe("15.00 USD")
    }
  })

  it("produces well-formed output for any text", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, description) => {
        for (const key of FEED_FORMATS) {
          const f = getFormatter(key)
          const out = f.header(meta) + f.row(item({ title, description })) + f.footer()
          if (f.extension === "xml") xml.parse(out, true)
          else if (parse(out, { columns: true, relax_column_count: false }).length !== 1) return false
        }
        return true
      }),
      { numRuns: 200 }
    )
  })
})

describe("hash, crypto, backoff", () => {
  it("hashes the same content the same regardless of key order", () => {
    expect(contentHash({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(contentHash({ b: [1, { d: 3, c: 2 }], a: 1 }))
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }))
  })

  it("keeps the hashes stored by earlier releases: same canonical text, same hash", () => {
    const item = { id: "variant_1", title: "Tee - M", price: { currency_code: "USD", amount: 15 }, sale_price: null, custom_labels: ["a", null], quantity: undefined, description: 'Tee "soft" & <light>', additional_image_links: [] }
    const canonical = '{"additional_image_links":[],"custom_labels":["a",null],"description":"Tee \\"soft\\" & <light>","id":"variant_1","price":{"amount":15,"currency_code":"USD"},"sale_price":null,"title":"Tee - M"}'
    expect(stableStringify(item)).toBe(canonical)
    // Computed by the release before the one-pass serializer: a change here re-sends every item once.
    expect(contentHash(item)).toBe("Tkewk45S_os25Hgrfd05G_w2QFChiszl")
    // Another object of the same key count but other keys is not read with the first one's order.
    expect(stableStringify({ z: 1, y: 2, x: 3, w: 4, v: 5, u: 6, t: 7 })).toBe('{"t":7,"u":6,"v":5,"w":4,"x":3,"y":2,"z":1}')
    expect(stableStringify({ a: { b: 1, a: [2, { d: undefined, c: 3 }] } })).toBe('{"a":{"a":[2,{"c":3}],"b":1}}')
  })

  it("round-trips credentials and refuses another key, another channel or a tampered value", () => {
    const secret = "a secret long enough"
    const sealed = encryptJson({ access_token: "EAAB..." }, secret, "scch_1")
    expect(sealed).not.toContain("EAAB")
    expect(sealedVersion(sealed)).toBe("v2")
    expect(decryptJson(sealed, secret, "scch_1")).toEqual({ access_token: "EAAB..." })
    expect(() => decryptJson(sealed, "another secret value", "scch_1")).toThrow()
    // Bound to its channel (GCM additional data): copied onto another channel's row it does not open.
    expect(() => decryptJson(sealed, secret, "scch_2")).toThrow()
    const parts = sealed.split(".")
    parts[4] = Buffer.from("tampered").toString("base64url")
    expect(() => decryptJson(parts.join("."), secret, "scch_1")).toThrow()
    // A salt of its own per value: the same credentials sealed twice share no key and no bytes.
    const again = encryptJson({ access_token: "EAAB..." }, secret, "scch_1")
    expect(again.split(".")[1]).not.toBe(parts[1])
  })

  it("still opens values sealed in the v1 format (before key derivation and channel binding)", () => {
    for (const secret of ["a secret long enough", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"]) {
      const old = encryptJsonV1({ refresh_token: "rt" }, secret)
      expect(sealedVersion(old)).toBe("v1")
      expect(decryptJson(old, secret, "any_channel")).toEqual({ refresh_token: "rt" })
      expect(() => decryptJson(old, "another secret value", "any_channel")).toThrow()
    }
    // A value the previous release wrote (its own code, run once): it must keep opening.
    const written = "v1._T0-QGVxCSDWrkug.yMGDVQ3q6vFXzeTdYPkbDQ.RBkwF8F5ZPUUB6ZdU-ihRbd34qkmGY9cHe1y"
    expect(decryptJson(written, "a secret long enough", "scch_any")).toEqual({ access_token: "EAAB-old" })
    expect(() => decryptJson("v3.a.b.c", "a secret long enough", "c")).toThrow("not in a known sealed format")
  })

  it("backs off exponentially with jitter and never below what the platform asked", () => {
    expect(backoffDelayMs(1, { random: () => 0 })).toBe(15_000)
    expect(backoffDelayMs(3, { random: () => 1 })).toBe(120_000)
    expect(backoffDelayMs(1, { random: () => 0, minMs: 60_000 })).toBe(60_000)
    fc.assert(fc.property(fc.integer({ min: 1, max: 50 }), (a) => backoffDelayMs(a) <= 6 * 3600_000))
  })
})
