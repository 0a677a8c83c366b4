import { Text } from "@medusajs/ui"
import { usePosts } from "../../hooks/publish"
import type { Account } from "./types"

/** The first instant of this calendar month and of the next, in UTC (the budget's months). */
function thisMonth(now = new Date()) {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
  return { from: from.toISOString(), to: to.toISOString() }
}

/**
 * X bills per post: the account's monthly budget beside the posts already published or scheduled
 * this month (UTC), shown before scheduling; posts beyond it are held, not sent.
 */
export function MonthlyBudget({ account }: { account: Account }) {
  const month = thisMonth()
  const published = usePosts({ account_id: account.id, status: "published", ...month, limit: 1 }).data?.count
  const scheduled = usePosts({ account_id: account.id, status: "scheduled", ...month, limit: 1 }).data?.count
  const used = (published ?? 0) + (scheduled ?? 0)
  const budget = account.monthly_post_budget ?? 0
  return (
    <Text size="small" className={used >= budget ? "text-ui-fg-error" : "text-ui-fg-subtle"} data-testid="monthly-budget" data-used={used} data-budget={budget}>
      {account.name} has a budget of {budget} posts a month: {published ?? "…"} published and {scheduled ?? "…"} scheduled this month (UTC). Posts beyond it are held, not sent.
    </Text>
  )
}
