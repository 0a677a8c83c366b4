import { Button, Input, Label, Switch, toast } from "@medusajs/ui"
import { useState } from "react"
import { Field, FormError } from "../field"
import { Choice } from "../choice"
import { errorsOf, revealFirstError } from "../../lib/api"
import { useDestinations, useSaveChannel } from "../../hooks/channels"
import { CHANNEL_MODES } from "../../../modules/social-catalog/lib/vocabulary"
import { CredentialsFields } from "./credentials-fields"
import { FilterFields } from "./filter-fields"
import { MappingFields } from "./mapping-fields"
import { MarketFields } from "./market-fields"
import { FormTextError, toBody, toForm, type ChannelFormState } from "./form-model"
import type { Channel, Destination } from "./types"

/**
 * Creates a channel (no `channel`) or edits one. Nothing is checked here that the server checks:
 * its 400 names the field, and the message is shown under that field. A save refetches the
 * channel wherever it is shown.
 */
export function ChannelForm({ channel, onSaved }: { channel: Channel | null; onSaved?: (c: Channel) => void }) {
  const [form, setForm] = useState<ChannelFormState>(() => toForm(channel))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const destinations: Destination[] = useDestinations().data?.destinations ?? []
  const dest = destinations.find((d) => d.destination === form.destination)
  const set = (patch: Partial<ChannelFormState>) => setForm((f) => ({ ...f, ...patch }))
  const refused = (next: Record<string, string>) => {
    setErrors(next)
    revealFirstError()
  }
  const saveChannel = useSaveChannel(channel, {
    onSuccess: (saved) => {
      setForm(toForm(saved))
      onSaved?.(saved)
    },
    onError: (e) => refused(errorsOf(e)),
  })

  const save = () => {
    setErrors({})
    let body: object
    try {
      body = toBody(form, !channel)
    } catch (e) {
      // A text field that is not what it says (JSON labels, a category map line): nothing is sent.
      if (!(e instanceof FormTextError)) throw e
      refused({ [e.field]: e.message })
      toast.error("The channel was not saved")
      return
    }
    saveChannel.mutate(body)
  }

  return (
    <div className="flex flex-col gap-y-6 px-6 py-4" data-testid="channel-form">
      <FormError errors={errors} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <Field label="Name" name="name" error={errors.name}>
          <Input id="name" value={form.name} onChange={(e) => set({ name: e.target.value })} />
        </Field>
        <Field label="Destination" name="destination" error={errors.destination} hint={channel ? "Cannot change after creation" : undefined}>
          {channel ? (
            <Input id="destination" value={form.destination} disabled />
          ) : (
            <Choice id="destination" placeholder="Choose a destination" value={form.destination} options={destinations.map((d) => d.destination)} onChange={(v) => set({ destination: v, feed_format: "" })} />
          )}
        </Field>
        <Field label="Mode" name="mode" error={errors.mode} hint="feed: the platform pulls a file; push: we send changes by API">
          <Choice id="mode" value={form.mode} options={CHANNEL_MODES} onChange={(v) => set({ mode: v })} />
        </Field>
        <Field label="Feed format" name="feed_format" error={errors.feed_format}>
          <Choice id="feed_format" placeholder="The destination's default" value={form.feed_format} options={dest?.feed_formats ?? []} onChange={(v) => set({ feed_format: v })} />
        </Field>
        <div className="flex items-center gap-x-2">
          <Switch id="enabled" checked={form.enabled} onCheckedChange={(on) => set({ enabled: on })} />
          <Label htmlFor="enabled">Enabled</Label>
        </div>
        <div className="flex items-center gap-x-2" data-field="prices_include_tax">
          <Switch id="prices_include_tax" checked={form.prices_include_tax} onCheckedChange={(on) => set({ prices_include_tax: on })} />
          <Label htmlFor="prices_include_tax">Prices include tax</Label>
        </div>
      </div>
      <MarketFields form={form} errors={errors} set={set} />
      <FilterFields include={form.include} exclude={form.exclude} error={errors.filters} onChange={(which, v) => set({ [which]: v })} />
      <MappingFields value={form.mapping} error={errors.field_mapping} onChange={(mapping) => set({ mapping })} />
      <CredentialsFields
        keys={dest?.credential_keys ?? []}
        signIn={dest?.sign_in}
        set={channel?.credentials_set ?? {}}
        values={form.credentials}
        remove={form.remove}
        error={errors.credentials}
        onValue={(k, v) => set({ credentials: { ...form.credentials, [k]: v } })}
        onRemove={(k, on) => set({ remove: { ...form.remove, [k]: on } })}
      />
      <div className="flex justify-end">
        <Button onClick={save} isLoading={saveChannel.isPending} data-testid="channel-save">
          {channel ? "Save channel" : "Create channel"}
        </Button>
      </div>
    </div>
  )
}
