import { Badge, Checkbox, Input, Label, Text, Textarea } from "@medusajs/ui"
import { Field } from "../field"
import { words } from "../../lib/format"

type Props = {
  /** The destination's keys ("?" marks an optional one). */
  keys: string[]
  /** The destination's ways to sign in: one of these sets is needed for a push. */
  signIn?: string[][]
  set: Record<string, boolean>
  values: Record<string, string>
  remove: Record<string, boolean>
  error?: string
  onValue: (key: string, value: string) => void
  onRemove: (key: string, on: boolean) => void
  /** Catalog destinations take an `api_base_url` (a proxy, a sandbox); social accounts do not. */
  withBaseUrl?: boolean
}

/** Multi-line credentials: a key file pasted whole. */
const MULTILINE = new Set(["service_account_json"])

/**
 * Credentials are write-only: the API never returns them, only whether each is set. A typed
 * value replaces the stored one; an empty input keeps it. A destination with several ways to
 * sign in (Google: a service account key, an OAuth refresh token, or an access token that lasts
 * an hour) says so in the hint.
 */
export function CredentialsFields({ keys, signIn, set, values, remove, error, onValue, onRemove, withBaseUrl = true }: Props) {
  const extra = withBaseUrl ? ["api_base_url"] : []
  const names = [...new Set([...keys.map((k) => k.replace(/\?$/, "")), ...extra, ...Object.keys(set)])]
  const optional = new Set(keys.filter((k) => k.endsWith("?")).map((k) => k.slice(0, -1)).concat(extra))
  const ways = signIn && signIn.length > 1 ? ` Sign in with one of: ${signIn.map((group) => group.map(words).join(" + ")).join("; or ")}.` : ""
  return (
    <Field label="Credentials" name="credentials" error={error} hint={`Stored encrypted and never shown again. Leave a field empty to keep what is stored.${ways}`}>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {names.map((k) => (
          <div key={k} className="flex flex-col gap-y-1" data-credential={k}>
            <div className="flex items-center gap-x-2">
              <Label htmlFor={`credentials.${k}`} size="small">
                {words(k)}
                {optional.has(k) ? " (optional)" : ""}
              </Label>
              <Badge size="2xsmall" color={set[k] ? "green" : "grey"} data-credential-state={k}>
                {set[k] ? "set" : "not set"}
              </Badge>
            </div>
            {MULTILINE.has(k) ? (
              <Textarea
                id={`credentials.${k}`}
                rows={4}
                autoComplete="off"
                spellCheck={false}
                value={values[k] ?? ""}
                placeholder={set[k] ? "unchanged" : "Paste the whole content of the service account's JSON key file"}
                onChange={(e) => onValue(k, e.target.value)}
              />
            ) : (
              <Input id={`credentials.${k}`} type={k === "api_base_url" || k === "token_uri" ? "url" : "password"} autoComplete="off" value={values[k] ?? ""} placeholder={set[k] ? "unchanged" : ""} onChange={(e) => onValue(k, e.target.value)} />
            )}
            {set[k] ? (
              <div className="flex items-center gap-x-2">
                <Checkbox id={`remove.${k}`} checked={!!remove[k]} onCheckedChange={(on) => onRemove(k, on === true)} />
                <Label htmlFor={`remove.${k}`} size="xsmall">
                  <Text size="xsmall">Remove</Text>
                </Label>
              </div>
            ) : null}
          </div>
        ))}
      </div>
    </Field>
  )
}
