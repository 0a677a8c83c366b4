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

function validateWith(schema: z.ZodType, pick: (req: MedusaRequest) => unknown, assign: string) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = await schema.safeParseAsync(pick(req) ?? {})
    if (!result.success) {
      return next(
        new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${formatIssues(result.error.issues)}`)
      )
    }
    ;(req as unknown as Record<string, unknown>)[assign] = result.data
    next()
  }
}

/** Validates the JSON body into `req.validatedBody`; a 400 names every wrong field. */
export const validateBody = (schema: z.ZodType) => validateWith(schema, (req) => req.body, "validatedBody")

/** Validates the query string into `req.validatedQuery`; a 400 names every wrong parameter. */
export const validateQuery = (schema: z.ZodType) => validateWith(schema, (req) => req.query, "validatedQuery")
