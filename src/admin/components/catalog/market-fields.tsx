import { Input } from "@medusajs/ui"
import { Field } from "../field"
import { Choice } from "../choice"
import { useMarketChoices } from "../../hooks/channels"
import type { ChannelFormState } from "./form-model"

const NONE = "__none"

/** The market: which sales channel's products, which region's prices, in which currency and language. */
export function MarketFields({ form, errors, set }: { form: ChannelFormState; errors: Record<string, string>; set: (patch: Partial<ChannelFormState>) => void }) {
  const { regions, salesChannels: channels } = useMarketChoices()
  const label = (list: { id: string; name: string }[]) => Object.fromEntries([[NONE, "None"], ...list.map((x) => [x.id, x.name])])
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
      <Field label="Sales channel" name="sales_channel_id" error={errors.sales_channel_id}>
        <Choice id="sales_channel_id" value={form.sales_channel_id || NONE} options={[NONE, ...channels.map((c) => c.id)]} labels={label(channels)} onChange={(v) => set({ sales_channel_id: v === NONE ? "" : v })} />
      </Field>
      <Field label="Region (prices and taxes)" name="region_id" error={errors.region_id}>
        <Choice
          id="region_id"
          value={form.region_id || NONE}
          options={[NONE, ...regions.map((r) => r.id)]}
          labels={label(regions)}
          onChange={(v) => {
            const region = regions.find((r) => r.id === v)
            set({ region_id: v === NONE ? "" : v, ...(region && !form.currency_code && { currency_code: region.currency_code }) })
          }}
        />
      </Field>
      <Field label="Currency" name="currency_code" error={errors.currency_code} hint="ISO 4217, e.g. usd">
        <Input id="currency_code" value={form.currency_code} onChange={(e) => set({ currency_code: e.target.value })} />
      </Field>
      <Field label="Language" name="language" error={errors.language} hint="e.g. en or en-US">
        <Input id="language" value={form.language} onChange={(e) => set({ language: e.target.value })} />
      </Field>
      <Field label="Country" name="country" error={errors.country} hint="ISO 3166, e.g. us">
        <Input id="country" value={form.country} onChange={(e) => set({ country: e.target.value })} />
      </Field>
    </div>
  )
}
