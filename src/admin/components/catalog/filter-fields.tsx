import { Input } from "@medusajs/ui"
import { Field } from "../field"
import { words } from "../../lib/format"
import type { RuleText } from "./form-model"

const KEYS = ["collection_ids", "category_ids", "tags", "type_ids"] as const

/** Which products the channel lists: include (any match) and exclude lists, comma-separated. */
export function FilterFields({ include, exclude, error, onChange }: { include: RuleText; exclude: RuleText; error?: string; onChange: (which: "include" | "exclude", value: RuleText) => void }) {
  return (
    <Field label="Filters" name="filters" error={error} hint="Comma-separated ids or tags. Empty lists: every published product.">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {(["include", "exclude"] as const).map((which) => {
          const rule = which === "include" ? include : exclude
          return (
            <div key={which} className="flex flex-col gap-y-2">
              {KEYS.map((k) => (
                <Input key={k} id={`filters.${which}.${k}`} aria-label={`${which} ${words(k)}`} placeholder={`${which}: ${words(k)}`} value={rule[k]} onChange={(e) => onChange(which, { ...rule, [k]: e.target.value })} />
              ))}
            </div>
          )
        })}
      </div>
    </Field>
  )
}
