import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Calendar as CalendarIcon } from "@medusajs/icons"
import { Button, Container, createDataTableColumnHelper, Heading, Text, Toaster } from "@medusajs/ui"
import { Link, useSearchParams } from "react-router-dom"
import { Calendar } from "../../../components/publish/calendar"
import { DataList, WRAPS } from "../../../components/data-list"
import { LINK } from "../../../components/link-style"
import { StatusBadge } from "../../../components/publish/status-badge"
import type { Account, Post } from "../../../components/publish/types"
import { useAccounts, usePosts } from "../../../hooks/publish"
import { dateTime } from "../../../lib/format"

const column = createDataTableColumnHelper<Post>()

const draftColumns = (accounts: Account[]) => [
  column.accessor("text", {
    header: "Draft",
    ...WRAPS,
    cell: ({ row: { original: p } }) => (
      <Link className={LINK} to={`/social/posts/${p.id}`} data-draft-id={p.id}>
        <span className="line-clamp-2 whitespace-pre-wrap">{p.text}</span>
      </Link>
    ),
  }),
  column.accessor("account_id", { header: "Account", cell: ({ getValue }) => accounts.find((a) => a.id === getValue())?.name ?? getValue() }),
  column.accessor("status", { header: "Status", cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
  column.accessor("updated_at", { header: "Changed", cell: ({ getValue }) => dateTime(getValue()) }),
]

/**
 * Publishing: the calendar of every account's queue, and the drafts that have no date yet.
 *
 * Hook point (issue 17, the metrics part): per-post impressions, reactions and orders belong on
 * the published posts' cards (PostCard) once the posts API answers them.
 */
const PostsPage = () => {
  const [params, setParams] = useSearchParams()
  const accountId = params.get("account_id") ?? ""
  const accounts = useAccounts().data?.accounts ?? []
  const drafts = usePosts({ status: "draft", account_id: accountId || undefined, limit: 100 })
  const undated = drafts.data?.posts.filter((p) => !p.scheduled_at)
  return (
    <div className="flex flex-col gap-y-3">
      <Toaster />
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <div>
            <Heading level="h1">Posts</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              What goes out on the shop's accounts, and when.
            </Text>
          </div>
          <div className="flex gap-2">
            <Button size="small" variant="secondary" asChild>
              <Link to="/social/accounts">Accounts</Link>
            </Button>
            <Button size="small" asChild>
              <Link to={`/social/posts/new${accountId ? `?account_id=${accountId}` : ""}`} data-testid="post-new">
                Compose
              </Link>
            </Button>
          </div>
        </div>
        {accounts.length ? (
          <Calendar accounts={accounts} accountId={accountId} onAccount={(id) => setParams(id ? { account_id: id } : {})} />
        ) : (
          <Text size="small" className="px-6 py-4">
            No account yet: <Link className={LINK} to="/social/accounts/new">connect one</Link> to schedule posts.
          </Text>
        )}
      </Container>
      <Container className="p-0">
        <DataList columns={draftColumns(accounts)} rows={undated} isLoading={drafts.isLoading} empty="No drafts without a date." toolbar={<Heading level="h2">Drafts without a date</Heading>} />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Posts", icon: CalendarIcon })

export default PostsPage
