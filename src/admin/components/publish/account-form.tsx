import { Button, Input } from "@medusajs/ui"
import { useState } from "react"
import { ACCOUNT_CREDENTIALS, PUBLISH_NETWORKS, type PublishNetwork } from "../../../modules/social-publish/lib/networks"
import { useSaveAccount } from "../../hooks/publish"
import { errorsOf, revealFirstError } from "../../lib/api"
import { timeZones } from "../../lib/zoned-time"
import { CredentialsFields } from "../catalog/credentials-fields"
import { Choice } from "../choice"
import { Field, FormError } from "../field"
import type { Account } from "./types"

type AccountFormState = {
  network: PublishNetwork | ""
  name: string
  external_id: string
  board_id: string
  time_zone: string
  monthly_post_budget: string
  /** New values typed by the admin; an empty one leaves the stored credential alone. */
  credentials: Record<string, string>
  remove: Record<string, boolean>
}

const toForm = (a: Account | null): AccountFormState => ({
  network: a?.network ?? "",
  name: a?.name ?? "",
  external_id: a?.external_id ?? "",
  board_id: a?.board_id ?? "",
  time_zone: a?.time_zone ?? "UTC",
  monthly_post_budget: a?.monthly_post_budget != null ? String(a.monthly_post_budget) : "",
  credentials: {},
  remove: {},
})

/** What each network calls the account's id, for the hint under it. */
const EXTERNAL_ID: Record<PublishNetwork, string> = {
  facebook: "The Page id",
  instagram: "The Instagram professional account's user id",
  pinterest: "The user or business account",
  x: "The user name (used in permalinks)",
  linkedin: "The organisation id",
  tiktok: "The creator's open id",
}

/** A number typed in the budget field, or the text itself so that the server's 400 names it. */
const budgetValue = (text: string) => (text.trim() === "" ? null : /^\d+$/.test(text.trim()) ? Number(text.trim()) : text)

function toBody(f: AccountFormState, creating: boolean): Record<string, unknown> {
  const credentials: Record<string, string | null> = {}
  for (const [k, v] of Object.entries(f.credentials)) if (v) credentials[k] = v
  for (const [k, on] of Object.entries(f.remove)) if (on) credentials[k] = null
  const pinterest = f.network === "pinterest"
  const body: Record<string, unknown> = { name: f.name, time_zone: f.time_zone, ...(pinterest && f.board_id && { board_id: f.board_id }) }
  const budget = budgetValue(f.monthly_post_budget)
  if (creating) {
    return { ...body, network: f.network || undefined, external_id: f.external_id, credentials, ...(budget !== null && { monthly_post_budget: budget }) }
  }
  return { ...body, monthly_post_budget: budget, ...(Object.keys(credentials).length && { credentials }) }
}

/**
 * Connects an account (no `account`) or edits one. Credentials are write-only: the page shows only
 * whether each is set; a typed value replaces it, "Remove" erases it. The network's required and
 * optional credentials come from the server's own list; its 400 names the field.
 */
export function AccountForm({ account, onSaved }: { account: Account | null; onSaved?: (a: Account) => void }) {
  const [form, setForm] = useState(() => toForm(account))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const set = (patch: Partial<AccountFormState>) => setForm((f) => ({ ...f, ...patch }))
  const save = useSaveAccount(account, {
    onSuccess: (saved) => {
      setForm(toForm(saved))
      onSaved?.(saved)
    },
    onError: (e) => {
      setErrors(errorsOf(e))
      revealFirstError()
    },
  })
  const rules = form.network ? ACCOUNT_CREDENTIALS[form.network] : null
  return (
    <div className="flex flex-col gap-y-6 px-6 py-4" data-testid="account-form">
      <FormError errors={errors} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <Field label="Network" name="network" error={errors.network} hint={account ? "Cannot change after creation" : undefined}>
          {account ? <Input id="network" value={form.network} disabled /> : <Choice id="network" placeholder="Choose a network" value={form.network} options={PUBLISH_NETWORKS} labels={{ x: "X" }} onChange={(v) => set({ network: v as PublishNetwork, credentials: {}, remove: {} })} />}
        </Field>
        <Field label="Name" name="name" error={errors.name} hint="How the shop calls it in the admin">
          <Input id="name" value={form.name} onChange={(e) => set({ name: e.target.value })} />
        </Field>
        <Field label="Platform id" name="external_id" error={errors.external_id} hint={form.network ? EXTERNAL_ID[form.network] : undefined}>
          <Input id="external_id" value={form.external_id} onChange={(e) => set({ external_id: e.target.value })} disabled={!!account} />
        </Field>
        {form.network === "pinterest" ? (
          <Field label="Board id" name="board_id" error={errors.board_id} hint="The board the pins go to">
            <Input id="board_id" value={form.board_id} onChange={(e) => set({ board_id: e.target.value })} />
          </Field>
        ) : null}
        <Field label="Time zone" name="time_zone" error={errors.time_zone} hint="New posts are scheduled in it">
          <Choice id="time_zone" value={form.time_zone} options={timeZones()} onChange={(v) => set({ time_zone: v })} />
        </Field>
        <Field label="Monthly post budget" name="monthly_post_budget" error={errors.monthly_post_budget} hint={form.network === "x" ? "X bills per post: posts beyond it in a month (UTC) are held, not sent. Empty: no limit" : "Posts beyond it in a month (UTC) are held. Empty: no limit"}>
          <Input id="monthly_post_budget" type="text" inputMode="numeric" value={form.monthly_post_budget} onChange={(e) => set({ monthly_post_budget: e.target.value })} />
        </Field>
      </div>
      {rules ? (
        <CredentialsFields
          keys={[...rules.required, ...rules.optional.map((k) => `${k}?`)]}
          set={account?.credentials_set ?? {}}
          values={form.credentials}
          remove={form.remove}
          error={errors.credentials}
          withBaseUrl={false}
          onValue={(k, v) => set({ credentials: { ...form.credentials, [k]: v } })}
          onRemove={(k, on) => set({ remove: { ...form.remove, [k]: on } })}
        />
      ) : null}
      <div className="flex justify-end">
        <Button
          onClick={() => {
            setErrors({})
            save.mutate(toBody(form, !account))
          }}
          isLoading={save.isPending}
          data-testid="account-save"
        >
          {account ? "Save account" : "Connect account"}
        </Button>
      </div>
    </div>
  )
}
