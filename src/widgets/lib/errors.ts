/** The server's message without its "Invalid request: field:" prefix, for showing under the field. */
export function errorText(message: string | null | undefined): string {
  return (message ?? "").replace(/^Invalid request:\s*/, "").replace(/^[A-Za-z_][\w.]*:\s/, "")
}
