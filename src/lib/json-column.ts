/** What the DML gives a `model.json()` column: an object. */
export type JsonColumn = Record<string, unknown>

/**
 * A JSON array for a `model.json()` column. The DML types every json column as an object, while
 * jsonb stores arrays alike (signals, networks, origins): arrays go in through this one
 * conversion instead of a cast at every write.
 */
export function jsonArrayColumn(value: readonly unknown[]): JsonColumn
export function jsonArrayColumn(value: readonly unknown[] | null): JsonColumn | null
export function jsonArrayColumn(value: readonly unknown[] | null): JsonColumn | null {
  return value as unknown as JsonColumn | null
}
