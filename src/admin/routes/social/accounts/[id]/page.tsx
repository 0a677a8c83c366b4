import { Button, Container, Heading, Text, Toaster, usePrompt } from "@medusajs/ui"
import { Link, useNavigate, useParams } from "react-router-dom"
import { AccountForm } from "../../../../components/publish/account-form"
import { AccountStatus } from "../../../../components/publish/account-status"
import { useAccount, useDeleteAccount } from "../../../../hooks/publish"

/** One account: its connection state, its settings and credentials, and disconnecting it. */
const AccountPage = () => {
  const { id } = useParams()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { data, error } = useAccount(id)
  const account = data?.account
  const remove = useDeleteAccount(id ?? "", () => navigate("/social/accounts"))

  const disconnect = async () => {
    if (!account || !(await prompt({ title: "Disconnect this account?", description: "Its credentials are erased; its published posts stay for the reports.", confirmText: "Disconnect", cancelText: "Cancel" }))) return
    remove.mutate()
  }

  if (!account) {
    return (
      <Container>
        <Text>{error?.message ?? "Loading…"}</Text>
      </Container>
    )
  }
  return (
    <Container className="divide-y p-0">
      <Toaster />
      <div className="flex items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-2">
          <Heading level="h1">{account.name}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {account.network} · {account.external_id}
          </Text>
          <AccountStatus account={account} detailed />
        </div>
        <div className="flex gap-2">
          <Button size="small" variant="secondary" asChild>
            <Link to={`/social/posts?account_id=${account.id}`}>Its posts</Link>
          </Button>
          <Button size="small" variant="danger" onClick={disconnect} isLoading={remove.isPending} data-testid="account-delete">
            Disconnect
          </Button>
        </div>
      </div>
      <AccountForm key={account.updated_at} account={account} />
    </Container>
  )
}

export default AccountPage
