import { Button, Container, Heading, Input, Label, Switch, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { sdk } from "../../lib/sdk"

type Settings = { enabled: boolean; delay_days: number; after_delivery_days: number; country_delays: Record<string, number>; reminder_days: number | null }
type Form = { enabled: boolean; delay_days: string; after_delivery_days: string; country_delays: string; reminder_days: string }

const KEY = ["social", "review-request-settings"]

const toForm = (s: Settings): Form => ({
  enabled: s.enabled,
  delay_days: String(s.delay_days),
  after_delivery_days: String(s.after_delivery_days),
  country_delays: Object.entries(s.country_delays).map(([c, d]) => `${c.toUpperCase()}=${d}`).join(", "),
  reminder_days: s.reminder_days == null ? "" : String(s.reminder_days),
})

/** "FR=3, AU=14" into { fr: 3, au: 14 }; the server checks the codes and numbers (a 400 names the field). */
function parseCountries(text: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const part of text.split(/[,\n]/).map((p) => p.trim()).filter(Boolean)) {
    const [code, days] = part.split("=").map((p) => p.trim())
    out[code] = Number(days)
  }
  return out
}

/** The review-request section of the Social settings page: on/off, delays (per country), the reminder. */
export function ReviewRequestSettings() {
  const client = useQueryClient()
  const { data } = useQuery({
    queryKey: KEY,
    queryFn: () => sdk.client.fetch<{ settings: Settings }>("/admin/social/review-requests/settings"),
  })
  const [form, setForm] = useState<Form | null>(null)
  useEffect(() => {
    if (data) setForm(toForm(data.settings))
  }, [data])
  const save = useMutation({
    mutationFn: (f: Form) =>
      sdk.client.fetch<{ settings: Settings }>("/admin/social/review-requests/settings", {
        method: "POST",
        body: {
          enabled: f.enabled,
          delay_days: Number(f.delay_days),
          after_delivery_days: Number(f.after_delivery_days),
          country_delays: parseCountries(f.country_delays),
          reminder_days: f.reminder_days.trim() === "" ? null : Number(f.reminder_days),
        },
      }),
    onSuccess: (res) => {
      client.setQueryData(KEY, res)
      toast.success("Review request settings saved")
    },
    onError: (e: Error) => toast.error(e.message),
  })
  if (!form) return null
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm({ ...form, [k]: v })
  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4">
      <div>
        <Heading level="h2">Review requests</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Ask buyers for a review after delivery, or some days after shipment when no delivery is recorded.
        </Text>
      </div>
      <div className="flex items-center gap-x-2">
        <Switch id="rr-enabled" checked={form.enabled} onCheckedChange={(on) => set("enabled", on)} />
        <Label htmlFor="rr-enabled">Send review requests</Label>
      </div>
      <div className="grid grid-cols-2 gap-4">
        <div>
          <Label htmlFor="rr-delay">Days after shipment</Label>
          <Input id="rr-delay" type="number" min={0} value={form.delay_days} onChange={(e) => set("delay_days", e.target.value)} />
        </div>
        <div>
          <Label htmlFor="rr-after">Days after delivery</Label>
          <Input id="rr-after" type="number" min={0} value={form.after_delivery_days} onChange={(e) => set("after_delivery_days", e.target.value)} />
        </div>
        <div>
          <Label htmlFor="rr-countries">Days after shipment per country (e.g. AU=14, US=5)</Label>
          <Input id="rr-countries" value={form.country_delays} onChange={(e) => set("country_delays", e.target.value)} />
        </div>
        <div>
          <Label htmlFor="rr-reminder">Reminder after (days; empty for none)</Label>
          <Input id="rr-reminder" type="number" min={1} value={form.reminder_days} onChange={(e) => set("reminder_days", e.target.value)} />
        </div>
      </div>
      <div className="flex justify-end">
        <Button size="small" isLoading={save.isPending} onClick={() => save.mutate(form)}>
          Save review requests
        </Button>
      </div>
    </Container>
  )
}
