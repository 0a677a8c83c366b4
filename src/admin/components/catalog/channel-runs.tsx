import { Badge, Button, createDataTableColumnHelper, Heading, Text } from "@medusajs/ui"
import { DataList, WRAPS } from "../data-list"
import { dateTime } from "../../lib/format"
import { useChannelRuns, useSyncChannel } from "../../hooks/channels"
import { useCursorPaging } from "../../hooks/paging"
import type { Run } from "./types"

const COLOR = { queued: "grey", running: "blue", succeeded: "green", failed: "red" } as const
const PAGE = 10

/** "push: sent 3, ok 2, failed 1, deferred 1 · feed: item_count 3": each stage's non-zero counts. */
function summary(results: Run["results"]): string {
  return Object.entries(results ?? {})
    .map(([stage, value]) => {
      if (typeof value === "number") return `${stage} ${value}`
      if (!value || typeof value !== "object") return ""
      const counts = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => typeof v === "number" && v !== 0)
        .map(([k, v]) => `${k} ${v}`)
      return counts.length ? `${stage}: ${counts.join(", ")}` : ""
    })
    .filter(Boolean)
    .join(" · ")
}

function Progress({ run }: { run: Run }) {
  const pct = run.total ? Math.min(100, Math.round((run.done / run.total) * 100)) : run.status === "succeeded" ? 100 : 0
  return (
    <div className="flex items-center gap-x-2">
      <div className="h-2 w-32 rounded bg-ui-bg-subtle">
        <div className="h-2 rounded bg-ui-fg-interactive" style={{ width: `${pct}%` }} />
      </div>
      <Text size="xsmall">
        {run.done}/{run.total}
      </Text>
    </div>
  )
}

const column = createDataTableColumnHelper<Run>()

const RUN_COLUMNS = [
  column.accessor("started_at", { header: "Started", cell: ({ row: { original: r } }) => dateTime(r.started_at ?? r.created_at) }),
  column.accessor("kind", { header: "Kind" }),
  column.accessor("status", {
    header: "Status",
    cell: ({ row: { original: r } }) => (
      <>
        <Badge color={COLOR[r.status]} data-run-status={r.status}>
          {r.status}
        </Badge>{" "}
        {r.stage ? <Text size="xsmall">{r.stage}</Text> : null}
      </>
    ),
  }),
  column.display({ id: "progress", header: "Progress", cell: ({ row: { original: r } }) => <Progress run={r} /> }),
  column.display({
    id: "result",
    header: "Result",
    ...WRAPS,
    cell: ({ row: { original: r } }) => (
      <Text size="xsmall" className="max-w-[360px] whitespace-normal">
        {r.error ?? summary(r.results)}
      </Text>
    ),
  }),
]

/** "Sync now" and the channel's runs; polls while one is queued or running. */
export function ChannelRuns({ channelId }: { channelId: string }) {
  const paging = useCursorPaging(PAGE)
  const { data, isLoading, active } = useChannelRuns(channelId, { limit: PAGE, cursor: paging.cursor })
  // The new run is the newest: show the first page (the runs are read again either way).
  const sync = useSyncChannel(channelId, paging.restart)

  return (
    <div data-testid="channel-runs">
      <DataList
        columns={RUN_COLUMNS}
        rows={data?.runs}
        count={data?.count}
        isLoading={isLoading}
        empty="No runs yet."
        pagination={paging.pagination(data?.next_cursor)}
        toolbar={
          <>
            <Heading level="h2">Runs</Heading>
            <Button size="small" onClick={() => sync.mutate()} isLoading={sync.isPending} disabled={active} data-testid="channel-sync">
              Sync now
            </Button>
          </>
        }
      />
    </div>
  )
}
