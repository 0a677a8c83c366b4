import fc from "fast-check"

/**
 * fast-check arbitraries from JSON Schema (draft 2020-12, as zod's toJSONSchema and OpenAPI 3.1
 * write it): valid-looking values, and invalid variants that say which field they broke. Only the
 * keywords the routes' schemas use are understood; others are ignored (the value may then be
 * refused, which the fuzz run accepts as long as the 400 names a field).
 */
export type JsonSchema = {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  items?: JsonSchema
  minItems?: number
  maxItems?: number
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  default?: unknown
  [keyword: string]: unknown
}

const SMALL_STRINGS = 40

function stringArbitrary(s: JsonSchema): fc.Arbitrary<string> {
  const min = s.minLength ?? 0
  const max = Math.min(s.maxLength ?? SMALL_STRINGS, min + SMALL_STRINGS)
  const fits = (v: string) => v.length >= min && (s.maxLength === undefined || v.length <= s.maxLength)
  switch (s.format) {
    case "date-time":
      return fc
        .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true })
        .map((d) => d.toISOString())
    case "date":
      return fc
        .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10))
    case "email":
      return fc.emailAddress().filter(fits)
    case "uri":
    case "url":
      return fc.webUrl({ validSchemes: ["https", "http"] }).filter(fits)
    case "uuid":
      return fc.uuid()
  }
  if (s.pattern) {
    return fc.stringMatching(new RegExp(s.pattern), { size: "small" }).filter(fits)
  }
  // Unicode text too: names, reviews and UTM values come from people in every script.
  return fc.oneof(
    fc.string({ minLength: min, maxLength: max }),
    fc.string({ unit: "grapheme", minLength: min, maxLength: max })
  ).filter(fits)
}

function numberArbitrary(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lowEx = typeof s.exclusiveMinimum === "number"
  const highEx = typeof s.exclusiveMaximum === "number"
  const min = lowEx ? (s.exclusiveMinimum as number) : (s.minimum ?? -1_000_000)
  const max = highEx ? (s.exclusiveMaximum as number) : (s.maximum ?? 1_000_000)
  if (integer) {
    const lo = Math.max(Number.MIN_SAFE_INTEGER, Math.ceil(lowEx ? min + 1 : min))
    const hi = Math.min(Number.MAX_SAFE_INTEGER, Math.floor(highEx ? max - 1 : max))
    return fc.integer({ min: lo, max: Math.max(lo, hi) })
  }
  return fc.double({ min, max, minExcluded: lowEx, maxExcluded: highEx, noNaN: true, noDefaultInfinity: true })
}

/** A value the schema (probably) accepts. */
export function arbitraryFor(s: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const)
  if (s.enum) return fc.constantFrom(...s.enum)
  const alternatives = s.anyOf ?? s.oneOf
  if (alternatives?.length) return fc.oneof(...alternatives.map((a) => arbitraryFor(a, depth + 1)))
  if (s.allOf?.length) return arbitraryFor(Object.assign({}, ...s.allOf), depth + 1)
  const type = Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.properties ? ["object"] : []
  if (type.length > 1) return fc.oneof(...type.map((t) => arbitraryFor({ ...s, type: t }, depth + 1)))
  switch (type[0]) {
    case "string":
      return stringArbitrary(s)
    case "integer":
      return numberArbitrary(s, true)
    case "number":
      return numberArbitrary(s, false)
    case "boolean":
      return fc.boolean()
    case "null":
      return fc.constant(null)
    case "array":
      return fc.array(s.items ? arbitraryFor(s.items, depth + 1) : fc.string({ maxLength: 10 }), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 4, Math.max(s.minItems ?? 0, 4)),
      })
    case "object": {
      const props = s.properties ?? {}
      const shape = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, arbitraryFor(v, depth + 1)]))
      const record = fc.record(shape, { requiredKeys: (s.required ?? []).filter((k) => k in props) })
      if (s.additionalProperties && typeof s.additionalProperties === "object" && depth < 3) {
        const extra = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), arbitraryFor(s.additionalProperties, depth + 1), { maxKeys: 3 })
        return fc.tuple(record, extra).map(([a, b]) => ({ ...b, ...a }))
      }
      return record
    }
  }
  // No type: a schema zod could not describe (a transform, a custom check). Anything JSON.
  return fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null))
}

export type Invalid = {
  value: unknown
  /** The field the mutation broke ("a.b"), or "body" for the whole value. */
  field: string
  kind: "unknown_field" | "wrong_type" | "out_of_range" | "missing" | "not_object"
}

const WRONG_VALUES: Record<string, unknown[]> = {
  string: [12345, true, { nested: "x" }, ["x"]],
  integer: ["not-a-number", 1.5, { n: 1 }, true],
  number: ["not-a-number", { n: 1 }, [1], true],
  boolean: ["maybe", 2, { b: true }],
  array: ["not-an-array", 7, { a: 1 }],
  object: ["not-an-object", 3, ["x"]],
}

function typeOf(s: JsonSchema): string | undefined {
  if (s.enum || s.const !== undefined) return "enum"
  const alternatives = s.anyOf ?? s.oneOf
  if (alternatives) {
    // Nullable X: treat as X (null is valid, the wrong values of X are not).
    const real = alternatives.filter((a) => a.type !== "null")
    return real.length === 1 ? typeOf(real[0]) : undefined
  }
  const t = Array.isArray(s.type) ? s.type.filter((x) => x !== "null") : s.type ? [s.type] : []
  return t.length === 1 ? t[0] : s.properties ? "object" : undefined
}

function unwrap(s: JsonSchema): JsonSchema {
  const alternatives = s.anyOf ?? s.oneOf
  const real = alternatives?.filter((a) => a.type !== "null")
  return real?.length === 1 ? unwrap(real[0]) : s
}

/** Values outside the schema for one field, each with what a refusal must name. */
function brokenValuesFor(s: JsonSchema): { value: unknown; kind: Invalid["kind"] }[] {
  const u = unwrap(s)
  const type = typeOf(s)
  const out: { value: unknown; kind: Invalid["kind"] }[] = []
  if (type === "enum") out.push({ value: "not-one-of-the-options", kind: "wrong_type" }, { value: 42, kind: "wrong_type" })
  for (const v of WRONG_VALUES[type ?? ""] ?? []) out.push({ value: v, kind: "wrong_type" })
  if (type === "string") {
    // PostgreSQL refuses NUL in text: a value holding one must be refused before the database.
    out.push({ value: "nul\u0000byte", kind: "wrong_type" })
    if (u.maxLength !== undefined) out.push({ value: "x".repeat(u.maxLength + 1), kind: "out_of_range" })
    if ((u.minLength ?? 0) > 0) out.push({ value: "", kind: "out_of_range" })
    if (u.pattern || u.format) out.push({ value: "<script>alert(1)</script> \u0000", kind: "wrong_type" })
  }
  if (type === "integer" || type === "number") {
    if (u.maximum !== undefined) out.push({ value: u.maximum + 1, kind: "out_of_range" })
    if (u.minimum !== undefined) out.push({ value: u.minimum - 1, kind: "out_of_range" })
    if (typeof u.exclusiveMinimum === "number") out.push({ value: u.exclusiveMinimum, kind: "out_of_range" })
  }
  if (type === "array" && u.maxItems !== undefined && u.maxItems < 1000 && u.items) {
    out.push({ value: Array.from({ length: u.maxItems + 1 }, () => fc.sample(arbitraryFor(u.items!), 1)[0]), kind: "out_of_range" })
  }
  return out
}

/**
 * Invalid variants of an object schema's value: an unknown field (when the schema is strict), a
 * wrong type or out-of-range value in one field (nested objects included), a required field left
 * out, or a body that is not an object.
 */
export function invalidArbitraryFor(s: JsonSchema): fc.Arbitrary<Invalid> {
  const base = arbitraryFor(s) as fc.Arbitrary<Record<string, unknown>>
  const options: fc.Arbitrary<Invalid>[] = [fc.constant({ value: ["not", "an", "object"], field: "body", kind: "not_object" } as Invalid)]
  if (s.additionalProperties === false) {
    options.push(base.map((v) => ({ value: { ...v, fuzz_unknown_field: "x" }, field: "fuzz_unknown_field", kind: "unknown_field" })))
  }
  const fields = fieldPaths(s)
  for (const { path, schema, required } of fields) {
    for (const broken of brokenValuesFor(schema)) {
      options.push(base.map((v) => ({ value: setPath(v, path, broken.value), field: path.join("."), kind: broken.kind })))
    }
    if (required) {
      options.push(base.map((v) => ({ value: setPath(v, path, undefined), field: path.join("."), kind: "missing" })))
    }
  }
  return fc.oneof(...options)
}

/** Every property path of an object schema (nested objects too), with whether all its parents are required. */
function fieldPaths(s: JsonSchema, prefix: string[] = [], parentRequired = true): { path: string[]; schema: JsonSchema; required: boolean }[] {
  const out: { path: string[]; schema: JsonSchema; required: boolean }[] = []
  const u = unwrap(s)
  for (const [k, v] of Object.entries(u.properties ?? {})) {
    const required = parentRequired && (u.required ?? []).includes(k)
    out.push({ path: [...prefix, k], schema: v, required })
    if (typeOf(v) === "object" && prefix.length < 2) out.push(...fieldPaths(v, [...prefix, k], required))
  }
  return out
}

/** A copy of `value` with `path` set (or removed when `v` is undefined), creating parents as needed. */
function setPath(value: Record<string, unknown>, path: string[], v: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...value }
  const [head, ...rest] = path
  if (!rest.length) {
    if (v === undefined) delete copy[head]
    else copy[head] = v
    return copy
  }
  const child = copy[head]
  copy[head] = setPath(child && typeof child === "object" && !Array.isArray(child) ? (child as Record<string, unknown>) : {}, rest, v)
  return copy
}
