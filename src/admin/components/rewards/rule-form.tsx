import { Button, Checkbox, Input, Label, Textarea } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { Field, FormError } from "../field"
import { Choice } from "../choice"
import { errorsOf, revealFirstError } from "../../lib/api"
import { useSaveRule } from "../../hooks/rewards"
import { ORDER_TRIGGERS, REWARD_TYPES, RULE_STATUSES, TRIGGERS, type Trigger } from "../../../modules/social-reward/lib/vocabulary"
import { CAP_PERIODS } from "../../../modules/social-reward/lib/caps"
import { toRuleBody, toRuleForm, type RuleFormState } from "./rule-model"
import type { RewardRule } from "./types"

function Num({ id, label, value, onChange, placeholder }: { id: string; label: string; value: string; onChange: (v: string) => void; placeholder?: string }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="small">
        {label}
      </Label>
      <Input id={id} inputMode="decimal" value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
    </div>
  )
}

const Row = ({ children }: { children: ReactNode }) => <div className="grid grid-cols-1 gap-4 md:grid-cols-4">{children}</div>

/**
 * Creates or edits a reward rule (an edit is a new version; grants keep theirs). The server
 * decides what is valid, FTC rules included; its 400 is shown under the field it names.
 */
export function RuleForm({ rule, onSaved }: { rule: RewardRule | null; onSaved?: (r: RewardRule) => void }) {
  const [f, setF] = useState<RuleFormState>(() => toRuleForm(rule))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const set = (patch: Partial<RuleFormState>) => setF((x) => ({ ...x, ...patch }))
  const orderTrigger = ORDER_TRIGGERS.includes(f.trigger as Trigger)
  const saveRule = useSaveRule(rule, {
    onSuccess: (saved) => {
      setF(toRuleForm(saved))
      onSaved?.(saved)
    },
    onError: (e) => {
      setErrors(errorsOf(e))
      revealFirstError()
    },
  })

  const save = () => {
    setErrors({})
    saveRule.mutate(toRuleBody(f))
  }

  return (
    <div className="flex flex-col gap-y-6 px-6 py-4" data-testid="rule-form">
      <FormError errors={errors} />
      <Row>
        <Field label="Name" name="name" error={errors.name}>
          <Input id="name" value={f.name} onChange={(e) => set({ name: e.target.value })} />
        </Field>
        <Field label="Status" name="status" error={errors.status} hint="Only active rules grant">
          <Choice id="status" value={f.status} options={RULE_STATUSES} onChange={(v) => set({ status: v })} />
        </Field>
        <Field label="Trigger" name="trigger" error={errors.trigger}>
          <Choice id="trigger" value={f.trigger} options={TRIGGERS} onChange={(v) => set({ trigger: v })} />
        </Field>
        <Field label="Hold (hours)" name="hold_hours" error={errors.hold_hours} hint={orderTrigger ? "At least the return window" : "Before the code is issued"}>
          <Input id="hold_hours" inputMode="numeric" value={f.hold_hours} onChange={(e) => set({ hold_hours: e.target.value })} />
        </Field>
      </Row>
      <Field label="Description" name="description" error={errors.description}>
        <Textarea id="description" rows={2} value={f.description} onChange={(e) => set({ description: e.target.value })} />
      </Field>
      <Field label="Trigger settings" name="trigger_config" error={errors.trigger_config}>
        <Row>
          {f.trigger === "share_visitors" ? (
            <>
              <Num id="trigger_config.visitors" label="Distinct visitors" value={f.visitors} onChange={(visitors) => set({ visitors })} />
              <Num id="trigger_config.within_hours" label="Within hours" value={f.within_hours} onChange={(within_hours) => set({ within_hours })} />
            </>
          ) : null}
          {f.trigger.startsWith("review") ? (
            <div className="flex items-center gap-x-2">
              <Checkbox id="trigger_config.verified_purchase_only" checked={f.verified_purchase_only} onCheckedChange={(on) => set({ verified_purchase_only: on === true })} />
              <Label htmlFor="trigger_config.verified_purchase_only" size="small">
                Verified purchases only
              </Label>
            </div>
          ) : null}
          <div className="flex flex-col gap-y-1 md:col-span-2">
            <Label htmlFor="trigger_config.product_ids" size="small">
              Only these products (ids, comma-separated)
            </Label>
            <Input id="trigger_config.product_ids" value={f.product_ids} onChange={(e) => set({ product_ids: e.target.value })} />
          </div>
          {orderTrigger ? <Num id="min_order_value" label="Minimum order value" value={f.min_order_value} onChange={(min_order_value) => set({ min_order_value })} /> : null}
        </Row>
        {errors.min_order_value ? <FormError errors={{ _form: `min_order_value: ${errors.min_order_value}` }} /> : null}
      </Field>
      <Field label="Reward" name="reward" error={errors.reward}>
        <Row>
          <Choice id="reward.type" value={f.reward_type} options={REWARD_TYPES} onChange={(v) => set({ reward_type: v })} />
          {f.reward_type !== "free_shipping" ? <Num id="reward.value" label={f.reward_type === "percentage" ? "Percent off" : "Amount"} value={f.reward_value} onChange={(reward_value) => set({ reward_value })} /> : null}
          {f.reward_type === "fixed" ? (
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="reward.currency_code" size="small">
                Currency
              </Label>
              <Input id="reward.currency_code" value={f.reward_currency} onChange={(e) => set({ reward_currency: e.target.value })} />
            </div>
          ) : (
            <Num id="reward.cost_estimate" label="Counted as (for caps)" value={f.cost_estimate} onChange={(cost_estimate) => set({ cost_estimate })} />
          )}
          <Num id="reward.expires_in_days" label="Code valid (days)" value={f.expires_in_days} onChange={(expires_in_days) => set({ expires_in_days })} />
        </Row>
      </Field>
      <Field label="Caps" name="caps" error={errors.caps} hint="Per customer per period; the budget is the rule's total, ever. Empty: no limit.">
        <Row>
          <Choice id="caps.period" value={f.cap_period} options={CAP_PERIODS} onChange={(v) => set({ cap_period: v })} />
          <Num id="caps.max_count" label="Grants per customer" value={f.max_count} onChange={(max_count) => set({ max_count })} />
          <Num id="caps.max_value" label="Value per customer" value={f.max_value} onChange={(max_value) => set({ max_value })} />
          <Num id="caps.budget" label="Budget" value={f.budget} onChange={(budget) => set({ budget })} />
        </Row>
      </Field>
      <div className="flex justify-end">
        <Button onClick={save} isLoading={saveRule.isPending} data-testid="rule-save">
          {rule ? "Save (new version)" : "Create rule"}
        </Button>
      </div>
    </div>
  )
}
