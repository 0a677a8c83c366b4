import { Badge, Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { useCheckAccount, type CheckOutcome } from "../../hooks/publish"
import { dateTime } from "../../lib/format"
import type { Account } from "./types"

const COLOR = { unchecked: "grey", connected: "green", refused: "red" } as const

/**
 * The account's connection state: unchecked until a check or a publish tells, connected with whose
 * account the token opens, refused with the platform's message and what to do. "Check connection"
 * asks the platform now (the check route) and refreshes the account; its answer is shown here,
 * including "unreachable" (a throttle, a network error), which changes nothing stored.
 */
export function AccountStatus({ account, detailed }: { account: Account; detailed?: boolean }) {
  const [last, setLast] = useState<CheckOutcome | null>(null)
  const check = useCheckAccount(account.id, setLast)
  // This page's last check, else (on the account's page) the stored line.
  const line = last ?? (detailed && account.status_message ? { outcome: account.status, message: account.status_message } : null)
  return (
    <div className="flex flex-col gap-y-1">
      <div className="flex items-center gap-x-2">
        <Badge size="2xsmall" color={COLOR[account.status]} data-account-status={account.status} className="w-fit">
          {account.status}
        </Badge>
        <Button
          size="small"
          variant="transparent"
          onClick={() => check.mutate()}
          isLoading={check.isPending}
          data-testid={`account-check-${account.id}`}
          aria-label={`Check connection of ${account.name}`}
        >
          Check connection
        </Button>
      </div>
      {line ? (
        <Text size="small" className={line.outcome === "connected" ? "text-ui-fg-subtle" : "text-ui-fg-error"} data-check-line={line.outcome}>
          {line.message}
        </Text>
      ) : null}
      {detailed && account.checked_at ? (
        <Text size="xsmall" className="text-ui-fg-subtle">
          Checked {dateTime(account.checked_at)}
        </Text>
      ) : null}
    </div>
  )
}
