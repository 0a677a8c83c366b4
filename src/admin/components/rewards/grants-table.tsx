import { Badge, Button, createDataTableColumnHelper, Heading, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { Choice } from "../choice"
import { DataList, WRAPS } from "../data-list"
import { dateTime, money, words } from "../../lib/format"
import { useGrantAction, useRewardGrants } from "../../hooks/rewards"
import { useOffsetPaging } from "../../hooks/paging"
import { GRANT_STATUSES } from "../../../modules/social-reward/lib/vocabulary"
import type { Grant } from "./types"

const ALL = "all"
const PAGE = 20
const REVOCABLE = new Set(["held", "issued", "needs_review", "issuing"])

function GrantActions({ grant }: { grant: Grant }) {
  const [reason, setReason] = useState("")
  const act = useGrantAction(grant.id)
  return (
    <div className="flex items-center gap-2">
      {grant.status === "needs_review" ? (
        <Button size="small" disabled={act.isPending} onClick={() => act.mutate({ action: "approve", body: {}, done: "Grant approved" })}>
          Approve
        </Button>
      ) : null}
      {REVOCABLE.has(grant.status) ? (
        <>
          <Input size="small" aria-label="Reason for revoking" placeholder="Reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          <Button size="small" variant="danger" disabled={act.isPending || !reason.trim()} onClick={() => act.mutate({ action: "revoke", body: { reason }, done: "Grant revoked" })}>
            Revoke
          </Button>
        </>
      ) : null}
    </div>
  )
}

const column = createDataTableColumnHelper<Grant>()

const GRANT_COLUMNS = [
  column.accessor("created_at", { header: "Created", cell: ({ row: { original: g } }) => <span data-grant-id={g.id}>{dateTime(g.created_at)}</span> }),
  column.accessor("customer_id", { header: "Customer" }),
  column.display({
    id: "rule",
    header: "Rule",
    cell: ({ row: { original: g } }) => `${g.rule_snapshot?.name ?? g.rule_id} v${g.rule_version} · ${words(g.source_type)}`,
  }),
  column.accessor("value", { header: "Value", cell: ({ row: { original: g } }) => money(g.value, g.currency_code) }),
  column.accessor("status", {
    header: "Status",
    ...WRAPS,
    cell: ({ row: { original: g } }) => (
      <>
        <Badge>{words(g.status)}</Badge> {g.status_reason ? <Text size="xsmall">{g.status_reason}</Text> : null}
        {g.code ? <Text size="xsmall">code {g.code}</Text> : <Text size="xsmall">held until {dateTime(g.hold_until)}</Text>}
      </>
    ),
  }),
  column.display({ id: "actions", ...WRAPS, cell: ({ row: { original: g } }) => <GrantActions grant={g} /> }),
]

/** The grant ledger: filter by status; approve what waits for review, revoke with a reason. */
export function GrantsTable() {
  const [status, setStatus] = useState<string>("needs_review")
  const paging = useOffsetPaging(PAGE)
  const { data, isLoading } = useRewardGrants({ limit: PAGE, offset: paging.offset, status: status === ALL ? undefined : status })

  return (
    <div data-testid="reward-grants">
      <DataList
        columns={GRANT_COLUMNS}
        rows={data?.reward_grants}
        count={data?.count}
        isLoading={isLoading}
        empty="No grants match."
        pagination={paging.pagination}
        toolbar={
          <>
            <Heading level="h2">Grants</Heading>
            <div className="w-48">
              <Choice id="grants-status" ariaLabel="Grant status" value={status} options={[ALL, ...GRANT_STATUSES]} onChange={(v) => (paging.restart(), setStatus(v))} />
            </div>
          </>
        }
      />
    </div>
  )
}
