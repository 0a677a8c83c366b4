import { Badge, Button, Heading, Input, Text, Textarea, usePrompt } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { NETWORK_RULES } from "../../../modules/social-publish/lib/networks"
import { PLACEHOLDERS } from "../../../modules/social-publish/lib/template"
import { useAccounts, useComposerProduct, useDeletePost, useMarkets, useProductSearch, useSavePost } from "../../hooks/publish"
import { useSettings } from "../../hooks/settings"
import { backendUrl, errorsOf, revealFirstError } from "../../lib/api"
import { browserTimeZone, timeZones } from "../../lib/zoned-time"
import { Choice } from "../choice"
import { Field, FormError } from "../field"
import { LINK } from "../link-style"
import { accountLabel, previewPost, previewValues, SERVER_ONLY, toComposerForm, toPostBody, type ComposerForm } from "./compose-model"
import { Counters } from "./counters"
import { MonthlyBudget } from "./monthly-budget"
import { NetworkPreview } from "./previews"
import { StatusBadge } from "./status-badge"
import type { Post } from "./types"

const ALL_VARIANTS = "__product"
// A new post's tracked link does not exist before it is saved: the preview counts one of the same
// shape (share codes are 10 characters, SHARE_CODE_LENGTH); X counts any link as 23.
const LINK_TO_COME = backendUrl("/s/XXXXXXXXXX")

/**
 * Writes a post for one account and one market, or edits one not yet sent: the text from a
 * template (rendered with the market's values) or by hand, the title where the network has one,
 * and the time in a chosen zone. The preview and the counters use the server's own composing and
 * counting; the server composes again on save and its 400 is shown under the field it names.
 */
export function Composer({ post, productId, accountId, onSaved, onDeleted }: { post: Post | null; productId?: string; accountId?: string; onSaved: (p: Post) => void; onDeleted?: () => void }) {
  const { markets } = useMarkets()
  const [form, setForm] = useState<ComposerForm>(() => toComposerForm(post, { product_id: productId, account_id: accountId, currency_code: "", time_zone: browserTimeZone() }))
  const [saved, setSaved] = useState<string | null>(() => (post ? JSON.stringify(toComposerForm(post, { currency_code: "", time_zone: "" })) : null))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [search, setSearch] = useState("")
  const prompt = usePrompt()
  const set = (patch: Partial<ComposerForm>) => {
    setForm((f) => ({ ...f, ...patch }))
    // A server's message goes once its field changes (the text's goes with the template's too:
    // the server names `text` for a rendered template that is too long).
    const touched = Object.keys(patch).flatMap((k) => (k === "template" || k === "text" || k === "source" ? ["template", "text"] : k === "when" ? ["scheduled_at"] : [k]))
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !touched.includes(k))))
  }
  const currency = form.currency_code || markets.default_currency

  const accounts = useAccounts().data?.accounts ?? []
  const account = accounts.find((a) => a.id === form.account_id)
  const network = account?.network
  const shop = useSettings().data?.settings.brand_name ?? ""
  const found = useProductSearch(search).data?.products ?? []
  const product = useComposerProduct(form.kind === "product" ? form.product_id || undefined : undefined).data?.product ?? null
  const productChoices = product && !found.some((p) => p.id === product.id) ? [{ id: product.id, title: product.title }, ...found] : found
  const editing = !!post
  const editable = !post || ["draft", "scheduled", "held", "failed"].includes(post.status)

  const savePost = useSavePost(post, {
    onSuccess: (p) => {
      const next = toComposerForm(p, { currency_code: "", time_zone: "" })
      setForm(next)
      setSaved(JSON.stringify(next))
      onSaved(p)
    },
    onError: (e) => {
      setErrors(errorsOf(e))
      revealFirstError()
    },
  })
  const deletePost = useDeletePost(() => onDeleted?.())

  // As saved: the server's text. Changed since: composed here with the server's function.
  const unchanged = !!post && saved === JSON.stringify(form)
  const composed = useMemo(() => {
    if (!network) return null
    if (unchanged && post) return { text: post.text, title: post.title, problems: [] }
    const link = form.kind === "link" ? form.link_url || null : (post?.share_url ?? LINK_TO_COME)
    return previewPost(network, form, previewValues({ product, variantId: form.variant_id, currency, locale: form.locale, link: link ?? "", shop }))
  }, [network, unchanged, post, form, product, currency, shop])
  const problems = Object.fromEntries((composed?.problems ?? []).map((p) => [p.field, p.message]))
  const approximated = !unchanged && form.kind === "product" && form.source === "template" ? SERVER_ONLY.filter((k) => form.template.includes(`{${k}}`)) : []
  const errorOf = (field: string) => errors[field] ?? problems[field]

  const save = (status: "draft" | "scheduled") => {
    setErrors({})
    savePost.mutate(toPostBody({ ...form, currency_code: currency }, status, editing, network))
  }
  const remove = async () => {
    if (!post || !(await prompt({ title: "Delete this post?", description: "It is not sent; its tracked link stops counting.", confirmText: "Delete", cancelText: "Cancel" }))) return
    deletePost.mutate(post.id)
  }
  const editorField = form.source === "template" ? "template" : "text"

  return (
    <div className="grid grid-cols-1 gap-6 px-6 py-4 lg:grid-cols-[minmax(0,1fr)_380px]" data-testid="composer">
      <div className="flex flex-col gap-y-4">
        {post ? (
          <div className="flex flex-wrap items-center gap-2" data-testid="composer-status">
            <StatusBadge status={post.status} />
            {post.permalink ? (
              <a className={LINK} href={post.permalink} target="_blank" rel="noreferrer">
                View on {network ?? "the network"}
              </a>
            ) : null}
            {post.error_message ? <Text size="small" className="text-ui-fg-error">{post.error_message}</Text> : null}
            {!editable ? <Text size="small">This post is {post.status} and can no longer change.</Text> : null}
          </div>
        ) : null}
        <FormError errors={errors} />
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field label="Account" name="account_id" error={errors.account_id} hint={editing ? "A post keeps its account, product and market; write a new one for another" : undefined}>
            <Choice
              id="account_id"
              placeholder={accounts.length ? "Choose an account" : "Connect an account first"}
              value={form.account_id}
              options={accounts.map((a) => a.id)}
              labels={Object.fromEntries(accounts.map((a) => [a.id, accountLabel(a)]))}
              onChange={(v) => set({ account_id: v, time_zone: accounts.find((a) => a.id === v)?.time_zone ?? form.time_zone })}
              disabled={editing}
            />
          </Field>
          <Field label="About" name="kind">
            <Choice id="kind" value={form.kind} options={["product", "link"]} labels={{ product: "A product", link: "A storefront link (free text)" }} onChange={(v) => set({ kind: v as ComposerForm["kind"], source: v === "link" ? "text" : form.source })} disabled={editing} />
          </Field>
        </div>
        {form.kind === "product" ? (
          <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
            <Field label="Find a product" name="product_search">
              <Input id="product_search" type="text" placeholder="Title" value={search} onChange={(e) => setSearch(e.target.value)} disabled={editing} />
            </Field>
            <Field label="Product" name="product_id" error={errors.product_id}>
              <Choice id="product_id" placeholder="Choose a product" value={form.product_id} options={productChoices.map((p) => p.id)} labels={Object.fromEntries(productChoices.map((p) => [p.id, p.title]))} onChange={(v) => set({ product_id: v, variant_id: "" })} disabled={editing} />
            </Field>
            <Field label="Variant" name="variant_id" error={errors.variant_id} hint="Its price and picture; else the product's">
              <Choice
                id="variant_id"
                value={form.variant_id || ALL_VARIANTS}
                options={[ALL_VARIANTS, ...(product?.variants ?? []).map((v) => v.id)]}
                labels={Object.fromEntries([[ALL_VARIANTS, "The product"], ...(product?.variants ?? []).map((v) => [v.id, v.title ?? v.id])])}
                onChange={(v) => set({ variant_id: v === ALL_VARIANTS ? "" : v })}
                disabled={editing}
              />
            </Field>
          </div>
        ) : (
          <Field label="Link" name="link_url" error={errors.link_url} hint="A page of the storefront; it is tagged so its orders count for this post">
            <Input id="link_url" type="url" value={form.link_url} onChange={(e) => set({ link_url: e.target.value })} disabled={editing} />
          </Field>
        )}
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field label="Language" name="locale" error={errors.locale} hint="The market's language: the text's prices are formatted in it">
            <Choice id="locale" value={form.locale} options={markets.locales} labels={Object.fromEntries(markets.locales.map((l) => [l, l]))} onChange={(v) => set({ locale: v })} disabled={editing} />
          </Field>
          <Field label="Currency" name="currency_code" error={errors.currency_code} hint="The market's currency: the price its shoppers pay">
            <Choice id="currency_code" value={currency} options={markets.currencies} labels={Object.fromEntries(markets.currencies.map((c) => [c, c.toUpperCase()]))} onChange={(v) => set({ currency_code: v })} disabled={editing} />
          </Field>
        </div>
        {form.kind === "product" ? (
          <Field label="Write" name="source">
            <Choice id="source" value={form.source} options={["template", "text"]} labels={{ template: "From a template", text: "By hand" }} onChange={(v) => set({ source: v as ComposerForm["source"] })} />
          </Field>
        ) : null}
        <Field
          label={form.source === "template" ? "Template" : "Text"}
          name={editorField}
          error={errorOf(editorField) ?? (form.source === "template" ? errorOf("text") : undefined)}
          hint={form.source === "template" ? `Placeholders: ${PLACEHOLDERS.map((p) => `{${p}}`).join(" ")}` : undefined}
        >
          <Textarea id={editorField} rows={6} value={form.source === "template" ? form.template : form.text} onChange={(e) => set(form.source === "template" ? { template: e.target.value } : { text: e.target.value })} />
        </Field>
        {network ? <Counters network={network} text={composed?.text ?? ""} title={composed?.title ?? null} /> : null}
        {network && NETWORK_RULES[network].title_max !== undefined ? (
          <Field label="Title" name="title" error={errorOf("title")} hint={`Up to ${NETWORK_RULES[network].title_max} characters; placeholders work here too`}>
            <Input id="title" value={form.title} onChange={(e) => set({ title: e.target.value })} />
          </Field>
        ) : null}
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field label="Publish at" name="scheduled_at" error={errors.scheduled_at} hint="Needed to schedule; a draft may keep a date">
            <Input id="scheduled_at" type="datetime-local" value={form.when} onChange={(e) => set({ when: e.target.value })} />
          </Field>
          <Field label="Time zone" name="time_zone" error={errors.time_zone}>
            <Choice id="time_zone" value={form.time_zone} options={timeZones()} onChange={(v) => set({ time_zone: v })} />
          </Field>
        </div>
        {account?.monthly_post_budget != null ? <MonthlyBudget account={account} /> : null}
        <div className="flex flex-wrap justify-end gap-2">
          {post && editable ? (
            <Button variant="danger" onClick={remove} isLoading={deletePost.isPending} data-testid="post-delete">
              Delete
            </Button>
          ) : null}
          <Button variant="secondary" onClick={() => save("draft")} isLoading={savePost.isPending} disabled={!editable} data-testid="post-save-draft">
            Save draft
          </Button>
          <Button onClick={() => save("scheduled")} isLoading={savePost.isPending} disabled={!editable} data-testid="post-schedule">
            Schedule
          </Button>
        </div>
      </div>
      <div className="flex flex-col gap-y-2" data-testid="composer-preview">
        <div className="flex items-center justify-between">
          <Heading level="h2">Preview</Heading>
          {network ? <Badge size="2xsmall">{unchanged ? "as saved" : "before saving"}</Badge> : null}
        </div>
        {account && composed ? (
          <>
            <NetworkPreview
              network={account.network}
              accountName={account.name}
              handle={account.external_id}
              text={composed.text}
              title={composed.title}
              media={NETWORK_RULES[account.network].media}
              product={form.kind === "product" && product ? { id: product.id, title: product.title, thumbnail: product.thumbnail } : null}
              variantId={form.variant_id}
              currency={currency}
              locale={form.locale}
              link={form.kind === "link" ? form.link_url : (post?.share_url ?? LINK_TO_COME)}
            />
            {approximated.length ? (
              <Text size="xsmall" className="text-ui-fg-subtle" data-testid="preview-approximated">
                {approximated.map((k) => `{${k}}`).join(", ")}: filled in by the server for this market when the post is saved. Prices here are list prices; the saved text has the market's.
              </Text>
            ) : null}
          </>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            Choose an account to see the post as its network will show it.
          </Text>
        )}
      </div>
    </div>
  )
}
