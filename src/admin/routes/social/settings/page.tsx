import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CogSixTooth } from "@medusajs/icons"
import { Button, Checkbox, Container, Heading, Hint, Input, Label, Switch, Text, Textarea, Toaster } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Field } from "../../../components/field"
import { errorsOf } from "../../../lib/api"
import { ReviewRequestSettings } from "../../../components/review-requests/review-request-settings"
import { COLORS, useSettings, useUpdateSettings, useUploadLogo, type Settings } from "../../../hooks/settings"

const NETWORKS = ["facebook", "instagram", "x", "pinterest", "whatsapp", "linkedin", "telegram", "reddit", "tiktok", "email"]
const FEATURES = ["cards", "catalog", "reviews", "rewards", "attribution"]

/** The form keeps extra origins as text, one per line. */
type Form = Omit<Settings, "allowed_redirect_origins" | "logo_url"> & { extra_origins: string }

function toForm(s: Settings): Form {
  const own = new URL(s.storefront_url).origin
  return {
    ...s,
    extra_origins: s.allowed_redirect_origins.filter((o) => o !== own).join("\n"),
  }
}

const SocialSettingsPage = () => {
  const query = useSettings()
  const [form, setForm] = useState<Form | null>(null)
  const [logoUrl, setLogoUrl] = useState<string | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const saved = (settings: Settings) => {
    setForm(toForm(settings))
    setLogoUrl(settings.logo_url)
  }
  // The form starts from the first answer; later refetches do not overwrite what is being typed.
  useEffect(() => {
    if (query.data && !form) saved(query.data.settings)
  }, [query.data, form])
  const update = useUpdateSettings({ onSuccess: saved, onError: (e) => setErrors(errorsOf(e)) })
  const upload = useUploadLogo({
    onSuccess: (file) => {
      setForm((f) => f && { ...f, logo_file_id: file.id })
      setLogoUrl(file.url)
    },
    onError: (e) => setErrors((x) => ({ ...x, logo_file_id: e.message })),
  })

  if (!form) {
    return (
      <Container>
        <Text>{query.error?.message ?? "Loading…"}</Text>
      </Container>
    )
  }

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm({ ...form, [key]: value })

  const save = () => {
    setErrors({})
    update.mutate({
      storefront_url: form.storefront_url.trim(),
      product_url_template: form.product_url_template.trim(),
      allowed_redirect_origins: form.extra_origins.split("\n").map((l) => l.trim()).filter(Boolean),
      brand_name: form.brand_name,
      brand_colors: form.brand_colors,
      logo_file_id: form.logo_file_id,
      enabled_networks: form.enabled_networks,
      features: form.features,
      review_auto_approve: form.review_auto_approve,
      review_allow_unverified: form.review_allow_unverified,
    })
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Toaster />
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h1">Social</Heading>
            <Text className="text-ui-fg-subtle" size="small">
              Share links, product cards, social shops, reviews, rewards and attribution.
            </Text>
          </div>
          <Button onClick={save} isLoading={update.isPending} data-testid="social-save">
            Save
          </Button>
        </div>
        {errors._form && (
          <div className="px-6 py-3">
            <Hint variant="error">{errors._form}</Hint>
          </div>
        )}
        <div className="grid grid-cols-1 gap-6 px-6 py-4 md:grid-cols-2">
          <Field label="Storefront URL" name="storefront_url" error={errors.storefront_url}>
            <Input id="storefront_url" value={form.storefront_url} onChange={(e) => set("storefront_url", e.target.value)} />
          </Field>
          <Field label="Product URL template" name="product_url_template" error={errors.product_url_template} hint="Placeholders: {storefront}, {handle}, {id}, {locale}, {country}">
            <Input id="product_url_template" value={form.product_url_template} onChange={(e) => set("product_url_template", e.target.value)} />
          </Field>
          <Field label="Other allowed redirect origins" name="allowed_redirect_origins" error={errors.allowed_redirect_origins} hint="One per line. Share links redirect only to these and the storefront.">
            <Textarea id="allowed_redirect_origins" value={form.extra_origins} onChange={(e) => set("extra_origins", e.target.value)} />
          </Field>
          <Field label="Brand name" name="brand_name" error={errors.brand_name}>
            <Input id="brand_name" value={form.brand_name} onChange={(e) => set("brand_name", e.target.value)} />
          </Field>
        </div>
        <div className="grid grid-cols-2 gap-6 px-6 py-4 md:grid-cols-5">
          {COLORS.map((c) => (
            <Field key={c} label={`Colour: ${c}`} name={`brand_colors.${c}`} error={errors.brand_colors?.includes(`${c}:`) ? errors.brand_colors : undefined}>
              <div className="flex items-center gap-x-2">
                <input type="color" aria-label={`${c} colour picker`} value={form.brand_colors[c].length === 7 ? form.brand_colors[c] : "#000000"} onChange={(e) => set("brand_colors", { ...form.brand_colors, [c]: e.target.value })} />
                <Input id={`brand_colors.${c}`} value={form.brand_colors[c]} onChange={(e) => set("brand_colors", { ...form.brand_colors, [c]: e.target.value })} />
              </div>
            </Field>
          ))}
          <Field label="Logo" name="logo_file_id" error={errors.logo_file_id}>
            {logoUrl && <img src={logoUrl} alt="Logo" className="h-10 w-auto" />}
            <input id="logo_file_id" type="file" accept="image/png,image/jpeg,image/webp,image/svg+xml" onChange={(e) => e.target.files?.[0] && upload.mutate(e.target.files[0])} />
          </Field>
        </div>
        <div className="px-6 py-4">
          <Field label="Networks" name="enabled_networks" error={errors.enabled_networks}>
            <div className="flex flex-wrap gap-4">
              {NETWORKS.map((n) => (
                <div key={n} className="flex items-center gap-x-2">
                  <Checkbox
                    id={`network-${n}`}
                    checked={form.enabled_networks.includes(n)}
                    onCheckedChange={(on) => set("enabled_networks", on ? [...form.enabled_networks, n] : form.enabled_networks.filter((x) => x !== n))}
                  />
                  <Label htmlFor={`network-${n}`}>{n}</Label>
                </div>
              ))}
            </div>
          </Field>
        </div>
        <div className="px-6 py-4">
          <Field label="Capabilities" name="features" error={errors.features}>
            <div className="flex flex-wrap gap-6">
              {FEATURES.map((f) => (
                <div key={f} className="flex items-center gap-x-2">
                  <Switch id={`feature-${f}`} checked={form.features[f] !== false} onCheckedChange={(on) => set("features", { ...form.features, [f]: on })} />
                  <Label htmlFor={`feature-${f}`}>{f}</Label>
                </div>
              ))}
            </div>
          </Field>
        </div>
        <div className="px-6 py-4">
          <Field label="Reviews" name="reviews" error={errors.review_auto_approve ?? errors.review_allow_unverified}>
            <div className="flex flex-wrap gap-6">
              <div className="flex items-center gap-x-2">
                <Switch id="review_auto_approve" checked={form.review_auto_approve} onCheckedChange={(on) => set("review_auto_approve", on)} />
                <Label htmlFor="review_auto_approve">Publish new reviews without moderation</Label>
              </div>
              <div className="flex items-center gap-x-2">
                <Switch id="review_allow_unverified" checked={form.review_allow_unverified} onCheckedChange={(on) => set("review_allow_unverified", on)} />
                <Label htmlFor="review_allow_unverified">Accept reviews from customers who did not buy (marked unverified)</Label>
              </div>
            </div>
          </Field>
        </div>
      </Container>
      <ReviewRequestSettings />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Settings",
  icon: CogSixTooth,
})

export default SocialSettingsPage
