import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubble } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  Heading,
  Select,
  Text,
  Textarea,
  toast,
  Toaster,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { sdk } from "../../../lib/sdk"
import { QUESTION_REJECTION_REASONS, QUESTION_STATUSES } from "../../../../modules/product-question/lib/vocabulary"

type Answer = { id: string; body: string; author_type: "merchant" | "customer"; author_name: string | null; status: string; created_at: string }
type Question = {
  id: string
  product: { id: string; title: string } | null
  email: string | null
  author_name: string | null
  body: string
  status: string
  helpful_count: number
  answered_at: string | null
  created_at: string
  answers: Answer[]
}

const PAGE = 20
const column = createDataTableColumnHelper<Question>()
const COLUMNS = [
  column.accessor("body", { header: "Question", cell: ({ getValue }) => <span className="whitespace-normal">{getValue()}</span> }),
  column.accessor("product", { header: "Product", cell: ({ getValue }) => getValue()?.title ?? "–" }),
  column.accessor("author_name", { header: "Asked by", cell: ({ row }) => row.original.author_name ?? row.original.email ?? "–" }),
  column.accessor("status", { header: "Status", cell: ({ getValue }) => <Badge size="2xsmall">{getValue()}</Badge> }),
  column.accessor("answers", {
    header: "Answers",
    cell: ({ getValue }) => {
      const answers = getValue()
      const waiting = answers.filter((a) => a.status === "pending").length
      return `${answers.filter((a) => a.status === "approved").length}${waiting ? ` (+${waiting} to moderate)` : ""}`
    },
  }),
]

/** The selected question: publish or reject it, answer as the shop, moderate buyers' answers, ask buyers. */
function QuestionPanel({ question, onChanged }: { question: Question; onChanged: () => void }) {
  const [reason, setReason] = useState<string>(QUESTION_REJECTION_REASONS[0])
  const [reply, setReply] = useState("")
  const act = useMutation({
    mutationFn: ({ path, body }: { path: string; body: Record<string, unknown> }) =>
      sdk.client.fetch<Record<string, unknown>>(`/admin/social/questions/${question.id}${path}`, { method: "POST", body }),
    onSuccess: (res) => {
      if (typeof res.asked === "number") toast.success(`${res.asked} buyer(s) asked`)
      setReply("")
      onChanged()
    },
    onError: (e: Error) => toast.error(e.message),
  })
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{question.body}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {question.product?.title} · {question.author_name ?? question.email ?? "guest"} · {question.status}
      </Text>
      <div className="flex flex-wrap items-center gap-2">
        <Button size="small" variant="secondary" onClick={() => act.mutate({ path: "/approve", body: {} })}>
          Publish
        </Button>
        <div className="w-48">
          <Select value={reason} onValueChange={setReason}>
            <Select.Trigger aria-label="Rejection reason">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {QUESTION_REJECTION_REASONS.map((r) => (
                <Select.Item key={r} value={r}>
                  {r.replace(/_/g, " ")}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <Button size="small" variant="danger" onClick={() => act.mutate({ path: "/reject", body: { reason } })}>
          Reject
        </Button>
        <Button size="small" variant="secondary" disabled={question.status !== "approved"} onClick={() => act.mutate({ path: "/ask-buyers", body: { limit: 5 } })}>
          Ask 5 buyers to answer
        </Button>
      </div>
      {question.answers.map((a) => (
        <div key={a.id} className="flex items-start justify-between gap-x-4 border-t pt-2">
          <Text size="small">
            <strong>{a.author_type === "merchant" ? "Shop" : (a.author_name ?? "Buyer")}</strong> ({a.status}): {a.body}
          </Text>
          {a.author_type === "customer" && (
            <div className="flex gap-x-2">
              <Button size="small" variant="secondary" onClick={() => act.mutate({ path: `/answers/${a.id}/approve`, body: {} })}>
                Publish
              </Button>
              <Button size="small" variant="danger" onClick={() => act.mutate({ path: `/answers/${a.id}/reject`, body: {} })}>
                Reject
              </Button>
            </div>
          )}
        </div>
      ))}
      <Textarea aria-label="The shop's answer" placeholder="Answer as the shop (published at once)" value={reply} onChange={(e) => setReply(e.target.value)} />
      <div className="flex justify-end">
        <Button size="small" disabled={!reply.trim()} isLoading={act.isPending} onClick={() => act.mutate({ path: "/answers", body: { body: reply } })}>
          Answer
        </Button>
      </div>
    </Container>
  )
}

/** Product questions: moderate, answer, and ask buyers to answer. */
const QuestionsPage = () => {
  const client = useQueryClient()
  const [status, setStatus] = useState<string>("pending")
  const [selected, setSelected] = useState<string | null>(null)
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE })
  const offset = pagination.pageIndex * PAGE
  const key = ["social", "questions", status, offset]
  const { data, isLoading } = useQuery({
    queryKey: key,
    queryFn: () => sdk.client.fetch<{ questions: Question[]; count: number }>("/admin/social/questions", { query: { status, limit: PAGE, offset } }),
    placeholderData: keepPreviousData,
  })
  const rows = useMemo(() => data?.questions ?? [], [data])
  const table = useDataTable({
    data: rows,
    columns: COLUMNS,
    getRowId: (q) => q.id,
    rowCount: data?.count ?? 0,
    isLoading,
    onRowClick: (_e, row) => setSelected(row.id),
    pagination: { state: pagination, onPaginationChange: setPagination },
  })
  const question = rows.find((q) => q.id === selected)
  return (
    <div className="flex flex-col gap-y-3">
      <Toaster />
      <Container className="p-0">
        <DataTable instance={table}>
          <DataTable.Toolbar>
            <div className="flex w-full items-center justify-between">
              <Heading>Questions</Heading>
              <div className="w-40">
                <Select value={status} onValueChange={(v) => (setStatus(v), setPagination({ pageIndex: 0, pageSize: PAGE }))}>
                  <Select.Trigger aria-label="Status">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {QUESTION_STATUSES.map((s) => (
                      <Select.Item key={s} value={s}>
                        {s}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
            </div>
          </DataTable.Toolbar>
          <DataTable.Table />
          <DataTable.Pagination />
        </DataTable>
      </Container>
      {question && <QuestionPanel question={question} onChanged={() => client.invalidateQueries({ queryKey: ["social", "questions"] })} />}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Questions", icon: ChatBubble })

export default QuestionsPage
