import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

type Issue = z.core.$ZodIssue

/**
 * "field.path: message" for every issue. Medusa's own validator prints bare messages such as
 * "Invalid URL" for format errors, which do not tell a storefront developer which field was wrong.
 */
export function formatIssues(issues: readonly Issue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      if (issue.code === "unrecognized_keys") {
        const prefix = issue.path.length ? `${issue.path.join(".")}.` : ""
        return `Unrecognized fields: ${issue.keys.map((k) => `'${prefix}${k}'`).join(", ")}`
      }
      const field = issue.path.join(".") || "body"
      return `${field}: ${issue.message}`
    })
    .join("; ")
}

/**
 * Marks a validating middleware with what it reads and the schema it applies, so that tools can
 * list the API's inputs from the middlewares themselves (the fuzz tests generate requests from
 * them). `schema` may be a function when the schema depends on the plugin options.
 */
export const VALIDATES = Symbol.for("medusa-plugin-social-commerce.validates")
export type Validates = { target: "body" | "query"; schema: z.ZodType | (() => z.ZodType) }

export function markValidator<T extends object>(middleware: T, validates: Validates): T {
  ;(middleware as Record<symbol, unknown>)[VALIDATES] = validates
  return middleware
}

/**
 * The path ("a.b.0") of the first string (or key) holding a NUL character, or null. PostgreSQL
 * refuses NUL in text, so such a value would otherwise end as a 500 from the database.
 */
export function nulPath(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") : null
  if (!value || typeof value !== "object" || depth > 20) return null
  for (const [k, v] of Object.entries(value)) {
    if (k.includes("\u0000")) return [...path, k.replace(/\u0000/g, "")].join(".")
    const found = nulPath(v, [...path, k], depth + 1)
    if (found !== null) return found
  }
  return null
}

function validateWith(schema: z.ZodType, pick: (req: MedusaRequest) => unknown, assign: string) {
  const target = assign === "validatedBody" ? "body" : "query"
  return markValidator(async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const nul = nulPath(pick(req))
    if (nul !== null) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${nul || target}: must not contain a NUL character`))
    }
    const result = await schema.safeParseAsync(pick(req) ?? {})
    if (!result.success) {
      return next(
        new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${formatIssues(result.error.issues)}`)
      )
    }
    ;(req as unknown as Record<string, unknown>)[assign] = result.data
    next()
  }, { target, schema })
}

/** Validates the JSON body into `req.validatedBody`; a 400 names every wrong field. */
export const validateBody = (schema: z.ZodType) => validateWith(schema, (req) => req.body, "validatedBody")

/** Validates the query string into `req.validatedQuery`; a 400 names every wrong parameter. */
export const validateQuery = (schema: z.ZodType) => validateWith(schema, (req) => req.query, "validatedQuery")
