import { Checkbox, Input, Label, Textarea } from "@medusajs/ui"
import { Field } from "../field"
import { Choice } from "../choice"
import { GTIN_SOURCES, MPN_SOURCES, PRODUCT_CONDITIONS } from "../../../modules/social-catalog/lib/vocabulary"
import type { MappingText } from "./form-model"

const NONE = "__none"

/** How Medusa's fields become the platform's: brand, identifiers, condition, categories, labels. */
export function MappingFields({ value, error, onChange }: { value: MappingText; error?: string; onChange: (v: MappingText) => void }) {
  const set = <K extends keyof MappingText>(k: K, v: MappingText[K]) => onChange({ ...value, [k]: v })
  return (
    <Field label="Field mapping" name="field_mapping" error={error}>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <Input id="field_mapping.brand" aria-label="Brand" placeholder="Brand (default: the store's brand name)" value={value.brand} onChange={(e) => set("brand", e.target.value)} />
        <Input id="field_mapping.brand_metadata_key" aria-label="Brand metadata key" placeholder="Brand from product metadata key" value={value.brand_metadata_key} onChange={(e) => set("brand_metadata_key", e.target.value)} />
        <Choice id="field_mapping.condition" ariaLabel="Condition" value={value.condition || NONE} options={[NONE, ...PRODUCT_CONDITIONS]} labels={{ [NONE]: "Condition: default (new)" }} onChange={(v) => set("condition", v === NONE ? "" : v)} />
        <div className="flex items-center gap-x-4">
          <Label size="small">GTIN from</Label>
          {GTIN_SOURCES.map((g) => (
            <div key={g} className="flex items-center gap-x-1">
              <Checkbox id={`gtin-${g}`} checked={value.gtin_from.includes(g)} onCheckedChange={(on) => set("gtin_from", on === true ? [...value.gtin_from, g] : value.gtin_from.filter((x) => x !== g))} />
              <Label htmlFor={`gtin-${g}`} size="small">
                {g}
              </Label>
            </div>
          ))}
        </div>
        <Choice id="field_mapping.mpn_from" ariaLabel="MPN from" value={value.mpn_from || NONE} options={[NONE, ...MPN_SOURCES]} labels={{ [NONE]: "MPN: none" }} onChange={(v) => set("mpn_from", v === NONE ? "" : v)} />
        <div />
        <Textarea id="field_mapping.category_map" aria-label="Category map" rows={3} placeholder={"One a line: category id = platform category\npcat_123 = Apparel & Accessories > Clothing"} value={value.category_map} onChange={(e) => set("category_map", e.target.value)} />
        <Textarea id="field_mapping.custom_labels" aria-label="Custom labels" rows={3} placeholder={'Custom labels (JSON), e.g. [{"from":"collection"},{"from":"tag_prefix","prefix":"season:"}]'} value={value.custom_labels} onChange={(e) => set("custom_labels", e.target.value)} />
      </div>
    </Field>
  )
}
