import { fileKeyCandidates, safeFileKey } from "./card-source"

describe("fileKeyCandidates", () => {
  it("reads the local provider's key after /static/", () => {
    expect(fileKeyCandidates("/static/1700000000-shoe.png")).toEqual(["1700000000-shoe.png"])
    expect(fileKeyCandidates("/static/products/shoe.png")).toEqual(["products/shoe.png"])
  })

  it("tries an S3 key with its folders, then path-style without the bucket, then the last segment", () => {
    expect(fileKeyCandidates("/products/2026/shoe.png")).toEqual(["products/2026/shoe.png", "2026/shoe.png", "shoe.png"])
    expect(fileKeyCandidates("/shoe.png")).toEqual(["shoe.png"])
    expect(fileKeyCandidates("/")).toEqual([])
  })

  it("never gives a key that leaves the public upload folder", () => {
    // decodeURIComponent has already turned %2e%2e%2f into ../ when the path gets here.
    expect(fileKeyCandidates("/static/../../etc/passwd")).toEqual([])
    expect(fileKeyCandidates("/static/private-1700000000-export.csv")).toEqual([])
    expect(fileKeyCandidates("/static/a/./b.png")).toEqual([])
    expect(fileKeyCandidates("/static//etc/passwd")).toEqual([])
    expect(fileKeyCandidates("/static/..\\..\\secret.png")).toEqual([])
    expect(fileKeyCandidates("/bucket/../private-x.png")).toEqual([])
    expect(fileKeyCandidates("/static/shoe.png\u0000.jpg")).toEqual([])
  })
})

describe("safeFileKey", () => {
  it.each(["shoe.png", "products/2026/shoe.png", "1700000000-a b.png"])("takes %s", (k) => expect(safeFileKey(k)).toBe(k))
  it.each(["", "/abs.png", "../x.png", "a/../../x.png", "private-x.png", "a\\b.png", "x".repeat(513)])("refuses %s", (k) =>
    expect(safeFileKey(k)).toBeNull()
  )
})
