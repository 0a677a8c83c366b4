import { fileKeyCandidates } from "./card-source"

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
})
