import { createHash } from "crypto"

/** Bumped whenever a template's look changes: every card then gets a new URL. */
export const TEMPLATE_VERSION = "3"

export function sha256(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex")
}

/** JSON with sorted keys, so that two equal inputs always hash alike. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== "object") {
    return JSON.stringify(value ?? null)
  }
  if (Array.isArray(value)) {
    return `[${value.map(stableStringify).join(",")}]`
  }
  if (value instanceof Date) {
    return JSON.stringify(value.toISOString())
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`
}

/**
 * The content hash of a card: template and font versions plus every input that changes a pixel.
 * 32 hex characters (128 bits) keep URLs short with no practical chance of a collision.
 */
export function cardHash(inputs: { template: string; fonts: string } & Record<string, unknown>): string {
  return sha256(stableStringify(inputs)).slice(0, 32)
}
