import fc from "fast-check"
import { matchAlertWords, metaSignature, parseMetaWebhook, verifyMetaSignature } from "./inbox"

describe("verifyMetaSignature", () => {
  const body = Buffer.from(JSON.stringify({ object: "page", entry: [] }))
  it("accepts the HMAC-SHA256 of the raw body under any configured secret, and nothing else", () => {
    expect(verifyMetaSignature(body, metaSignature(body, "app-secret-2"), ["app-secret-1", "app-secret-2"])).toBe("valid")
    expect(verifyMetaSignature(body, metaSignature(body, "other-secret"), ["app-secret-1"])).toBe("invalid")
    expect(verifyMetaSignature(Buffer.from(body.toString() + " "), metaSignature(body, "app-secret-1"), ["app-secret-1"])).toBe("invalid")
    expect(verifyMetaSignature(body, undefined, ["app-secret-1"])).toBe("missing")
    expect(verifyMetaSignature(body, "sha1=abc", ["app-secret-1"])).toBe("invalid")
    expect(verifyMetaSignature(body, metaSignature(body, "app-secret-1"), [])).toBe("invalid")
  })
  it("refuses any signature but the right one (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (text, a, b) => {
        fc.pre(a !== b)
        expect(verifyMetaSignature(Buffer.from(text), metaSignature(text, a), [b])).toBe("invalid")
        expect(verifyMetaSignature(Buffer.from(text), metaSignature(text, a), [a])).toBe("valid")
      })
    )
  })
})

describe("parseMetaWebhook", () => {
  it("reads Page feed comments (add, edited, remove; a reply by its parent) and skips other feed items", () => {
    const changes = parseMetaWebhook({
      object: "page",
      entry: [
        {
          id: "1010",
          time: 1764900000,
          changes: [
            { field: "feed", value: { item: "comment", verb: "add", comment_id: "1010_5_1", post_id: "1010_5", parent_id: "1010_5", message: "Love it", from: { id: "77", name: "Ann" }, created_time: 1764900000 } },
            { field: "feed", value: { item: "comment", verb: "edited", comment_id: "1010_5_2", post_id: "1010_5", parent_id: "1010_5_1", message: "Me too", from: { id: "78", name: "Bo" } } },
            { field: "feed", value: { item: "comment", verb: "remove", comment_id: "1010_5_3", post_id: "1010_5", parent_id: "1010_5" } },
            { field: "feed", value: { item: "reaction", verb: "add", post_id: "1010_5" } },
          ],
        },
      ],
    })
    expect(changes).toEqual([
      expect.objectContaining({ network: "facebook", account_external_id: "1010", verb: "add", comment_id: "1010_5_1", platform_post_id: "1010_5", parent_id: null, author_name: "Ann", text: "Love it", commented_at: new Date(1764900000 * 1000) }),
      expect.objectContaining({ verb: "edited", comment_id: "1010_5_2", parent_id: "1010_5_1", text: "Me too" }),
      expect.objectContaining({ verb: "remove", comment_id: "1010_5_3" }),
    ])
  })
  it("reads Instagram comments and comment mentions; ignores what it does not know", () => {
    const changes = parseMetaWebhook({
      object: "instagram",
      entry: [
        {
          id: "17841400000",
          time: 1764900000,
          changes: [
            { field: "comments", value: { id: "1790001", text: "Price?", from: { id: "55", username: "ann.b" }, media: { id: "18000001" } } },
            { field: "mentions", value: { media_id: "18099999", comment_id: "1790009" } },
            { field: "mentions", value: { media_id: "18099998" } },
            { field: "story_insights", value: {} },
          ],
        },
      ],
    })
    expect(changes).toEqual([
      expect.objectContaining({ type: "comment", network: "instagram", comment_id: "1790001", platform_post_id: "18000001", parent_id: null, author_handle: "ann.b", text: "Price?" }),
      { type: "mention", account_external_id: "17841400000", comment_id: "1790009", media_id: "18099999" },
    ])
    for (const junk of [null, "x", 1, { object: "user" }, { object: "page", entry: "x" }, { object: "page", entry: [{ changes: [{}] }] }]) {
      expect(parseMetaWebhook(junk)).toEqual([])
    }
  })
})

describe("matchAlertWords", () => {
  it("matches whole words and phrases, case and accents aside", () => {
    expect(matchAlertWords("I want a REFUND now!", ["refund", "scam"])).toEqual(["refund"])
    expect(matchAlertWords("refunded already", ["refund"])).toEqual([])
    expect(matchAlertWords("Colis NOT   received yet", ["not received"])).toEqual(["not received"])
    expect(matchAlertWords("Je veux être remboursée", ["remboursee"])).toEqual(["remboursee"])
    expect(matchAlertWords("c'est une arnaque", ["Arnaque", " "])).toEqual(["Arnaque"])
    expect(matchAlertWords("a+b (c)", ["a+b", "(c)"])).toEqual(["a+b", "(c)"])
  })
  it("never throws and finds a word put in any text (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^[a-z]{1,10}$/), fc.string(), (before, word, after) => {
        expect(matchAlertWords(`${before} ${word} ${after}`, [word])).toEqual([word])
      })
    )
  })
})
