import { Badge, Button, createDataTableColumnHelper, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { DataList, WRAPS } from "../data-list"
import { money, words } from "../../lib/format"
import { useRewardRules, useSimulateRule } from "../../hooks/rewards"
import { RuleSimulation } from "./rule-simulation"
import type { RewardRule, Simulation } from "./types"
import { LINK } from "../link-style"

const COLOR = { draft: "grey", active: "green", paused: "orange" } as const

const describeReward = (r: RewardRule["reward"]) =>
  r.type === "percentage" ? `${r.value}% off` : r.type === "fixed" ? `${money(r.value ?? 0, r.currency_code)} off` : "free shipping"

const describeCaps = (c: RewardRule["caps"]) =>
  [c.max_count && `${c.max_count}/${c.period}`, c.max_value && `value ${c.max_value}/${c.period}`, c.budget && `budget ${c.budget}`].filter(Boolean).join(", ") || "none"

const column = createDataTableColumnHelper<RewardRule>()

/** The reward rules, each with a "Simulate" that replays the last 30 days without writing. */
export function RulesTable() {
  const { data, error, isLoading } = useRewardRules()
  const [sims, setSims] = useState<Record<string, Simulation>>({})
  const simulate = useSimulateRule((id, simulation) => setSims((s) => ({ ...s, [id]: simulation })))

  const columns = [
    column.accessor("name", {
      header: "Name",
      cell: ({ row: { original: r } }) => (
        <>
          <Link className={LINK} to={`/social/rewards/${r.id}`} data-rule-id={r.id}>
            {r.name}
          </Link>{" "}
          <Text size="xsmall" as="span">
            v{r.version}
          </Text>
        </>
      ),
    }),
    column.accessor("status", { header: "Status", cell: ({ row: { original: r } }) => <Badge color={COLOR[r.status as keyof typeof COLOR] ?? "grey"}>{r.status}</Badge> }),
    column.accessor("trigger", { header: "Trigger", cell: ({ getValue }) => words(getValue()) }),
    column.display({ id: "reward", header: "Reward", cell: ({ row: { original: r } }) => `${describeReward(r.reward)}${r.hold_hours ? ` · held ${r.hold_hours} h` : ""}` }),
    column.display({ id: "caps", header: "Caps", cell: ({ row: { original: r } }) => describeCaps(r.caps) }),
    column.display({
      id: "simulate",
      ...WRAPS,
      cell: ({ row: { original: r } }) => (
        <Button size="small" variant="secondary" isLoading={simulate.isPending && simulate.variables === r.id} onClick={() => simulate.mutate(r.id)} data-testid={`simulate-${r.id}`}>
          Simulate
        </Button>
      ),
    }),
  ]
  const simulated = (data?.reward_rules ?? []).filter((r) => sims[r.id])

  return (
    <div data-testid="reward-rules">
      {error ? <Text className="px-6 py-4 text-ui-fg-error">{error.message}</Text> : null}
      <DataList
        columns={columns}
        rows={data?.reward_rules}
        isLoading={isLoading}
        empty="No rules yet."
        toolbar={
          <>
            <Heading level="h2">Rules</Heading>
            <Button size="small" asChild>
              <Link to="/social/rewards/new">Create rule</Link>
            </Button>
          </>
        }
      />
      {simulated.length ? (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          {simulated.map((r) => (
            <div key={r.id} className="flex flex-col gap-y-1">
              <Text size="small" weight="plus">
                Simulation of {r.name}
              </Text>
              <RuleSimulation simulation={sims[r.id]} currency={r.reward.currency_code} />
            </div>
          ))}
        </div>
      ) : null}
    </div>
  )
}
