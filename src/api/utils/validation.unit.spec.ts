import { z } from "@medusajs/framework/zod"
import { formatIssues } from "./validation"

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
