import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Envelope } from "@medusajs/icons"
import { Badge, Container, createDataTableColumnHelper, DataTable, Heading, Text, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { sdk } from "../../../lib/sdk"

type Item = { id: string; title: string; status: "pending" | "reviewed" | "excluded" }
type ReviewRequest = {
  id: string
  order_id: string
  email: string | null
  status: string
  due_at: string
  sent_at: string | null
  reminded_at: string | null
  items: Item[]
}
type Stats = { scheduled: number; sent: number; reminded: number; reviewed: number; unsubscribed: number; skipped: number; conversion_rate: number | null }
type Answer = { review_requests: ReviewRequest[]; count: number; stats: Stats }

const PAGE = 20
const date = (d: string | null) => (d ? new Date(d).toLocaleDateString() : "–")
const column = createDataTableColumnHelper<ReviewRequest>()
const COLUMNS = [
  column.accessor("order_id", { header: "Order" }),
  column.accessor("email", { header: "Customer", cell: ({ getValue }) => getValue() ?? "–" }),
  column.accessor("status", { header: "Status", cell: ({ getValue }) => <Badge size="2xsmall">{getValue()}</Badge> }),
  column.accessor("due_at", { header: "Due", cell: ({ getValue }) => date(getValue()) }),
  column.accessor("sent_at", { header: "Sent", cell: ({ getValue }) => date(getValue()) }),
  column.accessor("reminded_at", { header: "Reminded", cell: ({ getValue }) => date(getValue()) }),
  column.accessor("items", {
    header: "Reviewed",
    cell: ({ getValue }) => {
      const items = getValue()
      return `${items.filter((i) => i.status === "reviewed").length} of ${items.filter((i) => i.status !== "excluded").length}`
    },
  }),
]

/** Review requests: how many went out, were reminded, brought a review or were unsubscribed, and the list. */
const ReviewRequestsPage = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE })
  const offset = pagination.pageIndex * PAGE
  const { data, isLoading } = useQuery({
    queryKey: ["social", "review-requests", offset],
    queryFn: () => sdk.client.fetch<Answer>("/admin/social/review-requests", { query: { limit: PAGE, offset } }),
    placeholderData: keepPreviousData,
  })
  const rows = useMemo(() => data?.review_requests ?? [], [data])
  const table = useDataTable({
    data: rows,
    columns: COLUMNS,
    getRowId: (r) => r.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })
  const s = data?.stats
  const figures: [string, string | number][] = s
    ? [
        ["Sent", s.sent],
        ["Reminded", s.reminded],
        ["Reviewed", s.reviewed],
        ["Unsubscribed", s.unsubscribed],
        ["Conversion", s.conversion_rate == null ? "–" : `${Math.round(s.conversion_rate * 1000) / 10} %`],
      ]
    : []
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap gap-x-10 gap-y-2 px-6 py-4">
        {figures.map(([label, value]) => (
          <div key={label}>
            <Text size="small" className="text-ui-fg-subtle">{label}</Text>
            <Heading level="h2">{value}</Heading>
          </div>
        ))}
      </Container>
      <Container className="p-0">
        <DataTable instance={table}>
          <DataTable.Toolbar>
            <Heading>Review requests</Heading>
          </DataTable.Toolbar>
          <DataTable.Table />
          <DataTable.Pagination />
        </DataTable>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Review requests", icon: Envelope })

export default ReviewRequestsPage
