import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Button, Container, createDataTableColumnHelper, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { DataList, WRAPS } from "../../../components/data-list"
import { LINK } from "../../../components/link-style"
import { AccountStatus } from "../../../components/publish/account-status"
import type { Account } from "../../../components/publish/types"
import { useAccounts } from "../../../hooks/publish"
import { words } from "../../../lib/format"

const column = createDataTableColumnHelper<Account>()

const ACCOUNT_COLUMNS = [
  column.accessor("name", {
    header: "Name",
    cell: ({ row: { original: a } }) => (
      <Link className={LINK} to={`/social/accounts/${a.id}`} data-account-id={a.id}>
        {a.name}
      </Link>
    ),
  }),
  column.accessor("network", { header: "Network" }),
  column.accessor("external_id", { header: "Platform id" }),
  column.display({ id: "status", header: "Status", cell: ({ row: { original: a } }) => <AccountStatus account={a} /> }),
  column.display({
    id: "credentials",
    header: "Credentials",
    ...WRAPS,
    cell: ({ row: { original: a } }) => {
      const keys = Object.keys(a.credentials_set)
      return keys.length ? (
        <div className="flex flex-wrap gap-1" data-credentials-set={keys.join(",")}>
          {keys.map((k) => (
            <Badge key={k} size="2xsmall" color="green">
              {words(k)}
            </Badge>
          ))}
        </div>
      ) : (
        <Badge size="2xsmall" color="red" data-credentials-set="">
          none
        </Badge>
      )
    },
  }),
  column.display({ id: "budget", header: "Monthly budget", cell: ({ row: { original: a } }) => (a.monthly_post_budget == null ? "—" : `${a.monthly_post_budget} posts`) }),
]

/** The shop's own accounts on the networks, where its posts go. */
const AccountsPage = () => {
  const { data, error, isLoading } = useAccounts()
  return (
    <Container className="divide-y p-0">
      {error ? <Text className="px-6 py-4 text-ui-fg-error">{error.message}</Text> : null}
      <DataList
        columns={ACCOUNT_COLUMNS}
        rows={data?.accounts}
        isLoading={isLoading}
        empty="No accounts yet."
        toolbar={
          <>
            <div>
              <Heading level="h1">Social accounts</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                The shop's Pages and profiles its posts are published to.
              </Text>
            </div>
            <div className="flex gap-2">
              <Button size="small" variant="secondary" asChild>
                <Link to="/social/posts">Calendar</Link>
              </Button>
              <Button size="small" asChild>
                <Link to="/social/accounts/new" data-testid="account-new">
                  Connect
                </Link>
              </Button>
            </div>
          </>
        }
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Social accounts", icon: Users })

export default AccountsPage
