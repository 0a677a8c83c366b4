import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Button, Container, createDataTableColumnHelper, Heading, Input, Select, Text, Textarea, Toaster } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { DataList, WRAPS } from "../../../components/data-list"
import { Field } from "../../../components/field"
import { useInbox, useInboxAction, type InboxItem } from "../../../hooks/inbox"
import { useOffsetPaging } from "../../../hooks/paging"
import { useSettings, useUpdateSettings } from "../../../hooks/settings"
import { fieldErrors } from "../../../lib/api"

const PAGE = 20
const statusColor = { open: "orange", done: "green", hidden: "grey" } as const

/** The comment as its author wrote it, and the shop's public answer (or the box to write it). */
function Comment({ item }: { item: InboxItem }) {
  const [reply, setReply] = useState("")
  const act = useInboxAction(item.id)
  const who = item.author_handle ? `@${item.author_handle}` : (item.author_name ?? "Someone")
  return (
    <div className="flex max-w-[520px] flex-col gap-1 whitespace-normal py-3">
      <Text size="small" className="text-ui-fg-subtle">
        {who} · {item.kind}
        {item.product?.title ? ` · ${item.product.title}` : ""}
      </Text>
      <Text size="small">{item.text}</Text>
      {item.reply_text ? (
        <Text size="small" className="text-ui-fg-subtle">
          Answered: {item.reply_text}
        </Text>
      ) : item.status !== "hidden" ? (
        <div className="mt-1 flex gap-2">
          <Textarea aria-label={`Public answer to ${who}`} value={reply} onChange={(e) => setReply(e.target.value)} placeholder="Public answer" rows={2} />
          <Button size="small" variant="secondary" disabled={act.isPending || !reply.trim()} onClick={() => act.mutate({ action: "reply", body: { text: reply }, done: "Answer posted" })}>
            Answer
          </Button>
        </div>
      ) : null}
    </div>
  )
}

function Actions({ item }: { item: InboxItem }) {
  const act = useInboxAction(item.id)
  return (
    <div className="flex flex-col gap-2">
      <Button size="small" variant="secondary" disabled={act.isPending || item.status !== "open"} onClick={() => act.mutate({ action: "done", done: "Marked done" })}>
        Done
      </Button>
      <Button size="small" variant="danger" disabled={act.isPending || item.status === "hidden" || item.kind === "mention"} onClick={() => act.mutate({ action: "hide", done: "Comment hidden" })}>
        Hide
      </Button>
    </div>
  )
}

const column = createDataTableColumnHelper<InboxItem>()
const COLUMNS = [
  column.accessor("commented_at", {
    header: "When",
    ...WRAPS,
    cell: ({ row: { original: i } }) => (
      <div className="flex flex-col items-start gap-1">
        <Badge size="2xsmall">{i.network}</Badge>
        <Text size="xsmall">{new Date(i.commented_at).toLocaleString()}</Text>
      </div>
    ),
  }),
  column.display({ id: "comment", header: "Comment", ...WRAPS, cell: ({ row: { original: i } }) => <Comment item={i} /> }),
  column.accessor("status", { header: "Status", cell: ({ getValue }) => <Badge color={statusColor[getValue()]}>{getValue()}</Badge> }),
  column.display({ id: "actions", header: "Actions", ...WRAPS, cell: ({ row: { original: i } }) => <Actions item={i} /> }),
]

/** The alerts: words that call the admin at once, and how long a comment may wait unanswered. */
function InboxAlerts() {
  const { data } = useSettings()
  const [words, setWords] = useState("")
  const [hours, setHours] = useState("")
  const [errors, setErrors] = useState<Record<string, string>>({})
  useEffect(() => {
    if (!data) return
    setWords(data.settings.inbox_alert_words.join(", "))
    setHours(String(data.settings.inbox_unanswered_hours))
  }, [data])
  const save = useUpdateSettings({ onSuccess: () => setErrors({}), onError: (e) => setErrors(fieldErrors(e.message)) })
  const submit = () =>
    save.mutate({ inbox_alert_words: words.split(",").map((w) => w.trim()).filter(Boolean), inbox_unanswered_hours: Number(hours) })
  return (
    <Container className="flex flex-wrap items-end gap-4 px-6 py-4">
      <div className="min-w-[280px] flex-1">
        <Field label="Alert words" name="inbox_alert_words" error={errors.inbox_alert_words} hint="Comma-separated: a comment holding one alerts you at once">
          <Input id="inbox_alert_words" value={words} onChange={(e) => setWords(e.target.value)} placeholder="refund, broken, scam" />
        </Field>
      </div>
      <div className="w-48">
        <Field label="Alert after (hours unanswered)" name="inbox_unanswered_hours" error={errors.inbox_unanswered_hours} hint="0: never">
          <Input id="inbox_unanswered_hours" type="number" min={0} max={720} value={hours} onChange={(e) => setHours(e.target.value)} />
        </Field>
      </div>
      <Button size="small" variant="secondary" isLoading={save.isPending} disabled={!data} onClick={submit}>
        Save alerts
      </Button>
    </Container>
  )
}

/** The inbox: comments, replies and mentions on the shop's posts, the longest waiting first. */
const SocialInboxPage = () => {
  const [status, setStatus] = useState("open")
  const [network, setNetwork] = useState("all")
  const paging = useOffsetPaging(PAGE)
  const { data, isLoading } = useInbox({
    limit: PAGE,
    offset: paging.offset,
    status: status === "all" ? undefined : status,
    network: network === "all" ? undefined : network,
  })
  const filters: Array<[string, string, (v: string) => void, string[]]> = [
    ["Status", status, setStatus, ["all", "open", "done", "hidden"]],
    ["Network", network, setNetwork, ["all", "facebook", "instagram", "x", "linkedin"]],
  ]
  return (
    <div className="flex flex-col gap-4">
      <Toaster />
      <Container className="divide-y p-0">
        <DataList
          columns={COLUMNS}
          rows={data?.items}
          count={data?.count}
          isLoading={isLoading}
          empty="No comments here."
          pagination={paging.pagination}
          toolbar={
            <>
              <div>
                <Heading level="h1">Inbox</Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  Comments on your posts, by webhook and polling. Answers are public, on the network.
                </Text>
              </div>
              <div className="flex gap-2">
                {filters.map(([label, value, set, options]) => (
                  <Select
                    key={label}
                    value={value}
                    onValueChange={(v) => {
                      paging.restart()
                      set(v)
                    }}
                  >
                    <Select.Trigger aria-label={label}>
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      {options.map((o) => (
                        <Select.Item key={o} value={o}>
                          {o}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                ))}
              </div>
            </>
          }
        />
      </Container>
      <InboxAlerts />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Inbox", icon: ChatBubbleLeftRight })

export default SocialInboxPage
