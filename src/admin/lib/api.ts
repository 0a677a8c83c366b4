/**
 * The absolute URL of a backend path. The admin at `/app` may be served from another origin than
 * the API (a separately hosted dashboard with `admin.backendUrl` set), so every request, image and
 * link to the backend goes through this rather than a relative path. The guard keeps a bundle in
 * which the global was not replaced on the admin's own origin instead of throwing.
 */
export function backendUrl(path: string): string {
  const configured = typeof __BACKEND_URL__ === "string" ? __BACKEND_URL__ : ""
  return new URL(`${configured.replace(/\/+$/, "")}${path}`, window.location.origin).toString()
}

/**
 * Calls the backend's admin API (see backendUrl) with the dashboard's session cookie. Errors carry the server's
 * message, which names the fields that were wrong ("field: message; other.field: message").
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

export async function adminFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(backendUrl(path), {
    credentials: "include",
    ...init,
    headers:
      init.body instanceof FormData
        ? init.headers
        : { "content-type": "application/json", ...(init.headers ?? {}) },
  })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) {
    throw new ApiError(body?.message ?? `Request failed (${res.status})`, res.status)
  }
  return body as T
}

/**
 * Splits a 400 message into errors per top-level field, for showing each one beside its input.
 * "Invalid request: storefront_url: must be ...; brand_colors.primary: must be ..." gives
 * { storefront_url: "must be ...", brand_colors: "primary: must be ..." }.
 */
export function fieldErrors(message: string): Record<string, string> {
  const errors: Record<string, string> = {}
  const text = message.replace(/^Invalid request:\s*/, "")
  for (const part of text.split("; ")) {
    const unknown = part.match(/^Unrecognized fields: (.*)$/)
    if (unknown) {
      errors._form = part
      continue
    }
    const m = part.match(/^([a-z_]+)((?:\.[\w.]+)?): (.*)$/)
    if (m) {
      const rest = m[2] ? `${m[2].slice(1)}: ` : ""
      errors[m[1]] = errors[m[1]] ? `${errors[m[1]]}; ${rest}${m[3]}` : `${rest}${m[3]}`
    } else {
      errors._form = part
    }
  }
  return errors
}

/** What a failed save shows: a 400's errors per field, anything else as one form-level message. */
export function errorsOf(e: unknown): Record<string, string> {
  const message = (e as Error)?.message ?? String(e)
  return e instanceof ApiError && e.status === 400 ? fieldErrors(message) : { _form: message }
}

/** Brings the first field's error into view after a refused save (long forms end far below it). */
export function revealFirstError() {
  requestAnimationFrame(() => document.querySelector("[data-error-for]")?.scrollIntoView({ block: "center", behavior: "smooth" }))
}
