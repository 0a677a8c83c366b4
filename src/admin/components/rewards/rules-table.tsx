import { Badge, Button, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ListTable, type Column } from "../list-table"
import { adminFetch } from "../../lib/api"
import { money, words } from "../../lib/format"
import { useAdminData } from "../../lib/use-admin-data"
import { RuleSimulation } from "./rule-simulation"
import type { RewardRule, Simulation } from "./types"
import { LINK } from "../link-style"

const COLOR = { draft: "grey", active: "green", paused: "orange" } as const

const describeReward = (r: RewardRule["reward"]) =>
  r.type === "percentage" ? `${r.value}% off` : r.type === "fixed" ? `${money(r.value ?? 0, r.currency_code)} off` : "free shipping"

/** The reward rules, each with a "Simulate" that replays the last 30 days without writing. */
export function RulesTable() {
  const { data, error } = useAdminData<{ reward_rules: RewardRule[]; count: number }>("/admin/social/reward-rules?limit=100")
  const [sims, setSims] = useState<Record<string, Simulation>>({})
  const [busy, setBusy] = useState<string | null>(null)

  const simulate = async (id: string) => {
    setBusy(id)
    try {
      const { simulation } = await adminFetch<{ simulation: Simulation }>(`/admin/social/reward-rules/${id}/simulate`, { method: "POST", body: JSON.stringify({ days: 30 }) })
      setSims((s) => ({ ...s, [id]: simulation }))
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(null)
    }
  }

  const columns: Column<RewardRule>[] = [
    {
      header: "Name",
      cell: (r) => (
        <>
          <Link className={LINK} to={`/social/rewards/${r.id}`}>
            {r.name}
          </Link>{" "}
          <Text size="xsmall" as="span">
            v{r.version}
          </Text>
        </>
      ),
    },
    { header: "Status", cell: (r) => <Badge color={COLOR[r.status as keyof typeof COLOR] ?? "grey"}>{r.status}</Badge> },
    { header: "Trigger", cell: (r) => words(r.trigger) },
    {
      header: "Reward",
      cell: (r) => (
        <>
          {describeReward(r.reward)}
          {r.hold_hours ? ` · held ${r.hold_hours} h` : ""}
        </>
      ),
    },
    {
      header: "Caps",
      cell: (r) =>
        [r.caps.max_count && `${r.caps.max_count}/${r.caps.period}`, r.caps.max_value && `value ${r.caps.max_value}/${r.caps.period}`, r.caps.budget && `budget ${r.caps.budget}`].filter(Boolean).join(", ") || "none",
    },
    {
      cell: (r) => (
        <Button size="small" variant="secondary" isLoading={busy === r.id} onClick={() => simulate(r.id)} data-testid={`simulate-${r.id}`}>
          Simulate
        </Button>
      ),
    },
  ]

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="reward-rules">
      <div className="flex items-center justify-between">
        <Heading level="h2">Rules</Heading>
        <Button size="small" asChild>
          <Link to="/social/rewards/new">Create rule</Link>
        </Button>
      </div>
      {error ? <Text className="text-ui-fg-error">{error}</Text> : null}
      <ListTable
        columns={columns}
        rows={data?.reward_rules}
        rowKey={(r) => r.id}
        rowProps={(r) => ({ "data-rule-id": r.id })}
        detail={(r) => (sims[r.id] ? <RuleSimulation simulation={sims[r.id]} currency={r.reward.currency_code} /> : null)}
        empty="No rules yet."
      />
    </div>
  )
}
