import { Badge, Button, Heading, Table, Text, toast } from "@medusajs/ui"
import { Fragment, useState } from "react"
import { Link } from "react-router-dom"
import { adminFetch } from "../../lib/api"
import { money, words } from "../../lib/format"
import { useAdminData } from "../../lib/use-admin-data"
import { RuleSimulation } from "./rule-simulation"
import type { RewardRule, Simulation } from "./types"

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

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="reward-rules">
      <div className="flex items-center justify-between">
        <Heading level="h2">Rules</Heading>
        <Button size="small" asChild>
          <Link to="/social/rewards/new">Create rule</Link>
        </Button>
      </div>
      {error ? <Text className="text-ui-fg-error">{error}</Text> : null}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Trigger</Table.HeaderCell>
            <Table.HeaderCell>Reward</Table.HeaderCell>
            <Table.HeaderCell>Caps</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.reward_rules ?? []).map((r) => (
            <Fragment key={r.id}>
              <Table.Row data-rule-id={r.id}>
                <Table.Cell>
                  <Link className="text-ui-fg-interactive" to={`/social/rewards/${r.id}`}>
                    {r.name}
                  </Link>{" "}
                  <Text size="xsmall" as="span">
                    v{r.version}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  <Badge color={COLOR[r.status as keyof typeof COLOR] ?? "grey"}>{r.status}</Badge>
                </Table.Cell>
                <Table.Cell>{words(r.trigger)}</Table.Cell>
                <Table.Cell>
                  {describeReward(r.reward)}
                  {r.hold_hours ? ` · held ${r.hold_hours} h` : ""}
                </Table.Cell>
                <Table.Cell>
                  {[r.caps.max_count && `${r.caps.max_count}/${r.caps.period}`, r.caps.max_value && `value ${r.caps.max_value}/${r.caps.period}`, r.caps.budget && `budget ${r.caps.budget}`].filter(Boolean).join(", ") || "none"}
                </Table.Cell>
                <Table.Cell>
                  <Button size="small" variant="secondary" isLoading={busy === r.id} onClick={() => simulate(r.id)} data-testid={`simulate-${r.id}`}>
                    Simulate
                  </Button>
                </Table.Cell>
              </Table.Row>
              {sims[r.id] ? (
                <Table.Row>
                  <td colSpan={6} className="px-6 py-2">
                    <RuleSimulation simulation={sims[r.id]} currency={r.reward.currency_code} />
                  </td>
                </Table.Row>
              ) : null}
            </Fragment>
          ))}
        </Table.Body>
      </Table>
      {data && !data.reward_rules.length ? <Text className="text-ui-fg-subtle">No rules yet.</Text> : null}
    </div>
  )
}
