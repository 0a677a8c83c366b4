import { z } from "@medusajs/framework/zod"
import { formatIssues, nulPath } from "./validation"

describe("formatIssues", () => {
  const schema = z
    .object({ url: z.url({ error: "must be a URL" }), nested: z.object({ color: z.string().regex(/^#/, "must be a hex colour") }).strict() })
    .strict()

  it("names the field of every issue, nested ones by their path", () => {
    const result = schema.safeParse({ url: "nope", nested: { color: "red" } })
    expect(formatIssues(result.error!.issues)).toBe("url: must be a URL; nested.color: must be a hex colour")
  })

  it("lists unknown fields with their path", () => {
    const result = schema.safeParse({ url: "https://x.example", nested: { color: "#fff", extra: 1 }, other: 2 })
    expect(formatIssues(result.error!.issues)).toBe("Unrecognized fields: 'nested.extra'; Unrecognized fields: 'other'")
  })
})

describe("nulPath", () => {
  it("names the first field holding a NUL character, nested and in arrays", () => {
    expect(nulPath({ a: "ok", b: { c: ["x", "y\u0000"] } })).toBe("b.c.1")
    expect(nulPath({ ["ke\u0000y"]: 1 })).toBe("key")
    expect(nulPath("\u0000")).toBe("")
  })

  it("finds nothing in clean values", () => {
    expect(nulPath({ a: "ok", b: [1, null, { c: "é😀" }] })).toBeNull()
    expect(nulPath(undefined)).toBeNull()
  })
})
