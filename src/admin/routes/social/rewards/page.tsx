import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Gift } from "@medusajs/icons"
import { Container, Heading, Text, Toaster } from "@medusajs/ui"
import { RulesTable } from "../../../components/rewards/rules-table"
import { GrantsTable } from "../../../components/rewards/grants-table"
import { ReferralsQueue } from "../../../components/rewards/referrals-queue"

/** Rewards: the rules (with a simulation), the grant ledger, and referrals waiting for a person. */
const RewardsPage = () => (
  <div className="flex flex-col gap-y-3">
    <Toaster />
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Rewards</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Rewards for reviews, shares and referrals, issued as single-customer promotion codes after their hold.
        </Text>
      </div>
      <RulesTable />
    </Container>
    <Container className="p-0">
      <GrantsTable />
    </Container>
    <Container className="p-0">
      <ReferralsQueue />
    </Container>
  </div>
)

export const config = defineRouteConfig({ label: "Rewards", icon: Gift })

export default RewardsPage
