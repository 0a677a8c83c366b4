import { characterLength, checkPostText, hashtags, weightedLength } from "./text"

describe("weightedLength (X's counting)", () => {
  it("counts Latin text one per character and every URL as 23", () => {
    expect(weightedLength("Hello world")).toBe(11)
    expect(weightedLength("New: https://shop.example.com/products/trail-tee?utm_source=x&utm_medium=social")).toBe(5 + 23)
    expect(weightedLength("see shop.example.com/p/1 now")).toBe(4 + 23 + 4)
    expect(weightedLength("two http://a.io https://b.io")).toBe(4 + 23 + 1 + 23)
  })

  it("counts CJK characters and emoji as two, a composed accent as one", () => {
    expect(weightedLength("こんにちは")).toBe(10)
    expect(weightedLength("👍🏽")).toBe(2)
    expect(weightedLength("👨‍👩‍👧")).toBe(2)
    expect(weightedLength("cafe\u0301")).toBe(4)
  })

  it("puts the limit where X does: 280 Latin or 140 CJK", () => {
    expect(checkPostText("x", { text: "a".repeat(280) })).toEqual([])
    expect(checkPostText("x", { text: "a".repeat(281) })).toEqual([
      { field: "text", message: "is 281 characters as X counts them (a link is 23); x allows 280" },
    ])
    expect(checkPostText("x", { text: "字".repeat(140) })).toEqual([])
    expect(checkPostText("x", { text: "字".repeat(141) })[0].field).toBe("text")
    // A long URL does not push a post over: it is 23.
    expect(checkPostText("x", { text: `${"a".repeat(250)} https://example.com/${"p".repeat(200)}` })).toEqual([])
  })
})

describe("checkPostText", () => {
  it("holds Instagram to 2,200 characters and 30 hashtags", () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `#tag${i}x`).join(" ")
    expect(checkPostText("instagram", { text: `New in ${tags(30)}` })).toEqual([])
    expect(checkPostText("instagram", { text: `New in ${tags(31)}` })).toEqual([{ field: "text", message: "has 31 hashtags; instagram allows 30" }])
    expect(checkPostText("instagram", { text: "é".repeat(2201) })[0].message).toBe("is 2201 characters; instagram allows 2200")
  })

  it("holds Pinterest titles to 100 and descriptions to 500, and refuses a title where there is none", () => {
    expect(checkPostText("pinterest", { text: "d".repeat(500), title: "t".repeat(100) })).toEqual([])
    expect(checkPostText("pinterest", { text: "d".repeat(501), title: "t".repeat(101) }).map((p) => p.field)).toEqual(["text", "title"])
    expect(checkPostText("linkedin", { text: "ok", title: "A title" })).toEqual([{ field: "title", message: "linkedin posts have no title" }])
    expect(checkPostText("linkedin", { text: "l".repeat(3001) })[0].message).toBe("is 3001 characters; linkedin allows 3000")
  })

  it("refuses an empty text", () => {
    expect(checkPostText("facebook", { text: "  " })).toEqual([{ field: "text", message: "must not be empty" }])
  })
})

describe("hashtags and characters", () => {
  it("finds hashtags, not anchors, numbers alone or entities", () => {
    expect(hashtags("Spring #sale #Été2026 on shop.com/#top, #1 &#39;")).toEqual(["sale", "Été2026"])
    expect(characterLength("👍🏽é")).toBe(2)
  })
})
