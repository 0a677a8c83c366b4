import fs from "fs"
import path from "path"
import { z } from "@medusajs/framework/zod"
import middlewares from "../../../src/api/middlewares"
import { VALIDATES, type Validates } from "../../../src/api/utils/validation"
import type { JsonSchema } from "./json-schema-arbitrary"

/**
 * Every route of the plugin, found from the files (src/api/**\/route.ts and the verbs they
 * export) and joined with the schemas their middlewares validate with. Until the OpenAPI document
 * exists, these zod schemas (as JSON Schema) are what the fuzz run generates requests from.
 */
export type FuzzRoute = {
  method: "GET" | "POST" | "DELETE"
  /** Express-style path: /admin/social/channels/:id */
  path: string
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

export function listRoutes(): FuzzRoute[] {
  const entries = (middlewares.routes ?? []) as { matcher: string | RegExp; methods?: string[]; middlewares?: unknown[] }[]
  const routes: FuzzRoute[] = []
  for (const file of routeFiles(API).sort()) {
    const source = fs.readFileSync(file, "utf8")
    const urlPath = "/" + path.relative(API, path.dirname(file)).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")
    for (const verb of VERBS) {
      if (!new RegExp(`export (async )?(function|const) ${verb}\\b`).test(source)) continue
      if (verb === "PUT" || verb === "PATCH") throw new Error(`${verb} ${urlPath}: the fuzz run does not know this verb yet`)
      const route: FuzzRoute = { method: verb, path: urlPath, params: [...urlPath.matchAll(/:(\w+)/g)].map((m) => m[1]) }
      for (const entry of entries) {
        if (entry.matcher !== urlPath || (entry.methods && !entry.methods.includes(verb))) continue
        for (const mw of entry.middlewares ?? []) {
          const validates = (mw as Record<symbol, Validates | undefined>)[VALIDATES]
          if (validates) route[validates.target] = toJsonSchema(validates.schema)
        }
      }
      routes.push(route)
    }
  }
  return routes
}
