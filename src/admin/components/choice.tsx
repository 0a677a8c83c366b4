import { Select } from "@medusajs/ui"
import { words } from "../lib/format"

/**
 * A Select over a fixed list of words (the server's own vocabulary). `ariaLabel` names it where no
 * `<label for>` does (a select among others under one heading).
 */
export function Choice({ id, value, options, onChange, placeholder, labels, ariaLabel, disabled }: { id?: string; value: string; options: readonly string[]; onChange: (v: string) => void; placeholder?: string; labels?: Record<string, string>; ariaLabel?: string; disabled?: boolean }) {
  return (
    <Select value={value} onValueChange={onChange} disabled={disabled}>
      <Select.Trigger id={id} aria-label={ariaLabel}>
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        {options.map((o) => (
          <Select.Item key={o} value={o}>
            {labels?.[o] ?? words(o)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
