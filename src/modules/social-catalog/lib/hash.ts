import { createHash } from "crypto"

/** An object's keys in sorted order, with their JSON prefixes (`"key":`), for one key list. */
type Shape = { keys: string[]; order: number[]; prefixes: string[] }

// The last key list seen per key count. Every item of a sync has the same keys in the same
// order, so sorting them and quoting them is done once per shape instead of once per item.
const shapes = new Map<number, Shape>()

function shapeOf(keys: string[]): Shape {
  const known = shapes.get(keys.length)
  if (known) {
    let same = true
    for (let i = 0; i < keys.length && same; i++) same = known.keys[i] === keys[i]
    if (same) return known
  }
  // The order of Array.prototype.sort's default comparison (UTF-16 code units).
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0))
  const shape = { keys, order, prefixes: keys.map((k) => `${JSON.stringify(k)}:`) }
  shapes.set(keys.length, shape)
  return shape
}

/**
 * JSON with object keys sorted, so that the same content always hashes the same. It runs for
 * every item of every sync, so it is built in one pass with the sorted key order of each object
 * shape remembered; its output must stay byte for byte what it was (keys sorted, undefined values
 * left out), or every stored hash would differ and every item be sent again once.
 */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null"
  if (Array.isArray(value)) {
    let out = "["
    for (let i = 0; i < value.length; i++) out += (i ? "," : "") + stableStringify(value[i])
    return out + "]"
  }
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  const shape = shapeOf(keys)
  let out = "{"
  let first = true
  for (const i of shape.order) {
    const v = record[keys[i]]
    if (v === undefined) continue
    out += (first ? "" : ",") + shape.prefixes[i] + stableStringify(v)
    first = false
  }
  return out + "}"
}

/** The content hash of a payload: what decides whether an item is sent again. */
export function contentHash(value: unknown): string {
  return createHash("sha256").update(stableStringify(value)).digest("base64url").slice(0, 32)
}
