import { Badge, Button, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Choice } from "../choice"
import { adminFetch } from "../../lib/api"
import { dateTime, money, words } from "../../lib/format"
import { useAdminData } from "../../lib/use-admin-data"
import { GRANT_STATUSES } from "../../../modules/social-reward/lib/vocabulary"
import type { Grant } from "./types"

const ALL = "all"
const PAGE = 20
const REVOCABLE = new Set(["held", "issued", "needs_review", "issuing"])

function GrantActions({ grant, onChanged }: { grant: Grant; onChanged: () => void }) {
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  const act = async (path: string, body: object, done: string) => {
    setBusy(true)
    try {
      await adminFetch(`/admin/social/reward-grants/${grant.id}/${path}`, { method: "POST", body: JSON.stringify(body) })
      toast.success(done)
      onChanged()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="flex items-center gap-2">
      {grant.status === "needs_review" ? (
        <Button size="small" disabled={busy} onClick={() => act("approve", {}, "Grant approved")}>
          Approve
        </Button>
      ) : null}
      {REVOCABLE.has(grant.status) ? (
        <>
          <Input size="small" placeholder="Reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          <Button size="small" variant="danger" disabled={busy || !reason.trim()} onClick={() => act("revoke", { reason }, "Grant revoked")}>
            Revoke
          </Button>
        </>
      ) : null}
    </div>
  )
}

/** The grant ledger: filter by status; approve what waits for review, revoke with a reason. */
export function GrantsTable() {
  const [status, setStatus] = useState<string>("needs_review")
  const [offset, setOffset] = useState(0)
  const params = new URLSearchParams({ limit: String(PAGE), offset: String(offset) })
  if (status !== ALL) params.set("status", status)
  const { data, reload } = useAdminData<{ reward_grants: Grant[]; count: number }>(`/admin/social/reward-grants?${params}`)

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="reward-grants">
      <div className="flex items-center justify-between">
        <Heading level="h2">Grants</Heading>
        <div className="w-48">
          <Choice id="grants-status" value={status} options={[ALL, ...GRANT_STATUSES]} onChange={(v) => (setOffset(0), setStatus(v))} />
        </div>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Created</Table.HeaderCell>
            <Table.HeaderCell>Customer</Table.HeaderCell>
            <Table.HeaderCell>Rule</Table.HeaderCell>
            <Table.HeaderCell>Value</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.reward_grants ?? []).map((g) => (
            <Table.Row key={g.id} data-grant-id={g.id}>
              <Table.Cell>{dateTime(g.created_at)}</Table.Cell>
              <Table.Cell>{g.customer_id}</Table.Cell>
              <Table.Cell>
                {g.rule_snapshot?.name ?? g.rule_id} v{g.rule_version} · {words(g.source_type)}
              </Table.Cell>
              <Table.Cell>{money(g.value, g.currency_code)}</Table.Cell>
              <Table.Cell>
                <Badge>{words(g.status)}</Badge> {g.status_reason ? <Text size="xsmall">{g.status_reason}</Text> : null}
                {g.code ? <Text size="xsmall">code {g.code}</Text> : <Text size="xsmall">held until {dateTime(g.hold_until)}</Text>}
              </Table.Cell>
              <Table.Cell>
                <GrantActions grant={g} onChanged={reload} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {data && !data.reward_grants.length ? <Text className="text-ui-fg-subtle">No grants match.</Text> : null}
      {data && data.count > PAGE ? (
        <Table.Pagination
          count={data.count}
          pageSize={PAGE}
          pageIndex={Math.floor(offset / PAGE)}
          pageCount={Math.ceil(data.count / PAGE)}
          canPreviousPage={offset > 0}
          canNextPage={offset + PAGE < data.count}
          previousPage={() => setOffset(Math.max(0, offset - PAGE))}
          nextPage={() => setOffset(offset + PAGE)}
        />
      ) : null}
    </div>
  )
}
