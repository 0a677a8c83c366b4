import {
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { formatIssues, markValidator, nulPath } from "./validation"

/**
 * The paging and selection parameters of a list route, as Medusa's `createFindParams` has them
 * (`fields`, `order`, `offset`, `limit`), with the bounds this plugin's lists keep: an
 * out-of-range limit is a 400 naming `limit`, never silently clamped.
 */
export function listParams({ limit, maxLimit, oldestFirst = false }: { limit: number; maxLimit: number; oldestFirst?: boolean }) {
  return {
    fields: z
      .string()
      .max(2000)
      .optional()
      .meta({
        description:
          "Medusa's field selection, comma-separated: `+field` adds to the default fields, `-field` removes one, bare names replace the defaults. The answer lists the fields asked for.",
      }),
    order: z
      .string()
      .regex(/^-?[a-z_]+$/, "must be a field name, with a leading '-' for descending")
      .optional()
      .meta({ description: `Sort field, \`-field\` for descending (default: ${oldestFirst ? "oldest" : "newest"} first).` }),
    limit: z.coerce.number().int().min(1).max(maxLimit).default(limit),
    offset: z.coerce.number().int().min(0).default(0),
  }
}

export type ListQueryConfig = {
  /** The fields answered when `fields` is not given (Medusa's `defaults`). */
  defaults: string[]
  /** Every field `fields` and `order` may name, relations through module links included. */
  allowed: string[]
}

/** The fields `fields` names that the route does not allow, for a 400 naming them. */
function disallowedFields(fields: string | undefined, allowed: string[]): string[] {
  if (!fields) return []
  const ok = new Set(allowed)
  return fields
    .split(",")
    .map((f) => f.trim().replace(/^[+-]/, ""))
    .filter((f) => f && !ok.has(f) && !ok.has(f.replace(/^\*/, "")))
}

/**
 * A list route's query, on Medusa's conventions: `validateAndTransformQuery` turns it into
 * `req.queryConfig` (fields, pagination) and `req.filterableFields` for `query.graph`. Before it,
 * the schema runs with this plugin's messages, so a bad parameter is a 400 that names it
 * (Medusa's own messages name some problems without the field), and a field outside `allowed`
 * is a 400 instead of being dropped without a word.
 */
export function validateListQuery(schema: z.ZodObject, config: ListQueryConfig) {
  const medusa = validateAndTransformQuery(schema, { defaults: config.defaults, allowed: config.allowed, isList: true })
  return markValidator(
    async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
      const nul = nulPath(req.query)
      if (nul !== null) {
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${nul || "query"}: must not contain a NUL character`))
      }
      const result = await schema.safeParseAsync(req.query ?? {})
      if (!result.success) {
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${formatIssues(result.error.issues)}`))
      }
      const data = result.data as { fields?: string; order?: string }
      const unknown = disallowedFields(data.fields, config.allowed)
      if (unknown.length) {
        return next(
          new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: fields: ${unknown.map((f) => `'${f}'`).join(", ")} cannot be selected`)
        )
      }
      const order = data.order?.replace(/^-/, "")
      if (order && !config.allowed.includes(order)) {
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: order: '${order}' is not a field this list sorts by`))
      }
      return medusa(req, res, next)
    },
    { target: "query", schema }
  )
}

/** The `{ items, count, offset, limit }` page of a `query.graph` list answer. */
export function pageOf(metadata: { count?: number; skip?: number | null; take?: number | null } | undefined, fallback: { offset: number; limit: number }) {
  return { count: metadata?.count ?? 0, offset: metadata?.skip ?? fallback.offset, limit: metadata?.take ?? fallback.limit }
}

/**
 * A presented row cut to what `query.graph` read: with `fields`, the answer holds the fields asked
 * for (after the presenter's conversions), not the rest as nulls.
 */
export function onlySelected<T extends object>(row: object, presented: T): Partial<T> {
  return Object.fromEntries(Object.entries(presented).filter(([k]) => k in row)) as Partial<T>
}
