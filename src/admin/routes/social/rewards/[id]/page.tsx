import { Button, Container, Heading, Text, Toaster, toast } from "@medusajs/ui"
import { useState } from "react"
import { useParams } from "react-router-dom"
import { adminFetch } from "../../../../lib/api"
import { useAdminData } from "../../../../lib/use-admin-data"
import { RuleForm } from "../../../../components/rewards/rule-form"
import { RuleSimulation } from "../../../../components/rewards/rule-simulation"
import type { RewardRule, Simulation } from "../../../../components/rewards/types"

/** One rule: edit it (a new version each time) and simulate it against the last 30 days. */
const RewardRulePage = () => {
  const { id } = useParams()
  const { data, error, reload } = useAdminData<{ reward_rule: RewardRule; versions: { version: number }[] }>(id ? `/admin/social/reward-rules/${id}` : null)
  const [sim, setSim] = useState<Simulation | null>(null)
  const [busy, setBusy] = useState(false)
  const rule = data?.reward_rule

  const simulate = async () => {
    setBusy(true)
    try {
      setSim((await adminFetch<{ simulation: Simulation }>(`/admin/social/reward-rules/${id}/simulate`, { method: "POST", body: JSON.stringify({ days: 30 }) })).simulation)
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  if (!rule) {
    return (
      <Container>
        <Text>{error ?? "Loading…"}</Text>
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
        <Button size="small" variant="secondary" onClick={simulate} isLoading={busy}>
          Simulate 30 days
        </Button>
      </div>
      {sim ? (
        <div className="px-6 py-4">
          <RuleSimulation simulation={sim} currency={rule.reward.currency_code} />
        </div>
      ) : null}
      <RuleForm key={`${rule.id}:${rule.version}`} rule={rule} onSaved={reload} />
    </Container>
  )
}

export default RewardRulePage
