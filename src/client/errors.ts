/**
 * The error every client method throws for a non-2xx answer (and for a network failure, with
 * status 0). A 400 carries the field the server named: the plugin's messages read
 * "Invalid request: <field.path>: <message>; <other.field>: <message>", and an unknown field
 * "Invalid request: Unrecognized fields: 'name'".
 */
export class SocialClientError extends Error {
  /** HTTP status (0 when the request never got an answer). */
  readonly status: number
  /**
   * Medusa's error type for the status: `invalid_data` (400), `unauthorized` (401), `forbidden`
   * (403), `not_found` (404), `conflict` (409), `duplicate_error` (422), else `unknown_error`.
   * Derived from the status: the js-sdk's FetchError keeps the message and status only.
   */
  readonly type: string
  /** The first field the server named (dotted path, e.g. `brand_colors.primary`), or null. */
  readonly field: string | null
  /** Every field the server named, with its message (`{ "photos.0": "is not an image" }`). */
  readonly fields: Record<string, string>

  constructor(message: string, status: number, type?: string) {
    super(message)
    this.name = "SocialClientError"
    this.status = status
    this.type = type ?? typeOfStatus(status)
    this.fields = status === 400 ? fieldsOf(message) : {}
    this.field = Object.keys(this.fields)[0] ?? null
  }
}

export function typeOfStatus(status: number): string {
  switch (status) {
    case 400:
      return "invalid_data"
    case 401:
      return "unauthorized"
    case 403:
      return "forbidden"
    case 404:
      return "not_found"
    case 409:
      return "conflict"
    case 422:
      return "duplicate_error"
    default:
      return "unknown_error"
  }
}

/**
 * The fields a 400's message names, in order. "Invalid request: a.b: msg; c: msg2" gives
 * { "a.b": "msg", c: "msg2" }; "Unrecognized fields: 'x', 'y.z'" gives both with "is not a known
 * field". A message that names no field gives {}.
 */
export function fieldsOf(message: string): Record<string, string> {
  const fields: Record<string, string> = {}
  const text = message.replace(/^Invalid request:\s*/, "")
  for (const part of text.split("; ")) {
    const unknown = /^Unrecognized fields?: (.*)$/.exec(part)
    if (unknown) {
      for (const m of unknown[1].matchAll(/'([^']+)'/g)) {
        fields[m[1]] ??= "is not a known field"
      }
      continue
    }
    const named = /^([A-Za-z_][\w-]*(?:\.[\w-]+)*): (.+)$/s.exec(part)
    if (named) {
      fields[named[1]] = fields[named[1]] ? `${fields[named[1]]}; ${named[2]}` : named[2]
    }
  }
  return fields
}

/** Any error thrown by the SDK's fetch as a SocialClientError (the SDK's FetchError has status). */
export function toSocialClientError(e: unknown): SocialClientError {
  if (e instanceof SocialClientError) {
    return e
  }
  const err = e as { message?: string; status?: number } | undefined
  const status = typeof err?.status === "number" ? err.status : 0
  return new SocialClientError(err?.message || String(e), status)
}
