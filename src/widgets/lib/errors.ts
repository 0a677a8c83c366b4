/**
 * The field a 400 names, from messages such as "Invalid request: rating: must be ..." or
 * "photos.0: is not an image" → "rating", "photos". Null when the message names none.
 */
export function errorField(message: string | null | undefined): string | null {
  const m = /^(?:Invalid request:\s*)?([A-Za-z_][\w]*)(?:\.[\w.]+)?:\s/.exec(message ?? "")
  return m ? m[1] : null
}

/** The server's message without its "Invalid request: field:" prefix, for showing under the field. */
export function errorText(message: string | null | undefined): string {
  return (message ?? "").replace(/^Invalid request:\s*/, "").replace(/^[A-Za-z_][\w.]*:\s/, "")
}
