import { spawnSync } from "child_process"
import { readdirSync, readFileSync, statSync } from "fs"
import { join, relative, sep } from "path"
import { buildOpenApiDocument, defaultReviewOptions } from "./document"
import { createResponseValidator } from "./__tests__/validate-response"

const API = join(__dirname, "..")
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const

/** Every route file under src/api with the HTTP methods it exports, as OpenAPI paths. */
function routeFiles(dir = API): { path: string; methods: string[]; file: string }[] {
  const found: { path: string; methods: string[]; file: string }[] = []
  for (const name of readdirSync(dir)) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) {
      found.push(...routeFiles(full))
    } else if (name === "route.ts") {
      const source = readFileSync(full, "utf8")
      const methods = METHODS.filter((m) => new RegExp(`export\\s+(?:async\\s+function|const|function)\\s+${m}\\b`).test(source))
      const path = "/" + relative(API, dir).split(sep).map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/")
      found.push({ path, methods, file: relative(API, full) })
    }
  }
  return found
}

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument()
  const paths = doc.paths as Record<string, Record<string, any>>
  const routes = routeFiles()

  it("has an entry for every method every route file exports", () => {
    expect(routes.length).toBeGreaterThan(40)
    const missing = routes.flatMap((r) => r.methods.filter((m) => !paths[r.path]?.[m.toLowerCase()]).map((m) => `${m} ${r.path} (${r.file})`))
    expect(missing).toEqual([])
  })

  it("lists no route that does not exist", () => {
    const exported = new Set(routes.flatMap((r) => r.methods.map((m) => `${m.toLowerCase()} ${r.path}`)))
    const extra = Object.entries(paths).flatMap(([p, ops]) => Object.keys(ops).filter((m) => !exported.has(`${m} ${p}`)).map((m) => `${m} ${p}`))
    expect(extra).toEqual([])
  })

  it("says who may call each route and answers a 400 with the error shape when a route validates input", () => {
    for (const [p, ops] of Object.entries(paths)) {
      for (const [m, op] of Object.entries(ops)) {
        expect({ route: `${m} ${p}`, auth: op["x-auth"] }).toEqual({ route: `${m} ${p}`, auth: expect.any(String) })
        expect(Array.isArray(op.security)).toBe(true)
        if (p.startsWith("/store/")) expect(op.security.every((s: object) => "publishableKey" in s)).toBe(true)
        if (p.startsWith("/admin/")) expect(op.security.length).toBeGreaterThan(0)
        if (op.requestBody || op.parameters?.some((x: any) => x.in === "query")) {
          expect({ route: `${m} ${p}`, error: op.responses["400"]?.content?.["application/json"]?.schema }).toEqual({
            route: `${m} ${p}`,
            error: { $ref: "#/components/schemas/Error" },
          })
        }
      }
    }
  })

  it("has an example for every JSON answer and body, and each example matches its schema", () => {
    const v = createResponseValidator(doc)
    const problems: string[] = []
    for (const [p, ops] of Object.entries(paths)) {
      for (const [m, op] of Object.entries(ops)) {
        const media = [
          ...Object.entries(op.responses).filter(([s]) => Number(s) < 400).map(([s, r]: [string, any]) => [`${s}`, r.content?.["application/json"]]),
          ["body", op.requestBody?.content?.["application/json"]],
        ].filter(([, c]) => c)
        for (const [where, content] of media as [string, any][]) {
          if (content.example === undefined) {
            problems.push(`${m} ${p} ${where}: no example`)
            continue
          }
          for (const e of v.validateSchema(content.schema, content.example)) {
            problems.push(`${m} ${p} ${where}: example${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`)
          }
        }
      }
    }
    expect(problems).toEqual([])
  })

  it("flags an answer that strays from the document", () => {
    const v = createResponseValidator(doc)
    const body = { referral: { code: "ANA-7QX2", link: "https://shop.example.com/?ref=ANA-7QX2", friends_joined: 1, friends_pending: 0 } }
    expect(v.check("GET", "/store/social/me/referral", 200, "application/json", body)).toEqual([])
    expect(v.check("GET", "/store/social/me/referral", 200, "application/json", { referral: { ...body.referral, secret: 1 } })).toEqual([
      expect.stringContaining("'secret'"),
    ])
    expect(v.check("GET", "/store/social/me/referral", 418, "application/json", body)).toEqual([expect.stringContaining("status 418")])
    expect(v.check("GET", "/store/products", 200, "application/json", {})).toBeNull()
    expect(v.templateOf("/admin/social/channels/destinations")).toBe("/admin/social/channels/destinations")
    expect(v.templateOf("/admin/social/channels/scch_1")).toBe("/admin/social/channels/{id}")
  })

  it("is what the client's generated types were made from (else run `node scripts/client.js types`)", () => {
    // In a child process: openapi-typescript's dependencies are ESM, which jest's CJS runtime cannot load.
    const run = spawnSync(process.execPath, [join(__dirname, "../../../scripts/client.js"), "check"], { encoding: "utf8" })
    expect(run.stderr.trim()).toBe("")
    expect(run.status).toBe(0)
  }, 60_000)

  it("takes the review limits from the plugin options", () => {
    const limited = buildOpenApiDocument({ reviews: { ...defaultReviewOptions(), titleMaxLength: 42, maxPhotos: 3 } })
    const body = (limited.paths as any)["/store/social/reviews"].post.requestBody.content["application/json"].schema
    expect(body.properties.title.maxLength).toBe(42)
    expect(limited.paths!["/store/social/reviews"]!.post!.description).toContain("up to 3 image files")
  })
})
