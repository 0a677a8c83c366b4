import { Badge, Checkbox, Input, Label, Text } from "@medusajs/ui"
import { Field } from "../field"
import { words } from "../../lib/format"

type Props = {
  /** The destination's keys ("?" marks an optional one). */
  keys: string[]
  set: Record<string, boolean>
  values: Record<string, string>
  remove: Record<string, boolean>
  error?: string
  onValue: (key: string, value: string) => void
  onRemove: (key: string, on: boolean) => void
}

/**
 * Credentials are write-only: the API never returns them, only whether each is set. A typed
 * value replaces the stored one; an empty input keeps it.
 */
export function CredentialsFields({ keys, set, values, remove, error, onValue, onRemove }: Props) {
  const names = [...new Set([...keys.map((k) => k.replace(/\?$/, "")), "api_base_url", ...Object.keys(set)])]
  const optional = new Set(keys.filter((k) => k.endsWith("?")).map((k) => k.slice(0, -1)).concat("api_base_url"))
  return (
    <Field label="Credentials" name="credentials" error={error} hint="Stored encrypted and never shown again. Leave a field empty to keep what is stored.">
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
            <Input id={`credentials.${k}`} type={k === "api_base_url" ? "url" : "password"} autoComplete="off" value={values[k] ?? ""} placeholder={set[k] ? "unchanged" : ""} onChange={(e) => onValue(k, e.target.value)} />
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
