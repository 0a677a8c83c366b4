import { Badge, Button, Heading, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../../lib/api"
import { dateTime } from "../../lib/format"
import { useAdminData } from "../../lib/use-admin-data"
import type { Run } from "./types"

const COLOR = { queued: "grey", running: "blue", succeeded: "green", failed: "red" } as const

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

/** "Sync now" and the channel's runs; polls while one is queued or running. */
export function ChannelRuns({ channelId, onFinished }: { channelId: string; onFinished: () => void }) {
  const { data, reload } = useAdminData<{ runs: Run[] }>(`/admin/social/channels/${channelId}/runs?limit=10`)
  const [busy, setBusy] = useState(false)
  const active = data?.runs.some((r) => r.status === "queued" || r.status === "running") ?? false

  useEffect(() => {
    if (!active) return
    const timer = setInterval(reload, 2000)
    return () => {
      clearInterval(timer)
      onFinished()
    }
  }, [active, reload, onFinished])

  const sync = async () => {
    setBusy(true)
    try {
      const r = await adminFetch<{ already_running: boolean }>(`/admin/social/channels/${channelId}/sync`, { method: "POST", body: "{}" })
      toast.success(r.already_running ? "A sync is already running" : "Sync started")
      reload()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="channel-runs">
      <div className="flex items-center justify-between">
        <Heading level="h2">Runs</Heading>
        <Button size="small" onClick={sync} isLoading={busy} disabled={active} data-testid="channel-sync">
          Sync now
        </Button>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Started</Table.HeaderCell>
            <Table.HeaderCell>Kind</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Progress</Table.HeaderCell>
            <Table.HeaderCell>Result</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.runs ?? []).map((r) => (
            <Table.Row key={r.id} data-run-status={r.status}>
              <Table.Cell>{dateTime(r.started_at ?? r.created_at)}</Table.Cell>
              <Table.Cell>{r.kind}</Table.Cell>
              <Table.Cell>
                <Badge color={COLOR[r.status]}>{r.status}</Badge> {r.stage ? <Text size="xsmall">{r.stage}</Text> : null}
              </Table.Cell>
              <Table.Cell>
                <Progress run={r} />
              </Table.Cell>
              <Table.Cell className="max-w-[360px] whitespace-normal">
                <Text size="xsmall">
                  {r.error ??
                    Object.entries(r.results ?? {})
                      .filter(([, v]) => typeof v === "number")
                      .map(([k, v]) => `${k} ${v}`)
                      .join(", ")}
                </Text>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {data && !data.runs.length ? <Text className="text-ui-fg-subtle">No runs yet.</Text> : null}
    </div>
  )
}
