import { Badge, Text } from "@medusajs/ui"
import { dateTime } from "../../lib/format"
import type { Account } from "./types"

const COLOR = { unchecked: "grey", connected: "green", refused: "red" } as const

/**
 * The account's connection state: unchecked until a check or a publish tells, refused with the
 * platform's message and what to do.
 *
 * Hook point (issue 17, the providers' part): the "Check connection" button of the check route
 * (POST /admin/social/accounts/:id/check) goes beside this badge, as a mutation in
 * hooks/publish.ts that invalidates the account.
 */
export function AccountStatus({ account, detailed }: { account: Account; detailed?: boolean }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Badge size="2xsmall" color={COLOR[account.status]} data-account-status={account.status} className="w-fit">
        {account.status}
      </Badge>
      {detailed && account.status_message ? (
        <Text size="small" className="text-ui-fg-error">
          {account.status_message}
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
