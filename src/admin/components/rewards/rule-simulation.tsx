import { Text } from "@medusajs/ui"
import { money } from "../../lib/format"
import type { Simulation } from "./types"

/** What a rule would have granted over the last days: grants, cost, caps hit, what was skipped. */
export function RuleSimulation({ simulation: s, currency }: { simulation: Simulation; currency?: string | null }) {
  return (
    <div className="flex flex-col gap-y-1 rounded-md bg-ui-bg-subtle px-3 py-2" data-testid="rule-simulation">
      <Text size="small" weight="plus">
        Last {s.days} days: <span data-sim="grants">{s.grants.length}</span> grants from {s.events} events, cost <span data-sim="cost">{money(s.total_cost, currency)}</span>, <span data-sim="caps">{s.caps_hit.length}</span> caps hit, {s.skipped.length} skipped
      </Text>
      {s.grants.slice(0, 5).map((g) => (
        <Text key={`${g.source_id}:${g.customer_id}`} size="xsmall">
          {new Date(g.at).toLocaleDateString()} · {g.customer_id} · {g.source_type} {g.source_id} · {money(g.value, currency)}
        </Text>
      ))}
      {s.caps_hit.slice(0, 5).map((c) => (
        <Text key={`cap:${c.source_id}:${c.customer_id}`} size="xsmall" className="text-ui-fg-subtle">
          cap {c.cap}: {c.detail} ({c.customer_id})
        </Text>
      ))}
      {s.missing.map((m) => (
        <Text key={m} size="xsmall" className="text-ui-fg-error">
          {m}
        </Text>
      ))}
    </div>
  )
}
