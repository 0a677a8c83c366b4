import { z } from "@medusajs/framework/zod"

// Pieces every capability's response schemas share. Response schemas describe the JSON a route
// answers (dates are ISO strings there); the HTTP tests validate every answer against them.

/** A date-time as JSON carries it. */
export const timestamp = z.string().meta({ format: "date-time", example: "2026-05-01T10:00:00.000Z" })
export const nullableTimestamp = timestamp.nullable()

/** Anything JSON (an object whose keys this document does not fix). */
export const jsonObject = z.record(z.string(), z.unknown())

/** The answer of a DELETE route: Medusa's `{ id, object, deleted }`. */
export const deletedResponse = (object: string) =>
  z.object({ id: z.string(), object: z.literal(object), deleted: z.literal(true) }).strict()

/** Offset paging, as Medusa's list routes answer it. */
export const offsetPage = { count: z.number().int(), offset: z.number().int(), limit: z.number().int() }

// Components are registered by name in document.ts (not with `.meta({ id })`: zod's global
// registry outlives a module reload, as in a test runner that loads the document per spec file).

/**
 * Medusa's error body. A 400 of this plugin names the field: "Invalid request: <field.path>:
 * <message>[; <field>: <message>]", or "Invalid request: Unrecognized fields: '<name>'".
 */
export const ErrorResponse = z
  .object({
    type: z
      .string()
      .optional()
      .meta({ description: "invalid_data, not_allowed, not_found, duplicate_error, conflict, unknown_error... (a 401 from the auth middleware has none)" }),
    message: z.string(),
    code: z.string().optional(),
  })
  .meta({
    example: { type: "invalid_data", message: "Invalid request: rating: must be a whole number from 1 to 5" },
  })
