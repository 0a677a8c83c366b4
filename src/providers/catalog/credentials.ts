/**
 * Which credential names a destination takes beyond the shared ones, and the checks the admin API
 * makes before storing them (pure: no provider is called). The shared names (catalog_id,
 * access_token, api_base_url...) stay valid for every destination, as they always were.
 */
import { parseServiceAccountKey } from "./lib/oauth/service-account"

type Destination = "meta" | "google" | "pinterest" | "tiktok"
export type CredentialProblem = { field: string; message: string }

/** Names only some destinations take: a Google key on a Meta channel is a mistake worth a 400. */
const ONLY_FOR: Record<string, Destination[]> = {
  service_account_json: ["google"],
  token_uri: ["google"],
  client_id: ["google", "pinterest"],
  client_secret: ["google", "pinterest"],
  refresh_token: ["google", "pinterest"],
}

/**
 * What is wrong with credentials given for a channel of `destination`, as "credentials.<name>"
 * fields. `given`: the names in the request (null removes one); `stored`: the names the channel
 * already has (an update merges the two).
 */
export function credentialProblems(
  destination: Destination,
  given: Record<string, string | null | undefined>,
  stored: string[] = []
): CredentialProblem[] {
  const problems: CredentialProblem[] = []
  for (const [key, value] of Object.entries(given)) {
    const only = ONLY_FOR[key]
    if (value != null && only && !only.includes(destination)) {
      problems.push({ field: `credentials.${key}`, message: `${destination} channels do not take it (only ${only.join(", ")})` })
    }
  }
  const has = (k: string) => (k in given ? given[k] != null && given[k] !== "" : stored.includes(k))
  // A refresh token is useless without the OAuth client that obtained it.
  if (has("refresh_token") && ONLY_FOR.refresh_token.includes(destination)) {
    for (const key of ["client_id", "client_secret"]) {
      if (!has(key)) problems.push({ field: `credentials.${key}`, message: "is required with refresh_token (the OAuth client that obtained it)" })
    }
  }
  return problems
}

/**
 * A service account key as the admin API takes it: the key file's content (a string), or the same
 * JSON as an object, which is stored as its text. The refusal says what is wrong in the file.
 */
export function parseServiceAccountCredential(value: unknown): { ok: true; text: string } | { ok: false; message: string } {
  const text = typeof value === "string" ? value : JSON.stringify(value)
  const parsed = parseServiceAccountKey(text)
  return parsed.ok ? { ok: true, text } : { ok: false, message: parsed.message }
}
