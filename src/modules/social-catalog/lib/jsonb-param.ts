/**
 * A list of records as ONE `jsonb` statement parameter in PostgreSQL's binary format (a version
 * byte, then the JSON text), built record by record.
 *
 * Why not `JSON.stringify(records)`: a snapshot page is megabytes of JSON, and V8 puts every
 * string over about 128 KB in its large-object space, which only a full collection frees; every
 * page's text piled up there until one ran (about 35 MB of a worker's peak at 20,000 variants).
 * Here each record's text is small and dies young; the page exists once, as a Buffer outside
 * V8's heap (counted by V8, so its growth brings a collection sooner rather than later). The pg
 * driver sends a Buffer parameter in binary, which `jsonb` reads as version 1 + text.
 */
const VERSION = Buffer.from([1])
const OPEN = Buffer.from("[")
const COMMA = Buffer.from(",")
const CLOSE = Buffer.from("]")

export function jsonbParam(records: readonly unknown[]): Buffer {
  const parts: Buffer[] = [VERSION, OPEN]
  for (let i = 0; i < records.length; i++) {
    if (i) parts.push(COMMA)
    parts.push(Buffer.from(JSON.stringify(records[i]), "utf8"))
  }
  parts.push(CLOSE)
  return Buffer.concat(parts)
}
