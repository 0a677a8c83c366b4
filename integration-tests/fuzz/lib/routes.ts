import fs from "fs"
import path from "path"
import { z } from "@medusajs/framework/zod"
import middlewares from "../../../src/api/middlewares"
import { VALIDATES, type Validates } from "../../../src/api/utils/validation"
import type { JsonSchema } from "./json-schema-arbitrary"

/**
 * Every route of the plugin, found from the files (src/api/**\/route.ts and the verbs they
 * export). Its inputs come from the OpenAPI document (src/api/openapi/document.ts, what
 * /social/openapi.json serves) when the repository has it, and otherwise from the zod schemas
 * the routes' middlewares validate with (as JSON Schema): both are JSON Schema to the generator.
 */
export type FuzzRoute = {
  method: "GET" | "POST" | "DELETE"
  /** Express-style path: /admin/social/channels/:id */
  path: string
  /** Where `body` and `query` come from. */
  source: "openapi" | "zod"
  params: string[]
  body?: JsonSchema
  query?: JsonSchema
}

const API = path.resolve(__dirname, "../../../src/api")
const VERBS = ["GET", "POST", "DELETE", "PUT", "PATCH"] as const

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? routeFiles(full) : e.name === "route.ts" ? [full] : []
  })
}

function toJsonSchema(schema: Validates["schema"]): JsonSchema {
  const zod = typeof schema === "function" ? schema() : schema
  return z.toJSONSchema(zod, { io: "input", unrepresentable: "any" }) as JsonSchema
}

type OpenApi = { paths: Record<string, Record<string, any>>; components?: { schemas?: Record<string, JsonSchema> } }

/** The OpenAPI document when the repository builds one, or null. */
function openApiDocument(): OpenApi | null {
  const file = path.join(API, "openapi", "document.ts")
  if (!fs.existsSync(file)) return null
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return require(file).buildOpenApiDocument() as OpenApi
}

/** The schema with every local $ref replaced by what it names. */
function deref(schema: unknown, doc: OpenApi, depth = 0): any {
  if (!schema || typeof schema !== "object" || depth > 30) return schema
  if (Array.isArray(schema)) return schema.map((s) => deref(s, doc, depth + 1))
  const ref = (schema as { $ref?: string }).$ref
  if (ref?.startsWith("#/components/schemas/")) {
    return deref(doc.components?.schemas?.[ref.slice("#/components/schemas/".length)], doc, depth + 1)
  }
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, deref(v, doc, depth + 1)]))
}

/** Body and query of one operation of the document, as JSON Schema objects. */
function fromOpenApi(doc: OpenApi, route: FuzzRoute): Pick<FuzzRoute, "body" | "query"> | null {
  const op = doc.paths[route.path.replace(/:(\w+)/g, "{$1}")]?.[route.method.toLowerCase()]
  if (!op) return null
  const out: Pick<FuzzRoute, "body" | "query"> = {}
  const query = (op.parameters ?? []).map((p: any) => deref(p, doc)).filter((p: any) => p.in === "query")
  if (query.length) {
    // The document's promise: every query is strict.
    out.query = {
      type: "object",
      properties: Object.fromEntries(query.map((p: any) => [p.name, p.schema ?? {}])),
      required: query.filter((p: any) => p.required).map((p: any) => p.name),
      additionalProperties: false,
    }
  }
  const body = op.requestBody && deref(op.requestBody, doc).content?.["application/json"]?.schema
  if (body) out.body = body
  return out
}

export function listRoutes(): FuzzRoute[] {
  const doc = openApiDocument()
  const entries = (middlewares.routes ?? []) as { matcher: string | RegExp; methods?: string[]; middlewares?: unknown[] }[]
  const routes: FuzzRoute[] = []
  for (const file of routeFiles(API).sort()) {
    const source = fs.readFileSync(file, "utf8")
    const urlPath = "/" + path.relative(API, path.dirname(file)).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")
    for (const verb of VERBS) {
      if (!new RegExp(`export (async )?(function|const) ${verb}\\b`).test(source)) continue
      if (verb === "PUT" || verb === "PATCH") throw new Error(`${verb} ${urlPath}: the fuzz run does not know this verb yet`)
      const route: FuzzRoute = { method: verb, path: urlPath, source: "zod", params: [...urlPath.matchAll(/:(\w+)/g)].map((m) => m[1]) }
      for (const entry of entries) {
        if (entry.matcher !== urlPath || (entry.methods && !entry.methods.includes(verb))) continue
        for (const mw of entry.middlewares ?? []) {
          const validates = (mw as Record<symbol, Validates | undefined>)[VALIDATES]
          if (validates) route[validates.target] = toJsonSchema(validates.schema)
        }
      }
      const documented = doc && fromOpenApi(doc, route)
      if (documented) {
        // The document says what the route takes; the zod schemas stay for a route it lacks.
        delete route.body
        delete route.query
        Object.assign(route, documented, { source: "openapi" })
      }
      routes.push(route)
    }
  }
  return routes
}
