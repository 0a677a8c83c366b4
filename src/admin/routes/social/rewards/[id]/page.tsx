import { Button, Container, Heading, Text, Toaster } from "@medusajs/ui"
import { useState } from "react"
import { useParams } from "react-router-dom"
import { useRewardRule, useSimulateRule } from "../../../../hooks/rewards"
import { RuleForm } from "../../../../components/rewards/rule-form"
import { RuleSimulation } from "../../../../components/rewards/rule-simulation"
import type { Simulation } from "../../../../components/rewards/types"

/** One rule: edit it (a new version each time) and simulate it against the last 30 days. */
const RewardRulePage = () => {
  const { id } = useParams()
  const { data, error } = useRewardRule(id)
  const [sim, setSim] = useState<Simulation | null>(null)
  const simulate = useSimulateRule((_, simulation) => setSim(simulation))
  const rule = data?.reward_rule

  if (!rule) {
    return (
      <Container>
        <Text>{error?.message ?? "Loading…"}</Text>
      </Container>
    )
  }
  return (
    <Container className="divide-y p-0">
      <Toaster />
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">{rule.name}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Version {rule.version} of {data?.versions.length ?? 1}; grants keep the version they were made with.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => simulate.mutate(rule.id)} isLoading={simulate.isPending}>
          Simulate 30 days
        </Button>
      </div>
      {sim ? (
        <div className="px-6 py-4">
          <RuleSimulation simulation={sim} currency={rule.reward.currency_code} />
        </div>
      ) : null}
      {/* A save is a new version: the rule is read again and the form starts over from it. */}
      <RuleForm key={`${rule.id}:${rule.version}`} rule={rule} />
    </Container>
  )
}

export default RewardRulePage
