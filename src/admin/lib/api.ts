/**
 * The absolute URL of a backend path. The admin at `/app` may be served from another origin than
 * the API (a separately hosted dashboard with `admin.backendUrl` set), so every image and link to
 * the backend goes through this rather than a relative path (requests go through `sdk`, built on
 * the same global). The guard keeps a bundle in which the global was not replaced on the admin's
 * own origin instead of throwing.
 */
export function backendUrl(path: string): string {
  const configured = typeof __BACKEND_URL__ === "string" ? __BACKEND_URL__ : ""
  return new URL(`${configured.replace(/\/+$/, "")}${path}`, window.location.origin).toString()
}

/**
 * Splits a 400 message into errors per top-level field, for showing each one beside its input.
 * "Invalid request: storefront_url: must be ...; brand_colors.primary: must be ..." gives
 * { storefront_url: "must be ...", brand_colors: "primary: must be ..." }.
 */
export function fieldErrors(message: string): Record<string, string> {
  const errors: Record<string, string> = {}
  const text = message.replace(/^Invalid request:\s*/, "")
  // The field whose message the last part was: a message may itself hold "; " ("is 300 characters
  // as X counts them (a link is 23); x allows 280"), so a part naming no field continues it.
  let last: string | null = null
  for (const part of text.split("; ")) {
    const unknown = part.match(/^Unrecognized fields: (.*)$/)
    if (unknown) {
      errors._form = part
      last = null
      continue
    }
    const m = part.match(/^([a-z_]+)((?:\.[\w.]+)?): (.*)$/)
    if (m) {
      const rest = m[2] ? `${m[2].slice(1)}: ` : ""
      errors[m[1]] = errors[m[1]] ? `${errors[m[1]]}; ${rest}${m[3]}` : `${rest}${m[3]}`
      last = m[1]
    } else if (last) {
      errors[last] = `${errors[last]}; ${part}`
    } else {
      errors._form = part
    }
  }
  return errors
}

/**
 * What a failed request shows: a 400's errors per field (the server's message names them),
 * anything else as one form-level message.
 */
export function errorsOf(e: unknown): Record<string, string> {
  const message = (e as Error)?.message ?? String(e)
  // The js-sdk's FetchError carries the status (checked by shape: this file stays free of the sdk).
  return (e as { status?: number })?.status === 400 ? fieldErrors(message) : { _form: message }
}

/** Brings the first field's error into view after a refused save (long forms end far below it). */
export function revealFirstError() {
  requestAnimationFrame(() => document.querySelector("[data-error-for]")?.scrollIntoView({ block: "center", behavior: "smooth" }))
}
