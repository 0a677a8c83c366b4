import { MedusaError } from "@medusajs/framework/utils"
import { decryptJson, encryptJson } from "./crypto"

/**
 * Platform credentials at rest, for every table that holds them (catalog channels, publishing
 * accounts): one key for all of them, each value sealed to its own row (see crypto.ts), only the
 * names of the values set kept in clear. Both services seal, open and change credentials through
 * these functions, so the two tables never drift apart in how a value is merged or sealed.
 */

/**
 * The key material: the `catalogEncryptionKey` option (or SOCIAL_CATALOG_ENCRYPTION_KEY). Outside
 * production a key derived from the plugin secret keeps the demo working; the options schema
 * refuses to boot in production without a configured key.
 */
export function credentialKey(options: { catalogEncryptionKey?: string | null; secret: string }): string {
  return options.catalogEncryptionKey ?? process.env.SOCIAL_CATALOG_ENCRYPTION_KEY ?? `catalog-credentials:${options.secret}`
}

export type Sealed = { sealed: string | null; names: string[] }

/** Seals the non-empty values for one row of a table; an empty set is stored as null. */
export function sealCredentials(key: string, table: string, rowId: string, credentials: Record<string, string | null | undefined>): Sealed {
  const clean = Object.fromEntries(Object.entries(credentials).filter(([, v]) => typeof v === "string" && v !== "")) as Record<string, string>
  return {
    sealed: Object.keys(clean).length ? encryptJson(clean, key, rowId, table) : null,
    names: Object.keys(clean).sort(),
  }
}

/**
 * Opens a row's sealed credentials. A value that does not open (another key configured, a value
 * copied from another row) is a 400 that asks for the credentials again.
 */
export function openCredentials(key: string, table: string, rowId: string, sealed: string, what: string): Record<string, string> {
  try {
    return decryptJson<Record<string, string>>(sealed, key, rowId, table)
  } catch {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The credentials of ${what} ${rowId} cannot be read with the configured catalogEncryptionKey; enter them again`)
  }
}

/** A change applied to credentials: a value replaces, null (or "") removes, a name left out stays. */
export function mergeCredentials(current: Record<string, string>, changes: Record<string, string | null | undefined>): Record<string, string> {
  const merged = { ...current }
  for (const [k, v] of Object.entries(changes)) {
    if (v == null || v === "") delete merged[k]
    else merged[k] = v
  }
  return merged
}

/**
 * Changes some of a row's credentials and seals them again, under a row lock (an admin's edit and
 * a platform's token rotation cannot overwrite each other). `onlyIf`: change nothing unless these
 * are still stored as given (a rotated refresh token replaces the one that was used, never one an
 * admin entered since). `extra` columns are written in the same statement. The sealed value and the
 * names are written through knex as whole values: the ORM's update merges JSON columns, which
 * would keep a removed name. Returns the names now set, or null when `onlyIf` did not hold.
 */
export async function changeSealedCredentials(
  knex: any,
  input: {
    table: string
    id: string
    key: string
    what: string
    changes: Record<string, string | null | undefined>
    onlyIf?: Record<string, string> | null
    /** How the table stores the names (an array, or an object of `name: true`). */
    names: (names: string[]) => unknown
    extra?: Record<string, unknown>
  }
): Promise<string[] | null> {
  const row = await knex(input.table).select("id", "credentials").where({ id: input.id }).whereNull("deleted_at").forUpdate().first()
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${input.what[0].toUpperCase()}${input.what.slice(1)} with id: ${input.id} was not found`)
  const current = row.credentials ? openCredentials(input.key, input.table, input.id, row.credentials, input.what) : {}
  if (input.onlyIf && Object.entries(input.onlyIf).some(([k, v]) => current[k] !== v)) return null
  const { sealed, names } = sealCredentials(input.key, input.table, input.id, mergeCredentials(current, input.changes))
  await knex(input.table)
    .where({ id: input.id })
    // The names are jsonb: a JS array would be sent as a PostgreSQL array literal.
    .update({ credentials: sealed, credential_keys: JSON.stringify(input.names(names)), updated_at: new Date(), ...input.extra })
  return names
}
